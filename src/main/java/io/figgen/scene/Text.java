package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text as the figure shows it: one or more runs, each in a type role of the theme. A run is
 * {@code mixed} when the layout may set a leading {@code Key:} strong and code words in the data face, and
 * plain when the whole run keeps one style (titles, labels, names). Colours are not the text's: they come
 * from the component that holds it.
 */
public record Text(List<Run> runs) {
    public record Run(String value, String role, boolean mixed) {
    }

    public Text {
        runs = List.copyOf(runs);
    }

    public static Text mixed(String value, String role) {
        return new Text(List.of(new Run(value, role, true)));
    }

    public static Text plain(String value, String role) {
        return new Text(List.of(new Run(value, role, false)));
    }

    public static Text concat(Text a, Text b) {
        List<Run> all = new ArrayList<>(a.runs);
        all.addAll(b.runs);
        return new Text(all);
    }

    /** The words as a reader reads them, runs joined by a space. */
    public String value() {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            if (r.value().isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(r.value());
        }
        return sb.toString();
    }

    /** The role of the first run, which sets the text's line height. */
    public String role() {
        return runs.isEmpty() ? "body" : runs.get(0).role();
    }
}
