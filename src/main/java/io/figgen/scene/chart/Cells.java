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

    static final String VERTICAL = "|│┃┤├╎┆";
    static final String HORIZONTAL = "-─━┬┴═";
    static final String CORNER = "+└┼┴╰╚";
    static final String MARKS = "*●○◆◇■□★☆✕✖•◉▲△";
    static final String DIAGONAL = "/\\╱╲";
}
