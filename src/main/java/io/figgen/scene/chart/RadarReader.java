package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Radar;
import io.figgen.scene.chart.Chart.Series;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.scene.chart.Chart.Value;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A radar (spider) chart: spokes round a centre, each labelled, one polygon per series. Two sketch forms:
 * <ul>
 * <li>a polygon of vertex marks ({@code ■ * o ●}) round a centre ({@code ★}, a lone {@code +}, or the middle of
 * the marks), joined or not by {@code / \ |}; marks of another glyph are another series;</li>
 * <li>a web of spokes drawn with {@code / | \ .} strokes out of a centre, each spoke's far end its vertex.</li>
 * </ul>
 * Spokes run clockwise from the top; every word in the radar's rows labels the vertex nearest it, but for a
 * legend ({@code ★ = This Scaffold}); a word broken at a hyphen over two lines ({@code PROBABIL-} / {@code ISTIC})
 * is rejoined by the scene's word expander where the spec spells it whole. A vertex's value is its distance from the centre over the largest, or 1
 * for all when the sketch draws one shape whose vertices are equally far within a cell (no scale); a fraction
 * or a percentage written beside a spoke wins. Distances are read after fitting the sketch's cell aspect so that
 * the spokes are evenly spaced, as every radar draws them.
 */
final class RadarReader {
    private static final String VERTEX = "■*o●◆○◇□•◼▪";
    private static final String CENTRE = "★☆✦✧◎⊕✚";
    private static final String STROKE = "/\\|│╱╲.·-─_";
    private static final String DIAG = "/\\╱╲";
    private static final Pattern LEGEND = Pattern.compile("^([^\\p{L}\\p{N}\\s]{1,3}|[oOxX])\\s*=\\s*(.+)$");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\(?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:/\\s*(\\d+(?:[.,]\\d+)?)|(%))\\s*\\)?");

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;
    private final boolean said;

    private record Cell(int row, int col, String glyph) {
    }

    /** A text run of the radar's rows, its vertex glyphs taken out. */
    private record Frag(int row, int col, int end, String text) {
    }

    private RadarReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
        this.said = cx.says("radar", "spider", "spiderweb", "kiviat");
    }

    static Charts.Found read(ChartContext cx, Area area) {
        return new RadarReader(cx, area).read();
    }

    private boolean inBox(int row, int col) {
        for (Box b : area.boxes()) {
            if (row >= b.top() && row <= b.bottom() && col >= b.left() && col <= b.right()) {
                return true;
            }
        }
        return false;
    }

    private boolean word(int row, int col) {
        String s = cells.at(row, col);
        return !s.isBlank() && Character.isLetterOrDigit(s.codePointAt(0));
    }

    /** Whether the glyph at (row, col) is a legend's key: {@code * = Team A}. */
    private boolean legendKey(int row, int col) {
        for (int c = col + 1; c <= col + 3; c++) {
            String s = cells.at(row, c);
            if (s.equals("=")) {
                return true;
            }
            if (!s.isBlank()) {
                return false;
            }
        }
        return false;
    }

    private Charts.Found read() {
        List<Cell> marks = new ArrayList<>();
        List<Cell> centres = new ArrayList<>();
        List<Cell> strokes = new ArrayList<>();
        for (Row r : area.rows()) {
            int row = r.row();
            for (int c = area.left(); c <= area.right(); c++) {
                String g = cells.at(row, c);
                if (g.isBlank() || inBox(row, c)) {
                    continue;
                }
                boolean alone = !word(row, c - 1) && !word(row, c + 1);
                if (VERTEX.contains(g) && !legendKey(row, c)) {
                    if (("o".equals(g) || "*".equals(g)) && (!alone || cells.any(row, c - 1, "*") || cells.any(row, c + 1, "*"))) {
                        continue;
                    }
                    marks.add(new Cell(row, c, g));
                } else if ((CENTRE.contains(g) || "+".equals(g)) && !legendKey(row, c)) {
                    centres.add(new Cell(row, c, g));
                } else if (STROKE.contains(g) && alone) {
                    strokes.add(new Cell(row, c, g));
                }
            }
        }
        Shape shape = polygon(marks, centres, strokes);
        if (shape == null) {
            shape = web(centres, strokes, marks);
        }
        return shape == null ? null : chart(shape);
    }

    /** What the sketch draws: a centre, per series its glyph and vertex cells (series 0's define the spokes). */
    private record Shape(double row, double col, Cell centreMark, List<String> glyphs, List<List<Cell>> series,
                         List<Cell> structure, boolean web) {
    }

    private static double angle(double dx, double dy, double a) {
        double t = Math.atan2(a * dx, -dy);
        return t < 0 ? t + 2 * Math.PI : t;
    }

    private static double maxGap(List<Double> angles) {
        List<Double> s = new ArrayList<>(angles);
        s.sort(null);
        double gap = 0;
        for (int i = 0; i < s.size(); i++) {
            double next = i + 1 < s.size() ? s.get(i + 1) : s.get(0) + 2 * Math.PI;
            gap = Math.max(gap, next - s.get(i));
        }
        return gap;
    }

    private Shape polygon(List<Cell> marks, List<Cell> centres, List<Cell> strokes) {
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        for (Cell m : marks) {
            groups.computeIfAbsent(m.glyph(), k -> new ArrayList<>()).add(m);
        }
        Shape best = null;
        double bestScore = 0;
        for (Map.Entry<String, List<Cell>> e : groups.entrySet()) {
            List<Cell> g = e.getValue();
            if (g.size() < 3 || !said && g.size() < 5 || g.size() > 16) {
                continue;
            }
            int minR = g.stream().mapToInt(Cell::row).min().getAsInt();
            int maxR = g.stream().mapToInt(Cell::row).max().getAsInt();
            int minC = g.stream().mapToInt(Cell::col).min().getAsInt();
            int maxC = g.stream().mapToInt(Cell::col).max().getAsInt();
            if (maxR - minR < 3 || maxC - minC < 4) {
                continue;
            }
            double midR = (minR + maxR) / 2.0;
            double midC = (minC + maxC) / 2.0;
            Cell centre = centres.stream().filter(c -> c.row() > minR && c.row() < maxR && c.col() > minC && c.col() < maxC)
                    .filter(c -> !"+".equals(c.glyph()) || lone(c))
                    .min(Comparator.comparingDouble(c -> Math.hypot(c.col() - midC, 2 * (c.row() - midR)))).orElse(null);
            double cr = centre == null ? midR : centre.row();
            double cc = centre == null ? midC : centre.col();
            List<Double> angles = new ArrayList<>();
            double far = 0;
            double near = Double.MAX_VALUE;
            double total = 0;
            for (Cell m : g) {
                double d = Math.hypot(0.5 * (m.col() - cc), m.row() - cr);
                far = Math.max(far, d);
                near = Math.min(near, d);
                total += d;
                angles.add(angle(m.col() - cc, m.row() - cr, 0.5));
            }
            if (near < 1.5 || maxGap(angles) > Math.toRadians(said ? 150 : 120)) {
                continue;
            }
            if (!said) {
                long diag = strokes.stream().filter(s -> DIAG.contains(s.glyph()) && s.row() >= minR && s.row() <= maxR
                        && s.col() >= minC && s.col() <= maxC).count();
                if (diag < 4 || near < 0.35 * far) {
                    continue;
                }
            }
            double score = g.size() * 1000 + total;
            if (best == null || score > bestScore) {
                bestScore = score;
                best = new Shape(cr, cc, centre, List.of(e.getKey()), List.of(g), List.of(), false);
            }
        }
        if (best == null) {
            return null;
        }
        final Shape found = best;
        // marks of other glyphs round the same centre are further series
        List<Cell> main = best.series().get(0);
        int minR = main.stream().mapToInt(Cell::row).min().getAsInt() - 2;
        int maxR = main.stream().mapToInt(Cell::row).max().getAsInt() + 2;
        int minC = main.stream().mapToInt(Cell::col).min().getAsInt() - 4;
        int maxC = main.stream().mapToInt(Cell::col).max().getAsInt() + 4;
        List<String> glyphs = new ArrayList<>(best.glyphs());
        List<List<Cell>> series = new ArrayList<>(best.series());
        for (Map.Entry<String, List<Cell>> e : groups.entrySet()) {
            if (glyphs.contains(e.getKey())) {
                continue;
            }
            List<Cell> in = e.getValue().stream().filter(m -> m.row() >= minR && m.row() <= maxR && m.col() >= minC
                    && m.col() <= maxC && (m.row() != found.row() || m.col() != found.col())).toList();
            if (in.size() >= 3) {
                glyphs.add(e.getKey());
                series.add(in);
            }
        }
        List<Cell> structure = new ArrayList<>();
        series.forEach(structure::addAll);
        for (Cell s : strokes) {
            if (s.row() >= minR && s.row() <= maxR && s.col() >= minC && s.col() <= maxC) {
                structure.add(s);
            }
        }
        if (best.centreMark() != null) {
            structure.add(best.centreMark());
        }
        return new Shape(best.row(), best.col(), best.centreMark(), glyphs, series, structure, false);
    }

    /** A {@code +} that is no corner or crossing of lines. */
    private boolean lone(Cell c) {
        return !cells.any(c.row(), c.col() - 1, "-─+") && !cells.any(c.row(), c.col() + 1, "-─+")
                && !cells.any(c.row() - 1, c.col(), "|│") && !cells.any(c.row() + 1, c.col(), "|│");
    }

    /** Spokes drawn as strokes out of one centre: the far end of each is its vertex. */
    private Shape web(List<Cell> centres, List<Cell> strokes, List<Cell> marks) {
        Set<Long> strokeAt = new HashSet<>();
        for (Cell s : strokes) {
            strokeAt.add(key(s.row(), s.col()));
        }
        List<Cell> candidates = new ArrayList<>(centres);
        marks.stream().filter(m -> "*o●".contains(m.glyph())).forEach(candidates::add);
        for (Cell c : candidates) {
            int around = 0;
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -2; dc <= 2; dc++) {
                    if ((dr != 0 || dc != 0) && strokeAt.contains(key(c.row() + dr, c.col() + dc))) {
                        around++;
                    }
                }
            }
            if (around < 3) {
                continue;
            }
            // the strokes joined to the centre, gaps of a cell allowed (a dotted spoke)
            List<Cell> joined = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            List<int[]> todo = new ArrayList<>();
            todo.add(new int[] {c.row(), c.col()});
            seen.add(key(c.row(), c.col()));
            while (!todo.isEmpty()) {
                int[] p = todo.remove(todo.size() - 1);
                for (Cell s : strokes) {
                    if (Math.abs(s.row() - p[0]) <= 1 && Math.abs(s.col() - p[1]) <= 2 && seen.add(key(s.row(), s.col()))) {
                        joined.add(s);
                        todo.add(new int[] {s.row(), s.col()});
                    }
                }
            }
            List<Cell> ends = spokeEnds(c, joined);
            if (ends.size() < 5 || !said && ends.size() < 6) {
                continue;
            }
            List<Double> angles = ends.stream().map(e -> angle(e.col() - c.col(), e.row() - c.row(), 0.5)).toList();
            if (maxGap(angles) > Math.toRadians(100)) {
                continue;
            }
            List<Cell> structure = new ArrayList<>(joined);
            structure.add(c);
            Cell mark = CENTRE.contains(c.glyph()) ? c : null;
            return new Shape(c.row(), c.col(), mark, List.of(""), List.of(ends), structure, true);
        }
        return null;
    }

    private static long key(int row, int col) {
        return (long) row << 32 | (col & 0xffffffffL);
    }

    /** The strokes grouped by their direction from the centre; each group's farthest cell. */
    private static List<Cell> spokeEnds(Cell c, List<Cell> joined) {
        List<Cell> far = joined.stream().filter(s -> Math.hypot(0.5 * (s.col() - c.col()), s.row() - c.row()) >= 1.2)
                .sorted(Comparator.comparingDouble(s -> angle(s.col() - c.col(), s.row() - c.row(), 0.5))).toList();
        if (far.isEmpty()) {
            return List.of();
        }
        List<List<Cell>> groups = new ArrayList<>();
        double last = Double.NaN;
        for (Cell s : far) {
            double t = angle(s.col() - c.col(), s.row() - c.row(), 0.5);
            if (groups.isEmpty() || t - last > Math.toRadians(10)) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(s);
            last = t;
        }
        if (groups.size() > 1) {
            double first = angle(groups.get(0).get(0).col() - c.col(), groups.get(0).get(0).row() - c.row(), 0.5);
            if (first + 2 * Math.PI - last <= Math.toRadians(10)) {
                groups.get(0).addAll(groups.remove(groups.size() - 1));
            }
        }
        List<Cell> ends = new ArrayList<>();
        for (List<Cell> g : groups) {
            if (g.size() < 2) {
                continue;
            }
            Cell end = g.stream().max(Comparator.comparingDouble(s -> Math.hypot(0.5 * (s.col() - c.col()), s.row() - c.row()))).get();
            if (Math.hypot(0.5 * (end.col() - c.col()), end.row() - c.row()) >= 3) {
                ends.add(end);
            }
        }
        return ends;
    }

    /** The cell aspect (a column's width in rows) that spaces the spokes most evenly. */
    private static double aspect(List<Cell> vertices, double cr, double cc) {
        int n = vertices.size();
        double best = 0.5;
        double bestCost = Double.MAX_VALUE;
        for (int k = 20; k <= 250; k++) {
            double a = k / 100.0;
            List<Double> t = new ArrayList<>();
            for (Cell v : vertices) {
                t.add(angle(v.col() - cc, v.row() - cr, a));
            }
            t.sort(null);
            double cost = 0;
            for (int i = 0; i < n; i++) {
                double next = i + 1 < n ? t.get(i + 1) : t.get(0) + 2 * Math.PI;
                double d = next - t.get(i) - 2 * Math.PI / n;
                cost += d * d;
            }
            if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = a;
            }
        }
        return best;
    }

    private Charts.Found chart(Shape s) {
        List<Cell> main = s.series().get(0);
        double a = aspect(main, s.row(), s.col());
        // spokes clockwise from the one nearest the top
        List<Cell> spokes = new ArrayList<>(main);
        spokes.sort(Comparator.comparingDouble(v -> angle(v.col() - s.col(), v.row() - s.row(), a)));
        int first = 0;
        for (int i = 1; i < spokes.size(); i++) {
            double ti = angle(spokes.get(i).col() - s.col(), spokes.get(i).row() - s.row(), a);
            double tf = angle(spokes.get(first).col() - s.col(), spokes.get(first).row() - s.row(), a);
            if (arc(ti, 0) < arc(tf, 0) - 1e-9) {
                first = i;
            }
        }
        java.util.Collections.rotate(spokes, -first);
        int n = spokes.size();
        double[] spokeAngle = new double[n];
        for (int i = 0; i < n; i++) {
            spokeAngle[i] = angle(spokes.get(i).col() - s.col(), spokes.get(i).row() - s.row(), a);
        }
        // each further series' vertex on the spoke nearest its direction
        List<Cell[]> onSpokes = new ArrayList<>();
        onSpokes.add(spokes.toArray(new Cell[0]));
        for (int k = 1; k < s.series().size(); k++) {
            Cell[] at = new Cell[n];
            double[] off = new double[n];
            for (Cell v : s.series().get(k)) {
                double t = angle(v.col() - s.col(), v.row() - s.row(), a);
                int best = 0;
                for (int i = 1; i < n; i++) {
                    if (arc(t, spokeAngle[i]) < arc(t, spokeAngle[best])) {
                        best = i;
                    }
                }
                double o = arc(t, spokeAngle[best]);
                if (o <= Math.PI / n && (at[best] == null || o < off[best])) {
                    at[best] = v;
                    off[best] = o;
                }
            }
            onSpokes.add(at);
        }
        // the rows the radar takes: its drawing, the labels over and under it, a legend a blank row below
        int top = s.structure().stream().mapToInt(Cell::row).min().getAsInt();
        int bottom = s.structure().stream().mapToInt(Cell::row).max().getAsInt();
        int minC = s.structure().stream().mapToInt(Cell::col).min().getAsInt() - 25;
        int maxC = s.structure().stream().mapToInt(Cell::col).max().getAsInt() + 25;
        for (int k = 0; k < 3 && textNear(top - 1, minC, maxC); k++) {
            top--;
        }
        for (int k = 0; k < 4; k++) {
            if (textNear(bottom + 1, minC, maxC)) {
                bottom++;
            } else if (!rowHasText(bottom + 1) && legendRow(bottom + 2)) {
                bottom += 2;
            } else {
                break;
            }
        }
        for (Box b : area.boxes()) {
            if (b.bottom() >= top && b.top() <= bottom) {
                return null;
            }
        }
        Set<Long> structure = new HashSet<>();
        s.structure().forEach(c -> structure.add(key(c.row(), c.col())));
        if (s.centreMark() != null) {
            structure.add(key(s.centreMark().row(), s.centreMark().col()));
        }
        List<Frag> frags = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (Row r : area.rows()) {
            if (r.row() < top || r.row() > bottom) {
                continue;
            }
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text) {
                    frags.addAll(split(r.row(), t, structure));
                }
            }
        }
        List<List<Frag>> labelled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labelled.add(new ArrayList<>());
        }
        double reach = 0;
        for (Cell v : spokes) {
            reach = Math.max(reach, Math.hypot(a * (v.col() - s.col()), v.row() - s.row()));
        }
        for (Frag f : frags) {
            Matcher m = LEGEND.matcher(f.text());
            if (m.matches()) {
                legend.add(f.text());
                continue;
            }
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (Cell[] at : onSpokes) {
                for (int i = 0; i < n; i++) {
                    Cell v = at[i];
                    if (v == null) {
                        continue;
                    }
                    int dx = v.col() < f.col() ? f.col() - v.col() : v.col() > f.end() ? v.col() - f.end() : 0;
                    double d = Math.hypot(a * dx, f.row() - v.row());
                    if (d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
            if (best < 0 || bestD > Math.max(6, 1.5 * reach)) {
                legend.add(f.text());
            } else {
                labelled.get(best).add(f);
            }
        }
        // labels, and the values they write
        List<Text> spokeText = new ArrayList<>();
        List<List<Double>> written = new ArrayList<>();
        List<Integer> writtenLine = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Frag> fs = labelled.get(i);
            fs.sort(Comparator.comparingInt(Frag::row).thenComparingInt(Frag::col));
            List<String> lines = new ArrayList<>();
            int lastRow = Integer.MIN_VALUE;
            for (Frag f : fs) {
                if (f.row() == lastRow) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + f.text());
                } else {
                    lines.add(f.text());
                }
                lastRow = f.row();
            }
            String label = TextRules.join(lines);
            List<Double> values = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            Matcher m = WRITTEN.matcher(label);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                double v = Double.parseDouble(m.group(1).replace(',', '.'));
                if (m.group(2) != null) {
                    double of = Double.parseDouble(m.group(2).replace(',', '.'));
                    v = of == 0 ? Double.NaN : v / of;
                } else {
                    v = v / 100;
                }
                if (Double.isNaN(v) || v < 0 || v > 1.0001) {
                    continue;
                }
                values.add(Math.min(1, v));
                numbers.add(m.group().strip());
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            String name = TextRules.stripScaffolding(TextRules.collapse(rest.toString()).strip());
            List<Text.Run> runs = new ArrayList<>();
            runs.add(new Text.Run(name, "label", false));
            if (!numbers.isEmpty()) {
                runs.add(new Text.Run(String.join(" ", numbers), "code", false));
            }
            spokeText.add(new Text(runs));
            written.add(values);
            writtenLine.add(fs.isEmpty() ? cx.sketch().specLine(spokes.get(i).row()) : cx.sketch().specLine(fs.get(0).row()));
        }
        // values from the sketch: one shape without a scale, or distances over the largest
        List<double[]> dist = new ArrayList<>();
        double dmax = 0;
        double lo = 0;
        double hi = Double.MAX_VALUE;
        for (Cell[] at : onSpokes) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                Cell v = at[i];
                if (v == null) {
                    d[i] = Double.NaN;
                    continue;
                }
                double dx = v.col() - s.col();
                double dy = v.row() - s.row();
                d[i] = Math.hypot(a * dx, dy);
                dmax = Math.max(dmax, d[i]);
                double near = Math.hypot(a * Math.max(0, Math.abs(dx) - 1), Math.max(0, Math.abs(dy) - 1));
                double far = Math.hypot(a * (Math.abs(dx) + 1), Math.abs(dy) + 1);
                lo = Math.max(lo, near);
                hi = Math.min(hi, far);
            }
            dist.add(d);
        }
        boolean shape = s.web() || lo <= hi;
        List<Series> series = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String l : new ArrayList<>(legend)) {
            Matcher m = LEGEND.matcher(l);
            if (m.matches() && s.glyphs().contains(m.group(1))) {
                names.put(m.group(1), m.group(2).strip());
                legend.remove(l);
            }
        }
        int highlight = 0;
        for (int k = 0; k < s.series().size(); k++) {
            String nm = names.get(s.glyphs().get(k));
            ContentElement e = nm == null ? null : cx.element(nm);
            if (e != null && e.tags().stream().anyMatch(t -> t.matches("selected.*|highlight.*|.*_primary|emphasis.*|recommend.*"))) {
                highlight = k;
                break;
            }
        }
        for (int k = 0; k < s.series().size(); k++) {
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int line = cx.sketch().specLine(spokes.get(i).row());
                if (written.get(i).size() > k) {
                    values.add(new Value(written.get(i).get(k), Source.WRITTEN, writtenLine.get(i)));
                } else if (shape) {
                    values.add(new Value(1.0, Source.SHAPE, line));
                } else {
                    double d = dist.get(k)[i];
                    Cell v = onSpokes.get(k)[i];
                    if (Double.isNaN(d)) {
                        // no mark of its own: it sits under another series' mark on that spoke
                        d = dist.get(0)[i];
                        v = spokes.get(i);
                    }
                    values.add(new Value(round(d / dmax), Source.POSITION, cx.sketch().specLine(v.row())));
                }
            }
            String nm = names.get(s.glyphs().get(k));
            series.add(new Series(nm == null ? null : Text.plain(nm, "label"), values, k == highlight, k != highlight));
        }
        Text centre = s.centreMark() == null || !CENTRE.contains(s.centreMark().glyph()) ? null : Text.plain(s.centreMark().glyph(), "label");
        Text legendText = legend.isEmpty() ? null : new Text(legend.stream().map(l -> new Text.Run(l, "caption", false)).toList());
        return new Charts.Found(top, bottom, new Radar(spokeText, series, centre, legendText, cx.sketch().specLine(top)));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static double arc(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d);
    }

    /** A text token's runs, the radar's own glyphs (vertices, strokes, centre) cut out. */
    private List<Frag> split(int row, Token t, Set<Long> structure) {
        return cells.runs(row, t.col(), t.end(), c -> structure.contains(key(row, c))).stream()
                .map(r -> new Frag(r.row(), r.col(), r.end(), r.text())).toList();
    }

    private boolean textNear(int row, int minC, int maxC) {
        if (row < area.top() || row > area.bottom()) {
            return false;
        }
        return area.rows().stream().anyMatch(r -> r.row() == row && !r.tokens().isEmpty() && r.tokens().stream()
                .allMatch(t -> t instanceof Token.Text && t.end() >= minC && t.col() <= maxC && !inBox(row, t.col())));
    }

    private boolean rowHasText(int row) {
        return area.rows().stream().anyMatch(r -> r.row() == row && !r.tokens().isEmpty());
    }

    private boolean legendRow(int row) {
        if (row > area.bottom()) {
            return false;
        }
        return area.rows().stream().anyMatch(r -> r.row() == row && !r.tokens().isEmpty() && r.tokens().stream()
                .allMatch(t -> t instanceof Token.Text x && LEGEND.matcher(x.text().strip().toLowerCase(Locale.ROOT)).matches()));
    }
}
