package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.scene.Component;
import io.figgen.theme.Style;

import java.util.List;

/**
 * A chart the sketch draws with axes: a y axis of {@code |} under a {@code ^}, an x axis of {@code +────>},
 * tick labels beside them, and boxes or text at data positions. Unlike the rest of a figure, a chart is
 * placed by coordinates: a sketch column maps to the same fraction of the plot's width, a row to the same
 * fraction of its height, so positions keep their meaning.
 */
final class ChartBlock extends Block {
    /** A labelled box at a grid position. */
    record Point(int top, int left, int bottom, int right, List<RichText> lines, int line) {
    }

    /** A text at a grid position; {@code rightAligned} for tick labels left of the y axis. */
    record Label(int row, int col, RichText text, boolean rightAligned, int line) {
    }

    private static final double ROW = 21;

    final Component.Chart chart;
    final List<Point> points;
    final List<Label> labels;
    final Style pointStyle;
    final String axisColor;

    ChartBlock(Component.Chart chart, List<Point> points, List<Label> labels, Style pointStyle, String axisColor) {
        this.chart = chart;
        this.points = List.copyOf(points);
        this.labels = List.copyOf(labels);
        this.pointStyle = pointStyle;
        this.axisColor = axisColor;
    }

    private int rows() {
        return chart.rows();
    }

    /** The least share of a sketch row's height the chart keeps when the page is short of room. */
    private static final double TIGHTEST = 0.5;

    /**
     * The height of each sketch row when an empty row is {@code share} of {@link #ROW}: a row holding a label
     * never gets less than the label's line, so ticks and the axis's captions under it stay apart.
     */
    private double[] rowHeights(Ctx ctx, double share) {
        double[] h = new double[rows()];
        java.util.Arrays.fill(h, ROW * ctx.scale * share);
        for (Label l : labels) {
            if (l.row() >= 0 && l.row() < h.length) {
                h[l.row()] = Math.max(h[l.row()], ctx.lineHeight(l.text().lead()));
            }
        }
        return h;
    }

    private static double sum(double[] h) {
        double t = 0;
        for (double v : h) {
            t += v;
        }
        return t;
    }

    private double textHeight(Ctx ctx, Point p) {
        double h = 0;
        for (RichText t : p.lines()) {
            h += ctx.lineHeight(t.lead());
        }
        return h + 2 * Ctx.round(8 * ctx.scale);
    }

    /**
     * The smallest share of a row at which every box still holds its words within the rows the sketch gives
     * it: a chart gives up its empty rows before the figure's type shrinks, and its boxes keep their order and
     * relative heights on the axis.
     */
    private double tightest(Ctx ctx) {
        if (tightCtx == ctx) {
            return tight;
        }
        double share = 1;
        while (share - 0.05 >= TIGHTEST - 1e-9 && holds(ctx, share - 0.05)) {
            share -= 0.05;
        }
        tightCtx = ctx;
        tight = share;
        return share;
    }

    private Ctx tightCtx;
    private double tight;

    private boolean holds(Ctx ctx, double share) {
        double[] h = rowHeights(ctx, share);
        for (Point p : points) {
            double rows = 0;
            for (int r = Math.max(0, p.top()); r <= Math.min(h.length - 1, p.bottom()); r++) {
                rows += h[r];
            }
            if (rows < textHeight(ctx, p)) {
                return false;
            }
        }
        return true;
    }

    @Override
    double height(Ctx ctx, double width) {
        return sum(rowHeights(ctx, tightest(ctx)));
    }

    @Override
    boolean asks() {
        return true;
    }

    /** The chart reads best with every sketch row at full height; it asks the page for that much. */
    @Override
    double want(Ctx ctx, double width) {
        return Math.max(0, sum(rowHeights(ctx, 1)) - height(ctx, width));
    }

    @Override
    boolean stretches() {
        return true;
    }

    private double x(Box b, double col) {
        return b.x() + col / Math.max(1, chart.columns()) * b.w();
    }

    /** Each row's top in the area, the rows sharing its height as {@link #rowHeights} does, plus the bottom. */
    private double[] rowTops(Ctx ctx, Box b) {
        double lo = tightest(ctx);
        double hi = Math.max(lo, 1);
        // bounded: a chart of no rows has no height to grow into
        for (int i = 0; i < 30 && sum(rowHeights(ctx, hi)) < b.h(); i++) {
            hi *= 2;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (sum(rowHeights(ctx, mid)) <= b.h()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] h = rowHeights(ctx, lo);
        double[] tops = new double[h.length + 1];
        tops[0] = b.y();
        for (int r = 0; r < h.length; r++) {
            tops[r + 1] = tops[r] + h[r];
        }
        return tops;
    }

    /** The middle of a row (clamped to the chart's rows). */
    private static double mid(double[] tops, int row) {
        int r = Math.max(0, Math.min(tops.length - 2, row));
        return (tops[r] + tops[r + 1]) / 2;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        double[] tops = rowTops(ctx, b);
        double stroke = Ctx.round(1.75 * ctx.scale);
        double ax = x(b, chart.axisCol() + 0.5);
        double top = mid(tops, chart.axisTop()) - 4 * ctx.scale;
        double xAxis = mid(tops, chart.xRow());
        double xEnd = Math.min(b.right(), x(b, chart.xEnd() + 1));
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {ax, top}), axisColor, stroke, null, true, false,
                io.figgen.model.Shape.Role.AXIS, sourceLine);
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {xEnd, xAxis}), axisColor, stroke, null, true, false,
                io.figgen.model.Shape.Role.AXIS, sourceLine);
        double pad = Ctx.round(8 * ctx.scale);
        for (Point p : points) {
            double px = x(b, p.left());
            double py = tops[Math.max(0, Math.min(rows() - 1, p.top()))];
            double textW = 0;
            double textH = 0;
            for (RichText t : p.lines()) {
                textW = Math.max(textW, t.naturalWidth(ctx));
                textH += ctx.lineHeight(t.lead());
            }
            double w = Math.max(x(b, p.right() + 1) - px, textW + 2 * pad);
            double h = Math.max(tops[Math.max(0, Math.min(rows() - 1, p.bottom())) + 1] - py, textH + 2 * pad);
            w = Math.min(w, b.right() - px);
            out.rect(px, py, w, h, pointStyle.fill(), pointStyle.stroke(), pointStyle.strokeWidth(), pointStyle.dash());
            double ty = py + (h - textH) / 2;
            Box inner = new Box(px + pad / 2, py, w - pad, h);
            for (RichText t : p.lines()) {
                double lh = ctx.lineHeight(t.lead());
                for (List<Span> line : t.wrap(ctx, w - 2 * pad)) {
                    out.textLine(line, px + pad, ty, lh, inner, p.line());
                    ty += lh;
                }
            }
        }
        for (Label l : labels) {
            double lh = ctx.lineHeight(l.text().lead());
            double lw = l.text().naturalWidth(ctx);
            double ly = mid(tops, l.row()) - lh / 2;
            double lx = l.rightAligned() ? ax - pad - lw : x(b, l.col());
            lx = Math.max(b.x(), Math.min(lx, b.right() - lw));
            out.textLine(l.text().wrap(ctx, lw + 1).get(0), lx, ly, lh, new Box(b.x(), b.y(), b.w(), b.h()), l.line());
        }
    }
}
