package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.sketch.Area;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;
import io.figgen.theme.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart the sketch draws with axes: a y axis of {@code |} under a {@code ^}, an x axis of {@code +────>},
 * tick labels beside them, and boxes or text at data positions. Unlike the rest of a figure, a chart is
 * placed by coordinates: a sketch column maps to the same fraction of the plot's width, a row to the same
 * fraction of its height, so positions keep their meaning.
 */
final class ChartBlock extends Block {
    /** Where the axes are in the sketch. */
    record Axes(int col, int top, int xRow, int xEnd) {
    }

    /** A labelled box at a data position. */
    record Point(int top, int left, int bottom, int right, List<RichText> lines, int line) {
    }

    /** A text at a sketch position; {@code axisLabel} for tick labels left of the y axis (right-aligned). */
    record Label(int row, int col, RichText text, boolean rightAligned, int line) {
    }

    private static final double ROW = 21;

    final Area area;
    final Axes axes;
    final List<Point> points;
    final List<Label> labels;
    final Style pointStyle;
    final String axisColor;

    ChartBlock(Area area, Axes axes, List<Point> points, List<Label> labels, Style pointStyle, String axisColor) {
        this.area = area;
        this.axes = axes;
        this.points = List.copyOf(points);
        this.labels = List.copyOf(labels);
        this.pointStyle = pointStyle;
        this.axisColor = axisColor;
    }

    private int rows() {
        return area.bottom() - area.top() + 1;
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
        return b.x() + (col - area.left()) / Math.max(1, area.width()) * b.w();
    }

    private double y(Box b, double row) {
        return b.y() + (row - area.top() + 0.5) / rows() * b.h();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        double stroke = Ctx.round(1.75 * ctx.scale);
        double ax = x(b, axes.col() + 0.5);
        double top = y(b, axes.top()) - 4 * ctx.scale;
        double xAxis = y(b, axes.xRow());
        double xEnd = Math.min(b.right(), x(b, axes.xEnd() + 1));
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {ax, top}), axisColor, stroke, null, true, false);
        out.polyline(List.of(new double[] {ax, xAxis}, new double[] {xEnd, xAxis}), axisColor, stroke, null, true, false);
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

    /** The axes of a chart in an area: a vertical run of {@code |} (with {@code ^} above) meeting a horizontal axis. */
    static Axes find(Area area) {
        for (Row r : area.rows()) {
            for (Token t : r.tokens()) {
                boolean up = t instanceof Token.VLine v && v.head() == Token.Direction.UP
                        || t instanceof Token.Arrow a && a.col() == a.end() && a.direction() == Token.Direction.UP;
                if (up) {
                    Axes axes = down(area, r.row(), t.col());
                    if (axes != null) {
                        return axes;
                    }
                }
            }
        }
        return null;
    }

    private static Axes down(Area area, int top, int col) {
        int run = 0;
        for (Row r : area.rows()) {
            if (r.row() <= top) {
                continue;
            }
            Token at = r.tokens().stream().filter(t -> Math.abs(t.col() - col) <= 1).findFirst().orElse(null);
            if (at instanceof Token.VLine) {
                run++;
                continue;
            }
            if ((at instanceof Token.Rule || at instanceof Token.Arrow || at instanceof Token.Text x && x.text().startsWith("+"))
                    && run >= 3) {
                int end = at.end();
                for (Token t : r.tokens()) {
                    if ((t instanceof Token.Rule || t instanceof Token.Arrow) && t.col() >= col) {
                        end = Math.max(end, t.end());
                    }
                }
                return new Axes(col, top, r.row(), end);
            }
            return null;
        }
        return null;
    }
}
