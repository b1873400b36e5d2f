package io.figgen.check;

import io.figgen.theme.Theme;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The house style's checkable rules, from the theme's {@code house} section (defaults when it has none). */
public record HouseRules(List<String> styleWords, List<String> fontNames, Pattern caption, double minBackgroundShare,
                         int maxLabelChars, int maxAltTextChars) {

    public static HouseRules of(Theme theme) {
        Map<String, Object> h = theme.house();
        return new HouseRules(
                strings(h.get("styleWords"), List.of("matte", "editorial", "halftone", "gradient")),
                strings(h.get("fontNames"), List.of("Instrument Serif", "Plus Jakarta Sans", "IBM Plex Mono")),
                Pattern.compile(h.get("captionPattern") instanceof String s ? s : "\\b(?:Figure|Fig\\.)\\s*\\d+"),
                theme.minBackgroundShare(),
                h.get("maxLabelChars") instanceof Number n ? n.intValue() : 30,
                h.get("maxAltTextChars") instanceof Number n ? n.intValue() : 125);
    }

    private static List<String> strings(Object o, List<String> fallback) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return fallback;
    }
}
