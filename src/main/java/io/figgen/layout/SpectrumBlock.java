package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.chart.Chart;

import java.util.List;

/**
 * A spectrum across the room: its two ends named in the label face at either side, a navy scale with a
 * head at each end between them, and the marked positions as ticks with their words under the scale.
 */
final class SpectrumBlock extends Block {
    private final Chart.Spectrum chart;

    SpectrumBlock(Chart.Spectrum chart) {
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        double h = ctx.lineHeight(ctx.style("cardTitle"));
        return chart.marks().isEmpty() ? h : h + ctx.lineHeight(ctx.style("code")) + 4 * ctx.scale;
    }

    @Override
    double minWidth(Ctx ctx) {
        return ctx.width(chart.low().value(), ctx.style("cardTitle")) + ctx.width(chart.high().value(), ctx.style("cardTitle"))
                + 120 * ctx.scale;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        TextStyle st = p.title;
        double gap = 14 * ctx.scale;
        String low = chart.low().value();
        String high = chart.high().value();
        double lh = p.height(st);
        p.text(low, st, b.x(), b.y(), chart.line());
        p.text(high, st, b.right() - p.width(high, st), b.y(), chart.line());
        double x0 = b.x() + p.width(low, st) + gap;
        double x1 = b.right() - p.width(high, st) - gap;
        double y = b.y() + lh / 2;
        out.polyline(List.of(ChartPaint.pt(x0, y), ChartPaint.pt(x1, y)), p.navy, Ctx.round(2 * ctx.scale), null, true, true,
                Shape.Role.AXIS, chart.line());
        for (Chart.Note m : chart.marks()) {
            double x = x0 + m.x() * (x1 - x0);
            out.polyline(List.of(ChartPaint.pt(x, y - 5 * ctx.scale), ChartPaint.pt(x, y + 5 * ctx.scale)), p.navy,
                    Ctx.round(2 * ctx.scale), null, false, false, Shape.Role.AXIS, m.line());
            String s = m.text().value();
            // under the ends' names, so a mark near an end never runs into its name
            p.text(s, p.tick, x - p.width(s, p.tick) / 2, b.y() + lh + 4 * ctx.scale, m.line());
        }
    }
}
