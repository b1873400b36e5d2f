package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart;
import io.figgen.scene.chart.Chart.Axis;
import io.figgen.scene.chart.Chart.Cartesian;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart against an x and a y axis, drawn from its data: navy hairline axes, the spec's ticks in the data
 * face with faint grid lines, points as dots with their names placed where they collide with nothing, curves
 * through their data points (coral for the one the spec singles out), dashed levels and bars on the axis.
 */
final class CartesianBlock extends PlotBlock {
    private final Cartesian chart;

    CartesianBlock(Cartesian chart) {
        super(320);
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        return 300 * ctx.scale;
    }

    @Override
    double comfortable(Ctx ctx, double width) {
        return Math.max(300 * ctx.scale, Math.min(620 * ctx.scale, width * 0.5));
    }

    private static double frac(Axis a, double v) {
        if (!a.numeric()) {
            return v;
        }
        if (a.log() && a.min() > 0 && a.max() > 0 && v > 0) {
            return (Math.log10(v) - Math.log10(a.min())) / (Math.log10(a.max()) - Math.log10(a.min()));
        }
        return a.max() == a.min() ? 0 : (v - a.min()) / (a.max() - a.min());
    }

    private static String s(Text t) {
        return t == null ? null : t.value();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        Axis xa = chart.x();
        Axis ya = chart.y();
        double tickLen = 6 * ctx.scale;
        double gap = 8 * ctx.scale;
        double left = 0;
        for (Chart.Tick t : ya.ticks()) {
            left = Math.max(left, p.width(t.label().value(), p.tick));
        }
        // a numbered axis's low end is a tick; a named one's (BLACK BOX SCORING) is the axis title's sibling, set
        // in its style, on as many lines as the margin needs
        TextStyle lowStyle = ya.numeric() ? p.tick : p.title;
        List<String> low = ya.low() == null ? List.of() : lowLines(p, s(ya.low()), lowStyle, 160 * ctx.scale);
        for (String l : low) {
            left = Math.max(left, Math.min(p.width(l, lowStyle), 160 * ctx.scale));
        }
        left = left == 0 ? gap : left + gap + tickLen;
        double top = ya.title() == null ? gap : p.height(p.title) + gap;
        double bottom = tickLen + gap;
        if (!xa.ticks().isEmpty()) {
            bottom += p.height(p.tick) + gap / 2;
        }
        if (xa.title() != null || xa.low() != null) {
            bottom += p.height(p.title) + gap / 2;
        }
        double x0 = b.x() + left;
        double x1 = b.right() - gap;
        double y0 = b.y() + top;
        double y1 = b.bottom() - bottom;
        // the first and last few per cent of each axis stay clear, so no mark sits on an axis line
        double inX = (x1 - x0) * 0.03;
        double inY = chart.bars().isEmpty() ? (y1 - y0) * 0.04 : 0;
        java.util.function.DoubleUnaryOperator px = v -> x0 + inX + frac(xa, v) * (x1 - x0 - 2 * inX);
        java.util.function.DoubleUnaryOperator py = v -> y1 - inY - frac(ya, v) * (y1 - y0 - 2 * inY);
        double stroke = Ctx.round(1.5 * ctx.scale);
        for (Chart.Tick t : ya.numeric() ? ya.ticks() : List.<Chart.Tick>of()) {
            double y = py.applyAsDouble(t.at());
            out.polyline(List.of(ChartPaint.pt(x0, y), ChartPaint.pt(x1, y)), p.grid, Ctx.round(ctx.scale), null, false, false,
                    Shape.Role.RULE, t.line());
        }
        for (Chart.Tick t : xa.numeric() ? xa.ticks() : List.<Chart.Tick>of()) {
            double x = px.applyAsDouble(t.at());
            out.polyline(List.of(ChartPaint.pt(x, y0), ChartPaint.pt(x, y1)), p.grid, Ctx.round(ctx.scale), null, false, false,
                    Shape.Role.RULE, t.line());
        }
        out.polyline(List.of(ChartPaint.pt(x0, y1), ChartPaint.pt(x0, y0)), p.navy, stroke, null, true, false, Shape.Role.AXIS, ya.line());
        out.polyline(List.of(ChartPaint.pt(x0, y1), ChartPaint.pt(x1, y1)), p.navy, stroke, null, true, false, Shape.Role.AXIS, xa.line());
        p.taken.add(new Box(x0 - stroke, y0, 2 * stroke, y1 - y0));
        p.taken.add(new Box(x0, y1 - stroke, x1 - x0, 2 * stroke));
        for (Chart.Tick t : ya.ticks()) {
            double y = py.applyAsDouble(t.at());
            out.polyline(List.of(ChartPaint.pt(x0 - tickLen, y), ChartPaint.pt(x0, y)), p.navy, stroke, null, false, false,
                    Shape.Role.AXIS, t.line());
            String l = t.label().value();
            p.text(l, p.tick, x0 - tickLen - gap / 2 - p.width(l, p.tick), y - p.height(p.tick) / 2, t.line());
        }
        double tickTop = y1 + tickLen + gap / 2;
        for (Chart.Tick t : xa.ticks()) {
            double x = px.applyAsDouble(t.at());
            out.polyline(List.of(ChartPaint.pt(x, y1), ChartPaint.pt(x, y1 + tickLen)), p.navy, stroke, null, false, false,
                    Shape.Role.AXIS, t.line());
            String l = t.label().value();
            p.text(l, p.tick, x - p.width(l, p.tick) / 2, tickTop, t.line());
        }
        double titleTop = xa.ticks().isEmpty() ? tickTop : tickTop + p.height(p.tick) + gap / 2;
        if (xa.title() != null) {
            p.text(s(xa.title()), p.title, x1 - p.width(s(xa.title()), p.title), titleTop, xa.line());
        }
        if (xa.low() != null) {
            p.text(s(xa.low()), p.title, x0, titleTop, xa.line());
        }
        if (ya.title() != null) {
            p.text(s(ya.title()), p.title, x0 - Math.min(left, gap * 2), b.y(), ya.line());
        }
        for (int i = 0; i < low.size(); i++) {
            String l = low.get(i);
            double y = y1 - (low.size() - i) * p.height(lowStyle) - gap / 2;
            p.text(l, lowStyle, Math.max(b.x(), x0 - gap - p.width(l, lowStyle)), y, ya.line());
        }
        for (Chart.Level lv : chart.levels()) {
            double y = py.applyAsDouble(lv.at().v());
            out.polyline(List.of(ChartPaint.pt(x0, y), ChartPaint.pt(x1, y)), p.quiet, stroke,
                    lv.dashed() ? new double[] {6 * ctx.scale, 5 * ctx.scale} : null, false, false, Shape.Role.RULE, lv.line());
            // a point's label keeps off the level's line, as off every other mark
            p.taken.add(new Box(x0, y - stroke, x1 - x0, 2 * stroke));
            if (lv.label() != null) {
                String l = s(lv.label());
                p.text(l, p.tick, x1 - p.width(l, p.tick), y - p.height(p.tick) - 2, lv.line());
            }
        }
        for (Chart.Level lv : chart.verticals()) {
            double x = px.applyAsDouble(lv.at().v());
            out.polyline(List.of(ChartPaint.pt(x, y0), ChartPaint.pt(x, y1)), p.quiet, stroke,
                    lv.dashed() ? new double[] {6 * ctx.scale, 5 * ctx.scale} : null, false, false, Shape.Role.RULE, lv.line());
            p.taken.add(new Box(x - stroke, Math.min(y0, y1), 2 * stroke, Math.abs(y1 - y0)));
        }
        double band = chart.bars().isEmpty() ? 0 : (x1 - x0) / Math.max(chart.bars().size(), 1);
        for (Chart.Bar bar : chart.bars()) {
            double mid = bar.label() == null ? 0 : xa.ticks().stream().filter(t -> t.label() == bar.label()).mapToDouble(Chart.Tick::at)
                    .findFirst().orElse(Double.NaN);
            double cxp = Double.isNaN(mid) || bar.label() == null ? x0 + band * (chart.bars().indexOf(bar) + 0.5) : px.applyAsDouble(mid);
            double w = Math.min(band * 0.6, 72 * ctx.scale);
            double yTop = py.applyAsDouble(bar.to().v());
            double yBase = ya.numeric() && ya.min() <= 0 && ya.max() > 0 ? py.applyAsDouble(0) : y1;
            yBase = Math.min(yBase, y1);
            out.rect(cxp - w / 2, Math.min(yTop, yBase), w, Math.abs(yBase - yTop), bar.highlight() ? p.coral : p.navy, null, 0, null);
            p.taken.add(new Box(cxp - w / 2, Math.min(yTop, yBase), w, Math.abs(yBase - yTop)));
            if (bar.value() != null) {
                String l = s(bar.value());
                p.text(l, p.tick, cxp - p.width(l, p.tick) / 2, yTop - p.height(p.tick) - 2, bar.line());
            }
        }
        List<Chart.Point> points = chart.points();
        boolean anyHighlight = points.stream().anyMatch(Chart.Point::highlight);
        double r = Math.max(4, 6.5 * ctx.scale);
        List<double[]> centres = new ArrayList<>();
        for (Chart.Point pt : points) {
            double x = px.applyAsDouble(pt.x().v());
            double y = py.applyAsDouble(pt.y().v());
            centres.add(ChartPaint.pt(x, y));
            double rr = extent(pt, pt.highlight() ? r * 1.3 : r);
            p.taken.add(new Box(x - rr, y - rr, 2 * rr, 2 * rr));
        }
        for (Chart.Curve c : chart.curves()) {
            List<double[]> pts = new ArrayList<>();
            for (double[] d : c.points()) {
                pts.add(ChartPaint.pt(px.applyAsDouble(d[0]), py.applyAsDouble(d[1])));
            }
            pts = simplified(pts, 3 * ctx.scale);
            out.polyline(pts, c.highlight() ? p.coral : p.navy, Ctx.round((c.highlight() ? 3 : 2) * ctx.scale),
                    c.dashed() ? new double[] {8 * ctx.scale, 6 * ctx.scale} : null, false, false, Shape.Role.CURVE, c.line());
        }
        for (int i = 0; i < points.size(); i++) {
            Chart.Point pt = points.get(i);
            double[] c = centres.get(i);
            double rr = pt.highlight() ? r * 1.3 : r;
            String fill = pt.highlight() ? p.coral : anyHighlight ? p.quiet : p.navy;
            // the sketch's own mark where it draws one: a diamond, a star (the chosen point)
            if ("◆".equals(pt.mark())) {
                double d = rr * 1.25;
                out.polygon(List.of(ChartPaint.pt(c[0], c[1] - d), ChartPaint.pt(c[0] + d, c[1]), ChartPaint.pt(c[0], c[1] + d),
                        ChartPaint.pt(c[0] - d, c[1])), fill, 1, null, 0, null);
            } else if ("★".equals(pt.mark())) {
                List<double[]> star = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    double a = -Math.PI / 2 + k * Math.PI / 5;
                    double rad = k % 2 == 0 ? rr * 1.6 : rr * 0.68;
                    star.add(ChartPaint.pt(c[0] + rad * Math.cos(a), c[1] + rad * Math.sin(a)));
                }
                out.polygon(star, fill, 1, null, 0, null);
            } else {
                out.dot(c[0], c[1], rr, fill, null, 0);
            }
        }
        // a quadrant's name in capitals ("QUICK WINS") is a label of the plot, set as the house sets labels and
        // placed before the points' names, which keep clear of it
        List<Chart.Note> named = chart.notes().stream().filter(n -> io.figgen.scene.TextRules.isCapsLabel(n.text().value())).toList();
        TextStyle quadrant = ctx.style("section").withSize(Math.max(ctx.minFont, Math.round(ctx.style("section").size() * 0.8)));
        for (Chart.Note n : named) {
            note(p, n, quadrant, px.applyAsDouble(n.x()), py.applyAsDouble(n.y()));
        }
        for (int i = 0; i < points.size(); i++) {
            Chart.Point pt = points.get(i);
            List<String> lines = new ArrayList<>();
            List<TextStyle> styles = new ArrayList<>();
            if (pt.label() != null) {
                lines.add(pt.label().value());
                styles.add(pt.highlight() ? p.name : p.name.withColor(anyHighlight ? ctx.color("label") : p.name.color()));
            }
            if (pt.note() != null) {
                lines.add(pt.note().value());
                styles.add(p.note(pt.note().value()));
            }
            if (!lines.isEmpty()) {
                p.beside(lines, styles, centres.get(i)[0], centres.get(i)[1], extent(pt, pt.highlight() ? r * 1.3 : r), pt.line());
            }
        }
        for (Chart.Curve c : chart.curves()) {
            if (c.label() != null && !c.points().isEmpty()) {
                double[] end = c.points().stream().max(java.util.Comparator.comparingDouble(d -> d[1] + d[0] * 0.01)).get();
                double ex = px.applyAsDouble(end[0]);
                double ey = py.applyAsDouble(end[1]);
                TextStyle st = p.title.withColor(c.highlight() ? p.coral : p.navy);
                p.beside(List.of(c.label().value()), List.of(st), ex, ey, r * 2, c.line());
            }
        }
        for (Chart.Note n : chart.notes()) {
            if (named.contains(n)) {
                continue;
            }
            note(p, n, p.note(n.text().value()), px.applyAsDouble(n.x()), py.applyAsDouble(n.y()));
        }
    }

    /** A note centred on its place, or a line lower at a time (up to six) until it is clear of what is drawn. */
    private static void note(ChartPaint p, Chart.Note n, TextStyle st, double cx, double cy) {
        String l = n.text().value();
        double x = cx - p.width(l, st) / 2;
        Box want = new Box(x, cy - p.height(st) / 2, p.width(l, st), p.height(st));
        for (int k = 0; k < 6 && !p.free(want); k++) {
            want = new Box(x, want.y() + p.height(st), want.w(), want.h());
        }
        p.text(l, st, want.x(), want.y(), n.line());
    }

    /** How far a point's mark reaches from its centre: a star's points and a diamond's corners beyond a dot's edge. */
    private static double extent(Chart.Point pt, double rr) {
        return "★".equals(pt.mark()) ? rr * 1.6 : "◆".equals(pt.mark()) ? rr * 1.25 : rr;
    }

    /** Drops the cell steps a sketched curve is made of: points closer than {@code tol} to the line through their neighbours. */
    static List<double[]> simplified(List<double[]> pts, double tol) {
        if (pts.size() <= 2) {
            return pts;
        }
        int best = -1;
        double far = 0;
        double[] a = pts.get(0);
        double[] z = pts.get(pts.size() - 1);
        for (int i = 1; i < pts.size() - 1; i++) {
            double d = new Shape.Line(List.of(a, z), null, 0, null, false, false, Shape.Role.CURVE, 0).distanceTo(pts.get(i));
            if (d > far) {
                far = d;
                best = i;
            }
        }
        if (far <= tol) {
            return List.of(a, z);
        }
        List<double[]> out = new ArrayList<>(simplified(pts.subList(0, best + 1), tol));
        out.remove(out.size() - 1);
        out.addAll(simplified(pts.subList(best, pts.size()), tol));
        return out;
    }

    /** The words on lines no wider than {@code max} where they can be (a word wider than it has a line to itself). */
    private static List<String> lowLines(ChartPaint p, String text, TextStyle st, double max) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = line.length() == 0 ? w : line + " " + w;
            if (line.length() > 0 && p.width(next, st) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(w);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
