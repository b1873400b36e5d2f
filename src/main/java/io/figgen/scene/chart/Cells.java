package io.figgen.scene.chart;

import io.figgen.sketch.Grid;

/** The sketch's characters, cell by cell, for readers that look at line art rather than words. */
final class Cells {
    private final Grid grid;

    Cells(Grid grid) {
        this.grid = grid;
    }

    String at(int row, int col) {
        if (row < 0 || row >= grid.height() || col < 0) {
            return " ";
        }
        String s = grid.at(row, col);
        return s == null || s.isEmpty() ? " " : s;
    }

    boolean any(int row, int col, String glyphs) {
        String s = at(row, col);
        return !s.isBlank() && glyphs.contains(s);
    }

    /** A run of text on one row, from column {@code col} to {@code end}. */
    record Run(int row, int col, int end, String text) {
    }

    /**
     * The runs of text on a row from {@code from} to {@code to}, cut wherever {@code cut} says a cell is the
     * chart's own glyph (a vertex, a stroke, a centre): what remains are the words around it.
     */
    java.util.List<Run> runs(int row, int from, int to, java.util.function.IntPredicate cut) {
        java.util.List<Run> out = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int start = -1;
        int last = -1;
        for (int c = from; c <= to + 1; c++) {
            if (c > to || cut.test(c)) {
                String text = sb.toString().strip();
                if (!text.isEmpty()) {
                    out.add(new Run(row, start, last, text));
                }
                sb.setLength(0);
                start = -1;
                continue;
            }
            String g = at(row, c);
            sb.append(g);
            if (!g.isBlank()) {
                start = start < 0 ? c : start;
                last = c;
            }
        }
        return out;
    }

    static final String VERTICAL = "|│┃┤├╎┆";
    static final String HORIZONTAL = "-─━┬┴═";
    static final String CORNER = "+└┼┴╰╚";
    static final String MARKS = "*●○◆◇■□★☆✕✖•◉▲△";
    static final String DIAGONAL = "/\\╱╲";
}
