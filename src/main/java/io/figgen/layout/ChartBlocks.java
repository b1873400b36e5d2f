package io.figgen.layout;

import io.figgen.scene.chart.Chart;

/** The block that lays out each kind of chart. */
final class ChartBlocks {
    private ChartBlocks() {
    }

    static Block of(Chart chart) {
        Block b = block(chart);
        b.plot = true;
        return b;
    }

    private static Block block(Chart chart) {
        if (chart instanceof Chart.Cartesian c) {
            return new CartesianBlock(c);
        }
        if (chart instanceof Chart.Gauge g) {
            return new GaugeBlock(g);
        }
        if (chart instanceof Chart.Spectrum s) {
            return new SpectrumBlock(s);
        }
        if (chart instanceof Chart.Bars b) {
            return new BarsBlock(b);
        }
        if (chart instanceof Chart.Radar r) {
            return new RadarBlock(r);
        }
        if (chart instanceof Chart.Vectors v) {
            return new VectorsBlock(v);
        }
        if (chart instanceof Chart.Rings r) {
            return new RingsBlock(r);
        }
        if (chart instanceof Chart.Timeline t) {
            return new TimelineBlock(t);
        }
        if (chart instanceof Chart.Venn v) {
            return new VennBlock(v);
        }
        throw new IllegalStateException("no block for " + chart.getClass().getSimpleName());
    }
}
