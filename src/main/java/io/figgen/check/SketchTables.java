package io.figgen.check;

import io.figgen.sketch.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The tables a sketch draws, found from its characters alone, apart from the scene reader, so that check can
 * tell whether each was drawn as a table: grids ruled into columns ({@code │ a │ b │ c │}, {@code | a | b |}),
 * words aligned in columns by spaces (three or more columns over three or more rows, or two under a header
 * rule), and glyph matrices ({@code [■][▧][□]} over two or more rows).
 */
public final class SketchTables {
    /** A sketched table: its sketch rows holding words, its form and its number of columns. */
    public record Region(String kind, List<Integer> rows, int columns) {
        public Region {
            rows = List.copyOf(rows);
        }
    }

    private static final String VERTICAL = "│|┃║";

    private SketchTables() {
    }

    public static List<Region> find(Grid grid) {
        List<Region> out = new ArrayList<>();
        if (grid == null) {
            return out;
        }
        int h = grid.height();
        String[] lines = new String[h];
        for (int r = 0; r < h; r++) {
            lines[r] = grid.rowLength(r) == 0 ? "" : grid.text(r, 0, grid.rowLength(r) - 1);
        }
        boolean[] used = new boolean[h];
        grids(lines, used, out);
        glyphs(lines, used, out);
        aligned(lines, used, out);
        return out;
    }

    // ---- grids: words on both sides of the same inner vertical lines ----

    private static void grids(String[] lines, boolean[] used, List<Region> out) {
        int r = 0;
        while (r < lines.length) {
            List<Integer> inner = innerLines(lines[r]);
            if (inner.isEmpty()) {
                r++;
                continue;
            }
            TreeMap<Integer, Integer> cols = new TreeMap<>();
            List<Integer> rows = new ArrayList<>();
            int crossings = 0;
            int end = r;
            while (end < lines.length) {
                String s = lines[end];
                List<Integer> in = innerLines(s);
                if (!in.isEmpty()) {
                    for (int c : in) {
                        Integer near = near(cols, c);
                        cols.merge(near == null ? c : near, 1, Integer::sum);
                    }
                    rows.add(end);
                } else if (isRule(s) && crosses(s, cols)) {
                    crossings += end + 1 < lines.length && !innerLines(lines[end + 1]).isEmpty() ? 1 : 0;
                } else if (hasWords(s) && verticalsAt(s, cols) * 2 >= cols.size() && !cols.isEmpty()) {
                    rows.add(end); // a wrapped cell: its line, under the same column lines
                } else {
                    break;
                }
                end++;
            }
            long strong = cols.values().stream().filter(n -> n >= 2).count();
            long ruled = rows.stream().filter(x -> !innerLines(lines[x]).isEmpty()).count();
            // a rule crossing the column lines between two rows of words makes a table; without one, only
            // four or more columns do (two or three columns of words side by side are panels of a split frame)
            if (ruled >= 2 && (crossings >= 1 && strong >= 1 || strong >= 3)) {
                out.add(new Region("grid", rows, (int) strong + 1));
                for (int k = r; k < end; k++) {
                    used[k] = true;
                }
            }
            r = Math.max(end, r + 1);
        }
    }

    /** Columns of vertical lines with a word before and after them (spaces between allowed). */
    static List<Integer> innerLines(String s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i + 1 < s.length(); i++) {
            if (VERTICAL.indexOf(s.charAt(i)) < 0) {
                continue;
            }
            int a = i - 1;
            while (a >= 0 && s.charAt(a) == ' ') {
                a--;
            }
            int b = i + 1;
            while (b < s.length() && s.charAt(b) == ' ') {
                b++;
            }
            if (a >= 0 && b < s.length() && isWordChar(s.charAt(a)) && isWordChar(s.charAt(b))) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || "()$~%.,:;!?'\"*&#@/+=<>[]_■□▧✓✗✔✘●○◆".indexOf(c) >= 0 && c != '|';
    }

    private static boolean isRule(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.chars().anyMatch(c -> c == '-' || c == '─' || c == '=' || c == '═')
                && t.chars().allMatch(c -> c == ' ' || c == '-' || c == '+' || c == '=' || c == ':'
                || c == '|' || c >= 0x2500 && c <= 0x257F);
    }

    private static boolean crosses(String s, TreeMap<Integer, Integer> cols) {
        for (int c : cols.keySet()) {
            for (int d = -1; d <= 1; d++) {
                int k = c + d;
                if (k >= 0 && k < s.length() && "┼+╪╫|│".indexOf(s.charAt(k)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int verticalsAt(String s, TreeMap<Integer, Integer> cols) {
        int n = 0;
        for (int c : cols.keySet()) {
            for (int d = -1; d <= 1; d++) {
                int k = c + d;
                if (k >= 0 && k < s.length() && VERTICAL.indexOf(s.charAt(k)) >= 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static Integer near(TreeMap<Integer, Integer> cols, int c) {
        for (int d = -1; d <= 1; d++) {
            if (cols.containsKey(c + d)) {
                return c + d;
            }
        }
        return null;
    }

    private static boolean hasWords(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    // ---- glyph matrices: rows of [■][▧][□] ----

    private static final java.util.regex.Pattern GLYPH_CELL = java.util.regex.Pattern.compile("\\[[^\\sA-Za-z0-9\\[\\]_]\\]");

    private static int glyphCells(String s) {
        java.util.regex.Matcher m = GLYPH_CELL.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void glyphs(String[] lines, boolean[] used, List<Region> out) {
        List<Integer> rows = new ArrayList<>();
        int last = -10;
        for (int r = 0; r <= lines.length; r++) {
            boolean glyph = r < lines.length && !used[r] && glyphCells(lines[r]) >= 3;
            if (glyph && r - last > 5 && !rows.isEmpty()) {
                flushGlyphs(rows, lines, used, out);
            }
            if (glyph) {
                rows.add(r);
                last = r;
            } else if (r == lines.length) {
                flushGlyphs(rows, lines, used, out);
            }
        }
    }

    private static void flushGlyphs(List<Integer> rows, String[] lines, boolean[] used, List<Region> out) {
        if (rows.size() >= 2) {
            int cols = 0;
            for (int r : rows) {
                cols = Math.max(cols, glyphCells(lines[r]));
                used[r] = true;
            }
            out.add(new Region("glyph matrix", rows, cols));
        }
        rows.clear();
    }

    // ---- whitespace-aligned columns ----

    /** Start columns of the runs of words in a line, runs parted by two spaces or a vertical line. */
    static List<int[]> runs(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || VERTICAL.indexOf(c) >= 0 || c >= 0x2500 && c <= 0x257F) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (i < n) {
                char d = s.charAt(i);
                if (VERTICAL.indexOf(d) >= 0 || d >= 0x2500 && d <= 0x257F) {
                    break;
                }
                if (d == ' ' && (i + 1 >= n || s.charAt(i + 1) == ' ')) {
                    break;
                }
                if (d != ' ') {
                    end = i;
                }
                i++;
            }
            String run = s.substring(start, end + 1);
            if (run.chars().anyMatch(Character::isLetterOrDigit) || run.matches(".*[✓✗✔✘].*")) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    private static boolean verticalBetween(String s, int a, int b) {
        for (int k = a; k < b && k < s.length(); k++) {
            if (VERTICAL.indexOf(s.charAt(k)) >= 0 || s.charAt(k) >= 0x2500 && s.charAt(k) <= 0x257F) {
                return true;
            }
        }
        return false;
    }

    /** The runs of a line that stand in one space-separated group (no vertical line between them), or none. */
    private static List<int[]> group(String s) {
        List<int[]> rs = runs(s);
        List<int[]> best = new ArrayList<>();
        List<int[]> cur = new ArrayList<>();
        for (int[] r : rs) {
            if (!cur.isEmpty() && verticalBetween(s, cur.get(cur.size() - 1)[1] + 1, r[0])) {
                if (cur.size() > best.size()) {
                    best = cur;
                }
                cur = new ArrayList<>();
            }
            cur.add(r);
        }
        return cur.size() > best.size() ? cur : best;
    }

    private static boolean isUnderline(String s) {
        String t = s.replaceAll("[|│]", " ").strip();
        return t.length() >= 6 && t.chars().allMatch(c -> c == '─' || c == '-' || c == '━' || c == '═' || c == ' ');
    }

    private static void aligned(String[] lines, boolean[] used, List<Region> out) {
        int r = 0;
        while (r < lines.length) {
            if (used[r] || group(lines[r]).size() < 2) {
                r++;
                continue;
            }
            List<Integer> rows = new ArrayList<>();
            List<List<int[]>> cells = new ArrayList<>();
            boolean underline = false;
            int end = r;
            while (end < lines.length && !used[end]) {
                List<int[]> g = group(lines[end]);
                if (g.size() >= 2) {
                    rows.add(end);
                    cells.add(g);
                } else if (rows.size() == 1 && isUnderline(lines[end]) && !underline) {
                    underline = true;
                } else if (g.size() == 1 && rows.size() >= 2 && startsAtColumn(g.get(0)[0], cells)) {
                    rows.add(end); // a cell wrapped onto the next line
                    cells.add(g);
                } else {
                    break;
                }
                end++;
            }
            int columns = sharedColumns(cells);
            long full = cells.stream().filter(c -> c.size() >= 2).count();
            if (full >= 3 && columns >= 3 || full >= 2 && underline && columns >= 2) {
                out.add(new Region("aligned", rows, columns));
                for (int k = r; k < end; k++) {
                    used[k] = true;
                }
            }
            r = Math.max(end, r + 1);
        }
    }

    private static boolean startsAtColumn(int col, List<List<int[]>> cells) {
        for (List<int[]> row : cells) {
            for (int k = 1; k < row.size(); k++) {
                if (Math.abs(row.get(k)[0] - col) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Columns whose start (within a cell) at least half of the rows with two or more runs share. */
    private static int sharedColumns(List<List<int[]>> cells) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        int rows = 0;
        for (List<int[]> row : cells) {
            if (row.size() < 2) {
                continue;
            }
            rows++;
            for (int[] run : row) {
                Integer near = null;
                for (int d = -2; d <= 2 && near == null; d++) {
                    if (starts.containsKey(run[0] + d)) {
                        near = run[0] + d;
                    }
                }
                starts.merge(near == null ? run[0] : near, 1, Integer::sum);
            }
        }
        int need = Math.max(2, (rows + 1) / 2);
        return (int) starts.values().stream().filter(n -> n >= need).count();
    }
}
