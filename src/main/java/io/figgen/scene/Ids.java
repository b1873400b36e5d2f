package io.figgen.scene;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Gives scene components readable ids from their names ({@code cmo-stim-exemplar}), unique within a scene. */
final class Ids {
    private final Map<String, Integer> used = new HashMap<>();

    String of(String name) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (String w : TextRules.words(name == null ? "" : name)) {
            if (words++ == 4) {
                break;
            }
            sb.append(sb.length() > 0 ? "-" : "").append(w.toLowerCase(Locale.ROOT));
        }
        String base = sb.length() == 0 ? "node" : sb.toString();
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
