package io.figgen.scene.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sketch position turns into a value along one axis: through the numbers its tick labels write
 * (piecewise linear between them, in log space for a log scale, extended past the outer ones), or, without
 * two numbered ticks, as a share of the axis from its low end (0) to its high end (1).
 */
final class Scale {
    private final double[] pos;
    private final double[] val;
    private final boolean log;
    private final double low;
    private final double high;

    private Scale(double[] pos, double[] val, boolean log, double low, double high) {
        this.pos = pos;
        this.val = val;
        this.log = log;
        this.low = low;
        this.high = high;
    }

    /** {@code positions} of the tick labels (cells, larger further along the axis), the axis from {@code low} to {@code high}. */
    static Scale of(List<Double> positions, List<String> labels, double low, double high, boolean log) {
        List<double[]> ticks = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            double v = Labels.number(labels.get(i));
            if (!Double.isNaN(v) && (!log || v > 0)) {
                ticks.add(new double[] {positions.get(i), log ? Math.log10(v) : v});
            }
        }
        ticks.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean distinct = ticks.size() >= 2 && ticks.get(0)[0] != ticks.get(ticks.size() - 1)[0]
                && ticks.get(0)[1] != ticks.get(ticks.size() - 1)[1];
        if (!distinct || ticks.size() * 2 < labels.size()) {
            return new Scale(null, null, false, low, high);
        }
        double[] p = new double[ticks.size()];
        double[] v = new double[ticks.size()];
        for (int i = 0; i < ticks.size(); i++) {
            p[i] = ticks.get(i)[0];
            v[i] = ticks.get(i)[1];
        }
        return new Scale(p, v, log, low, high);
    }

    boolean numeric() {
        return pos != null;
    }

    double at(double position) {
        if (pos == null) {
            return high == low ? 0 : (position - low) / (high - low);
        }
        int i = 0;
        while (i < pos.length - 2 && position > pos[i + 1]) {
            i++;
        }
        double t = (position - pos[i]) / (pos[i + 1] - pos[i]);
        double v = val[i] + t * (val[i + 1] - val[i]);
        return log ? Math.pow(10, v) : round(v);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
