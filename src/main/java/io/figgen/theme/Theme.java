package io.figgen.theme;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The design tokens a figure is drawn with: palette, type scale, spacing, and the mapping from semantic tags
 * to element styles. Unknown tags never fail: they fall back to the first family pattern their name matches,
 * then to the default style.
 */
public record Theme(String name, String background, Map<String, String> palette, Map<String, TypeRole> type,
                    Spacing spacing, Map<String, Style> styles, Map<String, String> tags, List<Family> families,
                    String defaultStyle, Map<String, Object> house, String source) {

    /** A tag-name pattern and the style its tags take. */
    public record Family(Pattern pattern, String style) {
    }

    public Theme {
        palette = Map.copyOf(palette);
        type = Map.copyOf(type);
        styles = Map.copyOf(styles);
        tags = Map.copyOf(tags);
        families = List.copyOf(families);
        house = house == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(house));
    }

    /** The least share of the canvas left in the background colour (the house's {@code minBackgroundShare}, 30% unless set). */
    public double minBackgroundShare() {
        return house.get("minBackgroundShare") instanceof Number n ? n.doubleValue() : 0.30;
    }

    public TypeRole role(String role) {
        TypeRole r = type.get(role);
        if (r == null) {
            throw new IllegalArgumentException("theme has no type role '" + role + "'");
        }
        return r;
    }

    public String color(String token) {
        return palette.getOrDefault(token, token);
    }

    public Style style(String name) {
        Style s = styles.get(name);
        return s != null ? s : styles.get(defaultStyle);
    }

    /** The style name for a semantic tag: exact mapping, else family pattern, else the default. */
    public String styleNameForTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT).trim();
        String exact = tags.get(t);
        if (exact != null) {
            return exact;
        }
        for (Family f : families) {
            if (f.pattern().matcher(BoundedText.of(t, f.pattern().pattern())).find()) {
                return f.style();
            }
        }
        return defaultStyle;
    }

    public Style styleForTag(String tag) {
        return style(styleNameForTag(tag));
    }
}
