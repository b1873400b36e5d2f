package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.model.Relationship;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Arrow;
import io.figgen.scene.chart.Chart.Point;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.scene.chart.Chart.Value;
import io.figgen.scene.chart.Chart.Vectors;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vector plot: directions radiating from one origin over a cloud of points (an activation or embedding
 * space). The sketch draws an origin mark ({@code ●}) and two or more arrows leaving it toward labels: an
 * arrowhead glyph ({@code ↗ ↙ ↘ → ▲ ...}) at each tip, pointing away from the origin, with strokes
 * ({@code / \ | ─}) on the way to it (or a shaft arrow {@code ●───> king} starting at the origin); each tip's
 * label stands beyond it or beside it, and the lines right under a label are its note. A double shaft
 * ({@code ═══>}) under a label marks the principal direction; so do the words "principal" or "dominant" in
 * the element or relationship of the arrow. Open circles ({@code ○}) round it are the cloud.
 * <p>
 * Strict, so that no other drawing reads as one: the spec's prose speaks of vectors, directions or a
 * projection of a space; the arrows point at least two ways; no box stands in the rows the plot takes, and
 * every word, rule and stroke of those rows belongs to it.
 * <p>
 * Directions come from the YAML when every arrow's label and the origin name an anchor there (the arrow
 * points at the centre of its anchor's box: {@link Source#WRITTEN}, the anchor's {@code position} line), else
 * from where the sketch puts each arrowhead against the origin, a column half a row wide ({@link Source#POSITION},
 * the arrowhead's line). The cloud keeps the sketch's pattern; a YAML anchor for it (points, states, a cloud)
 * places the pattern in that anchor's box.
 */
final class VectorsReader {
    /** A sketch column's width in rows. */
    private static final double ASPECT = 0.5;
    private static final String ORIGIN = "●◉◎⊙⊕";
    private static final String CLOUD = "○◦∘";
    private static final String STROKE = "/\\╱╲│|─-━";
    private static final String DOUBLE = "═━";
    /** Each arrowhead glyph's direction on the page (x right, y down). */
    private static final Map<String, double[]> HEADS = Map.ofEntries(
            Map.entry("↗", new double[] {1, -1}), Map.entry("↖", new double[] {-1, -1}),
            Map.entry("↘", new double[] {1, 1}), Map.entry("↙", new double[] {-1, 1}),
            Map.entry("→", new double[] {1, 0}), Map.entry("←", new double[] {-1, 0}),
            Map.entry("↑", new double[] {0, -1}), Map.entry("↓", new double[] {0, 1}),
            Map.entry("▶", new double[] {1, 0}), Map.entry("►", new double[] {1, 0}),
            Map.entry("◀", new double[] {-1, 0}), Map.entry("◄", new double[] {-1, 0}),
            Map.entry("▲", new double[] {0, -1}), Map.entry("▼", new double[] {0, 1}));
    /** Largest angle between an arrowhead's glyph and its way from the origin. */
    private static final double HEAD_ANGLE = Math.toRadians(60);
    /** Arrows closer in angle than this are one direction (the plot needs two). */
    private static final double DISTINCT = Math.toRadians(25);
    private static final java.util.regex.Pattern PRINCIPAL = java.util.regex.Pattern.compile(
            "(?i).*\\b(principal|dominant)\\b.*");
    private static final java.util.regex.Pattern CLOUD_WORDS = java.util.regex.Pattern.compile(
            "(?i).*\\b(points?|states?|cloud|scatter\\w*|samples?|embeddings?|dots?)\\b.*");

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;

    private record Cell(int row, int col) {
    }

    /** A text run of the plot's rows, the plot's own glyphs cut out. */
    private record Frag(int row, int col, int end, String text) {
    }

    /** An arrow's tip: the arrowhead cell, its glyph's direction, the shaft token when it is one. */
    private record Head(int row, int col, double[] dir, Token shaft) {
    }

    private VectorsReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
    }

    static Charts.Found read(ChartContext cx, Area area) {
        if (!cx.says("vectors?", "directions?", "directional", "activation space", "embedding space", "latent space",
                "projection", "projected")) {
            return null;
        }
        return new VectorsReader(cx, area).read();
    }

    private boolean inBox(int row, int col) {
        for (Box b : area.boxes()) {
            if (row >= b.top() && row <= b.bottom() && col >= b.left() && col <= b.right()) {
                return true;
            }
        }
        return false;
    }

    private Charts.Found read() {
        List<Cell> origins = new ArrayList<>();
        List<Head> heads = new ArrayList<>();
        List<Cell> strokes = new ArrayList<>();
        List<Cell> cloud = new ArrayList<>();
        for (Row r : area.rows()) {
            for (int c = area.left(); c <= area.right(); c++) {
                String g = cells.at(r.row(), c);
                if (g.isBlank() || inBox(r.row(), c)) {
                    continue;
                }
                if (ORIGIN.contains(g)) {
                    origins.add(new Cell(r.row(), c));
                } else if (HEADS.containsKey(g) && !inShaft(r, c)) {
                    heads.add(new Head(r.row(), c, HEADS.get(g), null));
                } else if (CLOUD.contains(g) && alone(r.row(), c)) {
                    cloud.add(new Cell(r.row(), c));
                } else if (STROKE.contains(g) && alone(r.row(), c)) {
                    strokes.add(new Cell(r.row(), c));
                }
            }
        }
        for (Cell o : origins) {
            Charts.Found f = around(o, heads, strokes, cloud);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Whether the cell is part of an arrow or rule token (its head is read with the token, as a shaft). */
    private static boolean inShaft(Row r, int col) {
        return r.tokens().stream().anyMatch(t -> !(t instanceof Token.Text) && t.col() <= col && t.end() >= col);
    }

    /** Whether the glyph at (row, col) stands apart from words. */
    private boolean alone(int row, int col) {
        return !letter(row, col - 1) && !letter(row, col + 1);
    }

    private boolean letter(int row, int col) {
        String s = cells.at(row, col);
        return !s.isBlank() && Character.isLetterOrDigit(s.codePointAt(0));
    }

    private static long key(int row, int col) {
        return (long) row << 32 | (col & 0xffffffffL);
    }

    /** The page vector (x right, y down, in rows) from the origin to a cell. */
    private static double[] way(Cell o, int row, int col) {
        return new double[] {(col - o.col()) * ASPECT, row - o.row()};
    }

    private static double angleBetween(double[] a, double[] b) {
        double la = Math.hypot(a[0], a[1]);
        double lb = Math.hypot(b[0], b[1]);
        double cos = (a[0] * b[0] + a[1] * b[1]) / Math.max(1e-9, la * lb);
        return Math.acos(Math.max(-1, Math.min(1, cos)));
    }

    /**
     * The strokes along the way from the origin to a tip: within a row of the straight line between them, or of
     * a narrow cone round it further out (a sketched line bends to reach a label beside its head).
     */
    private static List<Cell> corridor(Cell o, Head h, List<Cell> strokes) {
        double[] v = way(o, h.row(), h.col());
        double len = Math.hypot(v[0], v[1]);
        List<Cell> out = new ArrayList<>();
        for (Cell s : strokes) {
            double[] p = way(o, s.row(), s.col());
            double t = (p[0] * v[0] + p[1] * v[1]) / (len * len);
            double off = Math.abs(p[0] * v[1] - p[1] * v[0]) / len;
            if (t > 0 && t < 1 && off <= Math.max(1.0, 0.3 * t * len)) {
                out.add(s);
            }
        }
        return out;
    }

    private Charts.Found around(Cell o, List<Head> glyphHeads, List<Cell> strokes, List<Cell> cloud) {
        Row originRow = area.rows().stream().filter(r -> r.row() == o.row()).findFirst().orElse(null);
        if (originRow == null) {
            return null;
        }
        Set<Long> structure = new HashSet<>();
        Set<Token> usedTokens = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        structure.add(key(o.row(), o.col()));
        // the origin's own cross (──●──), and shaft arrows that leave it (●────> king)
        List<Head> heads = new ArrayList<>();
        for (Token t : originRow.tokens()) {
            boolean leftOf = t.end() < o.col() && o.col() - t.end() <= 3;
            boolean rightOf = t.col() > o.col() && t.col() - o.col() <= 3;
            if (t instanceof Token.Rule && (leftOf || rightOf)) {
                usedTokens.add(t);
                mark(structure, o.row(), t);
            } else if (t instanceof Token.Arrow a && a.label().isBlank()
                    && (a.direction() == Token.Direction.RIGHT && rightOf || a.direction() == Token.Direction.LEFT && leftOf)) {
                boolean right = a.direction() == Token.Direction.RIGHT;
                heads.add(new Head(o.row(), right ? a.end() : a.col(), new double[] {right ? 1 : -1, 0}, a));
            }
        }
        List<Cell> onWays = new ArrayList<>();
        for (Head h : glyphHeads) {
            double[] v = way(o, h.row(), h.col());
            double len = Math.hypot(v[0], v[1]);
            if (len < 1.5 || angleBetween(v, h.dir()) > HEAD_ANGLE) {
                continue;
            }
            List<Cell> along = corridor(o, h, strokes);
            if (len > 3 && along.isEmpty()) {
                continue;
            }
            heads.add(h);
            onWays.addAll(along);
        }
        if (heads.size() < 2) {
            return null;
        }
        boolean distinct = false;
        for (int i = 0; i < heads.size() && !distinct; i++) {
            for (int j = i + 1; j < heads.size() && !distinct; j++) {
                distinct = angleBetween(way(o, heads.get(i).row(), heads.get(i).col()),
                        way(o, heads.get(j).row(), heads.get(j).col())) > DISTINCT;
            }
        }
        if (!distinct) {
            return null;
        }
        for (Head h : heads) {
            if (h.shaft() != null) {
                usedTokens.add(h.shaft());
                mark(structure, h.row(), h.shaft());
            } else {
                structure.add(key(h.row(), h.col()));
            }
        }
        onWays.forEach(s -> structure.add(key(s.row(), s.col())));
        // strokes touching the origin belong to it too (a spoke that starts a cell or two off)
        for (Cell s : strokes) {
            if (Math.abs(s.row() - o.row()) <= 1 && Math.abs(s.col() - o.col()) <= 3) {
                structure.add(key(s.row(), s.col()));
            }
        }
        cloud.forEach(c -> structure.add(key(c.row(), c.col())));
        List<Frag> frags = new ArrayList<>();
        for (Row r : area.rows()) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text) {
                    frags.addAll(split(r.row(), t, structure));
                }
            }
        }
        // each tip's label: beyond the tip, else beside it, else over or under it
        heads.sort(Comparator.comparingInt(Head::row).thenComparingInt(Head::col));
        Set<Frag> used = new HashSet<>();
        List<Frag> labels = new ArrayList<>();
        for (Head h : heads) {
            Frag l = label(h, frags, used);
            if (l == null) {
                return null;
            }
            used.add(l);
            labels.add(l);
        }
        // under each label: a double shaft marks the principal direction, text lines are its note
        List<List<String>> notes = new ArrayList<>();
        boolean[] doubled = new boolean[heads.size()];
        int bottom = o.row();
        int top = o.row();
        for (int i = 0; i < heads.size(); i++) {
            Frag l = labels.get(i);
            top = Math.min(top, Math.min(l.row(), heads.get(i).row()));
            bottom = Math.max(bottom, Math.max(l.row(), heads.get(i).row()));
            List<String> lines = new ArrayList<>();
            for (int k = l.row() + 1; k <= l.row() + 4; k++) {
                final int row = k;
                Row under = area.rows().stream().filter(r -> r.row() == row).findFirst().orElse(null);
                if (under == null) {
                    break;
                }
                Token marker = under.tokens().stream().filter(t -> t instanceof Token.Arrow a && a.label().isBlank()
                        && t.col() <= l.end() + 2 && t.end() >= l.col() - 2 && DOUBLE.contains(cells.at(row, (t.col() + t.end()) / 2)))
                        .findFirst().orElse(null);
                if (marker != null && lines.isEmpty() && !usedTokens.contains(marker)) {
                    usedTokens.add(marker);
                    mark(structure, row, marker);
                    doubled[i] = true;
                    bottom = Math.max(bottom, row);
                    continue;
                }
                List<Frag> in = frags.stream().filter(f -> f.row() == row && !used.contains(f) && !labels.contains(f)
                        && f.col() <= l.end() + 2 && f.end() >= l.col() - 2).toList();
                if (in.size() != 1) {
                    break;
                }
                used.add(in.get(0));
                lines.add(in.get(0).text());
                bottom = Math.max(bottom, row);
            }
            notes.add(lines);
        }
        // the origin's name, on its row just beside its mark
        Frag originName = frags.stream().filter(f -> f.row() == o.row() && !used.contains(f)
                        && (f.col() > o.col() && f.col() - o.col() <= 7 || f.end() < o.col() && o.col() - f.end() <= 7))
                .min(Comparator.comparingInt(f -> Math.min(Math.abs(f.col() - o.col()), Math.abs(o.col() - f.end())))).orElse(null);
        if (originName != null) {
            used.add(originName);
        }
        // the cloud's marks round the arrows' rows widen them
        List<Cell> marks = new ArrayList<>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Cell c : cloud) {
                if (!marks.contains(c) && c.row() >= top - 2 && c.row() <= bottom + 2) {
                    marks.add(c);
                    if (c.row() < top || c.row() > bottom) {
                        top = Math.min(top, c.row());
                        bottom = Math.max(bottom, c.row());
                        grew = true;
                    }
                }
            }
        }
        final int t0 = top;
        final int b0 = bottom;
        if (area.boxes().stream().anyMatch(b -> b.bottom() >= t0 && b.top() <= b0)) {
            return null;
        }
        // every word, rule and stroke of those rows is the plot's
        for (Row r : area.rows()) {
            if (r.row() < top || r.row() > bottom) {
                continue;
            }
            for (Token t : r.tokens()) {
                if (!(t instanceof Token.Text) && !usedTokens.contains(t)) {
                    return null;
                }
            }
            for (Token.Art a : r.art()) {
                for (int c = a.col(); c <= a.end(); c++) {
                    if (!cells.at(r.row(), c).isBlank() && !structure.contains(key(r.row(), c))) {
                        return null;
                    }
                }
            }
        }
        if (frags.stream().anyMatch(f -> f.row() >= t0 && f.row() <= b0 && !used.contains(f))) {
            return null;
        }
        Vectors chart = chart(o, heads, labels, notes, doubled, originName, marks);
        return chart == null ? null : new Charts.Found(top, bottom, chart);
    }

    private static void mark(Set<Long> structure, int row, Token t) {
        for (int c = t.col(); c <= t.end(); c++) {
            structure.add(key(row, c));
        }
    }

    private Frag label(Head h, List<Frag> frags, Set<Frag> used) {
        double dx = h.dir()[0];
        double dy = h.dir()[1];
        List<Frag> free = frags.stream().filter(f -> !used.contains(f)).toList();
        // beyond the tip: the row above an upward head, below a downward one; the side of a level one
        if (dy != 0) {
            int row = h.row() + (int) Math.signum(dy);
            Frag f = nearest(free, row, h.col() - 3, h.col() + 3, h.col());
            if (f != null) {
                return f;
            }
        } else {
            for (Frag f : free) {
                if (f.row() == h.row() && (dx > 0 ? f.col() > h.col() && f.col() - h.col() <= 3 : f.end() < h.col() && h.col() - f.end() <= 3)) {
                    return f;
                }
            }
        }
        // beside it on its row ("evil ↗")
        for (Frag f : free) {
            if (f.row() == h.row() && (f.end() < h.col() && h.col() - f.end() <= 3 || f.col() > h.col() && f.col() - h.col() <= 3)) {
                return f;
            }
        }
        // over or under it
        Frag f = nearest(free, h.row() - (int) Math.signum(dy == 0 ? 1 : dy), h.col() - 3, h.col() + 3, h.col());
        return f != null ? f : nearest(free, h.row() + (dy == 0 ? 1 : 0), h.col() - 3, h.col() + 3, h.col());
    }

    private static Frag nearest(List<Frag> frags, int row, int from, int to, int col) {
        return frags.stream().filter(f -> f.row() == row && f.col() <= to && f.end() >= from)
                .min(Comparator.comparingDouble(f -> Math.abs((f.col() + f.end()) / 2.0 - col))).orElse(null);
    }

    /** A text token's runs, the plot's own glyphs cut out. */
    private List<Frag> split(int row, Token t, Set<Long> structure) {
        return cells.runs(row, t.col(), t.end(), c -> structure.contains(key(row, c))).stream()
                .map(r -> new Frag(r.row(), r.col(), r.end(), r.text())).toList();
    }

    private Vectors chart(Cell o, List<Head> heads, List<Frag> labels, List<List<String>> notes, boolean[] doubled,
                          Frag originName, List<Cell> marks) {
        int n = heads.size();
        Text origin = originName == null ? null : Text.plain(TextRules.stripScaffolding(originName.text()), "label");
        List<String> names = labels.stream().map(f -> TextRules.stripScaffolding(f.text())).toList();
        // directions: the YAML's when it places the origin and every arrow, else the sketch's
        double[][] dir = new double[n][];
        int[] dirLine = new int[n];
        Source source = Source.WRITTEN;
        Map<?, ?> originAnchor = anchor(a -> names(a, originName == null ? null : originName.text()) || id(a).matches(".*\\borigin\\b.*"));
        double[] ob = originAnchor == null ? null : box(originAnchor);
        for (int i = 0; i < n && ob != null; i++) {
            String name = names.get(i);
            Map<?, ?> a = anchor(x -> x != originAnchor && names(x, name));
            double[] ab = a == null ? null : box(a);
            if (ab == null) {
                source = Source.POSITION;
                break;
            }
            dir[i] = new double[] {ab[0] + ab[2] / 2 - (ob[0] + ob[2] / 2), -(ab[1] + ab[3] / 2 - (ob[1] + ob[3] / 2))};
            dirLine[i] = positionLine(a);
        }
        if (ob == null || source == Source.POSITION) {
            source = Source.POSITION;
            for (int i = 0; i < n; i++) {
                double[] v = way(o, heads.get(i).row(), heads.get(i).col());
                dir[i] = new double[] {v[0], -v[1]};
                dirLine[i] = cx.sketch().specLine(heads.get(i).row());
            }
        }
        double longest = 0;
        for (double[] d : dir) {
            longest = Math.max(longest, Math.hypot(d[0], d[1]));
        }
        if (longest <= 0) {
            return null;
        }
        List<Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            ContentElement e = cx.element(name);
            Relationship rel = relation(origin, name);
            Text note = notes.get(i).isEmpty() ? null : Text.plain(TextRules.join(notes.get(i)), "caption");
            boolean principal = doubled[i] || rel != null && PRINCIPAL.matcher(rel.label()).matches()
                    || e != null && PRINCIPAL.matcher(e.description()).matches();
            arrows.add(new Arrow(Text.plain(name, "label"), note,
                    rel == null || rel.label().isBlank() ? null : Text.plain(rel.label().strip(), "caption"),
                    new Value(round(dir[i][0] / longest), source, dirLine[i]), new Value(round(dir[i][1] / longest), source, dirLine[i]),
                    principal, tone(e), cx.sketch().specLine(heads.get(i).row())));
        }
        // the cloud: the sketch's pattern, in the YAML's box for it when there is one (and the arrows are the YAML's)
        Map<?, ?> region = source == Source.WRITTEN ? anchor(a -> a != originAnchor && CLOUD_WORDS.matcher(id(a) + " "
                + String.valueOf(a.get("label"))).matches() && box(a) != null && box(a)[2] > 0 && box(a)[3] > 0
                && names.stream().noneMatch(nm -> names(a, nm))) : null;
        List<Point> cloud = new ArrayList<>();
        if (!marks.isEmpty()) {
            int minR = marks.stream().mapToInt(Cell::row).min().getAsInt();
            int maxR = marks.stream().mapToInt(Cell::row).max().getAsInt();
            int minC = marks.stream().mapToInt(Cell::col).min().getAsInt();
            int maxC = marks.stream().mapToInt(Cell::col).max().getAsInt();
            double sketchLongest = 0;
            for (Head h : heads) {
                double[] v = way(o, h.row(), h.col());
                sketchLongest = Math.max(sketchLongest, Math.hypot(v[0], v[1]));
            }
            marks.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
            for (Cell m : marks) {
                int line = cx.sketch().specLine(m.row());
                double x;
                double y;
                if (region != null) {
                    double[] rb = box(region);
                    double px = rb[0] + rb[2] * (m.col() - minC + 0.5) / (maxC - minC + 1);
                    double py = rb[1] + rb[3] * (m.row() - minR + 0.5) / (maxR - minR + 1);
                    x = (px - (ob[0] + ob[2] / 2)) / longest;
                    y = -(py - (ob[1] + ob[3] / 2)) / longest;
                } else {
                    double[] v = way(o, m.row(), m.col());
                    x = v[0] / sketchLongest;
                    y = -v[1] / sketchLongest;
                }
                Source s = region != null ? Source.SHAPE : Source.POSITION;
                cloud.add(new Point(null, null, new Value(round(x), s, line), new Value(round(y), s, line), false, line));
            }
        }
        Text cloudName = null;
        int regionLine = 0;
        if (region != null) {
            regionLine = positionLine(region);
            Object l = region.get("label");
            cloudName = l == null || String.valueOf(l).isBlank() ? null : Text.plain(String.valueOf(l).strip(), "caption");
        }
        int top = Math.min(o.row(), heads.stream().mapToInt(Head::row).min().getAsInt());
        return new Vectors(origin, cx.sketch().specLine(o.row()), arrows, cloud, cloudName, regionLine, cx.sketch().specLine(top));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** The Relationships row from the origin to the arrow named {@code name}, or null. */
    private Relationship relation(Text origin, String name) {
        String want = Labels.key(name);
        String from = origin == null ? "" : Labels.key(origin.value());
        for (Relationship r : cx.relationships()) {
            String f = Labels.key(r.from());
            String t = Labels.key(r.to());
            boolean fromOrigin = !from.isEmpty() && (f.equals(from) || f.startsWith(from + " "))
                    || f.matches("(the )?(origin|centre|center)( point)?");
            if (fromOrigin && !want.isEmpty() && (t.equals(want) || t.startsWith(want + " ") || t.endsWith(" " + want))) {
                return r;
            }
        }
        return null;
    }

    /** The theme colour an element's tag names ({@code confidence_low}: low), or null. */
    private static String tone(ContentElement e) {
        if (e == null) {
            return null;
        }
        for (String tag : e.tags()) {
            String k = tag.substring(tag.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
            if (tag.contains("_") && List.of("high", "medium", "low", "teal", "gold", "coral").contains(k)) {
                return k;
            }
        }
        return null;
    }

    // ---- the YAML's anchors ----

    private Map<?, ?> anchor(java.util.function.Predicate<Map<?, ?>> test) {
        for (List<?> list : cx.yamlLists("anchors")) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("position") != null && test.test(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String id(Map<?, ?> a) {
        Object id = a.get("id");
        return id == null ? "" : String.valueOf(id).toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    /** Whether the anchor's label is the text {@code name} (a word of it, for its id: {@code evil_vector} for "evil"). */
    private static boolean names(Map<?, ?> a, String name) {
        if (name == null) {
            return false;
        }
        String k = Labels.key(name);
        if (k.isEmpty()) {
            return false;
        }
        Object label = a.get("label");
        if (label != null && Labels.key(String.valueOf(label)).equals(k)) {
            return true;
        }
        return label == null && (id(a).equals(k) || id(a).startsWith(k + " "));
    }

    /** The anchor's box: position (top left) and size (0 when it gives none), or null without a position. */
    private static double[] box(Map<?, ?> a) {
        double[] p = pair(a.get("position"));
        if (p == null) {
            return null;
        }
        double[] s = pair(a.get("size"));
        return new double[] {p[0], p[1], s == null ? 0 : Math.max(0, s[0]), s == null ? 0 : Math.max(0, s[1])};
    }

    private static double[] pair(Object o) {
        if (o instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof Number x && l.get(1) instanceof Number y) {
            return new double[] {x.doubleValue(), y.doubleValue()};
        }
        return null;
    }

    /** The spec line of the anchor's {@code position}: the first such line after its {@code id}. */
    private int positionLine(Map<?, ?> a) {
        String[] lines = cx.yamlText().split("\n", -1);
        Object id = a.get("id");
        int from = 0;
        if (id != null) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches("\\s*-?\\s*id:\\s*[\"']?" + java.util.regex.Pattern.quote(String.valueOf(id)) + "[\"']?\\s*")) {
                    from = i;
                    break;
                }
            }
        }
        for (int i = from; i < lines.length; i++) {
            if (lines[i].strip().startsWith("position:")) {
                return cx.yamlLine() + i;
            }
        }
        return cx.yamlLine();
    }
}
