package io.figgen.check;

import io.figgen.model.ContentElement;
import io.figgen.model.Spec;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Warns about semantic tags the theme does not know: a tag that is a letter or two from a known one is most
 * likely misspelled ({@code deffered_option} for {@code deferred_option}), and one that matches no family either is
 * drawn as plain text. Tags the families cover on purpose ({@code rejected_path}) stay quiet: real specs use about
 * 195 tags, and the families exist so they need not all be listed.
 */
public final class TagAdvice {
    /** Edits (insert, delete, change, swap of neighbours) within which a tag counts as a misspelling. */
    private static final int CLOSE = 2;

    /** One warning, at the content-element row whose tag it concerns. */
    public record Advice(int line, String message) {
    }

    private TagAdvice() {
    }

    public static List<Advice> of(Theme theme, Spec spec) {
        List<Advice> out = new ArrayList<>();
        for (ContentElement e : spec.elements()) {
            for (String raw : e.tags()) {
                String tag = raw.toLowerCase(Locale.ROOT).strip();
                if (tag.isEmpty() || theme.tags().containsKey(tag)) {
                    continue;
                }
                String family = family(theme, tag);
                String near = nearest(theme, tag);
                if (near == null && family != null) {
                    continue;
                }
                String styled = family != null ? "styled as the " + family + " family"
                        : "styled as " + theme.defaultStyle() + ", the default";
                out.add(new Advice(e.line(), "unknown tag '" + raw.strip() + "', " + styled
                        + (near != null ? "; did you mean '" + near + "'?" : "; see docs/spec-format.md for the tags the theme knows")));
            }
        }
        return out;
    }

    /** The family a tag falls into, named by the word of the pattern it matched ("option"), or null. */
    static String family(Theme theme, String tag) {
        for (Theme.Family f : theme.families()) {
            Matcher m = f.pattern().matcher(tag);
            if (m.find()) {
                String word = m.group().replaceAll("^_+|_+$", "");
                return word.isEmpty() ? f.style() : word;
            }
        }
        return null;
    }

    private static String nearest(Theme theme, String tag) {
        String best = null;
        int bestDistance = CLOSE + 1;
        for (String known : theme.tags().keySet().stream().sorted().toList()) {
            int d = distance(tag, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters, a common typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
