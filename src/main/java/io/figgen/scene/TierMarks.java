package io.figgen.scene;

import io.figgen.model.ContentElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A square the sketch sets before a value ({@code ■ 0.87}) in the colour of the value's tier, where a content
 * element's description gives each value its colour ({@code 0.87 (green), 0.72 (amber), 0.41 (red)}): the
 * square drawn in the confidence green, amber or red, so the tiers read at a glance as the spec asks, not
 * three identical black squares. Values the description does not colour keep their square as written.
 */
final class TierMarks {
    private TierMarks() {
    }

    private static final Pattern COLOURED = Pattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*\\((green|amber|yellow|orange|red)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKED = Pattern.compile("^■\\s+(\\d+(?:\\.\\d+)?)(?![\\d.])(.*)$", Pattern.DOTALL);

    /** The rewrite for a spec's elements, or null when no description colours two values or more. */
    static java.util.function.UnaryOperator<Text> of(List<ContentElement> elements) {
        Map<String, String> roles = new HashMap<>();
        for (ContentElement e : elements) {
            Matcher m = COLOURED.matcher(e.description());
            while (m.find()) {
                roles.putIfAbsent(m.group(1), role(m.group(2)));
            }
        }
        if (roles.size() < 2) {
            return null;
        }
        return t -> marked(t, roles);
    }

    private static String role(String colour) {
        return switch (colour.toLowerCase(Locale.ROOT)) {
            case "green" -> "markHigh";
            case "red" -> "markLow";
            default -> "markMedium";
        };
    }

    private static Text marked(Text t, Map<String, String> roles) {
        List<Text.Run> runs = new ArrayList<>();
        boolean changed = false;
        for (Text.Run r : t.runs()) {
            Matcher m = MARKED.matcher(r.value());
            String role = m.matches() ? roles.get(m.group(1)) : null;
            if (role == null) {
                runs.add(r);
                continue;
            }
            runs.add(new Text.Run("■", role, false));
            runs.add(new Text.Run(m.group(1) + m.group(2), r.role(), r.mixed()));
            changed = true;
        }
        return changed ? new Text(runs) : t;
    }
}
