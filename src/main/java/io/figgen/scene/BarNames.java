package io.figgen.scene;

import io.figgen.scene.chart.Chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Bars the sketch names across a gutter ({@code No cache (cold runner)      │██████ 14m 30s}): cut at the gutter,
 * the names came out as a column of lines beside a chart of unnamed bars, no name level with its bar. Where
 * the column holds one line on each bar's row (under an optional heading, the names' own: {@code BUILD SETUP}),
 * the lines are the bars' names and the heading heads them.
 */
final class BarNames {
    private BarNames() {
    }

    /**
     * The chart with its bars named by the column beside it, or null when the two are not such a pair; a bar
     * whose name the spec sets apart ({@code setApart}: its element tagged a warning) is drawn so, as a bar read
     * with its name would have been.
     */
    static Component join(Component left, Component right, java.util.function.Predicate<String> setApart) {
        if (!(right instanceof Component.Plot p) || !(p.chart() instanceof Chart.Bars bars) || bars.bars().isEmpty()
                || bars.bars().stream().anyMatch(b -> b.label() != null && !b.label().value().isBlank())) {
            return null;
        }
        List<Component> lines = new ArrayList<>();
        Components.walk(left, c -> {
            if (c instanceof Component.Paragraph || c instanceof Component.Heading) {
                lines.add(c);
            }
        });
        Text heading = null;
        if (!lines.isEmpty() && lines.get(0) instanceof Component.Heading h) {
            heading = h.text();
            lines.remove(0);
        }
        if (lines.size() != bars.bars().size() || lines.stream().anyMatch(c -> !(c instanceof Component.Paragraph))) {
            return null;
        }
        List<Chart.Bar> named = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Component.Paragraph name = (Component.Paragraph) lines.get(i);
            Chart.Bar b = bars.bars().get(i);
            if (name.line() != b.line()) {
                // a name on another row than its bar is not its name
                return null;
            }
            named.add(new Chart.Bar(name.text(), b.from(), b.to(), b.value(), b.highlight() || setApart.test(name.text().value()), b.line()));
        }
        Chart.Axis a = bars.scale();
        Chart.Axis scale = heading == null || a.low() != null ? a
                : new Chart.Axis(a.title(), Text.plain(heading.value(), "caption"), a.min(), a.max(), a.ticks(), a.numeric(), a.log(), a.line(),
                a.titleAtValues());
        return new Component.Plot(new Chart.Bars(scale, named, bars.levels(), bars.notes(), bars.keys(), bars.line()), p.line());
    }

    /**
     * The bar chart above a legend strip ({@code █ Over 5-min target    ▓ Within 5-min target}) with that legend,
     * each key toned as the bars the sketch draws in its glyph, or null when the strip is no legend or the chart
     * has one. Cut off by a gutter, the legend had stood as loose words under the chart, with no swatches.
     */
    static Component legend(Component chart, io.figgen.sketch.Area strip, io.figgen.sketch.Sketch sketch) {
        if (!(chart instanceof Component.Plot p) || !(p.chart() instanceof Chart.Bars bars) || !bars.keys().isEmpty()
                || strip.rows().stream().filter(io.figgen.sketch.Row::hasText).count() != 1) {
            return null;
        }
        io.figgen.sketch.Row row = strip.rows().stream().filter(io.figgen.sketch.Row::hasText).findFirst().orElseThrow();
        String text = sketch.grid().text(row.row(), strip.left(), strip.right());
        List<Chart.Key> keys = io.figgen.scene.chart.Charts.legend(text, sketch.specLine(row.row()));
        if (keys.size() < 2) {
            return null;
        }
        List<Chart.Key> toned = new ArrayList<>();
        for (Chart.Key k : keys) {
            Boolean warm = null;
            boolean mixed = false;
            for (Chart.Bar b : bars.bars()) {
                String drawn = sketch.grid().text(b.line() - sketch.firstLine(), 0, sketch.grid().width());
                int at = io.figgen.scene.chart.Charts.firstBlock(drawn);
                if (at >= 0 && drawn.substring(at, at + 1).equals(k.glyph())) {
                    mixed |= warm != null && warm != b.highlight();
                    warm = b.highlight();
                }
            }
            toned.add(warm == null || mixed ? k : k.toned(warm));
        }
        return new Component.Plot(bars.withKeys(toned), p.line());
    }
}
