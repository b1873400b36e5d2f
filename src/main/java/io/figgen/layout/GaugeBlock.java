package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.chart.Chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A gauge as a half ring: a quiet track from left to right, the value's share of it in coral, the number in
 * the display face in the middle and the label under it.
 */
final class GaugeBlock extends Block {
    private final Chart.Gauge chart;

    GaugeBlock(Chart.Gauge chart) {
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        return Math.min(260 * ctx.scale, width / 2) + ctx.lineHeight(ctx.style("caption"));
    }

    @Override
    double minWidth(Ctx ctx) {
        return 200 * ctx.scale;
    }

    private static List<double[]> arc(double cx, double cy, double r, double from, double to) {
        List<double[]> pts = new ArrayList<>();
        int n = Math.max(2, (int) Math.ceil(Math.abs(to - from) / Math.PI * 48));
        for (int i = 0; i <= n; i++) {
            double a = from + (to - from) * i / n;
            pts.add(ChartPaint.pt(cx + r * Math.cos(a), cy - r * Math.sin(a)));
        }
        return pts;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        double labelH = chart.label() == null ? 0 : p.height(p.note);
        double thick = Math.max(6, 18 * ctx.scale);
        double r = Math.min(b.w() / 2, b.h() - labelH - 4 * ctx.scale) - thick / 2;
        double cx = b.x() + b.w() / 2;
        double cy = b.y() + thick / 2 + r;
        out.polyline(arc(cx, cy, r, Math.PI, 0), ctx.color("surface2"), Ctx.round(thick), null, false, false, Shape.Role.CURVE,
                chart.line());
        double v = Math.max(0, Math.min(1, chart.value().v()));
        out.polyline(arc(cx, cy, r, Math.PI, Math.PI * (1 - v)), p.coral, Ctx.round(thick), null, false, false, Shape.Role.CURVE,
                chart.value().line());
        TextStyle big = ctx.style("title").withColor(p.navy);
        String number = chart.number().value();
        double nh = p.height(big);
        p.text(number, big, cx - p.width(number, big) / 2, cy - nh, chart.value().line());
        if (chart.label() != null) {
            String l = chart.label().value();
            p.text(l, p.note, cx - p.width(l, p.note) / 2, cy + 2 * ctx.scale, chart.line());
        }
    }
}
