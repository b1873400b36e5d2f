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

    /** The chart with its bars named by the column beside it, or null when the two are not such a pair. */
    static Component join(Component left, Component right) {
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
            named.add(new Chart.Bar(name.text(), b.from(), b.to(), b.value(), b.highlight(), b.line()));
        }
        Chart.Axis a = bars.scale();
        Chart.Axis scale = heading == null || a.low() != null ? a
                : new Chart.Axis(a.title(), Text.plain(heading.value(), "caption"), a.min(), a.max(), a.ticks(), a.numeric(), a.log(), a.line());
        return new Component.Plot(new Chart.Bars(scale, named, bars.levels(), bars.notes(), bars.keys(), bars.line()), p.line());
    }
}
