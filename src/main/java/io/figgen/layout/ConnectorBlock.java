package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Component.Mark;
import io.figgen.scene.Component.MarkKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines between stacked parts of a diagram: vertical connectors, buses that fan in or out, arrowheads
 * and the short labels written beside them. Drawn where the sketch puts them: a column of the connector's
 * grid maps to the same fraction of the block's width.
 */
final class ConnectorBlock extends Block {
    private static final double ROW = 13;

    final List<List<Mark>> rows;
    final int columns;
    final List<RichText> labels;
    final String color;
    /** What the lines are to the page: connectors to settle on what they join, or an axis drawn as it is. */
    Shape.Role role = Shape.Role.CONNECTOR;

    ConnectorBlock(List<List<Mark>> rows, int columns, List<RichText> labels, String color) {
        this.rows = List.copyOf(rows);
        this.columns = columns;
        this.labels = List.copyOf(labels);
        this.color = color;
    }

    /**
     * A sketch row of the connector: shorter as the page's spacing tightens, so a dense diagram's arrows give
     * up length before its type shrinks; never shorter than its label needs.
     */
    private double rowHeight(Ctx ctx) {
        double label = labels.isEmpty() ? 0 : ctx.lineHeight(labels.get(0).lead());
        // roomy, every row is most of a label's line; tight, the connector keeps little more than one line for
        // its label over all its rows (the label stands beside the shaft, clamped inside the connector)
        double share = 0.75 * ctx.roomy() + (1 - ctx.roomy()) * 1.2 / rows.size();
        return Math.max(ROW * ctx.scale * tightening(ctx), label * share);
    }

    /** Whether row i draws a horizontal line: a bus. */
    private boolean bus(int i) {
        return i >= 0 && i < rows.size() && rows.get(i).stream().anyMatch(m -> m.kind() == MarkKind.HORIZONTAL);
    }

    /** How much of its length a connector keeps as the page's spacing tightens. */
    private static double tightening(Ctx ctx) {
        return 0.4 + 0.6 * ctx.roomy();
    }

    /** An axis runs the height of what it measures (a ladder of stages beside it), not its rows' height. */
    @Override
    boolean stretches() {
        return role == Shape.Role.AXIS;
    }

    @Override
    double height(Ctx ctx, double width) {
        double labels = this.labels.stream().mapToDouble(l -> ctx.lineHeight(l.lead())).max().orElse(0);
        // a label written along a line sits above it, inside the connector: room for it over the line's row
        boolean along = rows.stream().anyMatch(r -> r.stream().anyMatch(m -> m.kind() == MarkKind.LABEL && along(r, m)));
        double lines = rows.size() * rowHeight(ctx) + (along ? 2 * labels : 0);
        return Math.max(Math.max(lines, 30 * ctx.scale * tightening(ctx)), labels);
    }

    private double x(Box area, double col) {
        return area.x() + (col + 0.5) / Math.max(1, columns) * area.w();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        draw(ctx, out, area, List.of(), List.of());
    }

    /**
     * Draws the connector between the boxes drawn above and below it: a line that starts under a box starts on
     * its bottom border, one that ends over a box ends on its top border (its head touching it), and a line the
     * sketch puts just beside a box is moved onto its middle, so no end is left in the gap.
     */
    void draw(Ctx ctx, Canvas out, Box area, List<Box> above, List<Box> below) {
        double rh = area.h() / rows.size();
        Snap snap = new Snap(area, above, below, Math.max(cell(area) * 1.5, 48 * ctx.scale));
        double stroke = Ctx.round(1.75 * ctx.scale);
        List<Seg> verticals = new ArrayList<>();
        List<Seg> horizontals = new ArrayList<>();
        List<Seg> rises = new ArrayList<>();
        int label = 0;
        for (int i = 0; i < rows.size(); i++) {
            double top = area.y() + i * rh;
            double mid = top + rh / 2;
            boolean first = i == 0;
            boolean last = i == rows.size() - 1;
            for (Mark m : rows.get(i)) {
                if (m.kind() == MarkKind.VERTICAL || m.kind() == MarkKind.HEAD) {
                    double x = snap.at(m.col(), x(area, m.col()));
                    // a line reaching the connector's top edge comes from the box above, its bottom edge goes on
                    // to the box below
                    double upper = first ? snap.bottomAbove(x, top) : top;
                    double lower = last ? snap.topBelow(x, top + rh) : top + rh;
                    boolean head = m.headStart() || m.headEnd() || m.kind() == MarkKind.HEAD;
                    verticals.add(new Seg(i, m.col(), m.col(), x, upper, x, lower, head && m.headStart(),
                            head && !m.headStart()));
                } else if (m.kind() == MarkKind.HORIZONTAL) {
                    double x1 = snap.at(m.col(), x(area, m.col()));
                    double x2 = snap.at(m.end(), x(area, m.end()));
                    horizontals.add(new Seg(i, m.col(), m.end(), x1, mid, x2, mid, m.headStart(), m.headEnd()));
                } else if (m.kind() == MarkKind.RETURN) {
                    double x1 = snap.at(m.col(), x(area, m.col()));
                    double x2 = snap.at(m.end(), x(area, m.end()));
                    horizontals.add(new Seg(i, m.col(), m.end(), x1, mid, x2, mid, false, false));
                    // a rise the connector does not draw above the corner goes up to what it joins, however far
                    List<Mark> over = i > 0 ? rows.get(i - 1) : List.of();
                    if (!risesAt(over, m.col())) {
                        rises.add(new Seg(i, m.col(), m.col(), x1, mid, x1, area.y(), false, m.headStart()));
                    }
                    if (!risesAt(over, m.end())) {
                        rises.add(new Seg(i, m.end(), m.end(), x2, mid, x2, area.y(), false, m.headEnd()));
                    }
                } else if (label < labels.size() && along(rows.get(i), m)) {
                    // a label written in a line's run sits just above the line, centred where the sketch put it
                    RichText text = labels.get(label++);
                    double lh = ctx.lineHeight(text.lead());
                    double w = Math.min(RichText.width(ctx, text.spans()), area.w());
                    double cx = (x(area, m.col()) + x(area, m.end())) / 2;
                    double x = Math.max(area.x(), Math.min(cx - w / 2, area.right() - w));
                    double y = Math.max(area.y(), mid - lh - Ctx.round(2 * ctx.scale));
                    out.textLine(text.spans(), x, y, lh, new Box(x, area.y(), w, area.h()), sourceLine);
                } else if (label < labels.size() && opensBefore(rows.get(i), m)) {
                    // a label against the line to its right ({@code corrections  │}) ends just short of it
                    RichText text = labels.get(label++);
                    double lh = ctx.lineHeight(text.lead());
                    Mark line = rows.get(i).stream().filter(k -> k.col() > m.end()).min(java.util.Comparator.comparingInt(Mark::col)).orElseThrow();
                    double right = snap.at(line.col(), x(area, line.col())) - Ctx.round(8 * ctx.scale);
                    double w = Math.min(RichText.width(ctx, text.spans()), right - area.x());
                    double x = Math.max(area.x(), right - w);
                    double y = Math.max(area.y(), Math.min(mid - lh / 2, area.bottom() - lh));
                    out.textLine(text.spans(), x, y, lh, new Box(x, area.y(), w, area.h()), sourceLine);
                } else if (label < labels.size()) {
                    RichText text = labels.get(label++);
                    double lh = ctx.lineHeight(text.lead());
                    double x = x(area, m.col()) - cell(area) / 2 + snap.shiftNear(m.col());
                    Box box = new Box(x, area.y(), area.right() - x, area.h());
                    List<List<Span>> lines = text.wrap(ctx, box.w());
                    double y = Math.max(area.y(), Math.min(mid - lh / 2, area.bottom() - lines.size() * lh));
                    // a drop's label over the bus it runs into ends above the bus, up into the room over the
                    // connector where no box stands there
                    double clear = Ctx.round(2 * ctx.scale);
                    if (i == 0 && bus(i + 1)) {
                        double ceiling = Math.max(snap.bottomAbove(x, area.y()), snap.bottomAbove(x + RichText.width(ctx, lines.get(0)), area.y()));
                        double over = mid + rh - lines.size() * lh - clear;
                        if (over < y && over >= ceiling + clear) {
                            y = over;
                        }
                    }
                    if (y < area.y()) {
                        box = new Box(box.x(), y, box.w(), box.bottom() - y);
                    }
                    for (List<Span> line : lines) {
                        out.textLine(line, x, y, lh, box, sourceLine);
                        y += lh;
                    }
                }
            }
        }
        join(verticals, horizontals);
        merge(verticals);
        for (Seg v : verticals) {
            // a head drawn upward points from the lower end to the upper one
            List<double[]> pts = v.headStart ? List.of(new double[] {v.x2, v.y2}, new double[] {v.x1, v.y1})
                    : List.of(new double[] {v.x1, v.y1}, new double[] {v.x2, v.y2});
            out.polyline(pts, color, stroke, null, v.headStart || v.headEnd, false, role, sourceLine);
        }
        for (Seg h : horizontals) {
            out.polyline(List.of(new double[] {h.x1, h.y1}, new double[] {h.x2, h.y2}), color, stroke, null, h.headEnd,
                    h.headStart, role, sourceLine);
        }
        for (Seg r : rises) {
            out.polyline(List.of(new double[] {r.x1, r.y1}, new double[] {r.x2, r.y2}), color, stroke, null, r.headEnd, false,
                    role, sourceLine);
            out.reachesFar(out.shapes().get(out.shapes().size() - 1));
        }
    }

    /**
     * A vertical run drawn over several rows is one line, also where the sketch's column wavers by one
     * ({@code │} over a {@code v} a column to its right): each row's piece joins the one above it.
     */
    private static void merge(List<Seg> verticals) {
        verticals.sort(java.util.Comparator.comparingInt((Seg s) -> s.row));
        for (int i = 0; i < verticals.size(); i++) {
            Seg upper = verticals.get(i);
            for (int j = i + 1; j < verticals.size(); j++) {
                Seg lower = verticals.get(j);
                // heads stay at the outer ends: a ▲ over a │, a │ over a ▼
                if (lower.row == upper.rowEnd + 1 && Math.abs(lower.col - upper.lastCol) <= 1 && !upper.headEnd
                        && !lower.headStart && !(upper.headStart && lower.headEnd) && Math.abs(lower.y1 - upper.y2) < 0.5) {
                    upper.y2 = lower.y2;
                    upper.headEnd = lower.headEnd;
                    verticals.remove(j);
                    // the merged line now ends in the lower piece's row, and may take the next piece too
                    upper.rowEnd = lower.rowEnd;
                    upper.lastCol = lower.lastCol;
                    j = i;
                    continue;
                }
            }
        }
    }

    /** Whether the row above draws a line down onto column c (then the return line joins it there). */
    private static boolean risesAt(List<Mark> above, int c) {
        return above.stream().anyMatch(m -> (m.kind() == MarkKind.VERTICAL || m.kind() == MarkKind.HEAD)
                && Math.abs(m.col() - c) <= 1);
    }

    /** Whether a label opens its row, a line right after it and none before ({@code corrections  │  ▼ conf}). */
    private static boolean opensBefore(List<Mark> row, Mark label) {
        boolean lineBefore = row.stream().anyMatch(m -> m.kind() != MarkKind.LABEL && m.col() < label.col());
        return !lineBefore && row.stream().anyMatch(m -> (m.kind() == MarkKind.VERTICAL || m.kind() == MarkKind.HEAD)
                && m.col() > label.end() && m.col() - label.end() <= 3);
    }

    /** Whether a label stands inside the run of a line on its row ({@code └── retry ◄──┘}). */
    private static boolean along(List<Mark> row, Mark label) {
        return row.stream().anyMatch(m -> (m.kind() == MarkKind.HORIZONTAL || m.kind() == MarkKind.RETURN)
                && m.col() < label.col() && m.end() > label.end());
    }

    /** One stroke of the connector, in canvas pixels, with the grid row and columns it was sketched at. */
    private static final class Seg {
        final int row;
        final int col;
        final int end;
        double x1;
        double y1;
        double x2;
        double y2;
        final boolean headStart;
        boolean headEnd;
        /** the last row and column a merged vertical reaches */
        int rowEnd;
        int lastCol;

        Seg(int row, int col, int end, double x1, double y1, double x2, double y2, boolean headStart, boolean headEnd) {
            this.row = row;
            this.col = col;
            this.end = end;
            this.x1 = x1;
            this.y1 = y1;
            this.x2 = x2;
            this.y2 = y2;
            this.headStart = headStart;
            this.headEnd = headEnd;
            this.rowEnd = row;
            this.lastCol = col;
        }

        boolean spans(int c) {
            return c >= col - 1 && c <= end + 1;
        }
    }

    /**
     * Joins the strokes the sketch draws as one shape: a vertical that meets a bus in the row above or below
     * runs on to the bus's middle (the sketch's {@code ┬ ┴ └ ┘} sit on it), and the bus reaches every vertical
     * it meets, wherever those were moved to attach to their boxes. Without this, a bus and its branches are
     * separate strokes with half a row of gap between them.
     */
    private static void join(List<Seg> verticals, List<Seg> horizontals) {
        for (Seg v : verticals) {
            for (Seg h : horizontals) {
                if (!h.spans(v.col)) {
                    continue;
                }
                if (h.row == v.row - 1) {
                    v.y1 = h.y1;
                } else if (h.row == v.row + 1) {
                    v.y2 = h.y1;
                } else {
                    continue;
                }
                double lo = Math.min(h.x1, h.x2);
                double hi = Math.max(h.x1, h.x2);
                if (v.x1 < lo || v.x1 > hi) {
                    // the bus runs on to the branch; its heads stay at its ends
                    if (h.x1 <= h.x2) {
                        h.x1 = Math.min(h.x1, v.x1);
                        h.x2 = Math.max(h.x2, v.x1);
                    } else {
                        h.x2 = Math.min(h.x2, v.x1);
                        h.x1 = Math.max(h.x1, v.x1);
                    }
                }
            }
        }
    }

    /**
     * Where the connector's columns go: a column whose line stands within reach of a box above (first row) or
     * below (last row) moves onto that box, onto its middle when it stood outside it.
     */
    private final class Snap {
        private final java.util.Map<Integer, Double> xs = new java.util.HashMap<>();
        private final java.util.Map<Integer, Double> shifts = new java.util.HashMap<>();
        private final List<Box> above;
        private final List<Box> below;
        private final double reach;

        Snap(Box area, List<Box> above, List<Box> below, double reach) {
            this.above = above;
            this.below = below;
            this.reach = reach;
            List<Mark> firstRow = rows.isEmpty() ? List.of() : rows.get(0);
            List<Mark> lastRow = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            for (Mark m : firstRow) {
                place(m, area, above);
            }
            for (Mark m : lastRow) {
                place(m, area, below);
            }
        }

        private void place(Mark m, Box area, List<Box> boxes) {
            if (m.kind() != MarkKind.VERTICAL && m.kind() != MarkKind.HEAD || xs.containsKey(m.col())) {
                return;
            }
            double x = ConnectorBlock.this.x(area, m.col());
            Box b = Attach.near(boxes, x, reach);
            if (b != null && (x < b.x() + 1 || x > b.right() - 1)) {
                double moved = Ctx.round(b.x() + b.w() / 2);
                xs.put(m.col(), moved);
                shifts.put(m.col(), moved - x);
            }
        }

        double at(int col, double x) {
            return xs.getOrDefault(col, x);
        }

        /** The shift of the line a label at {@code col} is written beside (the nearest line to its left). */
        double shiftNear(int col) {
            for (int c = col; c >= col - 3; c--) {
                if (shifts.containsKey(c)) {
                    return shifts.get(c);
                }
            }
            return 0;
        }

        /** The bottom of the nearest box above that spans x, or y when none does. */
        double bottomAbove(double x, double y) {
            double best = -Double.MAX_VALUE;
            for (Box b : above) {
                if (x >= b.x() - 0.5 && x <= b.right() + 0.5 && b.bottom() <= y + 0.5) {
                    best = Math.max(best, b.bottom());
                }
            }
            return best == -Double.MAX_VALUE ? y : best;
        }

        /** The top of the nearest box below that spans x, or y when none does. */
        double topBelow(double x, double y) {
            double best = Double.MAX_VALUE;
            for (Box b : below) {
                if (x >= b.x() - 0.5 && x <= b.right() + 0.5 && b.y() >= y - 0.5) {
                    best = Math.min(best, b.y());
                }
            }
            return best == Double.MAX_VALUE ? y : best;
        }
    }

    private double cell(Box area) {
        return area.w() / Math.max(1, columns);
    }
}
