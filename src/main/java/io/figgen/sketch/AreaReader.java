package io.figgen.sketch;

import io.figgen.model.FigureException;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the boxes inside a region of the grid, recursively, and reads what lies outside them into rows.
 * Box edges may be off by up to {@value #SLACK} columns from the corners, as hand-drawn sketches are: a box's
 * left edge is looked for near its top-left corner and its right edge near its top-right corner, row by row.
 */
final class AreaReader {
    static final int SLACK = 2;
    /** Limits, stated in errors and the README: real sketches nest three deep and hold a few dozen boxes. */
    static final int MAX_DEPTH = 12;
    static final int MAX_BOXES = 500;

    private final Grid grid;
    private final boolean[][] mask;
    private final int firstLine;
    private int boxes;

    AreaReader(Grid grid, int firstLine) {
        this.grid = grid;
        this.firstLine = firstLine;
        this.mask = new boolean[grid.height()][grid.width() + 8];
    }

    /** Reads rows {@code top..bottom}; {@code lefts[i]}, {@code rights[i]} bound row {@code top + i}. */
    Area read(int top, int bottom, int[] lefts, int[] rights) {
        return read(top, bottom, lefts, rights, 0);
    }

    private Area read(int top, int bottom, int[] lefts, int[] rights, int depth) {
        List<Box> boxes = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
            for (int c = lefts[r - top]; c <= rights[r - top]; c++) {
                if (!masked(r, c) && Glyphs.isTopLeft(grid.cp(r, c))) {
                    if (depth >= MAX_DEPTH && grid.cp(r, c) != '+') {
                        throw new FigureException(firstLine + r, "boxes nested more than " + MAX_DEPTH
                                + " deep, the limit: flatten the sketch");
                    }
                    Box box = depth >= MAX_DEPTH ? null : tryBox(r, c, bottom, rights[r - top] + SLACK + 1, depth);
                    if (box != null) {
                        if (++this.boxes > MAX_BOXES) {
                            throw new FigureException(firstLine + r, "sketch has more than " + MAX_BOXES
                                    + " boxes, the limit: split the figure");
                        }
                        boxes.add(box);
                        c = box.right();
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (int r = top; r <= bottom; r++) {
            int l = lefts[r - top];
            int rt = rights[r - top];
            left = Math.min(left, l);
            right = Math.max(right, rt);
            rows.add(new Row(r, RowTokenizer.tokenize(grid, r, l, rt, mask[r])));
        }
        if (left > right) {
            left = right = 0;
        }
        return new Area(top, bottom, left, right, boxes, rows);
    }

    private boolean masked(int r, int c) {
        return r < 0 || r >= mask.length || c < 0 || c >= mask[r].length || mask[r][c];
    }

    private Box tryBox(int top, int c0, int maxBottom, int maxRight, int depth) {
        int corner = grid.cp(top, c0);
        boolean ascii = corner == '+';
        int next = grid.cp(top, c0 + 1);
        if (ascii ? next != '-' && next != '=' : !Glyphs.isHorizontal(next) && next != ' ') {
            return null;
        }
        int c1 = topRight(top, c0, ascii, maxRight);
        if (c1 < 0 || top >= maxBottom) {
            return null;
        }
        int n = maxBottom - top;
        int[] leftEdge = new int[n + 1];
        int[] rightEdge = new int[n + 1];
        int bottom = -1;
        int bottomLeft = c0;
        for (int r = top + 1; r <= maxBottom; r++) {
            int col = edgeNear(r, c0);
            if (col < 0) {
                return null;
            }
            int ch = grid.cp(r, col);
            boolean closes = Glyphs.isBottomLeft(ch) && (!ascii || ch == '+') && Glyphs.isHorizontal(grid.cp(r, col + 1));
            if (closes && (!ascii || !continuesDown(r + 1, col))) {
                bottom = r;
                bottomLeft = col;
                break;
            }
            if (!(Glyphs.isVertical(ch) || Glyphs.isLeftJoint(ch) || ch == '+')) {
                return null;
            }
            leftEdge[r - top] = col;
            rightEdge[r - top] = rightEdgeNear(r, c1, col);
        }
        if (bottom < 0) {
            return null;
        }
        int bottomRight = bottomRight(bottom, c1);
        List<Integer> dividers = new ArrayList<>();
        for (int r = top + 1; r < bottom; r++) {
            if (isDivider(r, leftEdge[r - top], rightEdge[r - top])) {
                dividers.add(r);
            }
        }
        markBorders(top, bottom, c0, c1, bottomLeft, bottomRight, leftEdge, rightEdge, dividers);
        Area interior = readInterior(top, bottom, leftEdge, rightEdge, dividers, depth);
        for (int r = top; r <= bottom; r++) {
            int l = r == top ? c0 : r == bottom ? bottomLeft : leftEdge[r - top];
            int rt = r == top ? c1 : r == bottom ? bottomRight : rightEdge[r - top];
            for (int c = l; c <= rt && c < mask[r].length; c++) {
                mask[r][c] = true;
            }
        }
        return new Box(top, c0, bottom, c1, title(top, c0, c1), border(corner, top, c0, c1), dividers, interior);
    }

    private int topRight(int row, int c0, boolean ascii, int maxRight) {
        for (int k = c0 + 1; k <= maxRight; k++) {
            if (masked(row, k)) {
                return -1;
            }
            int x = grid.cp(row, k);
            if (k > c0 + 1 && Glyphs.isTopRight(x) && (ascii == (x == '+')) && Glyphs.isHorizontal(grid.cp(row, k - 1))) {
                return k;
            }
            if (x == ' ' && grid.cp(row, k + 1) == ' ') {
                return -1;
            }
            if (Glyphs.isTopLeft(x) && x != '+') {
                return -1;
            }
        }
        return -1;
    }

    /** The column of the box's left edge on row r: nearest to c0 within the slack. */
    private int edgeNear(int r, int c0) {
        for (int d = 0; d <= SLACK; d++) {
            for (int c : new int[] {c0 - d, c0 + d}) {
                if (!masked(r, c)) {
                    int ch = grid.cp(r, c);
                    if (Glyphs.isVertical(ch) || Glyphs.isLeftJoint(ch) || Glyphs.isBottomLeft(ch)) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    private int rightEdgeNear(int r, int c1, int left) {
        for (int d = 0; d <= SLACK + 1; d++) {
            for (int c : new int[] {c1 - d, c1 + d}) {
                if (c > left && !masked(r, c)) {
                    int ch = grid.cp(r, c);
                    if (Glyphs.isVertical(ch) || Glyphs.isRightJoint(ch) || ch == '+') {
                        return c;
                    }
                }
            }
        }
        return c1;
    }

    private int bottomRight(int r, int c1) {
        for (int d = 0; d <= SLACK + 1; d++) {
            for (int c : new int[] {c1 - d, c1 + d}) {
                if (!masked(r, c) && Glyphs.isBottomRight(grid.cp(r, c))) {
                    return c;
                }
            }
        }
        return c1;
    }

    private boolean continuesDown(int r, int col) {
        for (int d = -SLACK; d <= SLACK; d++) {
            int ch = grid.cp(r, col + d);
            if (ch == '|' || ch == '+') {
                return true;
            }
        }
        return false;
    }

    private boolean isDivider(int r, int left, int right) {
        int ch = grid.cp(r, left);
        int rules = grid.ruleCells(r, left, right);
        int inner = Math.max(1, right - left - 1);
        return rules >= 3 && (Glyphs.isLeftJoint(ch) || ch == '+' || rules * 10 >= inner * 7);
    }

    private void markBorders(int top, int bottom, int c0, int c1, int bl, int br, int[] leftEdge, int[] rightEdge,
                             List<Integer> dividers) {
        for (int c = c0; c <= c1; c++) {
            mask[top][c] = true;
        }
        for (int c = bl; c <= br; c++) {
            mask[bottom][c] = true;
        }
        for (int r = top + 1; r < bottom; r++) {
            mask[r][leftEdge[r - top]] = true;
            mask[r][rightEdge[r - top]] = true;
            if (dividers.contains(r)) {
                for (int c = leftEdge[r - top]; c <= rightEdge[r - top]; c++) {
                    mask[r][c] = true;
                }
            }
        }
    }

    private Area readInterior(int top, int bottom, int[] leftEdge, int[] rightEdge, List<Integer> dividers, int depth) {
        int n = bottom - top - 1;
        if (n <= 0) {
            return new Area(top + 1, top, 0, 0, List.of(), List.of());
        }
        int[] lefts = new int[n];
        int[] rights = new int[n];
        for (int i = 0; i < n; i++) {
            lefts[i] = leftEdge[i + 1] + 1;
            rights[i] = rightEdge[i + 1] - 1;
        }
        return read(top + 1, bottom - 1, lefts, rights, depth + 1);
    }

    private String title(int row, int c0, int c1) {
        String raw = grid.text(row, c0 + 1, c1 - 1).replaceAll("[\u2500-\u257F]+", " ");
        return raw.replaceAll("(^|\\s)[-=+]{2,}(?=\\s|$)", " ").trim().replaceAll("\\s{2,}", " ");
    }

    private Box.Border border(int corner, int row, int c0, int c1) {
        if (grid.diamond(row, c0)) {
            return Box.Border.DIAMOND;
        }
        for (int c = c0 + 1; c < c1; c++) {
            int x = grid.cp(row, c);
            if (x == '╌' || x == '┄' || x == '┈' || x == '╍') {
                return Box.Border.DASHED;
            }
        }
        return switch (corner) {
            case '╔' -> Box.Border.DOUBLE;
            case '╭' -> Box.Border.ROUNDED;
            case '┏' -> Box.Border.HEAVY;
            case '+' -> Box.Border.ASCII;
            default -> Box.Border.SINGLE;
        };
    }
}
