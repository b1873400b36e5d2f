package io.figgen.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Commands a figure writes are set in the code face wherever it writes them, not only where a flag gives them
 * away. The figure's programs are the words that open its flagged commands ({@code pip} of {@code pip install
 * -r}, {@code python} of {@code python -m venv}) and a lower-case word that opens three or more of its lines
 * with a subcommand after it ({@code uv} of {@code uv add <pkg>}, {@code uv sync}, {@code uv run pytest}); then
 * a short line or cell that says such a program and its subcommand ({@code uv venv (integrated)}, {@code (NOT
 * pip install)}) sets the command in code, its note in parentheses and the words around it as they were. Without
 * this, siblings of one table column or list switch faces from row to row.
 */
final class CommandWords {
    private static final Pattern SHORT_FLAG = Pattern.compile("^\\(?--?[a-zA-Z][\\w-]*\\)?$");
    private static final Pattern WORD = Pattern.compile("^[a-z][a-z0-9._-]*\\)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^<[\\w.-]+>\\)?$");
    /** A line longer than this is prose, where a program's name is a word ("python developers use..."). */
    private static final int MAX_WORDS = 8;
    /** How many lines a bare program must open, each with its subcommand, to be taken for a program. */
    private static final int OPENS = 3;

    private final Set<String> programs;

    private CommandWords(Set<String> programs) {
        this.programs = programs;
    }

    /** The programs of the body's texts; none when it writes no command. */
    static CommandWords of(Component body) {
        List<String> lines = new ArrayList<>();
        Components.walk(body, c -> texts(c).forEach(t -> {
            for (String l : t.value().split(TextRules.ITEM_BREAK)) {
                lines.add(l.strip());
            }
        }));
        Set<String> programs = new TreeSet<>();
        Map<String, Integer> opens = new HashMap<>();
        for (String l : lines) {
            String[] w = TextRules.SPACES.split(l);
            for (int i = 1; i < w.length; i++) {
                if (SHORT_FLAG.matcher(w[i]).matches()) {
                    int k = i - 1;
                    while (k > 0 && i - k < 2 && WORD.matcher(w[k - 1]).matches()) {
                        k--;
                    }
                    String p = bare(w[k]);
                    if (WORD.matcher(p).matches() && !p.endsWith(")")) {
                        programs.add(p);
                    }
                }
            }
            if (w.length >= 2 && w.length <= MAX_WORDS && WORD.matcher(w[0]).matches() && !w[0].endsWith(")")
                    && (WORD.matcher(w[1]).matches() || PLACEHOLDER.matcher(w[1]).matches())) {
                opens.merge(w[0], 1, Integer::sum);
            }
        }
        opens.forEach((p, n) -> {
            if (n >= OPENS && p.length() <= 8) {
                programs.add(p);
            }
        });
        return new CommandWords(programs);
    }

    /** The text with each command of a short line in a code run of its own; the text itself when it has none. */
    Text apply(Text t) {
        if (t == null || programs.isEmpty()) {
            return t;
        }
        List<Text.Run> out = new ArrayList<>();
        boolean changed = false;
        for (Text.Run r : t.runs()) {
            if (!r.mixed() || r.value().contains(TextRules.ITEM_BREAK)) {
                out.add(r);
                continue;
            }
            String[] w = TextRules.SPACES.split(r.value().strip());
            int from = -1;
            int to = -1;
            for (int i = 0; i < w.length && from < 0 && w.length <= MAX_WORDS; i++) {
                if (!programs.contains(bare(w[i])) || w[i].endsWith(")")) {
                    continue;
                }
                int j = i + 1;
                while (j < w.length && (WORD.matcher(w[j]).matches() || PLACEHOLDER.matcher(w[j]).matches()
                        || SHORT_FLAG.matcher(w[j]).matches())) {
                    j++;
                    if (w[j - 1].endsWith(")")) {
                        break;
                    }
                }
                // a command ends its line or meets its note in parentheses; words running on are prose
                if (j > i + 1 && (j == w.length || w[j].startsWith("("))) {
                    from = i;
                    to = j;
                }
            }
            if (from < 0) {
                out.add(r);
                continue;
            }
            changed = true;
            if (from > 0) {
                out.add(new Text.Run(String.join(" ", java.util.Arrays.copyOfRange(w, 0, from)), r.role(), true));
            }
            out.add(new Text.Run(String.join(" ", java.util.Arrays.copyOfRange(w, from, to)), "code", false));
            if (to < w.length) {
                out.add(new Text.Run(String.join(" ", java.util.Arrays.copyOfRange(w, to, w.length)), r.role(), true));
            }
        }
        return changed ? new Text(out) : t;
    }

    private static String bare(String word) {
        return word.startsWith("(") ? word.substring(1) : word;
    }

    private static List<Text> texts(Component c) {
        if (c instanceof Component.Table t) {
            return t.rows().stream().flatMap(List::stream).filter(java.util.Objects::nonNull).toList();
        }
        return Components.lineTexts(c);
    }
}
