package io.figgen.sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * Redraws a decision diamond drawn in diagonal line art as the box it stands for:
 * <pre>
 *        ╱ ╲                     ┌─────────┐
 *      ╱     ╲                   │         │
 *    ╱ COUNTS  ╲       becomes   │ COUNTS  │
 *    ╲ MATCH?  ╱───              │ MATCH?  │───
 *      ╲     ╱                   │         │
 *        ╲ ╱                     └────┬────┘
 *         │ YES                       │ YES
 * </pre>
 * The figure draws decisions as the spec's tag styles them; what the sketch says with the diamond is that its
 * words are one node that arrows enter and leave. Read as line art, the words stood loose and the arrows at
 * the diamond's corners touched nothing. The box spans the diamond's rows and widest columns, so an arrow
 * that met a corner now meets a wall. Only a closed, symmetric diamond holding words and nothing drawn is
 * redrawn: a pyramid (a flat base) or a radar's polygon (axes inside) stays line art.
 */
final class Diamonds {
    private static final String SPACE = " ";
    /** How far one row's side may step out from the row above's: one or two cells, as diamonds are drawn. */
    private static final int MAX_STEP = 2;

    private Diamonds() {
    }

    /** Redraws the diamonds in place; returns each box's top-left corner ({@code row, col}). */
    static List<int[]> redraw(List<String[]> rows) {
        List<int[]> corners = new ArrayList<>();
        for (int r = 0; r + 2 < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                Shape d = diamondAt(rows, r, c);
                if (d != null) {
                    box(rows, d);
                    corners.add(new int[] {d.top(), d.left()});
                    row = rows.get(r);
                }
            }
        }
        return corners;
    }

    /** A diamond's rows, each with its left and right side's columns. */
    private record Shape(int top, int[] lefts, int[] rights) {
        int bottom() {
            return top + lefts.length - 1;
        }

        int left() {
            int m = Integer.MAX_VALUE;
            for (int l : lefts) {
                m = Math.min(m, l);
            }
            return m;
        }

        int right() {
            int m = -1;
            for (int x : rights) {
                m = Math.max(m, x);
            }
            return m;
        }
    }

    /** The diamond whose top vertex ({@code ╱ ╲} or {@code ╱╲}) opens at (r, c), or null. */
    private static Shape diamondAt(List<String[]> rows, int r, int c) {
        String open = cell(rows, r, c);
        String up = open.equals("╱") ? "╱" : open.equals("/") ? "/" : null;
        if (up == null) {
            return null;
        }
        String down = up.equals("╱") ? "╲" : "\\";
        int right = -1;
        for (int x = c + 1; x <= c + 3; x++) {
            String s = cell(rows, r, x);
            if (s.equals(down)) {
                right = x;
                break;
            }
            if (!s.equals(SPACE)) {
                return null;
            }
        }
        if (right < 0) {
            return null;
        }
        List<int[]> sides = new ArrayList<>();
        sides.add(new int[] {c, right});
        int centre = c + right;
        // the upper half widens (╱ steps left, ╲ steps right, about one centre), the lower narrows to its vertex
        int k = follow(rows, sides, r + 1, up, down, true, centre);
        int upper = sides.size();
        follow(rows, sides, k, down, up, false, centre);
        int[] last = sides.get(sides.size() - 1);
        boolean closed = sides.size() > upper && last[1] - last[0] <= 3;
        int lower = sides.size() - upper;
        if (!closed || upper < 2 || lower < 2) {
            return null;
        }
        int[] lefts = new int[sides.size()];
        int[] rights = new int[sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            lefts[i] = sides.get(i)[0];
            rights[i] = sides.get(i)[1];
        }
        Shape shape = new Shape(r, lefts, rights);
        return holdsOnlyWords(rows, shape) && cornersClear(rows, shape) ? shape : null;
    }

    /** Adds the sides of the rows from k on that go on with the diamond's half; returns the row after them. */
    private static int follow(List<String[]> rows, List<int[]> sides, int k, String leftGlyph, String rightGlyph,
                              boolean widening, int centre) {
        while (k < rows.size()) {
            int[] next = side(rows, k, sides.get(sides.size() - 1), leftGlyph, rightGlyph, widening, centre);
            if (next == null) {
                break;
            }
            sides.add(next);
            k++;
            if (!widening && next[1] - next[0] <= 3) {
                break;
            }
        }
        return k;
    }

    /**
     * The next row's sides when they continue the diamond: its left glyph within {@link #MAX_STEP} of the row
     * above's (outward on the upper half, inward or level on the lower), its right mirrored about the centre,
     * give or take a cell.
     */
    private static int[] side(List<String[]> rows, int k, int[] prev, String leftGlyph, String rightGlyph,
                              boolean widening, int centre) {
        for (int step = widening ? 1 : 0; step <= MAX_STEP; step++) {
            int l = widening ? prev[0] - step : prev[0] + step;
            if (l < 0 || !cell(rows, k, l).equals(leftGlyph)) {
                continue;
            }
            for (int rr = centre - l - 1; rr <= centre - l + 1; rr++) {
                // a long question may push the right side out a cell where the lower half starts
                if (rr > l && cell(rows, k, rr).equals(rightGlyph) && (widening ? rr > prev[1] : rr <= prev[1] + 1)) {
                    return new int[] {l, rr};
                }
            }
        }
        return null;
    }

    /** Inside the diamond only words and spaces, and words somewhere: a node's name, not a drawing. */
    private static boolean holdsOnlyWords(List<String[]> rows, Shape d) {
        boolean letters = false;
        for (int i = 0; i < d.lefts().length; i++) {
            for (int c = d.lefts()[i] + 1; c < d.rights()[i]; c++) {
                String s = cell(rows, d.top() + i, c);
                int cp = s.isEmpty() ? ' ' : s.codePointAt(0);
                if (Glyphs.isStructural(cp) || Glyphs.isArrowHead(cp) || cp == '/' || cp == '\\' || cp == '|') {
                    return false;
                }
                letters |= Character.isLetterOrDigit(cp);
            }
        }
        return letters;
    }

    /** The box's corners are blank where the diamond leaves them, so redrawing overwrites nothing. */
    private static boolean cornersClear(List<String[]> rows, Shape d) {
        for (int i = 0; i < d.lefts().length; i++) {
            int r = d.top() + i;
            for (int c = d.left(); c < d.lefts()[i]; c++) {
                if (!cell(rows, r, c).equals(SPACE)) {
                    return false;
                }
            }
            for (int c = d.rights()[i] + 1; c <= d.right(); c++) {
                if (!cell(rows, r, c).equals(SPACE)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void box(List<String[]> rows, Shape d) {
        int left = d.left();
        int right = d.right();
        for (int i = 0; i < d.lefts().length; i++) {
            int r = d.top() + i;
            String[] row = widened(rows, r, right + 1);
            boolean edge = r == d.top() || r == d.bottom();
            for (int c = left; c <= right; c++) {
                boolean wall = c == left || c == right;
                if (edge) {
                    row[c] = c == left ? (r == d.top() ? "┌" : "└") : c == right ? (r == d.top() ? "┐" : "┘")
                            : joint(rows, r, c, r == d.top() ? r - 1 : r + 1, r == d.top() ? "┴" : "┬");
                } else if (wall) {
                    row[c] = "│";
                } else if (c <= d.lefts()[i] || c >= d.rights()[i]) {
                    row[c] = SPACE;
                }
            }
        }
    }

    /** A border cell: a joint where a line runs on from it ({@code │} in the next row out), else a rule. */
    private static String joint(List<String[]> rows, int r, int c, int beyond, String joint) {
        String s = cell(rows, beyond, c);
        return s.equals("│") || s.equals("|") ? joint : "─";
    }

    private static String[] widened(List<String[]> rows, int r, int length) {
        String[] row = rows.get(r);
        if (row.length >= length) {
            return row;
        }
        String[] w = java.util.Arrays.copyOf(row, length);
        java.util.Arrays.fill(w, row.length, length, SPACE);
        rows.set(r, w);
        return w;
    }

    private static String cell(List<String[]> rows, int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0) {
            return SPACE;
        }
        String[] row = rows.get(r);
        return c < row.length ? row[c] : SPACE;
    }
}
