package io.figgen.scene;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Gives scene components readable ids from their names ({@code cmo-stim-exemplar}), unique within a scene. */
public final class Ids {
    private final Map<String, Integer> used = new HashMap<>();

    /** The id an edge uses for a section heading: the first heading of that name (the layout finds it by it). */
    public static String headingId(String heading) {
        return "heading:" + slug(heading);
    }

    /** The id an edge uses for a text the figure shows (a table's column head): the first text of that name. */
    public static String textId(String text) {
        return "text:" + slug(text);
    }

    String of(String name) {
        String base = slug(name);
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (String w : TextRules.words(name == null ? "" : name)) {
            if (words++ == 4) {
                break;
            }
            sb.append(sb.length() > 0 ? "-" : "").append(w.toLowerCase(Locale.ROOT));
        }
        return sb.length() == 0 ? "node" : sb.toString();
    }
}
