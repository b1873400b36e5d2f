package io.figgen.scene.chart;

import io.figgen.sketch.Area;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds the chart an area of the sketch draws, if any: each kind's reader looks at the area in turn, the
 * first to recognise its kind wins. A reader claims the rows from {@code top} to {@code bottom}; what stands
 * above and below them is read as the rest of the figure.
 */
public final class Charts {
    /** The chart and the sketch rows it takes. */
    public record Found(int top, int bottom, Chart chart) {
    }

    private static final List<BiFunction<ChartContext, Area, Found>> READERS = List.of(
            VennReader::read,
            TimelineReader::read,
            DatedListReader::read,
            RadarReader::read,
            // before the spectrum: a ring chart claims the heaviest <<<>>> lightest scale under its rings
            RingsReader::read,
            SpectrumReader::read,
            GaugeReader::read,
            VectorsReader::read,
            BarsReader::read,
            CartesianReader::read);

    private Charts() {
    }

    public static Found find(ChartContext cx, Area area) {
        if (cx == null) {
            return null;
        }
        for (BiFunction<ChartContext, Area, Found> reader : READERS) {
            Found f = reader.apply(cx, area);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the spec sets apart the bar named {@code label} (its element tagged a warning, its group alarming),
     * for bars named after they were read, across a gutter.
     */
    public static boolean setApart(ChartContext cx, String label) {
        return BarsReader.highlighted(cx, label);
    }

    /** The legend a sketch row writes ({@code █ Over target    ▓ Within target}), or none. */
    public static List<Chart.Key> legend(String row, int line) {
        return BarsReader.keys(row, line);
    }

    /** The column of the first block ({@code █▓▒░}) a sketch row draws, or -1. */
    public static int firstBlock(String row) {
        return BarsReader.firstBlock(row);
    }
}
