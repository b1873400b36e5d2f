package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.chart.Chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars from their values: names right-aligned in a column of their own, bars from a common
 * baseline in proportion to the scale (navy, coral for the one the spec flags, a stacked remainder in a
 * quiet tone), the written value at the bar's end in the data face, and reference levels as dashed
 * verticals labelled at their foot.
 */
final class BarsBlock extends Block {
    private final Chart.Bars chart;

    BarsBlock(Chart.Bars chart) {
        this.chart = chart;
    }

    /** Bars on one spec line share a row (a stacked bar). */
    private List<List<Chart.Bar>> rows() {
        List<List<Chart.Bar>> rows = new ArrayList<>();
        for (Chart.Bar b : chart.bars()) {
            if (!rows.isEmpty() && rows.get(rows.size() - 1).get(0).line() == b.line()) {
                rows.get(rows.size() - 1).add(b);
            } else {
                rows.add(new ArrayList<>(List.of(b)));
            }
        }
        return rows;
    }

    /**
     * A row's least height: its label's line and a gap that tightens with the page's spacing, so a dense
     * figure gives up room between its bars before its type shrinks (spare height still stretches them).
     */
    private static double rowHeight(Ctx ctx) {
        return Math.max(34 * ctx.scale * ctx.roomy(), ctx.lineHeight(ctx.style("strong")) * (1 + 0.6 * ctx.roomy()));
    }

    @Override
    double height(Ctx ctx, double width) {
        double levels = chart.levels().isEmpty() ? 0 : ctx.lineHeight(ctx.style("code")) * 2 + 8 * ctx.scale;
        return rows().size() * rowHeight(ctx) + levels + heads(ctx) + ticks(ctx) + title(ctx) + titleBelow(ctx) + keys(ctx);
    }

    /** Room under the axis for the legend, when the sketch writes one. */
    private double keys(Ctx ctx) {
        return chart.keys().isEmpty() ? 0 : ctx.lineHeight(ctx.style("code")) + 12 * ctx.scale;
    }

    /**
     * The legend in a row from the bars' start: each glyph's swatch (a bar's navy, its excess's coral, a light
     * remainder, the threshold's dashed stroke) and its words, as the sketch lists them.
     */
    private void legend(Ctx ctx, Canvas out, ChartPaint p, double x, double top, Box b) {
        double h = p.height(p.tick);
        double sw = Math.round(h * 1.1);
        double sh = Math.round(h * 0.5);
        for (Chart.Key k : chart.keys()) {
            double cy = top + h / 2;
            if (k.warm() != null) {
                // the reader saw which bars the glyph draws: the swatch is theirs
                out.rect(x, cy - sh / 2, sw, sh, k.warm() ? p.coral : p.navy, null, 0, null);
            } else switch (k.glyph()) {
                case "┆", "┊", "╎", "¦" -> out.polyline(List.of(ChartPaint.pt(x + sw / 2, top), ChartPaint.pt(x + sw / 2, top + h)), p.quiet,
                        Ctx.round(1.5 * ctx.scale), new double[] {4 * ctx.scale, 3 * ctx.scale}, false, false, Shape.Role.RULE, k.line());
                case "▓", "▒" -> out.rect(x, cy - sh / 2, sw, sh, p.coral, null, 0, null);
                // a light shade the reader saw no bar drawn in is a bar's empty remainder
                case "░" -> out.rect(x, cy - sh / 2, sw, sh, ctx.color("surface2"), p.quiet, Ctx.round(ctx.scale), null);
                default -> out.rect(x, cy - sh / 2, sw, sh, p.navy, null, 0, null);
            }
            x += sw + 8 * ctx.scale;
            Box took = p.text(k.label().value(), p.words(k.label().value()), x, top, k.line());
            x = took.right() + 28 * ctx.scale;
            if (x > b.right()) {
                break;
            }
        }
    }

    /** Room over the bars for the value axis's title and a threshold's name, when the sketch writes them there. */
    private double title(Ctx ctx) {
        return chart.scale().title() == null && !namedAbove() ? 0 : ctx.lineHeight(ctx.style("code")) + 8 * ctx.scale;
    }

    /**
     * Whether a threshold's name is written over the bars ({@code 80% GATE} over the line's {@code ▼}): it then
     * stands at the top of its line, where the sketch puts it, not under the axis among the numbers.
     */
    private boolean namedAbove() {
        int first = chart.bars().isEmpty() ? Integer.MAX_VALUE : chart.bars().get(0).line();
        return chart.levels().stream().anyMatch(l -> l.label() != null && l.line() < first);
    }

    /** Whether the sketch writes the value axis's title under its numbers, not over the bars. */
    private boolean titleUnder() {
        return chart.scale().title() != null && !chart.scale().ticks().isEmpty()
                && chart.scale().line() > chart.scale().ticks().get(0).line();
    }

    /** Room under the axis's numbers for its title, when the sketch writes it there. */
    private double titleBelow(Ctx ctx) {
        return titleUnder() ? ctx.lineHeight(ctx.style("code")) + 6 * ctx.scale : 0;
    }

    /** Room under the bars for the value axis's numbers, when the sketch writes them. */
    private double ticks(Ctx ctx) {
        return chart.scale().ticks().isEmpty() ? 0 : ctx.lineHeight(ctx.style("code")) + 8 * ctx.scale;
    }

    private static boolean parts(List<Chart.Bar> row) {
        return row.size() > 1 && row.get(0).label() == null;
    }

    /** Room over each split bar for its parts' names. */
    private double heads(Ctx ctx) {
        return rows().stream().filter(BarsBlock::parts).count() * ctx.lineHeight(ctx.style("cardTitle"));
    }

    /**
     * Spare height goes to the rows (up to twice their height), so a chart that is the figure fills it; a
     * meter (one row) keeps its height.
     */
    @Override
    boolean stretches() {
        return rows().size() > 1;
    }

    @Override
    double minWidth(Ctx ctx) {
        return 300 * ctx.scale;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        List<List<Chart.Bar>> rows = rows();
        double gap = 12 * ctx.scale;
        double names = 0;
        double values = 0;
        for (List<Chart.Bar> row : rows) {
            Chart.Bar first = row.get(0);
            if (first.label() != null) {
                names = Math.max(names, p.width(first.label().value(), p.name));
            }
            Chart.Bar last = row.get(row.size() - 1);
            if (first.label() == null && row.size() > 1) {
                continue;
            }
            for (Chart.Bar bar : row) {
                if (bar.value() != null && bar == last) {
                    values = Math.max(values, p.width(bar.value().value(), p.tick));
                }
            }
        }
        names = Math.min(names, b.w() * 0.4);
        double x0 = b.x() + (names > 0 ? names + gap : 0);
        double x1 = b.right() - values - gap;
        double max = Math.max(chart.scale().max(), 1e-9);
        for (Chart.Level l : chart.levels()) {
            max = Math.max(max, l.at().v());
        }
        double span = max - Math.min(0, chart.scale().min());
        double levels = chart.levels().isEmpty() ? 0 : ctx.lineHeight(ctx.style("code")) * 2 + 8 * ctx.scale;
        double rh = rows.size() < 2 ? rowHeight(ctx)
                : Math.max(rowHeight(ctx), Math.min(rowHeight(ctx) * 2,
                (b.h() - levels - heads(ctx) - ticks(ctx) - title(ctx) - titleBelow(ctx) - keys(ctx)) / Math.max(1, rows.size())));
        double thick = Math.round(rh * 0.55);
        double y = b.y() + title(ctx);
        double top = y;
        java.util.function.DoubleUnaryOperator px = v -> x0 + (v - Math.min(0, chart.scale().min())) / span * (x1 - x0);
        if (chart.scale().title() != null && !titleUnder()) {
            // the axis's title over the bars where they start (a threshold above names itself over its line), or
            // over the values at the bars' ends when it heads them ("MEDIAN"), right-aligned as they end
            String t = chart.scale().title().value();
            double w = p.width(t, p.words(t));
            double tx = chart.scale().titleAtValues() ? b.right() - w : x0;
            for (Chart.Level l : chart.levels()) {
                // clear of a threshold's name over its line (see below): at the plot's right end instead
                if (l.label() != null && l.line() < chart.scale().line() + 3 && (chart.scale().title() != null || namedAbove())) {
                    double lw = p.width(l.label().value(), p.words(l.label().value()));
                    double lx = Math.min(px.applyAsDouble(l.at().v()) - lw / 2, b.right() - lw);
                    if (tx < lx + lw + gap && lx < tx + w + gap) {
                        tx = b.right() - w;
                    }
                }
            }
            p.text(t, p.words(t), tx, b.y(), chart.scale().line());
        }
        if (chart.scale().low() != null) {
            // the names' own heading ("SERVICE") over their column, at the value axis's low end
            String s = chart.scale().low().value();
            p.text(s, p.words(s), Math.max(b.x(), x0 - gap - p.width(s, p.words(s))), b.y(), chart.scale().line());
        }
        double head = ctx.lineHeight(ctx.style("cardTitle"));
        for (List<Chart.Bar> row : rows) {
            if (parts(row)) {
                y += head;
            }
            double cy = y + rh / 2;
            Chart.Bar first = row.get(0);
            if (first.label() != null) {
                String l = first.label().value();
                // a bar with a part in the warning colour (its excess over a threshold) names itself in it too
                TextStyle st = row.stream().anyMatch(Chart.Bar::highlight) ? p.name.withColor(p.coral) : p.name;
                p.text(l, st, x0 - gap - Math.min(p.width(l, st), names), cy - p.height(st) / 2, first.line());
            }
            double end = x0;
            for (int i = 0; i < row.size(); i++) {
                Chart.Bar bar = row.get(i);
                double a = px.applyAsDouble(bar.from().v());
                double z = px.applyAsDouble(bar.to().v());
                boolean parts = first.label() == null && row.size() > 1;
                boolean anyHot = row.stream().anyMatch(Chart.Bar::highlight);
                String fill = bar.highlight() ? p.coral : i > 0 && !parts ? ctx.color("surface2")
                        : parts && i > 0 && !anyHot ? p.quiet : p.navy;
                // a light remainder is outlined to read as the bar's; a part in the warning colour needs none
                boolean outlined = i > 0 && !parts && !bar.highlight();
                out.rect(a, cy - thick / 2, Math.max(1, z - a), thick, fill, outlined ? p.quiet : null,
                        outlined ? Ctx.round(ctx.scale) : 0, null);
                end = Math.max(end, z);
            }
            if (first.label() == null && row.size() > 1) {
                // a bar split into named parts: each part's name and share over it
                for (Chart.Bar bar : row) {
                    if (bar.value() != null) {
                        double a = px.applyAsDouble(bar.from().v());
                        TextStyle st = bar.highlight() ? p.title.withColor(p.coral) : p.title;
                        p.text(bar.value().value(), st, a, cy - thick / 2 - p.height(st) - 2, bar.line());
                    }
                }
                y += rh;
                continue;
            }
            // a stacked row's values read left to right after the bar: "85% auto  15% human"
            StringBuilder vs = new StringBuilder();
            for (Chart.Bar bar : row) {
                if (bar.value() != null) {
                    vs.append(vs.length() > 0 ? "  " : "").append(bar.value().value());
                }
            }
            if (vs.length() > 0) {
                // a value whose words a threshold's line would cut stands past the line
                double at = end + gap / 2;
                double w = p.width(vs.toString(), p.tick);
                for (Chart.Level l : chart.levels()) {
                    double lx = px.applyAsDouble(l.at().v());
                    if (lx > at - 2 && lx < at + w + 2) {
                        at = lx + gap / 2;
                    }
                }
                p.text(vs.toString(), p.tick, at, cy - p.height(p.tick) / 2, first.line());
            }
            y += rh;
        }
        double stroke = Ctx.round(1.5 * ctx.scale);
        if (names > 0) {
            out.polyline(List.of(ChartPaint.pt(x0, top), ChartPaint.pt(x0, y)), p.navy, stroke, null, false, false, Shape.Role.AXIS,
                    chart.line());
        }
        if (!chart.scale().ticks().isEmpty()) {
            // the value axis: a baseline under the bars, a mark and the sketch's number at each tick
            out.polyline(List.of(ChartPaint.pt(x0, y), ChartPaint.pt(x1, y)), p.navy, stroke, null, false, false, Shape.Role.AXIS,
                    chart.line());
            for (Chart.Tick t : chart.scale().ticks()) {
                double x = px.applyAsDouble(t.at());
                out.polyline(List.of(ChartPaint.pt(x, y), ChartPaint.pt(x, y + 4 * ctx.scale)), p.navy, stroke, null, false, false,
                        Shape.Role.AXIS, t.line());
                String s = t.label().value();
                double w = p.width(s, p.tick);
                p.text(s, p.tick, Math.max(b.x(), Math.min(x - w / 2, b.right() - w)), y + 6 * ctx.scale, t.line());
            }
        }
        double under = y + ticks(ctx);
        if (titleUnder()) {
            // the axis's title under its numbers, where the sketch writes it
            p.text(chart.scale().title().value(), p.words(chart.scale().title().value()), x0, under, chart.scale().line());
            under += titleBelow(ctx);
        }
        if (!chart.keys().isEmpty()) {
            // under the axis's numbers and any threshold's name written there
            boolean namesUnder = chart.scale().title() == null && !namedAbove() && chart.levels().stream().anyMatch(l -> l.label() != null);
            legend(ctx, out, p, x0, under + (namesUnder ? levels : 0) + 6 * ctx.scale, b);
        }
        for (Chart.Level l : chart.levels()) {
            double x = px.applyAsDouble(l.at().v());
            String colour = l.tone() == null ? ctx.color("label") : ctx.color(l.tone());
            // over the bars it crosses: a band of paper under the dashes parts each bar, so the line reads as
            // drawn over them, not a grey stroke lost in their colour
            out.polyline(List.of(ChartPaint.pt(x, top), ChartPaint.pt(x, y)), ctx.theme.background(), Ctx.round(stroke * 3),
                    null, false, false, Shape.Role.RULE, l.line());
            out.polyline(List.of(ChartPaint.pt(x, top), ChartPaint.pt(x, y + 4 * ctx.scale)), colour, stroke,
                    new double[] {6 * ctx.scale, 5 * ctx.scale}, false, false, Shape.Role.RULE, l.line());
            if (l.label() != null && (chart.scale().title() != null || namedAbove())) {
                String s = l.label().value();
                double w = p.width(s, p.words(s));
                p.text(s, p.words(s), Math.min(x - w / 2, b.right() - w), b.y(), l.line());
            } else if (l.label() != null) {
                String s = l.label().value();
                TextStyle st = p.words(s);
                double w = p.width(s, st);
                Box at = new Box(x - w / 2, under + 6 * ctx.scale, w, p.height(p.tick));
                if (!p.free(at)) {
                    at = new Box(x - w / 2, at.bottom(), w, at.h());
                }
                p.text(s, l.tone() == null ? st : st.withColor(colour), at.x(), at.y(), l.line());
            }
        }
    }
}
