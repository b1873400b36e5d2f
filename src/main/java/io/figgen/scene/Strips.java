package io.figgen.scene;

import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Cuts an area the way a reader sees it: into horizontal strips at rows that are blank across the whole
 * area, and a strip into side-by-side columns at a vertical gutter of spaces. A gutter only cuts when the
 * two sides are built differently (a box on one side, or text on different rows); rows whose cells line
 * up on both sides are a table and stay whole.
 */
final class Strips {
    private static final int MIN_GUTTER = 2;
    /** How far a box's right edge may stand past the column it belongs to. */
    private static final int BOX_SLACK = 2;

    private Strips() {
    }

    static List<Area> horizontal(Area area) {
        List<Area> out = new ArrayList<>();
        int start = -1;
        for (int r = area.top(); r <= area.bottom() + 1; r++) {
            boolean blank = r > area.bottom() || isBlankRow(area, r);
            // a blank row after a label's coloured underline, another underlined label after it: one strip
            if (blank && r <= area.bottom() && start >= 0 && underlined(area, r - 1) && underlinedAhead(area, r)) {
                continue;
            }
            if (!blank && start < 0) {
                start = r;
            } else if (blank && start >= 0) {
                out.add(sub(area, start, r - 1, area.left(), area.right()));
                start = -1;
            }
        }
        return out;
    }

    private static boolean underlined(Area area, int r) {
        return area.rows().stream().anyMatch(row -> row.row() == r && TextGroupComposer.underline(row) != null);
    }

    /** Whether the next rows with text, past blank ones, are a label and its coloured underline. */
    private static boolean underlinedAhead(Area area, int r) {
        int next = r;
        while (next <= area.bottom() && isBlankRow(area, next)) {
            next++;
        }
        return next < area.bottom() && !underlined(area, next) && underlined(area, next + 1);
    }

    private static boolean isBlankRow(Area area, int r) {
        for (Box b : area.boxes()) {
            if (r >= b.top() && r <= b.bottom()) {
                return false;
            }
        }
        for (Row row : area.rows()) {
            if (row.row() == r) {
                // a pipe table's delimiter row holds its header to its rows
                return row.isBlank() && !AreaComposer.isPipeDelimiter(row);
            }
        }
        return true;
    }

    /** The strip's columns, left to right, or a single element when no gutter cuts it. */
    static List<Area> vertical(Area strip) {
        int left = strip.left();
        int width = strip.right() - left + 1;
        if (width < 8) {
            return List.of(strip);
        }
        BitSet used = new BitSet(width);
        for (Box b : strip.boxes()) {
            used.set(Math.max(0, b.left() - left), Math.min(width, b.right() - left + 1));
        }
        for (Row row : strip.rows()) {
            for (Token t : row.tokens()) {
                used.set(Math.max(0, t.col() - left), Math.min(width, t.end() - left + 1));
                // an arrow between two boxes of a row ({@code │ C │  →  │ D │}) joins them: no gutter there
                if (t instanceof Token.Arrow || t instanceof Token.Rule) {
                    Box before = null;
                    Box after = null;
                    for (Box b : strip.boxes()) {
                        if (row.row() > b.top() && row.row() < b.bottom()) {
                            if (b.right() < t.col() && (before == null || b.right() > before.right())) {
                                before = b;
                            } else if (b.left() > t.end() && (after == null || b.left() < after.left())) {
                                after = b;
                            }
                        }
                    }
                    if (before != null && after != null) {
                        used.set(Math.max(0, before.right() - left), Math.min(width, after.left() - left + 1));
                    }
                }
            }
        }
        int first = used.nextSetBit(0);
        int last = used.previousSetBit(width - 1);
        if (first < 0) {
            return List.of(strip);
        }
        int divider = divider(strip);
        if (divider > left + first && divider < left + last) {
            // a pane divider cuts however close the text beside it stands: the panes either side, the line between
            List<Area> out = new ArrayList<>();
            out.add(trimmed(sub(strip, strip.top(), strip.bottom(), strip.left(), divider - 1)));
            out.add(sub(strip, strip.top(), strip.bottom(), divider, divider));
            out.addAll(vertical(sub(strip, strip.top(), strip.bottom(), divider + 1, strip.right())));
            return out;
        }
        int gap = used.nextClearBit(first);
        while (gap < last) {
            int next = used.nextSetBit(gap);
            if (next - gap >= MIN_GUTTER) {
                int cut = left + gap;
                Area a = sub(strip, strip.top(), strip.bottom(), strip.left(), cut - 1);
                Area b = sub(strip, strip.top(), strip.bottom(), cut, strip.right());
                if (builtDifferently(a, b)) {
                    List<Area> out = new ArrayList<>();
                    out.add(trimmed(a));
                    out.addAll(vertical(b));
                    return out;
                }
            }
            gap = used.nextClearBit(next);
        }
        return List.of(strip);
    }

    /** Rows a divider runs down, at the least: shorter upright lines are connectors. */
    private static final int DIVIDER_ROWS = 8;

    /**
     * The column of a line that divides the strip into panes (a window's main view and its sidebar): one
     * solid {@code │} in the same column on at least nine in ten of its rows, and no box across it; -1 when
     * none. A dotted line ({@code ┊}) is a zone's edge, which the zone reads.
     */
    private static int divider(Area strip) {
        int rows = strip.rows().size();
        if (rows < DIVIDER_ROWS) {
            return -1;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Row row : strip.rows()) {
            for (Token t : row.tokens()) {
                if (t instanceof Token.VLine v && v.col() == v.end() && v.head() == null && !v.dashed()) {
                    counts.merge(t.col(), 1, Integer::sum);
                }
            }
        }
        for (java.util.Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            int c = e.getKey();
            if (e.getValue() * 10 >= rows * 9 && strip.boxes().stream().noneMatch(b -> b.left() <= c && b.right() >= c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean builtDifferently(Area a, Area b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (!a.boxes().isEmpty() && !b.boxes().isEmpty()) {
            // a row of boxes stays a row (its cards line up, arrows join them) unless text stands beside
            return hasText(a) || hasText(b);
        }
        if (!a.boxes().isEmpty() || !b.boxes().isEmpty()) {
            return true;
        }
        int both = 0;
        int either = 0;
        for (int r = a.top(); r <= a.bottom(); r++) {
            boolean x = hasTokens(a, r);
            boolean y = hasTokens(b, r);
            both += x && y ? 1 : 0;
            either += x || y ? 1 : 0;
        }
        return both * 10 < either * 7;
    }

    private static boolean hasText(Area a) {
        return a.rows().stream().anyMatch(Row::hasText);
    }

    private static boolean hasTokens(Area a, int r) {
        return a.rows().stream().anyMatch(row -> row.row() == r && !row.isBlank());
    }

    /** The part of an area between two rows and two columns: its boxes inside, its tokens inside. */
    static Area sub(Area area, int top, int bottom, int left, int right) {
        List<Box> boxes = new ArrayList<>();
        for (Box b : area.boxes()) {
            if (b.top() >= top && b.bottom() <= bottom && b.left() >= left && b.right() <= right + BOX_SLACK) {
                boxes.add(b);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Row row : area.rows()) {
            if (row.row() >= top && row.row() <= bottom) {
                List<Token> tokens = new ArrayList<>();
                for (Token t : row.tokens()) {
                    if (t.col() >= left && t.col() <= right) {
                        tokens.add(t);
                    }
                }
                List<Token.Art> art = row.art().stream().filter(t -> t.col() >= left && t.col() <= right).toList();
                rows.add(new Row(row.row(), tokens, art));
            }
        }
        return new Area(top, bottom, left, right, boxes, rows);
    }

    /** An area shrunk to the columns its content uses, so proportions reflect what is drawn. */
    private static Area trimmed(Area a) {
        int right = a.left();
        for (Box b : a.boxes()) {
            right = Math.max(right, b.right());
        }
        for (Row r : a.rows()) {
            for (Token t : r.tokens()) {
                right = Math.max(right, t.end());
            }
        }
        return new Area(a.top(), a.bottom(), a.left(), Math.min(a.right(), right + 1), a.boxes(), a.rows());
    }

}
