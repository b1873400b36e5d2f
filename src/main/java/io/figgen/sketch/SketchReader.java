package io.figgen.sketch;

import io.figgen.model.FigureException;
import io.figgen.model.SketchSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ASCII layout into structure: the outer frame, its bands (split at full-width separators), the
 * panels of a split band, and inside each the boxes and rows. Right borders are ragged in almost every real
 * sketch, so the frame's right edge is found row by row rather than at one column.
 */
public final class SketchReader {
    /** Sketches larger than this are refused rather than read slowly. */
    public static final int MAX_ROWS = 2_000;
    public static final int MAX_COLUMNS = 1_000;
    public static final int MAX_WORDS = 10_000;

    private SketchReader() {
    }

    public static Sketch read(SketchSource source) {
        Grid grid = Grid.of(source.text());
        if (grid.height() > MAX_ROWS) {
            throw new FigureException(source.firstLine() + MAX_ROWS,
                    "sketch has " + grid.height() + " lines, more than the limit of " + MAX_ROWS
                            + ": split the figure or shorten the sketch");
        }
        if (grid.width() > MAX_COLUMNS) {
            int row = 0;
            while (grid.rowLength(row) <= MAX_COLUMNS) {
                row++;
            }
            throw new FigureException(source.firstLine() + row,
                    "sketch line is " + grid.rowLength(row) + " columns wide, more than the limit of " + MAX_COLUMNS
                            + ": wrap the line");
        }
        requireFewerWords(source);
        return new FrameReader(grid, source.firstLine()).read();
    }

    /**
     * Layout time and memory grow with the words a sketch draws (some 12 KB each); real sketches hold up to a
     * few hundred, so a limit far above that keeps a hostile one (two million characters of words) bounded.
     */
    private static void requireFewerWords(SketchSource source) {
        String text = source.text();
        int words = 0;
        int line = source.firstLine();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord && ++words > MAX_WORDS) {
                throw new FigureException(line, "sketch has more than " + MAX_WORDS + " words, the limit: split the figure");
            }
            inWord = letter;
        }
    }

    /** Frame geometry and band splitting for one grid. */
    private static final class FrameReader {
        private final Grid grid;
        private final int firstLine;
        private final AreaReader areas;

        FrameReader(Grid grid, int firstLine) {
            this.grid = grid;
            this.firstLine = firstLine;
            this.areas = new AreaReader(grid, firstLine);
        }

        Sketch read() {
            int top = frameTop();
            int left = top < 0 ? -1 : firstNonSpace(top);
            int bottom = top < 0 ? -1 : frameBottom(top, left);
            if (top < 0 || bottom < 0) {
                return unframed();
            }
            int right = grid.lastNonSpace(top);
            int[] rightEdge = new int[grid.height()];
            List<Integer> separators = new ArrayList<>();
            separators.add(top);
            for (int r = top + 1; r < bottom; r++) {
                rightEdge[r] = rightEdge(r, left, right);
                if (isSeparator(r, left, rightEdge[r])) {
                    separators.add(r);
                }
            }
            separators.add(bottom);
            List<Band> bands = new ArrayList<>();
            addLoose(bands, 0, top - 1);
            for (int i = 0; i + 1 < separators.size(); i++) {
                int a = separators.get(i);
                int b = separators.get(i + 1);
                if (b - a > 1) {
                    bands.add(band(a, b, left, rightEdge));
                }
            }
            addLoose(bands, bottom + 1, grid.height() - 1);
            return new Sketch(grid, firstLine, true, left, right, bands);
        }

        private Sketch unframed() {
            int right = 0;
            for (int r = 0; r < grid.height(); r++) {
                right = Math.max(right, grid.lastNonSpace(r));
            }
            List<Band> bands = new ArrayList<>();
            addLoose(bands, 0, grid.height() - 1);
            return new Sketch(grid, firstLine, false, 0, right, bands);
        }

        /** Text written outside the frame still belongs to the figure: it becomes a band of its own. */
        private void addLoose(List<Band> bands, int from, int to) {
            int a = from;
            while (a <= to && grid.lastNonSpace(a) < 0) {
                a++;
            }
            int b = to;
            while (b >= a && grid.lastNonSpace(b) < 0) {
                b--;
            }
            if (a > b) {
                return;
            }
            int n = b - a + 1;
            int[] lefts = new int[n];
            int[] rights = new int[n];
            for (int i = 0; i < n; i++) {
                rights[i] = Math.max(0, grid.lastNonSpace(a + i));
            }
            bands.add(new Band(a, b, List.of(areas.read(a, b, lefts, rights))));
        }

        private int frameTop() {
            for (int r = 0; r < grid.height(); r++) {
                int c = firstNonSpace(r);
                if (c >= 0) {
                    int ch = grid.cp(r, c);
                    int next = grid.cp(r, c + 1);
                    boolean corner = Glyphs.isTopLeft(ch) && (next == '-' || next == '=' || Glyphs.isHorizontal(next));
                    // a frame's top is one border: a row of boxes side by side (corners, gaps) is not
                    int last = grid.lastNonSpace(r);
                    int inner = Math.max(1, last - c - 1);
                    if (corner && last - c >= 8 && grid.ruleCells(r, c, last) * 10 >= inner * 8) {
                        return r;
                    }
                }
            }
            return -1;
        }

        private int frameBottom(int top, int left) {
            for (int r = grid.height() - 1; r > top + 1; r--) {
                int c = firstNonSpace(r);
                if (c >= 0 && Math.abs(c - left) <= 1 && Glyphs.isBottomLeft(grid.cp(r, c))) {
                    return r;
                }
            }
            return -1;
        }

        private int firstNonSpace(int r) {
            for (int c = 0; c < grid.rowLength(r); c++) {
                if (grid.cp(r, c) != ' ') {
                    return c;
                }
            }
            return -1;
        }

        /**
         * The frame's right border on row r: the row's last character when it is a border glyph near the top
         * corner's column; otherwise text overran the border and the row's content runs to its end.
         */
        private int rightEdge(int r, int left, int right) {
            int last = grid.lastNonSpace(r);
            int ch = grid.cp(r, last);
            boolean border = Glyphs.isVertical(ch) || Glyphs.isRightJoint(ch) || ch == '+' || ch == '┘' || ch == '┐';
            if (border && last >= right - 8) {
                return last;
            }
            return Math.max(right, last + 1);
        }

        private boolean isSeparator(int r, int left, int right) {
            int ch = grid.cp(r, left);
            if (!(ch == '+' || Glyphs.isLeftJoint(ch))) {
                return false;
            }
            int inner = Math.max(1, right - left - 1);
            return grid.ruleCells(r, left, right) * 10 >= inner * 8;
        }

        private Band band(int sepAbove, int sepBelow, int left, int[] rightEdge) {
            int top = sepAbove + 1;
            int bottom = sepBelow - 1;
            List<Integer> splits = panelSplits(sepAbove, sepBelow, left, rightEdge);
            List<Area> panels = new ArrayList<>();
            int n = bottom - top + 1;
            int[] start = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = left + 1;
            }
            for (int p = 0; p <= splits.size(); p++) {
                int[] lefts = start.clone();
                int[] rights = new int[n];
                for (int i = 0; i < n; i++) {
                    int r = top + i;
                    int end = p < splits.size() ? dividerNear(r, splits.get(p)) : rightEdge[r];
                    rights[i] = end - 1;
                    start[i] = end + 1;
                }
                panels.add(areas.read(top, bottom, lefts, rights));
            }
            return new Band(top, bottom, panels);
        }

        /** Columns where a separator above or below marks a joint and a divider runs down most of the band. */
        private List<Integer> panelSplits(int sepAbove, int sepBelow, int left, int[] rightEdge) {
            List<Integer> splits = new ArrayList<>();
            int limit = Math.min(grid.rowLength(sepAbove), grid.rowLength(sepBelow)) - 2;
            for (int c = left + 2; c < limit; c++) {
                int a = grid.cp(sepAbove, c);
                int b = grid.cp(sepBelow, c);
                boolean joint = a == '+' || a == '┬' || a == '┼' || b == '+' || b == '┴' || b == '┼';
                if (joint && dividerRuns(sepAbove + 1, sepBelow - 1, c)) {
                    splits.add(c);
                }
            }
            return splits;
        }

        private boolean dividerRuns(int top, int bottom, int c) {
            int hits = 0;
            for (int r = top; r <= bottom; r++) {
                if (dividerNear(r, c) >= 0 && Glyphs.isVertical(grid.cp(r, dividerNear(r, c)))) {
                    hits++;
                }
            }
            return hits * 10 >= (bottom - top + 1) * 8;
        }

        private int dividerNear(int r, int c) {
            for (int d = 0; d <= 1; d++) {
                for (int x : new int[] {c - d, c + d}) {
                    int ch = grid.cp(r, x);
                    if (ch == '|' || ch == '│' || ch == '║' || ch == '┃') {
                        return x;
                    }
                }
            }
            return c;
        }
    }
}
