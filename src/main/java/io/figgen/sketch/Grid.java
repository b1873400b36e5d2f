package io.figgen.sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * The sketch as a grid of display cells: a wide character (emoji, CJK) takes two cells, the second of which
 * is {@link #CONTINUATION}; combining marks and variation selectors join the cell before them. Column
 * numbers everywhere in the sketch package are cell indexes, because that is how the author aligned the
 * drawing in a monospace editor.
 */
public final class Grid {
    /** Stands in the second cell of a wide character. */
    public static final String CONTINUATION = "";
    private static final String SPACE = " ";

    private final List<String[]> rows;
    private final int width;
    /** The top-left corners ({@code row, col}) of the boxes redrawn from diamonds. */
    private final java.util.Set<Long> diamonds;

    private Grid(List<String[]> rows, java.util.Set<Long> diamonds) {
        this.rows = rows;
        this.diamonds = diamonds;
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r.length);
        }
        this.width = w;
    }

    public static Grid of(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(cells(line.replace("\r", "").replace('\t', ' ')));
        }
        straighten(rows);
        java.util.Set<Long> diamonds = new java.util.HashSet<>();
        for (int[] corner : Diamonds.redraw(rows)) {
            diamonds.add(key(corner[0], corner[1]));
        }
        return new Grid(rows, diamonds);
    }

    private static final String UPRIGHT = "│";
    /** A hand-drawn line this long, wandering a column at a time, is one straight line. */
    private static final int RAGGED_RUN = 8;

    /**
     * Straightens a long vertical line the author drew a column off here and there (a divider between a
     * window's two panes whose {@code │} wanders between three columns as the text beside it was edited): each
     * of its cells moves to the column most of them stand in, where that cell is free. Left ragged, the line
     * reads as stray marks in the rows it strays into, which then stop reading as headings and lists.
     */
    private static void straighten(List<String[]> rows) {
        boolean[][] seen = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            seen[r] = new boolean[rows.get(r).length];
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                if (!UPRIGHT.equals(rows.get(r)[c]) || seen[r][c] || upright(rows, r - 1, c) >= 0) {
                    continue;
                }
                List<int[]> run = new ArrayList<>();
                int col = c;
                for (int k = r; k < rows.size() && col >= 0; k++) {
                    run.add(new int[] {k, col});
                    seen[k][col] = true;
                    col = upright(rows, k + 1, col);
                }
                if (run.size() >= RAGGED_RUN) {
                    align(rows, run);
                }
            }
        }
    }

    /** The column of the {@code │} on the row at {@code col} or one either side (its own first), or -1. */
    private static int upright(List<String[]> rows, int r, int col) {
        if (r < 0 || r >= rows.size()) {
            return -1;
        }
        String[] row = rows.get(r);
        for (int c : new int[] {col, col - 1, col + 1}) {
            if (c >= 0 && c < row.length && UPRIGHT.equals(row[c])) {
                // two uprights side by side are two lines (a box's wall beside a pane's), not one line wandering
                return c != col && (c - 1 >= 0 && UPRIGHT.equals(row[c - 1]) || c + 1 < row.length && UPRIGHT.equals(row[c + 1])) ? -1 : c;
            }
        }
        return -1;
    }

    private static void align(List<String[]> rows, List<int[]> run) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int[] at : run) {
            counts.merge(at[1], 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return;
        }
        int modal = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (int[] at : run) {
            String[] row = rows.get(at[0]);
            if (at[1] != modal && modal < row.length && SPACE.equals(row[modal])) {
                row[modal] = UPRIGHT;
                row[at[1]] = SPACE;
            }
        }
    }

    private static final int EMOJI_PRESENTATION = 0xFE0F;

    private static String[] cells(String line) {
        List<String> out = new ArrayList<>(line.length());
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (CellWidth.of(cp) == 0 && !out.isEmpty()) {
                int last = out.size() - 1;
                boolean narrow = !CONTINUATION.equals(out.get(last));
                if (!narrow && last > 0) {
                    last--;
                }
                out.set(last, out.get(last) + new String(Character.toChars(cp)));
                if (cp == EMOJI_PRESENTATION && narrow) {
                    // a symbol asked to show as an emoji (☀ + U+FE0F) takes two cells, as editors draw it
                    out.add(CONTINUATION);
                }
                continue;
            }
            if (CellWidth.of(cp) == 0) {
                continue;
            }
            out.add(new String(Character.toChars(cp)));
            if (CellWidth.of(cp) == 2) {
                out.add(CONTINUATION);
            }
        }
        // a dotted line drawn down through a word (a zone's edge across a box: {@code Co┊ntrastive}) is not
        // part of the word, which reads whole
        for (int j = 1; j + 1 < out.size(); j++) {
            String s = out.get(j);
            if ((s.equals("┊") || s.equals("╎") || s.equals("┆")) && wordChar(out.get(j - 1)) && wordChar(out.get(j + 1))) {
                out.set(j, CONTINUATION);
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean wordChar(String cell) {
        return cell.length() == 1 && Character.isLetterOrDigit(cell.charAt(0));
    }

    private static long key(int row, int col) {
        return (long) row << 32 | col;
    }

    /** Whether the box whose top-left corner is at (row, col) was drawn in the sketch as a diamond. */
    public boolean diamond(int row, int col) {
        return diamonds.contains(key(row, col));
    }

    public int height() {
        return rows.size();
    }

    public int width() {
        return width;
    }

    /** The cell's text: one character with its marks, {@link #CONTINUATION}, or a space past the line's end. */
    public String at(int row, int col) {
        if (row < 0 || row >= rows.size() || col < 0) {
            return SPACE;
        }
        String[] r = rows.get(row);
        return col < r.length ? r[col] : SPACE;
    }

    /** The first code point of the cell, for classifying it; a continuation cell reads as a space. */
    public int cp(int row, int col) {
        String s = at(row, col);
        return s.isEmpty() ? ' ' : s.codePointAt(0);
    }

    public int rowLength(int row) {
        return row < 0 || row >= rows.size() ? 0 : rows.get(row).length;
    }

    /** Column of the last non-space cell of the row, or -1 for a blank row. */
    public int lastNonSpace(int row) {
        for (int c = rowLength(row) - 1; c >= 0; c--) {
            if (cp(row, c) != ' ') {
                return c;
            }
        }
        return -1;
    }

    /**
     * How many cells strictly between two columns draw a horizontal rule, or -1 when any of them holds
     * something else than a rule or a space: the test for separators and dividers.
     */
    public int ruleCells(int row, int left, int right) {
        int rules = 0;
        for (int c = left + 1; c < right; c++) {
            int x = cp(row, c);
            if (Glyphs.isHorizontal(x)) {
                rules++;
            } else if (x != ' ') {
                return -1;
            }
        }
        return rules;
    }

    /** The cells {@code [from, to]} of a row as text; continuation cells vanish, so wide characters read once. */
    public String text(int row, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int c = Math.max(0, from); c <= to; c++) {
            sb.append(at(row, c));
        }
        return sb.toString();
    }
}
