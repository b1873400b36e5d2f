package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Axis;
import io.figgen.scene.chart.Chart.Bar;
import io.figgen.scene.chart.Chart.Bars;
import io.figgen.scene.chart.Chart.Key;
import io.figgen.scene.chart.Chart.Level;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.scene.chart.Chart.Tick;
import io.figgen.scene.chart.Chart.Value;
import io.figgen.sketch.Area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Horizontal bars, one per sketch row, two or more rows together: runs of block cells
 * ({@code ████░░ 85% auto 15% human}, {@code Label ████ 42}, {@code ████ 32% No auth}) or rails
 * ({@code +-- VAD -------+ <100ms}), with reference levels drawn as unlabelled rails and a {@code ^ TARGET}
 * under their end. A written value is the bar's length; without one the bar's extent is, as a share of the
 * longest.
 */
final class BarsReader {
    private static final Pattern BLOCKS = Pattern.compile("^(.*?)\\s*([█▓▒]+)([░]*)\\s*(.*)$");
    private static final Pattern RAIL = Pattern.compile("^[|│]?\\s*\\+-+\\s+(\\S.*?)\\s+-+\\+\\s*(.*)$");
    private static final Pattern LEVEL = Pattern.compile("^[|│]?\\s*\\+-{6,}\\+\\s*(\\S+)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^[|│]?\\s*(?:[|│]\\s*)?\\^\\s*(\\S.*?)\\s*[|│]?\\s*$");
    private static final Pattern GAP = Pattern.compile("^[\\s|│┆╎┊]*$");
    /** A threshold's dashed column, drawn down through the bars' rows ({@code ┆}). */
    private static final String DASHES = "┆╎┊";
    /** A value axis under the bars: its line with tick marks ({@code └┬────┬────┼}), the numbers on the row under it. */
    /** The value axis's line, ticked or not, its far end maybe an arrowhead ({@code └────┬────┬────►}). */
    private static final Pattern AXIS_LINE = Pattern.compile("^[\\s|│]*[└+][┬┴┼─+\\-]{6,}[►>→]?\\s*$");
    /** The axis's numbers, each with its unit ("0%  1%  2%") or one unit after the last ("0 100 200 ms"). */
    private static final Pattern TICKS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)%?(?:\\s+\\d+(?:\\.\\d+)?%?)+(?:\\s+[a-zA-Z%]{1,4})?\\s*$");

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;
    private boolean vertical;

    private BarsReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
    }

    static Charts.Found read(ChartContext cx, Area area) {
        return new BarsReader(cx, area).find();
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([hm])\\s+(\\d{1,2})\\s*([ms])\\b.*");

    /**
     * The value a bar's words open with: a duration in two units ({@code 14m 30s}, {@code 1h 05m}) in the
     * larger one (14.5), as an axis in minutes counts it, where its first word alone would read as millions
     * ({@code 14m}); else the first word's number.
     */
    static double valueOf(String words) {
        Matcher d = DURATION.matcher(words.strip());
        if (d.matches() && (d.group(2).equals("m") ? d.group(4).equals("s") : d.group(4).equals("m"))) {
            return Double.parseDouble(d.group(1)) + Double.parseDouble(d.group(3)) / 60;
        }
        return Labels.number(words.strip().split("\\s+")[0]);
    }

    private String text(int row) {
        StringBuilder sb = new StringBuilder();
        // up to a box standing beside the bars in these rows: its words are its own
        int right = area.right();
        for (io.figgen.sketch.Box b : area.boxes()) {
            if (b.top() <= row && b.bottom() >= row && area.besideRight(b)) {
                right = Math.min(right, b.left() - 1);
            }
        }
        for (int c = area.left(); c <= right; c++) {
            sb.append(cells.at(row, c));
        }
        // a frame's right border that a longer line pushed into the area is not part of the bar's label
        return sb.toString().replaceAll("\\s*[|│]\\s*$", "").stripTrailing();
    }

    private boolean inBox(int row) {
        return area.boxes().stream().anyMatch(b -> b.top() <= row && b.bottom() >= row && !area.besideRight(b));
    }



    /**
     * {@code over}: of the bar's {@code cells}, how many at its end the sketch draws in the other glyph
     * ({@code ██████▓▓▓}): the part beyond a threshold, drawn apart.
     */
    private record Parsed(String label, int cells, int empty, List<String> values, boolean level, int line, int over, boolean light) {
        Parsed(String label, int cells, int empty, List<String> values, boolean level, int line) {
            this(label, cells, empty, values, level, line, 0, false);
        }
    }

    /** A bar drawn wholly in the light shade ({@code cli │░░░░░░ 74%}), set apart from the solid ones. */
    private static final Pattern LIGHT = Pattern.compile("^([^█▓▒░]*?)\\s*(░{2,})\\s*([^█▓▒░]*)$");

    /** A legend's entry: a glyph of the chart's and the words after it, up to the next entry's glyph. */
    private static final Pattern KEY = Pattern.compile("([█▓▒░┆┊╎¦])\\s+([^█▓▒░┆┊╎¦]*[^█▓▒░┆┊╎¦\\s])");
    private static final Pattern LEGEND = Pattern.compile("^[|│]?\\s*(?:[█▓▒░┆┊╎¦]\\s+[^█▓▒░┆┊╎¦]+?\\s*){2,}$");

    /** The legend a row writes ({@code █ within SLO    ▓ over SLO    ┆ 300ms p95 threshold}), or none. */
    static List<Key> keys(String row, int line) {
        if (!LEGEND.matcher(row).matches()) {
            return List.of();
        }
        List<Key> out = new ArrayList<>();
        Matcher m = KEY.matcher(row);
        while (m.find()) {
            out.add(new Key(m.group(1), Text.mixed(m.group(2).strip(), "caption"), line));
        }
        return out;
    }

    /** A bar's run of solid blocks going on in a lighter shade: the shaded end is its excess. */
    private static final Pattern EXCESS = Pattern.compile("█+([▓▒]+)");

    private Parsed parse(int row) {
        if (inBox(row)) {
            return null;
        }
        String s = text(row).strip();
        int line = cx.sketch().specLine(row);
        Matcher m = RAIL.matcher(s);
        if (m.matches()) {
            return new Parsed(m.group(1), s.length() - m.group(2).length(), 0, split(m.group(2)), false, line);
        }
        m = LEVEL.matcher(s);
        if (m.matches()) {
            return new Parsed("", s.indexOf('+', s.indexOf('+') + 1), 0, List.of(m.group(1)), true, line);
        }
        m = BLOCKS.matcher(s);
        // a row of several block runs, or blocks right of a ticked axis ("30 |  ██  ██"), is a row of standing bars
        if (m.matches() && m.group(4).matches(".*[█▓▒].*") || m.matches() && m.group(1).matches("^.*\\d.*[|│┤]$")) {
            vertical = true;
            return null;
        }
        if (m.matches() && m.group(2).length() + m.group(3).length() >= 2 && !m.group(1).matches(".*[█▓▒░].*")) {
            // a threshold's dashes beside the value are the threshold's, not the value's
            // (after the value, or before it where the bar ends short of the threshold: "▒▒▒▒   ┆ 1.2%")
            List<String> values = split(m.group(4).replaceAll("^[" + DASHES + "]\\s*|\\s*[" + DASHES + "]\\s*$", ""));
            // a name written against the value axis ("checkout-api │███") is the name without the axis
            Matcher excess = EXCESS.matcher(m.group(2));
            return new Parsed(m.group(1).replaceAll("\\s*[|│┤]\\s*$", "").strip(), m.group(2).length(), m.group(3).length(), values,
                    false, line, excess.matches() ? excess.group(1).length() : 0, false);
        }
        m = LIGHT.matcher(s);
        if (m.matches() && !m.group(3).isBlank()) {
            // written beside its value, as the solid bars are; a meter's empty cells follow filled ones instead
            List<String> values = split(m.group(3).replaceAll("\\s*[" + DASHES + "]\\s*$", ""));
            return new Parsed(m.group(1).replaceAll("\\s*[|│┤]\\s*$", "").strip(), m.group(2).length(), 0, values, false, line, 0, true);
        }
        return null;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.strip().split("\\s{2,}")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static final Pattern RUNS = Pattern.compile("[█▓▒]+");

    /**
     * One bar split into parts: a row of two or more block runs ({@code ██████ │ ███}) under a row naming each
     * part with its share ({@code 85% INSECURE   15% ADEQUATE}), the names' order the parts' order.
     */
    private Charts.Found split() {
        for (io.figgen.sketch.Row r : area.rows()) {
            int row = r.row();
            if (inBox(row)) {
                continue;
            }
            List<int[]> runs = new ArrayList<>();
            Matcher m = RUNS.matcher(text(row));
            while (m.find()) {
                runs.add(new int[] {m.start(), m.end()});
            }
            if (runs.size() < 2 || !text(row).replaceAll("[█▓▒░│|\\s]", "").isEmpty()) {
                continue;
            }
            io.figgen.sketch.Row above = area.rows().stream().filter(x -> x.row() == row - 1).findFirst().orElse(null);
            if (above == null || above.tokens().size() != runs.size()
                    || !above.tokens().stream().allMatch(t -> t instanceof io.figgen.sketch.Token.Text x
                    && !Double.isNaN(valueOf(x.text())))) {
                continue;
            }
            int line = cx.sketch().specLine(row);
            List<Bar> bars = new ArrayList<>();
            double from = 0;
            for (io.figgen.sketch.Token t : above.tokens()) {
                String label = ((io.figgen.sketch.Token.Text) t).text();
                double v = valueOf(label);
                bars.add(new Bar(null, new Value(from, Source.WRITTEN, line), new Value(from + v, Source.WRITTEN, cx.sketch().specLine(row - 1)),
                        Text.mixed(label, "caption"), highlighted(cx, label), line));
                from += v;
            }
            boolean percent = above.tokens().stream().allMatch(t -> ((io.figgen.sketch.Token.Text) t).text().contains("%"));
            Axis scale = new Axis(null, null, 0, percent && from <= 100 ? 100 : from, List.of(), true, false, line);
            return new Charts.Found(row - 1, row, new Bars(scale, bars, List.of(), List.of(), line));
        }
        return null;
    }

    private static final Pattern METER = Pattern.compile("^\\s*([█▓▒]+)(░+)\\s*(\\S.*)?$");
    private static final Pattern SHARE = Pattern.compile("(\\d+(?:\\.\\d+)?\\s*%|[01]?\\.\\d+|1\\.0+|0|1)");

    /**
     * A meter: one run of filled then empty cells ({@code ████████░░}) with a share written on it or on the line
     * above ({@code ◉ 0.87}, {@code 85%}): one bar on a track from 0 to 1 (or 100%), the value the written share,
     * else the filled cells' share of the run.
     */
    private Charts.Found meter() {
        for (io.figgen.sketch.Row r : area.rows()) {
            int row = r.row();
            Matcher m = inBox(row) ? null : METER.matcher(text(row));
            // a run among other bar rows is one bar of a chart, not a meter of its own
            if (m == null || !m.matches() || parse(row - 1) != null || parse(row + 1) != null) {
                continue;
            }
            int filled = m.group(1).length();
            int empty = m.group(2).length();
            String written = m.group(3);
            Charts.Found scaled = written == null ? meterOnScale(row, filled, empty) : null;
            if (scaled != null) {
                // its own scale under it says its values; a line above is the figure's, not the meter's
                return scaled;
            }
            int top = row;
            boolean shownAbove = false;
            if (written == null) {
                io.figgen.sketch.Row above = area.rows().stream().filter(x -> x.row() == row - 1).findFirst().orElse(null);
                if (above != null && above.tokens().size() == 1 && above.tokens().get(0) instanceof io.figgen.sketch.Token.Text t) {
                    written = t.text();
                    top = row - 1;
                } else if (above != null && !above.tokens().isEmpty()
                        && above.tokens().get(above.tokens().size() - 1) instanceof io.figgen.sketch.Token.Text t
                        && SHARE.matcher(t.text().strip()).matches()) {
                    // "CONFIDENCE    0.87" over the run: the line stays where it is, its share is the meter's value
                    written = t.text().strip();
                    shownAbove = true;
                }
            }
            Matcher v = written == null ? null : SHARE.matcher(written);
            boolean found = v != null && v.find();
            boolean percent = found && v.group(1).contains("%");
            double max = percent ? 100 : 1;
            double value = found ? Labels.number(v.group(1).replace(" ", "")) : (double) filled / (filled + empty);
            if (Double.isNaN(value) || value > max) {
                continue;
            }
            int line = cx.sketch().specLine(row);
            int valueLine = cx.sketch().specLine(shownAbove ? row - 1 : top);
            String shown = written == null || shownAbove ? null : TextRules.stripScaffolding(written.replaceAll("^[◉●○◆■□•]\\s*", ""));

            List<Bar> bars = List.of(
                    new Bar(null, new Value(0, Source.SHAPE, line), new Value(value, found ? Source.WRITTEN : Source.EXTENT, valueLine),
                            shown == null || shown.isEmpty() ? null : Text.mixed(shown, "caption"), false, line),
                    new Bar(null, new Value(value, found ? Source.WRITTEN : Source.EXTENT, valueLine), new Value(max, Source.SHAPE, line),
                            null, false, line));
            return new Charts.Found(top, row, new Bars(new Axis(null, null, 0, max, List.of(), true, false, line), bars, List.of(), List.of(), line));
        }
        return null;
    }

    /** A number under a meter, perhaps after the mark that points at the fill's end ("▲ 1,145ms"). */
    private static final Pattern SCALE_NUMBER = Pattern.compile("(?:[▲△^↑]\\s*)?\\d[\\d,.]*\\s*[a-zA-Z%]{0,3}");

    /** A number as a scale writes it: "2,000ms" is two thousand, "0.5" a half. */
    private static double scaleNumber(String s) {
        String t = s.strip();
        return Labels.number(t.matches("\\d{1,3}(?:,\\d{3})+\\D*") ? t.replace(",", "") : t);
    }

    /**
     * A meter over its own scale: the row under the run writes the track's ends where they stand ("0" under the
     * first cell, "2,000ms" under the last) and perhaps the fill's value under the fill's end, after a mark
     * ("▲ 1,145ms"). The fill runs to that value, on a track from 0 to the end's number, each number a tick.
     */
    private Charts.Found meterOnScale(int row, int filled, int empty) {
        if (row + 1 > area.bottom()) {
            return null;
        }
        String run = text(row);
        String under = text(row + 1);
        int start = firstBlock(run);
        int end = start + filled + empty;
        Matcher m = SCALE_NUMBER.matcher(under);
        List<int[]> at = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        if (words.size() < 2 || !SCALE_NUMBER.matcher(under).replaceAll("").replaceAll("[|│]", "").isBlank()) {
            return null;
        }
        double lo = scaleNumber(words.get(0));
        double hi = scaleNumber(words.get(words.size() - 1));
        if (lo != 0 || !(hi > 0) || Math.abs(at.get(0)[0] - start) > 1 || Math.abs(at.get(at.size() - 1)[1] - end) > 3) {
            return null;
        }
        int line = cx.sketch().specLine(row);
        int tickLine = cx.sketch().specLine(row + 1);
        double value = hi * filled / (filled + empty);
        Source source = Source.EXTENT;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).replaceAll("^[▲△^↑]\\s*", "").strip();
            double v = scaleNumber(w);
            if (Double.isNaN(v)) {
                return null;
            }
            boolean marked = !w.equals(words.get(i).strip());
            if (marked && Math.abs(at.get(i)[0] - (start + filled)) <= 2) {
                // the mark under the fill's end says its value
                value = v;
                source = Source.WRITTEN;
            }
            ticks.add(new Tick(v, Text.mixed(w, "caption"), tickLine));
        }
        List<Bar> bars = List.of(
                new Bar(null, new Value(0, Source.SHAPE, line), new Value(value, source, tickLine), null, false, line),
                new Bar(null, new Value(value, source, tickLine), new Value(hi, Source.SHAPE, line), null, false, line));
        return new Charts.Found(row, row + 1, new Bars(new Axis(null, null, 0, hi, ticks, true, false, line), bars, List.of(),
                List.of(), line));
    }

    private Charts.Found find() {
        Charts.Found parts = split();
        if (parts != null) {
            return parts;
        }
        Charts.Found meter = meter();
        if (meter != null) {
            return meter;
        }
        int top = -1;
        List<Parsed> rows = new ArrayList<>();
        List<String[]> markers = new ArrayList<>();
        int bottom = -1;
        for (int row = area.top(); row <= area.bottom() + 1; row++) {
            Parsed p = row <= area.bottom() ? parse(row) : null;
            if (p != null) {
                top = top < 0 ? row : top;
                rows.add(p);
                bottom = row;
                continue;
            }
            String s = row <= area.bottom() ? text(row).strip() : "";
            Matcher mk = MARKER.matcher(s);
            if (top >= 0 && row <= area.bottom() && !rows.isEmpty() && rows.get(rows.size() - 1).level() && mk.matches()) {
                markers.add(new String[] {String.valueOf(rows.size() - 1), mk.group(1).replaceAll("\\s*[|│]$", "").strip()});
                bottom = row;
                continue;
            }
            if (top >= 0 && row <= area.bottom() && GAP.matcher(s).matches() && row - bottom <= 1) {
                continue;
            }
            if (rows.stream().filter(r -> !r.level()).count() >= 2) {
                break;
            }
            top = -1;
            rows.clear();
            markers.clear();
        }
        long barRows = rows.stream().filter(r -> !r.level()).count();
        if (barRows < 2 || vertical) {
            return null;
        }
        Chart.Bars bars = (Chart.Bars) chart(rows, markers);
        // the value axis the sketch draws under the bars: its numbers are the scale's ticks
        int axis = bottom + 1;
        while (axis <= area.bottom() && axis - bottom <= 2 && GAP.matcher(text(axis)).matches() && !text(axis).isBlank()) {
            axis++;
        }
        if (axis + 1 <= area.bottom() && AXIS_LINE.matcher(text(axis)).matches() && TICKS.matcher(text(axis + 1)).matches()) {
            bars = ticked(bars, text(axis + 1), cx.sketch().specLine(axis + 1));
            bottom = axis + 1;
            // the words on the row under the numbers, alone and set in from the left, title the axis there
            // ("FLAKY RATE = pass-on-retry / total runs")
            String under = bottom + 1 <= area.bottom() ? text(bottom + 1) : "";
            if (bars.scale().title() == null && !under.isBlank() && under.indexOf(under.strip()) > 4
                    && !under.strip().contains("   ") && keys(under, 0).isEmpty() && firstBlock(under) < 0) {
                Axis a = bars.scale();
                bars = new Bars(new Axis(Text.mixed(under.strip(), "caption"), a.low(), a.min(), a.max(), a.ticks(), a.numeric(), a.log(),
                        cx.sketch().specLine(bottom + 1)), bars.bars(), bars.levels(), bars.notes(), bars.keys(), bars.line());
                bottom++;
            }
        }
        // a threshold's dashed column through the bars, its arrowhead on the row above naming its value there
        Level threshold = threshold(top, bottom, bars);
        // a legend under the axis: each glyph the chart draws with, and what it stands for
        int legend = bottom + 1;
        while (legend <= area.bottom() && legend - bottom <= 2 && text(legend).isBlank()) {
            legend++;
        }
        List<Key> keys = legend <= area.bottom() ? toned(keys(text(legend), cx.sketch().specLine(legend)), bars, top, bottom) : List.of();
        if (!keys.isEmpty()) {
            bars = bars.withKeys(keys);
            bottom = legend;
        }
        if (threshold != null) {
            List<Level> levels = new ArrayList<>(bars.levels());
            levels.add(threshold);
            Axis a = bars.scale();
            // the row's other words, left of the threshold's name, title the value axis ("p95 LATENCY (ms)")
            String over = text(top - 2).strip();
            String name = threshold.label() == null ? "" : threshold.label().value();
            // (a heading's rule on that row is no title)
            // (nor the threshold's own dotted glyph, where the sketch draws its line up through the row)
            String title = over.substring(0, Math.max(0, over.indexOf(name))).replaceAll("[═─=\\-]{3,}", "")
                    .replaceAll("[┊┆╎¦]", "").strip();
            // words right of the threshold's name head the values written at the bars' ends ("MEDIAN"): the
            // value axis's title, where nothing else titles it; the words left of the name then head the names
            String after = name.isEmpty() || over.indexOf(name) < 0 ? ""
                    : over.substring(over.indexOf(name) + name.length()).replaceAll("[═─=\\-]{3,}", "").strip();
            if (!after.isEmpty() && !after.contains("   ") && a.title() == null) {
                a = new Axis(Text.mixed(after, "caption"), a.low(), a.min(), a.max(), a.ticks(), a.numeric(), a.log(),
                        cx.sketch().specLine(top - 2), true);
            }
            // with the axis titled under its numbers, the words there head the bars' names ("SERVICE")
            Axis scale = title.isEmpty() ? a : a.title() != null
                    ? new Axis(a.title(), Text.mixed(title, "caption"), a.min(), a.max(), a.ticks(), a.numeric(), a.log(), a.line(),
                    a.titleAtValues())
                    : new Axis(Text.mixed(title, "caption"), a.low(), a.min(), a.max(), a.ticks(), a.numeric(),
                    a.log(), cx.sketch().specLine(top - 2));
            bars = new Bars(scale, snapped(bars.bars(), threshold), levels, bars.notes(), bars.keys(), bars.line());
            top -= 2;
        }
        // a heading row ruled under, over the chart ("STRATEGY      p50 BUILD TIME (min)" over "────────    ──────"):
        // its first words head the bars' names, the others title the value axis
        if (top - 2 >= area.top() && RULED.matcher(text(top - 1)).matches() && bars.scale().title() == null
                && bars.scale().low() == null) {
            String[] heads = text(top - 2).strip().split("\\s{3,}");
            if (heads.length == 2) {
                Axis a = bars.scale();
                int line = cx.sketch().specLine(top - 2);
                bars = new Bars(new Axis(Text.mixed(heads[1], "caption"), Text.mixed(heads[0], "caption"), a.min(), a.max(), a.ticks(),
                        a.numeric(), a.log(), line), bars.bars(), bars.levels(), bars.notes(), bars.keys(), bars.line());
                top -= 2;
            }
        }
        return new Charts.Found(top, bottom, bars);
    }

    /** A row of nothing but rules: the underline of the headings over it. */
    private static final Pattern RULED = Pattern.compile("^\\s*(?:[─═━-]{3,}\\s*)+$");

    /**
     * Each key with the tone of the bars the sketch draws in its glyph, where they share one: a solid █ may
     * stand for the coral bars over a gate and ▒ for the navy ones under it.
     */
    private List<Key> toned(List<Key> keys, Bars bars, int top, int bottom) {
        List<Key> out = new ArrayList<>();
        for (Key k : keys) {
            Boolean warm = null;
            boolean mixed = false;
            for (int row = top; row <= bottom; row++) {
                int c = firstBlock(text(row));
                if (c < 0 || !text(row).substring(c, c + 1).equals(k.glyph())) {
                    continue;
                }
                int line = cx.sketch().specLine(row);
                for (Bar b : bars.bars()) {
                    if (b.line() == line) {
                        mixed |= warm != null && warm != b.highlight();
                        warm = b.highlight();
                    }
                }
            }
            out.add(warm == null || mixed ? k : k.toned(warm));
        }
        return out;
    }

    /** The column of the first block a row draws, or -1. */
    static int firstBlock(String row) {
        for (int i = 0; i < row.length(); i++) {
            if ("█▓▒░".indexOf(row.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bars whose shade changes near the threshold, split at the threshold itself: the sketch's cells put the
     * change at 301 for a 300 ms SLO, which the figure draws as what it means.
     */
    private static List<Bar> snapped(List<Bar> bars, Level threshold) {
        double t = threshold.at().v();
        List<Bar> out = new ArrayList<>();
        for (Bar b : bars) {
            boolean split = b.from().source() == Source.SHADE || b.to().source() == Source.SHADE;
            double at = b.from().source() == Source.SHADE ? b.from().v() : b.to().v();
            if (split && Math.abs(at - t) <= 0.08 * Math.max(t, 1e-9)) {
                Value moved = new Value(t, Source.WRITTEN, b.line());
                out.add(b.from().source() == Source.SHADE ? new Bar(b.label(), moved, b.to(), b.value(), b.highlight(), b.line())
                        : new Bar(b.label(), b.from(), moved, b.value(), b.highlight(), b.line()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** The bars with the axis's written numbers as ticks, a unit after the last going with it ("400 ms"). */
    private static Bars ticked(Bars bars, String row, int line) {
        String[] words = row.strip().split("\\s+");
        List<Tick> ticks = new ArrayList<>();
        double max = bars.scale().max();
        for (int i = 0; i < words.length; i++) {
            double v = Labels.number(words[i]);
            if (Double.isNaN(v)) {
                continue;
            }
            boolean unit = i + 1 < words.length && Double.isNaN(Labels.number(words[i + 1]));
            ticks.add(new Tick(v, Text.mixed(unit ? words[i] + " " + words[i + 1] : words[i], "caption"), line));
            max = Math.max(max, v);
        }
        Axis a = bars.scale();
        // bars that write their values stand against the axis's own numbers: a percent chart whose axis ends
        // at 5% ends there, not at 100
        if (!ticks.isEmpty() && bars.bars().stream().allMatch(b -> b.to().source() == Source.WRITTEN)) {
            max = ticks.stream().mapToDouble(Tick::at).max().orElse(max);
            for (Bar b : bars.bars()) {
                max = Math.max(max, b.to().v());
            }
        }
        return new Bars(new Axis(a.title(), a.low(), a.min(), max, ticks, a.numeric(), a.log(), a.line(), a.titleAtValues()), bars.bars(), bars.levels(),
                bars.notes(), bars.line());
    }

    /**
     * A dashed column ({@code ┆}) down the bars' rows under an arrowhead ({@code ▼}) on the row just above them:
     * a threshold, named by the phrase written over the arrowhead two rows up ({@code SLO 300ms}), at its
     * number; null when there is none.
     */
    private Level threshold(int top, int bottom, Bars bars) {
        if (top - 2 < area.top()) {
            return null;
        }
        String arrow = text(top - 1);
        int col = arrow.indexOf('▼');
        if (col < 0) {
            // or the dashed column already going on over the first bar, under its phrase ("80% GATE" over ┊)
            for (int c = 0; c < arrow.length() && col < 0; c++) {
                col = DASHES.indexOf(arrow.charAt(c)) >= 0 ? c : -1;
            }
            if (col < 0 || !arrow.substring(col + 1).isBlank() || !arrow.substring(0, col).replaceAll("[|│]", "").isBlank()) {
                return null;
            }
        } else if (!arrow.replace("▼", "").replaceAll("[|│]", "").isBlank()) {
            // (the value axis's line may run down beside it)
            return null;
        }
        int dashed = 0;
        for (int row = top; row <= bottom; row++) {
            String t = text(row);
            dashed += col < t.length() && DASHES.indexOf(t.charAt(col)) >= 0 ? 1 : 0;
        }
        if (dashed < 2) {
            return null;
        }
        String over = text(top - 2);
        // the phrase over the arrowhead ("SLO 300ms", set apart by wide spaces), its number the value
        Matcher m = Pattern.compile("\\S+(?: \\S+)*").matcher(over);
        while (m.find()) {
            Matcher n = Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(m.group());
            if (m.start() <= col + 2 && m.end() >= col - 2 && n.find()) {
                int line = cx.sketch().specLine(top - 2);
                // the line's own glyph standing before its name ("┊ 5-MIN TARGET") is the line, drawn as one
                String name = m.group().replaceFirst("^[┊┆╎¦│|]\\s*", "");
                return new Level(new Value(Labels.number(n.group(1)), Source.WRITTEN, line), Text.mixed(name, "caption"), true, null, line);
            }
        }
        return null;
    }

    private Chart chart(List<Parsed> rows, List<String[]> markers) {
        int longest = rows.stream().mapToInt(r -> r.cells() + r.empty()).max().orElse(1);
        // the value is the first word after the bar ("85% auto": 85%), the rest of the phrase its label
        boolean written = rows.stream().filter(r -> !r.level()).allMatch(r -> !r.values().isEmpty()
                && !Double.isNaN(valueOf(r.values().get(0))));
        boolean percent = written && rows.stream().filter(r -> !r.level()).allMatch(r -> r.values().get(0).contains("%"));
        List<Bar> bars = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < rows.size(); i++) {
            Parsed r = rows.get(i);
            if (r.level()) {
                double v = Labels.number(r.values().get(0));
                String label = null;
                for (String[] mk : markers) {
                    if (Integer.parseInt(mk[0]) == i) {
                        label = mk[1];
                    }
                }
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                    String shown = ChartParts.spelled(label == null ? r.values().get(0) : r.values().get(0) + " " + label, cx.labels());
                    levels.add(new Level(new Value(v, Source.WRITTEN, r.line()), Text.mixed(shown, "caption"), true, tone(shown), r.line()));
                }
                continue;
            }
            String label = TextRules.stripScaffolding(r.label());
            List<String> vals = r.values();
            double v = written ? valueOf(vals.get(0)) : (double) r.cells() / longest;
            Source src = written ? Source.WRITTEN : Source.EXTENT;
            String valueText = vals.isEmpty() ? null : vals.get(0);
            List<String> rest = vals.size() > 1 ? vals.subList(1, vals.size()) : List.of();
            // two written shares ("85% auto  15% human") are the two parts of one bar, its empty cells or not
            boolean stacked = written && rest.size() >= 1 && !Double.isNaN(valueOf(rest.get(0)));
            if (label.isEmpty() && !rest.isEmpty() && !stacked) {
                label = TextRules.stripScaffolding(String.join(" ", rest));
            } else if (!rest.isEmpty() && !stacked) {
                valueText = valueText + " " + String.join(" ", rest);
            }
            label = ChartParts.named(label, valueText, cx.labels());
            // a bar drawn in the light shade among solid ones is set apart, as the spec's legend says (below a gate)
            boolean highlight = highlighted(cx, label) || r.light();
            Text name = label.isEmpty() ? null : Text.mixed(label, "strong");
            max = Math.max(max, v);
            if (r.over() > 0 && r.over() < r.cells()) {
                // the bar to where its shade changes, then the excess beyond it in the warning colour (the split
                // set where the cells put it; a threshold near it takes it, see snapped)
                double split = v * (r.cells() - r.over()) / r.cells();
                bars.add(new Bar(name, new Value(0, Source.SHAPE, r.line()), new Value(split, Source.SHADE, r.line()),
                        valueText == null ? null : Text.mixed(valueText, "caption"), false, r.line()));
                bars.add(new Bar(name, new Value(split, Source.SHADE, r.line()), new Value(v, src, r.line()), null, true, r.line()));
                max = Math.max(max, v);
                continue;
            }
            bars.add(new Bar(name, new Value(0, Source.SHAPE, r.line()), new Value(v, src, r.line()),
                    valueText == null ? null : Text.mixed(valueText, "caption"), highlight, r.line()));
            if (stacked) {
                double second = valueOf(rest.get(0));
                bars.add(new Bar(name, new Value(v, src, r.line()), new Value(v + second, Source.WRITTEN, r.line()),
                        Text.mixed(String.join(" ", rest), "caption"), false, r.line()));
                max = Math.max(max, v + second);
            }
        }
        double top = percent && max <= 100 ? 100 : written ? max : 1;
        Axis scale = new Axis(null, null, 0, top, List.of(), written, false, rows.get(0).line());
        return new Bars(scale, bars, levels, List.of(), rows.get(0).line());
    }

    /**
     * Whether a stated grouping puts the bar in a group the spec names alarming: a Relationships row {@code No
     * auth + Static | Summary insecure | grouping | "85% INSECURE"} makes both bars the insecure share's colour,
     * as the split bar under them draws it, not the adequate bars' navy.
     */
    private static boolean inAlarmingGroup(ChartContext cx, String label) {
        List<String> bar = io.figgen.scene.TextRules.words(label);
        for (io.figgen.model.Relationship r : cx.relationships()) {
            if (r.type() == null || !r.type().toLowerCase(Locale.ROOT).contains("group")
                    || !alarming((r.label() == null ? "" : r.label()) + " " + r.to())) {
                continue;
            }
            for (String member : r.from().split("\\s\\+\\s|,\\s*")) {
                List<String> words = io.figgen.scene.TextRules.words(member);
                if (!words.isEmpty() && bar.containsAll(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The theme colour a level's element's tag names ("500ms Target Line" tagged confidence_high: high). */
    private String tone(String label) {
        ContentElement e = cx.element(label);
        if (e == null) {
            String[] words = Labels.key(label).split(" ");
            for (ContentElement c : cx.elements()) {
                String k = " " + Labels.key(c.element()) + " ";
                if (java.util.Arrays.stream(words).filter(w -> w.length() > 2 && k.contains(" " + w)).count() >= 2) {
                    e = c;
                    break;
                }
            }
        }
        if (e == null) {
            return null;
        }
        for (String tag : e.tags()) {
            String key = tag.substring(tag.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
            if (tag.contains("_") && List.of("high", "medium", "low", "teal", "gold", "coral").contains(key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean alarming(String s) {
        String l = s.toUpperCase(Locale.ROOT);
        return l.contains("CRITICAL") || l.contains("(SELECTED)") || l.contains("INSECURE");
    }

    /** Whether the spec sets the bar named {@code label} apart: alarming words, an alarming group, a warning tag. */
    static boolean highlighted(ChartContext cx, String label) {
        if (alarming(label) || inAlarmingGroup(cx, label)) {
            return true;
        }
        ContentElement e = cx.element(label);
        return e != null && e.tags().stream().anyMatch(t -> t.matches("selected.*|highlight.*|.*warning.*|critical.*"));
    }
}
