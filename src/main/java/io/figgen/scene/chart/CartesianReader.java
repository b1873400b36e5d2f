package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.model.Relationship;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Axis;
import io.figgen.scene.chart.Chart.Bar;
import io.figgen.scene.chart.Chart.Cartesian;
import io.figgen.scene.chart.Chart.Curve;
import io.figgen.scene.chart.Chart.Level;
import io.figgen.scene.chart.Chart.Note;
import io.figgen.scene.chart.Chart.Point;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.scene.chart.Chart.Tick;
import io.figgen.scene.chart.Chart.Value;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A chart drawn over an x and a y axis: a vertical run of {@code |} or {@code │} meeting, at a corner
 * ({@code +}, {@code └}), a horizontal run of {@code -} or {@code ─} at least {@value #MIN_AXIS} cells long.
 * Tick labels beside the axes give the scale; marks ({@code * ● ◆ ★}) with their names are points, {@code /}
 * and {@code \} runs are curves, dashed rows are levels, {@code █} columns are bars. A value is read from its
 * cell against the ticks (linearly, or in log space when the spec says the scale is logarithmic); without
 * numbered ticks it is a share of the axis and the axis is drawn without numbers.
 */
final class CartesianReader {
    private static final int MIN_AXIS = 8;
    private static final int MIN_RISE = 3;

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;
    private int axisCol;
    private int runTop;
    private int runBottom;
    private int xRow;
    private int xEnd;
    private final java.util.Set<Integer> levelRows = new java.util.HashSet<>();
    /** A categorical axis's tick positions in the sketch (as shares) and where each category is drawn. */
    private final java.util.Map<Double, Double> categories = new java.util.TreeMap<>();
    private final List<Double> sketchTicks = new ArrayList<>();

    private CartesianReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
    }

    static Charts.Found read(ChartContext cx, Area area) {
        CartesianReader r = new CartesianReader(cx, area);
        return r.findAxes() ? r.chart() : null;
    }

    private boolean findAxes() {
        for (int c = area.left(); c <= area.right(); c++) {
            int top = -1;
            for (int row = area.top(); row <= area.bottom() + 1; row++) {
                boolean v = row <= area.bottom() && cells.any(row, c, Cells.VERTICAL);
                if (v && top < 0) {
                    top = row;
                } else if (!v && top >= 0) {
                    if (row - top >= MIN_RISE && axesAt(c, top, row - 1)) {
                        return true;
                    }
                    top = -1;
                }
            }
        }
        return false;
    }

    private boolean axesAt(int c, int top, int bottom) {
        int col = c;
        if (area.boxes().stream().anyMatch(b -> (b.left() == col || b.right() == col) && b.top() <= bottom && b.bottom() >= top)) {
            return false;
        }
        for (int g = 1; g <= 2; g++) {
            int row = bottom + g;
            if (row > area.bottom()) {
                return false;
            }
            boolean corner = cells.any(row, c, Cells.CORNER) || cells.any(row, c, Cells.HORIZONTAL) && cells.any(row, c + 1, Cells.HORIZONTAL);
            if (corner) {
                int end = c + 1;
                while (cells.any(row, end, Cells.HORIZONTAL + "+┼")) {
                    end++;
                }
                if (cells.any(row, end, ">►▶→")) {
                    end++;
                }
                if (end - c - 1 < MIN_AXIS) {
                    return false;
                }
                axisCol = c;
                runTop = cells.any(top - 1, c, "^▲↑") ? top - 1 : top;
                runBottom = bottom;
                xRow = row;
                xEnd = end - 1;
                return plotFree();
            }
            if (cells.any(row, c, Cells.VERTICAL)) {
                return false;
            }
        }
        return false;
    }

    /** Boxes in the plot are the sketch-placed chart's (cost against complexity, say); boxes left of the axis are a loop's. */
    private boolean plotFree() {
        for (Box b : area.boxes()) {
            if (b.bottom() >= runTop && b.top() <= xRow && b.left() <= xEnd && b.right() >= axisCol - 1) {
                return false;
            }
        }
        return true;
    }

    private record Mark(int row, int col, String glyph, String label, int labelCol, List<String> notes, int line) {
    }

    private Charts.Found chart() {
        int line = cx.sketch().specLine(runTop);
        // the rows the chart owns: a title above the y axis, tick labels and a title under the x axis
        int top = runTop;
        while (top - 1 >= area.top() && hasTextNear(top - 1) && runTop - top < 3) {
            top--;
        }
        int bottom = xRow;
        while (bottom + 1 <= area.bottom() && rowHasText(bottom + 1) && bottom - xRow < 3) {
            bottom++;
        }
        List<String> yTitle = new ArrayList<>();
        List<Text> yLow = new ArrayList<>();
        List<Token.Text> yTicks = new ArrayList<>();
        List<int[]> yTickRows = new ArrayList<>();
        String xTitle = null;
        int xTitleLine = 0;
        List<List<Token.Text>> under = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<Token> loose = new ArrayList<>();
        List<Token.Bar> bars = new ArrayList<>();
        List<Integer> barRows = new ArrayList<>();
        for (Row r : area.rows()) {
            int row = r.row();
            if (row < top || row > bottom) {
                continue;
            }
            List<Token> tokens = all(r);
            List<Token.Text> below = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String text = t instanceof Token.Text x ? TextRules.stripScaffolding(x.text()) : "";
                if (row < runTop) {
                    if (!text.isEmpty()) {
                        yTitle.add(text);
                    }
                } else if (row == xRow) {
                    if (t.end() < axisCol && t instanceof Token.Text x && !text.isEmpty()) {
                        // the tick at the corner: the y axis's low end ("0 +────")
                        yTicks.add(new Token.Text(x.col(), x.end(), text));
                        yTickRows.add(new int[] {row});
                    } else if (t.col() > xEnd && !text.isEmpty()) {
                        xTitle = xTitle == null ? text : xTitle + " " + text;
                        xTitleLine = cx.sketch().specLine(row);
                    }
                } else if (row > xRow) {
                    if (t instanceof Token.Text x && !text.isEmpty()) {
                        below.add(new Token.Text(x.col(), x.end(), text));
                    }
                } else if (t.end() < axisCol && t instanceof Token.Text x && !text.isEmpty()) {
                    yTicks.add(new Token.Text(x.col(), x.end(), text));
                    yTickRows.add(new int[] {row});
                } else if (row > runBottom && t.col() <= axisCol + 1 && !text.isEmpty()) {
                    yLow.add(Text.mixed(text, "caption"));
                } else if (t instanceof Token.Bar b && b.col() > axisCol) {
                    bars.add(b);
                    barRows.add(row);
                } else if (t instanceof Token.Text x && t.col() > axisCol) {
                    Mark m = mark(row, x, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
                    if (m != null) {
                        marks.add(m);
                    } else if (!text.isEmpty()) {
                        loose.add(new Token.Text(x.col(), x.end(), text));
                    } else if (x.text().toLowerCase(Locale.ROOT).contains("coral")) {
                        loose.add(new Token.Art(x.col(), x.end(), "coral"));
                    }
                } else if (t instanceof Token.Art a && a.col() > axisCol && a.text().length() == 1 && Cells.MARKS.contains(a.text())) {
                    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    if (next instanceof Token.Text x && x.col() - a.end() <= 3) {
                        marks.add(new Mark(row, a.col(), a.text(), TextRules.stripScaffolding(x.text()), x.col(), new ArrayList<>(),
                                cx.sketch().specLine(row)));
                        i++;
                    } else {
                        marks.add(new Mark(row, a.col(), a.text(), "", a.col(), new ArrayList<>(), cx.sketch().specLine(row)));
                    }
                } else if (t instanceof Token.Art a && a.col() > axisCol) {
                    // marks inside a stroke ("*-----*"): each glyph a point, the stroke a curve between them
                    for (int c = a.col(); c <= a.end(); c++) {
                        String g = cells.at(row, c);
                        if (g.length() == 1 && Cells.MARKS.contains(g)) {
                            marks.add(new Mark(row, c, g, "", c, new ArrayList<>(), cx.sketch().specLine(row)));
                        }
                    }
                } else if (t instanceof Token.Arrow a && a.col() > axisCol) {
                    loose.add(a);
                }
            }
            if (!below.isEmpty()) {
                under.add(below);
            }
        }
        boolean log = cx.says("log scale", "log-scale", "logarithmic") || xTitle != null && xTitle.toLowerCase(Locale.ROOT).contains("log");
        // x ticks: the first row under the axis with two or more labels, and the rows under it aligned to them
        List<Token.Text> xTickTokens = new ArrayList<>();
        List<String> xTickText = new ArrayList<>();
        List<Integer> xTickLines = new ArrayList<>();
        Text xLow = null;
        int underRow = xRow;
        for (List<Token.Text> below : under) {
            underRow++;
            if (below.size() >= 2 && xTickTokens.isEmpty()) {
                for (Token.Text t : below) {
                    xTickTokens.add(t);
                    xTickText.add(t.text());
                    xTickLines.add(cx.sketch().specLine(underRow(t)));
                }
            } else if (below.size() >= 2 && below.size() == xTickTokens.size()) {
                for (int i = 0; i < below.size(); i++) {
                    xTickText.set(i, xTickText.get(i) + " " + below.get(i).text());
                }
            } else {
                for (Token.Text t : below) {
                    String s = t.text().replaceAll("\\s*(-+>|→|►|▶)\\s*$", "").strip();
                    boolean centred = (t.col() + t.end()) / 2.0 > axisCol + (xEnd - axisCol) * 0.25;
                    if (xTitle == null && (centred || !xTickTokens.isEmpty())) {
                        xTitle = s;
                        xTitleLine = cx.sketch().specLine(xRow + 1);
                    } else if (xLow == null && !centred) {
                        xLow = Text.mixed(s, "caption");
                    } else {
                        xTitle = xTitle + " " + s;
                    }
                }
            }
        }
        Scale xs = Scale.of(xTickTokens.stream().map(t -> (t.col() + t.end()) / 2.0).toList(), xTickText, axisCol, xEnd + 1, log);
        List<Double> tickRows = new ArrayList<>();
        List<String> tickTexts = new ArrayList<>();
        for (int i = 0; i < yTicks.size(); i++) {
            tickRows.add((double) yTickRows.get(i)[0]);
            tickTexts.add(yTicks.get(i).text());
        }
        // rows grow downwards: the scale is read over negated rows so that up is more
        Scale ys = Scale.of(tickRows.stream().map(r -> -r - 0.5).toList(), tickTexts, -(xRow + 0.5), -(runTop + 0.0), false);
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < xTickTokens.size(); i++) {
            Token.Text t = xTickTokens.get(i);
            xTicks.add(new Tick(xs.at((t.col() + t.end()) / 2.0), Text.mixed(xTickText.get(i), "caption"), xTickLines.get(i)));
        }
        if (!xs.numeric() && xTicks.size() >= 2) {
            // categories stand evenly across the axis, whatever the sketch's spacing; marks go with their category
            List<Tick> even = new ArrayList<>();
            for (int i = 0; i < xTicks.size(); i++) {
                Tick t = xTicks.get(i);
                categories.put(t.at(), (i + 0.5) / xTicks.size());
                even.add(new Tick((i + 0.5) / xTicks.size(), t.label(), t.line()));
            }
            xTicks = even;
            sketchTicks.addAll(categories.keySet());
        }
        List<Tick> yTickList = new ArrayList<>();
        for (int i = 0; i < yTicks.size(); i++) {
            yTickList.add(new Tick(ys.at(-yTickRows.get(i)[0] - 0.5), Text.mixed(yTicks.get(i).text(), "caption"),
                    cx.sketch().specLine(yTickRows.get(i)[0])));
        }
        Axis x = new Axis(xTitle == null ? null : Text.mixed(completed(xTitle, cx.labels()), "caption"), completed(xLow, cx.labels()),
                xs.at(axisCol), xs.at(xEnd + 1), xTicks, xs.numeric(), log, xTitleLine);
        Axis y = new Axis(yTitle.isEmpty() ? null : Text.mixed(completed(TextRules.join(yTitle), cx.labels()), "caption"),
                yLow.isEmpty() ? null : completed(yLow.get(0), cx.labels()), ys.at(-(xRow + 0.5)), ys.at(-(runTop + 0.0)),
                yTickList, ys.numeric(), false,
                cx.sketch().specLine(top));
        // notes written under a point's name belong to it
        List<Note> notes = new ArrayList<>();
        List<Token> curveLabels = new ArrayList<>();
        for (Token t : loose) {
            if (t instanceof Token.Arrow || t instanceof Token.Art) {
                curveLabels.add(t);
                continue;
            }
            Token.Text tt = (Token.Text) t;
            int row = rowOf(tt);
            Mark owner = marks.stream().filter(m -> m.row() == row - 1 - m.notes().size() && Math.abs(m.labelCol() - tt.col()) <= 3)
                    .findFirst().orElse(null);
            if (owner != null) {
                owner.notes().add(tt.text());
            } else if (curveLabels.stream().anyMatch(a -> a instanceof Token.Arrow && rowOf(a) == row && a.end() < tt.col()
                    && tt.col() - a.end() <= 3)) {
                curveLabels.add(tt);
            } else {
                notes.add(new Note(Text.mixed(tt.text(), "caption"), xs.at((tt.col() + tt.end()) / 2.0), ys.at(-row - 0.5),
                        cx.sketch().specLine(row)));
            }
        }
        List<Point> points = new ArrayList<>();
        marks.sort(Comparator.comparingInt(Mark::row).thenComparingInt(Mark::col));
        for (Mark raw : marks) {
            Mark m = wrappedName(raw);
            ContentElement e = cx.element(m.label());
            boolean highlight = "★☆".contains(m.glyph()) || m.label().toUpperCase(Locale.ROOT).startsWith("THIS ")
                    || e != null && e.tags().stream().anyMatch(tag -> tag.matches("selected.*|highlight.*|.*_primary|emphasis.*"));
            points.add(new Point(m.label().isEmpty() ? null : Text.mixed(m.label(), "strong"),
                    m.notes().isEmpty() ? null : Text.mixed(String.join(" ", m.notes()), "caption"),
                    new Value(snapped(xTicks, xs.numeric(), xs.at(m.col() + 0.5)), xs.numeric() ? Source.POSITION : Source.SHAPE, m.line()),
                    new Value(ys.at(-m.row() - 0.5), ys.numeric() ? Source.POSITION : Source.SHAPE, m.line()), highlight, m.line(),
                    SHAPED.contains(m.glyph()) ? m.glyph() : null));
        }
        boolean quadrants = yamlPoints(points, notes, xs.numeric() || ys.numeric());
        List<Curve> curves = statedCurves(points, curveLabel(curveLabels));
        List<Level> levels = levels(ys);
        java.util.Set<Integer> levelRows = new java.util.HashSet<>(this.levelRows);
        if (curves.isEmpty()) {
            curves = sketchCurves(xs, ys, points, marks, curveLabels, levelRows);
        }
        List<Bar> barList = bars(bars, barRows, xs, ys, xTicks);
        if (points.size() + barList.size() < 2 && levels.isEmpty()) {
            return null;
        }
        List<Level> verticals = new ArrayList<>();
        if (quadrants || cx.says("2x2", "four quadrants")) {
            // a 2x2: the divides the spec's quadrants imply, where the sketch draws none
            int qline = cx.yamlLine("quadrants");
            if (levels.isEmpty()) {
                levels.add(new Level(new Value(0.5, Source.SHAPE, qline), null, true, null, qline));
            }
            verticals.add(new Level(new Value(0.5, Source.SHAPE, qline), null, true, null, qline));
        }
        return new Charts.Found(top, bottom, new Cartesian(x, y, points, barList, curves, levels, verticals, notes, line));
    }

    /**
     * Markers the YAML places ({@code markers: - {label: Pex, position: [0.30, 0.40]}}) win over the sketch's
     * cells: a point of the same name takes the written position, one the sketch lacks is added. Quadrant
     * labels the YAML names are placed in their quadrants unless the sketch already writes them. Returns
     * whether the YAML describes quadrants.
     */
    /**
     * A point whose name the sketch wrapped onto the line under it ("Dead feature" / "flags (212)"): the
     * name goes on when an element names the point with both lines, and the line is no note.
     */
    /** Glyphs a sketch marks points with that the chart draws as shapes of their own. */
    private static final java.util.Set<String> SHAPED = java.util.Set.of("◆", "★");

    private Mark wrappedName(Mark m) {
        if (m.notes().isEmpty() || m.label().isEmpty()) {
            return m;
        }
        String joined = m.label() + " " + m.notes().get(0);
        String key = Labels.key(joined);
        boolean named = cx.elements().stream().anyMatch(e -> Labels.key(e.element()).equals(key));
        if (!named) {
            return m;
        }
        return new Mark(m.row(), m.col(), m.glyph(), joined, m.labelCol(), new ArrayList<>(m.notes().subList(1, m.notes().size())),
                m.line());
    }

    private boolean yamlPoints(List<Point> points, List<Note> notes, boolean numericAxes) {
        for (List<?> list : cx.yamlLists("markers")) {
            for (Object o : list) {
                if (!(o instanceof java.util.Map<?, ?> m) || !(m.get("label") instanceof String label)
                        || !(m.get("position") instanceof List<?> pos) || pos.size() != 2
                        || !(pos.get(0) instanceof Number px) || !(pos.get(1) instanceof Number py)) {
                    continue;
                }
                double vx = px.doubleValue();
                double vy = py.doubleValue();
                if (numericAxes && (vx > 1 || vy > 1) || !numericAxes && (vx < 0 || vx > 1 || vy < 0 || vy > 1)) {
                    continue;
                }
                int line = cx.yamlLine(label);
                Point match = named(points, label);
                boolean highlight = Boolean.TRUE.equals(m.get("highlight"));
                Value x = new Value(vx, Source.WRITTEN, line);
                Value y = new Value(vy, Source.WRITTEN, line);
                if (match != null) {
                    points.set(points.indexOf(match), new Point(match.label(), match.note(), x, y, match.highlight() || highlight, match.line(), match.mark()));
                } else {
                    points.add(new Point(Text.mixed(label, "strong"), null, x, y, highlight, line));
                }
            }
        }
        boolean any = false;
        for (List<?> list : cx.yamlLists("quadrants")) {
            for (Object o : list) {
                if (!(o instanceof java.util.Map<?, ?> m) || !(m.get("id") instanceof String id) || !(m.get("label") instanceof String label)) {
                    continue;
                }
                any = true;
                String k = Labels.key(label);
                boolean written = notes.stream().anyMatch(n -> Labels.key(n.text().value()).equals(k))
                        || points.stream().anyMatch(p -> p.note() != null && Labels.key(p.note().value()).equals(k)
                        || p.label() != null && Labels.key(p.label().value()).equals(k));
                if (!written) {
                    double qx = id.contains("right") ? 0.75 : 0.25;
                    double qy = id.contains("top") ? 0.92 : 0.08;
                    notes.add(new Note(Text.mixed(label, "caption"), qx, qy, cx.yamlLine(label)));
                }
            }
        }
        return any;
    }

    /** On a categorical axis a mark stands at its category: the nearest tick within half a spacing. */
    private double snapped(List<Tick> ticks, boolean numeric, double at) {
        if (numeric || categories.size() < 2) {
            return at;
        }
        List<Double> ats = new ArrayList<>(categories.keySet());
        double spacing = Double.MAX_VALUE;
        for (int i = 1; i < ats.size(); i++) {
            spacing = Math.min(spacing, Math.abs(ats.get(i) - ats.get(i - 1)));
        }
        double near = ats.stream().min(Comparator.comparingDouble(t -> Math.abs(t - at))).get();
        if (Math.abs(near - at) <= spacing / 2) {
            return categories.get(near);
        }
        // between categories: placed in proportion between the two drawn positions it falls between
        double lo = ats.get(0);
        double hi = ats.get(ats.size() - 1);
        return at <= lo ? categories.get(lo) * at / Math.max(lo, 1e-9)
                : at >= hi ? categories.get(hi) + (1 - categories.get(hi)) * (at - hi) / Math.max(1 - hi, 1e-9) : at;
    }

    /** A row's words, arrows and line art, left to right. */
    static List<Token> all(Row r) {
        List<Token> out = new ArrayList<>(r.tokens());
        out.addAll(r.art());
        out.sort(Comparator.comparingInt(Token::col));
        return out;
    }

    private int underRow(Token.Text t) {
        for (Row r : area.rows()) {
            if (r.row() > xRow && r.tokens().stream().anyMatch(k -> k.col() == t.col())) {
                return r.row();
            }
        }
        return xRow + 1;
    }

    private int rowOf(Token t) {
        for (Row r : area.rows()) {
            for (Token k : all(r)) {
                if (k.col() == t.col() && k.end() == t.end()) {
                    return r.row();
                }
            }
        }
        return -1;
    }

    private Mark mark(int row, Token.Text x, Token next) {
        String s = x.text();
        int cp = s.codePointAt(0);
        String glyph = new String(Character.toChars(cp));
        if (Cells.MARKS.contains(glyph) && (s.length() == glyph.length() || s.charAt(glyph.length()) == ' ')) {
            String label = TextRules.stripScaffolding(s.substring(glyph.length()).strip());
            return new Mark(row, x.col(), glyph, label, x.col() + glyph.length() + 1, new ArrayList<>(), cx.sketch().specLine(row));
        }
        return null;
    }

    private boolean hasTextNear(int row) {
        return area.rows().stream().anyMatch(r -> r.row() == row && r.tokens().stream().anyMatch(t -> t instanceof Token.Text
                && t.col() <= axisCol + 4 && !TextRules.stripScaffolding(((Token.Text) t).text()).isEmpty()));
    }

    private boolean rowHasText(int row) {
        return area.rows().stream().anyMatch(r -> r.row() == row && r.tokens().stream().anyMatch(t -> t instanceof Token.Text));
    }

    private static Text curveLabel(List<Token> labels) {
        String s = labels.stream().filter(t -> t instanceof Token.Text).map(t -> ((Token.Text) t).text())
                .reduce((a, b) -> a + " " + b).orElse(null);
        if (s == null) {
            s = labels.stream().filter(t -> t instanceof Token.Arrow a && !a.label().isBlank()).map(t -> ((Token.Arrow) t).label())
                    .findFirst().orElse(null);
        }
        return s == null ? null : Text.mixed(s, "strong");
    }

    /** A frontier or series the flows table states through named points is the curve; the sketch's strokes only drew it. */
    private List<Curve> statedCurves(List<Point> points, Text label) {
        List<Point[]> pairs = new ArrayList<>();
        int line = 0;
        boolean highlight = false;
        for (Relationship r : cx.relationships()) {
            Point a = named(points, r.from());
            Point b = named(points, r.to());
            if (a != null && b != null && a != b) {
                pairs.add(new Point[] {a, b});
                line = line == 0 ? r.line() : line;
                highlight |= (r.type() + " " + r.label()).toLowerCase(Locale.ROOT).contains("frontier");
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<double[]> chain = new ArrayList<>();
        chain.add(new double[] {pairs.get(0)[0].x().v(), pairs.get(0)[0].y().v()});
        Point last = pairs.get(0)[0];
        for (Point[] p : pairs) {
            if (p[0] != last) {
                chain.add(new double[] {p[0].x().v(), p[0].y().v()});
            }
            chain.add(new double[] {p[1].x().v(), p[1].y().v()});
            last = p[1];
        }
        return List.of(new Curve(chain, label, highlight || cx.says("coral line", "coral accent line"), false, line));
    }

    private Point named(List<Point> points, String name) {
        String k = Labels.key(name);
        for (Point p : points) {
            String l = p.label() == null ? "" : Labels.key(p.label().value());
            if (!l.isEmpty() && (k.equals(l) || k.contains(l) || l.contains(k))) {
                return p;
            }
        }
        return null;
    }

    /**
     * Strokes between marks: {@code / \ ╱ ╲} cells and {@code - ─} runs, clustered by touching (a row apart, two
     * cells across). A stroke that ends at marks makes the marks a series, joined in x order (a line chart);
     * one that touches none is a curve of its own (a frontier, a trend), through its cells' centres.
     */
    private List<Curve> sketchCurves(Scale xs, Scale ys, List<Point> points, List<Mark> marks, List<Token> labels,
                                     java.util.Set<Integer> levelRows) {
        List<int[]> cellsOf = new ArrayList<>();
        for (Row r : area.rows()) {
            if (r.row() < runTop || r.row() >= xRow || levelRows.contains(r.row())) {
                continue;
            }
            for (Token.Art a : r.art()) {
                if (a.col() > axisCol) {
                    for (int c = a.col(); c <= a.end(); c++) {
                        if (cells.any(r.row(), c, Cells.DIAGONAL + "-─━_")) {
                            cellsOf.add(new int[] {r.row(), c});
                        }
                    }
                }
            }
        }
        List<List<int[]>> runs = new ArrayList<>();
        boolean[] used = new boolean[cellsOf.size()];
        for (int i = 0; i < cellsOf.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<int[]> run = new ArrayList<>();
            java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
            todo.add(cellsOf.get(i));
            used[i] = true;
            while (!todo.isEmpty()) {
                int[] c = todo.poll();
                run.add(c);
                for (int j = 0; j < cellsOf.size(); j++) {
                    int[] d = cellsOf.get(j);
                    if (!used[j] && Math.abs(d[0] - c[0]) <= 1 && Math.abs(d[1] - c[1]) <= (d[0] == c[0] ? 1 : 2)) {
                        used[j] = true;
                        todo.add(d);
                    }
                }
            }
            run.sort(Comparator.comparingInt((int[] c) -> c[1]).thenComparingInt(c -> c[0]));
            if (run.size() >= 3 || marksTouching(run, marks) > 0) {
                runs.add(run);
            }
        }
        List<Curve> out = new ArrayList<>();
        java.util.Set<Mark> series = new java.util.LinkedHashSet<>();
        List<List<int[]>> free = new ArrayList<>();
        for (List<int[]> run : runs) {
            List<Mark> touched = marks.stream().filter(m -> touches(run, m)).toList();
            if (touched.isEmpty()) {
                free.add(run);
            } else {
                series.addAll(touched);
            }
        }
        if (series.size() >= 2) {
            List<double[]> pts = new ArrayList<>();
            series.stream().sorted(Comparator.comparingInt(Mark::col)).forEach(m -> {
                Point p = points.get(marks.indexOf(m));
                pts.add(new double[] {p.x().v(), p.y().v()});
            });
            out.add(new Curve(pts, null, false, false, series.iterator().next().line()));
        }
        Text label = curveLabel(labels);
        int labelRow = labels.isEmpty() ? -1 : rowOf(labels.get(0));
        int labelCol = labels.isEmpty() ? -1 : labels.get(0).col();
        boolean coral = labels.stream().anyMatch(t -> t instanceof Token.Art a && a.text().equals("coral"));
        List<Curve> named = new ArrayList<>();
        for (List<int[]> run : free) {
            if (run.stream().noneMatch(c -> cells.any(c[0], c[1], Cells.DIAGONAL))) {
                continue;
            }
            List<double[]> pts = new ArrayList<>();
            for (int[] c : run) {
                pts.add(new double[] {xs.at(c[1] + 0.5), ys.at(-c[0] - 0.5)});
            }
            boolean labelled = label != null && run.stream().anyMatch(c -> c[0] == labelRow && labelCol - c[1] >= 0 && labelCol - c[1] <= 4);
            Curve curve = new Curve(pts, labelled ? label : null, labelled && coral, false, cx.sketch().specLine(run.get(0)[0]));
            (labelled ? named : out).add(curve);
        }
        named.addAll(out);
        return named;
    }

    private static boolean touches(List<int[]> run, Mark m) {
        return run.stream().anyMatch(c -> Math.abs(c[0] - m.row()) <= 1 && Math.abs(c[1] - m.col()) <= 2);
    }

    private static int marksTouching(List<int[]> run, List<Mark> marks) {
        return (int) marks.stream().filter(m -> touches(run, m)).count();
    }

    /** Dashed rows across the plot divide it: a quadrant's divide, a threshold. */
    private List<Level> levels(Scale ys) {
        List<Level> out = new ArrayList<>();
        for (int row = runTop; row < xRow; row++) {
            int dashes = 0;
            int solid = 0;
            int first = -1;
            int last = -1;
            for (int c = axisCol + 1; c <= xEnd; c++) {
                if (cells.any(row, c, Cells.HORIZONTAL + "┄┈╌")) {
                    boolean gapAfter = !cells.any(row, c + 1, Cells.HORIZONTAL + "┄┈╌");
                    if (gapAfter) {
                        dashes++;
                    } else {
                        solid++;
                    }
                    first = first < 0 ? c : first;
                    last = c;
                }
            }
            int span = last - first + 1;
            boolean marked = false;
            for (int c = first; c >= 0 && c <= last; c++) {
                marked |= cells.any(row, c, Cells.MARKS);
            }
            if (first >= 0 && !marked && span >= (xEnd - axisCol) * 0.4 && dashes + solid >= span * 0.45) {
                levelRows.add(row);
                out.add(new Level(new Value(ys.at(-row - 0.5), ys.numeric() ? Source.POSITION : Source.SHAPE, cx.sketch().specLine(row)),
                        null, dashes >= 4, null, cx.sketch().specLine(row)));
            }
        }
        return out;
    }

    /** Columns of {@code █} standing on the x axis: a bar per column, its height its top row against the y ticks. */
    private List<Bar> bars(List<Token.Bar> bars, List<Integer> rows, Scale xs, Scale ys, List<Tick> xTicks) {
        List<int[]> columns = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Token.Bar b = bars.get(i);
            int[] hit = null;
            for (int[] c : columns) {
                if (b.col() <= c[1] && b.end() >= c[0]) {
                    hit = c;
                }
            }
            if (hit == null) {
                columns.add(new int[] {b.col(), b.end(), rows.get(i)});
            } else {
                hit[2] = Math.min(hit[2], rows.get(i));
            }
        }
        columns.sort(Comparator.comparingInt(c -> c[0]));
        List<Bar> out = new ArrayList<>();
        for (int[] c : columns) {
            double mid = (c[0] + c[1] + 1) / 2.0;
            Tick near = null;
            double drawn = snapped(xTicks, xs.numeric(), xs.at(mid));
            for (Tick t : xTicks) {
                if (near == null || Math.abs(t.at() - drawn) < Math.abs(near.at() - drawn)) {
                    near = t;
                }
            }
            int line = cx.sketch().specLine(c[2]);
            Text written = writtenAbove(c);
            double top = ys.at(-c[2] - 0.5);
            Source src = ys.numeric() ? Source.EXTENT : Source.SHAPE;
            if (written != null && !Double.isNaN(Labels.number(written.value()))) {
                top = Labels.number(written.value());
                src = Source.WRITTEN;
            }
            out.add(new Bar(near == null ? null : near.label(), new Value(ys.at(-(xRow + 0.5)), Source.SHAPE, line),
                    new Value(top, src, line), written, false, line));
        }
        return out;
    }

    private Text writtenAbove(int[] column) {
        for (Row r : area.rows()) {
            if (r.row() == column[2] - 1) {
                for (Token t : r.tokens()) {
                    if (t instanceof Token.Text x && x.end() >= column[0] - 1 && x.col() <= column[1] + 1) {
                        return Text.mixed(x.text(), "caption");
                    }
                }
            }
        }
        return null;
    }

    /**
     * An axis's end label as the spec's Text Content writes it, where the sketch wrote its first words only
     * ({@code BLACK BOX} for the label {@code BLACK BOX SCORING}): the one label of four words at most that goes
     * on from it, in the sketch's case.
     */
    static String completed(String written, List<String> labels) {
        if (written == null || written.isBlank()) {
            return written;
        }
        String key = String.join(" ", TextRules.words(written)).toLowerCase(java.util.Locale.ROOT);
        List<String> fits = labels.stream().filter(l -> TextRules.words(l).size() <= 4
                && String.join(" ", TextRules.words(l)).toLowerCase(java.util.Locale.ROOT).startsWith(key + " ")
                && l.toLowerCase(java.util.Locale.ROOT).startsWith(written.strip().toLowerCase(java.util.Locale.ROOT))).toList();
        if (fits.size() != 1) {
            return written;
        }
        String l = fits.get(0).strip();
        return written.equals(written.toUpperCase(java.util.Locale.ROOT)) ? l.toUpperCase(java.util.Locale.ROOT) : l;
    }

    private static Text completed(Text written, List<String> labels) {
        if (written == null || written.runs().size() != 1) {
            return written;
        }
        String done = completed(written.value(), labels);
        return done.equals(written.value()) ? written : Text.mixed(done, written.runs().get(0).role());
    }
}
