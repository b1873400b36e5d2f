package io.figgen.scene.chart;

import io.figgen.scene.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The values a sketch-placed chart (boxes standing between ticked axes, drawn where the sketch puts them)
 * shows, for {@code check} to list: each box's span on the y axis read against the tick labels' numbers, and
 * the category under it on the x axis, with the spec lines they come from.
 */
public final class PlacedChartValues {
    private PlacedChartValues() {
    }

    public static List<String> values(Component.Chart chart) {
        List<Double> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Component.ChartLabel> under = new ArrayList<>();
        for (Component.ChartLabel l : chart.labels()) {
            if (l.tick()) {
                rows.add(-(l.row() + 0.5));
                labels.add(l.text().value());
            } else if (l.row() == chart.xRow() + 1) {
                under.add(l);
            }
        }
        Scale y = Scale.of(rows, labels, -(chart.xRow() + 0.5), -(chart.axisTop() + 0.0), false);
        List<String> out = new ArrayList<>();
        out.add(y.numeric() ? "y axis from " + labels.size() + " ticks" : "y axis: no numbers in the sketch");
        for (Component.ChartMark m : chart.marks()) {
            String name = m.lines().isEmpty() ? "(unnamed)" : '"' + m.lines().get(0).value() + '"';
            // the box's middle row against the ticks: where the sketch places it (its height is the box's, not data)
            double at = y.at(-((m.top() + m.bottom()) / 2.0 + 0.5));
            Component.ChartLabel near = null;
            double mid = (m.left() + m.right()) / 2.0;
            for (Component.ChartLabel l : under) {
                if (near == null || Math.abs(centre(l) - mid) < Math.abs(centre(near) - mid)) {
                    near = l;
                }
            }
            out.add("box " + name + ": y " + ChartDump.num(at) + " (position L" + m.line() + ")"
                    + (near == null ? "" : ", x near \"" + near.text().value() + "\" (L" + near.line() + ")"));
        }
        return out;
    }

    private static double centre(Component.ChartLabel l) {
        return l.col() + l.text().value().length() / 2.0;
    }
}
