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

    @Override
    double height(Ctx ctx, double width) {
        return rows() * ROW * ctx.scale;
    }

    @Override
    boolean stretches() {
        return true;
    }

    private double x(Box b, double col) {
        return b.x() + col / Math.max(1, chart.columns()) * b.w();
    }

    private double y(Box b, double row) {
        return b.y() + (row + 0.5) / rows() * b.h();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        double stroke = Ctx.round(1.75 * ctx.scale);
        double ax = x(b, chart.axisCol() + 0.5);
        double top = y(b, chart.axisTop()) - 4 * ctx.scale;
        double xAxis = y(b, chart.xRow());
        double xEnd = Math.min(b.right(), x(b, chart.xEnd() + 1));
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {ax, top}), axisColor, stroke, null, true, false,
                io.figgen.model.Shape.Role.AXIS, sourceLine);
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {xEnd, xAxis}), axisColor, stroke, null, true, false,
                io.figgen.model.Shape.Role.AXIS, sourceLine);
        double pad = Ctx.round(8 * ctx.scale);
        for (Point p : points) {
            double px = x(b, p.left());
            double py = y(b, p.top()) - b.h() / rows() / 2;
            double textW = 0;
            double textH = 0;
            for (RichText t : p.lines()) {
                textW = Math.max(textW, t.naturalWidth(ctx));
                textH += ctx.lineHeight(t.lead());
            }
            double w = Math.max(x(b, p.right() + 1) - px, textW + 2 * pad);
            double h = Math.max(y(b, p.bottom()) - py + b.h() / rows() / 2, textH + 2 * pad);
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
            double ly = y(b, l.row()) - lh / 2;
            double lx = l.rightAligned() ? ax - pad - lw : x(b, l.col());
            lx = Math.max(b.x(), Math.min(lx, b.right() - lw));
            out.textLine(l.text().wrap(ctx, lw + 1).get(0), lx, ly, lh, new Box(b.x(), b.y(), b.w(), b.h()), l.line());
        }
    }
}
