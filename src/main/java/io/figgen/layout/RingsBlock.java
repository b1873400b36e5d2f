package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Concentric rings drawn from their data: one circle per ring round a common centre, as large as the room
 * allows. The innermost is a flat navy disc (coral when highlighted) with its name in white; each ring
 * further out a hairline navy circle whose flat fill steps lighter outward (weight falls off from the core).
 * A ring's name (in the label face, its note in the data face) stands in its band where it fits; else the
 * outermost's over the rings, and the others in a column beside them, inner rings first, each on a hairline
 * leader from a dot in its band: level where the bands reach the column's rows, else running straight out
 * from the centre; no label over another. The scale's two ends ({@code heaviest}, {@code lightest}) stand
 * under the rings either side of a strip of the rings' fills.
 */
final class RingsBlock extends PlotBlock {
    /** Navy's share of a band's fill, at the band next to the core; it falls off evenly to the outermost. */
    private static final double WEIGHT = 0.32;

    private final Chart.Rings chart;

    RingsBlock(Chart.Rings chart) {
        super(280);
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        // modest, and shrinking with the type: the rings stretch into whatever height the row gives them
        return Math.max(200 * ctx.scale, Math.min(420 * ctx.scale, width * 0.5));
    }

    /** A run of one style within a label's line. */
    private record Piece(String text, TextStyle style, double w) {
    }

    /** One line of a label: its pieces (a name; a name and its note), its width and height. */
    private record Line(List<Piece> pieces, double w, double h) {
    }

    /**
     * A ring's label: its lines (the name on one line or two, the note under it or after it), its size, and
     * the height of its first line (where a leader meets it).
     */
    private record Label(List<Line> lines, double w, double h, boolean inline) {
        double first() {
            return lines.get(0).h();
        }
    }

    /** Where a ring's label went: its box, and the leader from the ring to it (null when it stands in its band). */
    private record Placed(Label label, Box box, double[] from, double[] to) {
        Placed moved(double dx, double dy) {
            return new Placed(label, new Box(box.x() + dx, box.y() + dy, box.w(), box.h()),
                    from == null ? null : ChartPaint.pt(from[0] + dx, from[1] + dy),
                    to == null ? null : ChartPaint.pt(to[0] + dx, to[1] + dy));
        }
    }

    /** One way to draw the chart: the centre, the radii (innermost first) and each ring's label. */
    private record Plan(double cx, double cy, double[] radii, List<Placed> labels) {
        double outer() {
            return radii[radii.length - 1];
        }
    }

    /** How the names that fit no band are set beside the rings. */
    private enum Mode {
        /** every name in its band (the outermost's over the rings): no leaders at all */
        BANDS,
        /** one column, inner rings on top, level leaders */
        LEVEL,
        /** one column, inner rings on top, leaders straight out from the centre */
        RADIAL,
        /** each name in the nearest free place its level leader reaches */
        LOOSE
    }

    private Line line(ChartPaint p, double gap, Piece... pieces) {
        double w = 0;
        double h = 0;
        for (int i = 0; i < pieces.length; i++) {
            w += pieces[i].w() + (i > 0 ? gap : 0);
            h = Math.max(h, p.height(pieces[i].style()));
        }
        return new Line(List.of(pieces), Ctx.ceil(w), h);
    }

    private static Piece piece(ChartPaint p, String s, TextStyle st) {
        return new Piece(s, st, p.width(s, st));
    }

    /** A label: the name on one line or broken in two at the space nearest its middle; the note under it or after it. */
    private Label label(ChartPaint p, String name, boolean twoLines, Text note, List<Text> details, boolean inline,
                        TextStyle nameStyle, TextStyle noteStyle) {
        TextStyle detailStyle = p.ctx.style("body").withSize(Math.max(p.ctx.minFont, nameStyle.size() * 0.85)).withColor(p.ctx.color("label"));
        List<String> names = new ArrayList<>();
        int cut = -1;
        if (twoLines) {
            int mid = name.length() / 2;
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) == ' ' && (cut < 0 || Math.abs(i - mid) < Math.abs(cut - mid))) {
                    cut = i;
                }
            }
        }
        if (cut > 0) {
            names.add(name.substring(0, cut));
            names.add(name.substring(cut + 1));
        } else {
            names.add(name);
        }
        double gap = p.width("  ", noteStyle);
        List<Line> lines = new ArrayList<>();
        boolean hasNote = note != null && !note.value().isBlank();
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            if (last && hasNote && inline) {
                lines.add(line(p, gap, piece(p, names.get(i), nameStyle), piece(p, note.value(), noteStyle)));
            } else {
                lines.add(line(p, gap, piece(p, names.get(i), nameStyle)));
            }
        }
        if (hasNote && !inline) {
            lines.add(line(p, gap, piece(p, note.value(), noteStyle)));
        }
        for (Text d : details) {
            lines.add(line(p, gap, piece(p, d.value(), detailStyle)));
        }
        double w = 0;
        double h = 0;
        for (Line l : lines) {
            w = Math.max(w, l.w());
            h += l.h();
        }
        return new Label(lines, w, h, inline && hasNote);
    }

    /**
     * The label variants of ring i: the note under the name, the name on one line then (two words or more) on
     * two; then the same with the note after the name, which takes less height.
     */
    private List<Label> variants(ChartPaint p, int i, TextStyle capsStyle, TextStyle noteStyle) {
        Chart.Ring r = chart.rings().get(i);
        String name = r.label().value();
        TextStyle st = TextRules.isCapsLabel(name) ? capsStyle : p.name.withColor(p.navy).withSize(capsStyle.size());
        List<Label> out = new ArrayList<>();
        for (boolean inline : new boolean[] {false, true}) {
            if (inline && r.note() == null) {
                continue;
            }
            out.add(label(p, name, false, r.note(), r.details(), inline, st, noteStyle));
            if (name.contains(" ")) {
                out.add(label(p, name, true, r.note(), r.details(), inline, st, noteStyle));
            }
        }
        return out;
    }

    private List<List<Label>> variants(ChartPaint p, TextStyle name, TextStyle note) {
        List<List<Label>> out = new ArrayList<>();
        for (int i = 0; i < chart.rings().size(); i++) {
            out.add(variants(p, i, name, note));
        }
        return out;
    }

    private static boolean overlaps(Box a, Box b, double gap) {
        return a.x() < b.right() + gap && b.x() < a.right() + gap && a.y() < b.bottom() + gap && b.y() < a.bottom() + gap;
    }

    private static boolean inside(Box b, Box room) {
        return b.x() >= room.x() - 0.01 && b.y() >= room.y() - 0.01 && b.right() <= room.right() + 0.01
                && b.bottom() <= room.bottom() + 0.01;
    }

    /** Whether every corner of the box lies between radius lo and hi of the centre. */
    private static boolean inAnnulus(Box b, double cx, double cy, double lo, double hi) {
        double nearX = Math.max(b.x(), Math.min(cx, b.right()));
        double nearY = Math.max(b.y(), Math.min(cy, b.bottom()));
        if (Math.hypot(nearX - cx, nearY - cy) < lo) {
            return false;
        }
        for (double[] c : new double[][] {{b.x(), b.y()}, {b.right(), b.y()}, {b.x(), b.bottom()}, {b.right(), b.bottom()}}) {
            if (Math.hypot(c[0] - cx, c[1] - cy) > hi) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(Box want, List<Placed> placed, double gap) {
        for (Placed q : placed) {
            if (q != null && overlaps(want, q.box(), gap)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a leader from a to b runs clear of every label placed. */
    private static boolean clear(double[] a, double[] b, List<Placed> placed) {
        double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        int steps = Math.max(1, (int) Math.ceil(len / 2));
        for (Placed q : placed) {
            if (q == null) {
                continue;
            }
            Box x = q.box();
            for (int k = 0; k <= steps; k++) {
                double px = a[0] + (b[0] - a[0]) * k / steps;
                double py = a[1] + (b[1] - a[1]) * k / steps;
                if (px > x.x() - 1 && px < x.right() + 1 && py > x.y() - 1 && py < x.bottom() + 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The radii for an outer radius R: a core as large as its label needs (within bounds), even bands round it. */
    private static double[] radii(int n, double outer, double core) {
        double[] r = new double[n];
        if (n == 1) {
            r[0] = outer;
            return r;
        }
        for (int i = 0; i < n; i++) {
            r[i] = core + (outer - core) * i / (n - 1);
        }
        return r;
    }

    /** Where ring i's leader starts: the middle of its band (of the core: half its radius). */
    private static double middle(double[] r, int i) {
        return i == 0 ? r[0] * 0.5 : (r[i - 1] + r[i]) / 2;
    }

    /**
     * One way to lay the rings out at outer radius {@code outer}, centred in the room or at its left: names in
     * their bands, the outermost's over the rings, the rest beside them as {@code mode} sets them. Null when
     * some name finds no place.
     */
    private Plan attempt(Ctx ctx, Box room, double outer, boolean centred, Mode mode, List<List<Label>> variants) {
        int n = chart.rings().size();
        double pad = 5 * ctx.scale;
        double gap = 8 * ctx.scale;
        double cx = centred ? room.x() + room.w() / 2 : room.x() + outer + 1;
        double cy = room.y() + room.h() / 2;
        // the core as large as its own label needs (a quarter to two fifths of the rings), else three tenths
        double need = Double.MAX_VALUE;
        for (Label l : variants.get(0)) {
            need = Math.min(need, Math.hypot(l.w() / 2, l.h() / 2) + pad);
        }
        double core = n == 1 ? outer : need <= 0.42 * outer ? Math.max(0.26 * outer, need) : 0.3 * outer;
        double[] r = radii(n, outer, core);
        if (n > 1 && (r[1] - r[0]) < 6 * ctx.scale) {
            return null;
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            placed.add(null);
        }
        // in the band (the core: in the disc), top then bottom
        for (int i = 0; i < n; i++) {
            double lo = i == 0 ? 0 : r[i - 1] + pad;
            double hi = r[i] - pad;
            double mid = i == 0 ? 0 : (r[i - 1] + r[i]) / 2;
            search:
            for (Label l : variants.get(i)) {
                // over the centre, then under it; in the middle of the band, else against its inner edge, where a
                // wide name still clears the outer one
                double[] ys = i == 0 ? new double[] {cy - l.h() / 2}
                        : new double[] {cy - mid - l.h() / 2, cy - lo - l.h() - 0.5, cy + mid - l.h() / 2, cy + lo + 0.5};
                for (double y : ys) {
                    Box want = new Box(cx - l.w() / 2, y, l.w(), l.h());
                    if (inAnnulus(want, cx, cy, lo, hi) && inside(want, room) && free(want, placed, 2 * ctx.scale)) {
                        placed.set(i, new Placed(l, want, null, null));
                        break search;
                    }
                }
            }
        }
        // the outermost ring's name over (or under) the rings
        int last = n - 1;
        if (placed.get(last) == null && n > 1) {
            for (Label l : variants.get(last)) {
                Box over = new Box(cx - l.w() / 2, cy - outer - gap - l.h(), l.w(), l.h());
                Box under = new Box(cx - l.w() / 2, cy + outer + gap, l.w(), l.h());
                Box want = inside(over, room) ? over : inside(under, room) ? under : null;
                if (want != null && free(want, placed, gap)) {
                    placed.set(last, new Placed(l, want, null, null));
                    break;
                }
            }
        }
        boolean done = switch (mode) {
            case BANDS -> placed.stream().allMatch(java.util.Objects::nonNull);
            case LEVEL, RADIAL -> column(ctx, room, cx, cy, r, variants, placed, mode == Mode.RADIAL);
            case LOOSE -> loose(ctx, room, cx, cy, r, centred, variants, placed);
        };
        return done ? new Plan(cx, cy, r, placed) : null;
    }

    /**
     * The labels not yet placed as one column right of the rings, inner rings on top. Level leaders: the column
     * as near the rings' middle row as every leader allows (each starts on its band, at most 0.92 of the band's
     * middle radius above or below the centre). Radial ones: the column centred on the rings, each leader
     * running out from the centre, so none crosses another. The notes go under the names, or after them when
     * that is what fits. False when no such column fits.
     */
    private boolean column(Ctx ctx, Box room, double cx, double cy, double[] r, List<List<Label>> variants,
                           List<Placed> placed, boolean radial) {
        for (boolean inline : new boolean[] {false, true}) {
            if (column(ctx, room, cx, cy, r, variants, placed, radial, inline)) {
                return true;
            }
        }
        return false;
    }

    private boolean column(Ctx ctx, Box room, double cx, double cy, double[] r, List<List<Label>> variants,
                           List<Placed> placed, boolean radial, boolean inline) {
        int n = r.length;
        double gap = 8 * ctx.scale;
        double lx = cx + r[n - 1] + 14 * ctx.scale;
        double colW = room.right() - lx;
        List<Integer> rest = new ArrayList<>();
        List<Label> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (placed.get(i) != null) {
                continue;
            }
            Label fit = null;
            for (Label l : variants.get(i)) {
                if (l.w() <= colW && (l.inline() == inline || chart.rings().get(i).note() == null)) {
                    fit = l;
                    break;
                }
            }
            if (fit == null) {
                return false;
            }
            rest.add(i);
            chosen.add(fit);
        }
        if (rest.isEmpty()) {
            return true;
        }
        double at = 0;
        double[] mids = new double[rest.size()];
        for (int k = 0; k < rest.size(); k++) {
            // the leader meets the label's first line, its name
            mids[k] = at + chosen.get(k).first() / 2;
            at += chosen.get(k).h() + gap;
        }
        double height = at - gap;
        double lo = room.y();
        double hi = room.bottom() - height;
        if (!radial) {
            // the top of the column: every label's leader within its band's reach of the centre row
            for (int k = 0; k < rest.size(); k++) {
                double reach = 0.92 * middle(r, rest.get(k));
                lo = Math.max(lo, cy - reach - mids[k]);
                hi = Math.min(hi, cy + reach - mids[k]);
            }
        }
        if (lo > hi) {
            return false;
        }
        double top = Math.max(lo, Math.min(hi, cy - height / 2));
        List<Placed> got = new ArrayList<>();
        for (int k = 0; k < rest.size(); k++) {
            Label l = chosen.get(k);
            double y = top + mids[k];
            double mid = middle(r, rest.get(k));
            double[] to = ChartPaint.pt(lx - 4 * ctx.scale, y);
            double[] from;
            if (radial) {
                double d = Math.hypot(to[0] - cx, to[1] - cy);
                from = ChartPaint.pt(cx + (to[0] - cx) * mid / d, cy + (to[1] - cy) * mid / d);
            } else {
                double dy = y - cy;
                from = ChartPaint.pt(cx + Math.sqrt(Math.max(0, mid * mid - dy * dy)), y);
            }
            Box want = new Box(lx, y - l.first() / 2, l.w(), l.h());
            if (!free(want, placed, gap) || !clear(from, to, placed)) {
                return false;
            }
            got.add(new Placed(l, want, from, to));
        }
        for (int k = 0; k < rest.size(); k++) {
            placed.set(rest.get(k), got.get(k));
        }
        return true;
    }

    /** The labels not yet placed one by one beside the rings, each in the nearest free place its leader reaches. */
    private boolean loose(Ctx ctx, Box room, double cx, double cy, double[] r, boolean centred, List<List<Label>> variants,
                          List<Placed> placed) {
        int n = r.length;
        double outer = r[n - 1];
        double gap = 8 * ctx.scale;
        double leaderGap = 14 * ctx.scale;
        double step = Math.max(1, 2 * ctx.scale);
        for (int i = 0; i < n; i++) {
            if (placed.get(i) != null) {
                continue;
            }
            double mid = middle(r, i);
            double reach = 0.92 * mid;
            Placed got = null;
            search:
            for (Label l : variants.get(i)) {
                for (int side : centred ? new int[] {1, -1} : new int[] {1}) {
                    for (double d = 0; d <= reach; d += step) {
                        for (double dy : d == 0 ? new double[] {0} : new double[] {d, -d}) {
                            double y = cy + dy;
                            double[] from = ChartPaint.pt(cx + side * Math.sqrt(mid * mid - dy * dy), y);
                            double lx = side > 0 ? cx + outer + leaderGap : cx - outer - leaderGap - l.w();
                            Box want = new Box(lx, y - l.first() / 2, l.w(), l.h());
                            double[] to = ChartPaint.pt(side > 0 ? lx - 4 * ctx.scale : lx + l.w() + 4 * ctx.scale, y);
                            if (inside(want, room) && free(want, placed, gap) && clear(from, to, placed)) {
                                got = new Placed(l, want, from, to);
                                break search;
                            }
                        }
                    }
                }
            }
            if (got == null) {
                return false;
            }
            placed.set(i, got);
        }
        return true;
    }

    /**
     * The largest rings the names allow, each way of setting them weighed: every name in its band first, then
     * an ordered column with level leaders, with radial ones, names one by one, each taken over the one before
     * only when it lets the rings grow by more than a tenth. Null when no way lets every name find a place.
     */
    private Plan search(Ctx ctx, Box room, List<List<Label>> variants) {
        double most = Math.floor(Math.min(room.w(), room.h()) / 2) - 1;
        double least = 24 * ctx.scale;
        double step = Math.max(1, 2 * ctx.scale);
        Plan best = null;
        double bestScore = 0;
        for (Mode mode : Mode.values()) {
            double weight = switch (mode) {
                case BANDS -> 1;
                case LEVEL -> 0.9;
                case RADIAL -> 0.81;
                case LOOSE -> 0.72;
            };
            Plan found = null;
            for (double outer = most; outer >= least && found == null && outer * weight > bestScore; outer -= step) {
                for (boolean centred : new boolean[] {true, false}) {
                    if (found == null) {
                        found = attempt(ctx, room, outer, centred, mode, variants);
                    }
                }
            }
            if (found != null && found.outer() * weight > bestScore) {
                best = found;
                bestScore = found.outer() * weight;
            }
        }
        return best;
    }

    /** The plan moved so the rings and their labels sit in the middle of the room. */
    private static Plan centre(Plan plan, Box room) {
        double x0 = plan.cx() - plan.outer();
        double x1 = plan.cx() + plan.outer();
        double y0 = plan.cy() - plan.outer();
        double y1 = plan.cy() + plan.outer();
        for (Placed q : plan.labels()) {
            x0 = Math.min(x0, q.box().x());
            x1 = Math.max(x1, q.box().right());
            y0 = Math.min(y0, q.box().y());
            y1 = Math.max(y1, q.box().bottom());
        }
        double dx = Math.max(room.x() - x0, Math.min(room.right() - x1, room.x() + room.w() / 2 - (x0 + x1) / 2));
        double dy = Math.max(room.y() - y0, Math.min(room.bottom() - y1, room.y() + room.h() / 2 - (y0 + y1) / 2));
        List<Placed> moved = plan.labels().stream().map(q -> q.moved(dx, dy)).toList();
        return new Plan(plan.cx() + dx, plan.cy() + dy, plan.radii(), moved);
    }

    /** The colour a share of navy over the paper makes, flat. */
    private static String tint(String navy, String paper, double share) {
        int[] a = rgb(navy);
        int[] b = rgb(paper);
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(a[i] * share + b[i] * (1 - share));
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    private static int[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int v = Integer.parseInt(h.substring(0, 6), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    /** The flat fill of ring i of n: navy (coral when highlighted) at the core, lighter each band out. */
    private String fill(ChartPaint p, Ctx ctx, int i, int n) {
        if (i == 0) {
            return chart.rings().get(0).highlight() ? p.coral : p.navy;
        }
        return tint(p.navy, ctx.theme.background(), WEIGHT * (n - i) / Math.max(1, n - 1));
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        int n = chart.rings().size();
        if (n == 0) {
            return;
        }
        // the scale's ends under the rings
        TextStyle endStyle = ctx.style("caption").withColor(ctx.color("label"));
        boolean scale = chart.low() != null && chart.high() != null;
        double scaleH = scale ? p.height(endStyle) + 12 * ctx.scale : 0;
        Box room = new Box(b.x(), b.y(), b.w(), b.h() - scaleH);
        // names in the section face, notes in the data face, at their sizes; a step smaller when that lets
        // the rings grow by a third
        TextStyle section = ctx.style("section").withColor(p.navy);
        TextStyle code = ctx.style("code").withColor(ctx.color("label"));
        Plan plan = search(ctx, room, variants(p, section, code));
        if (plan == null || plan.outer() < 0.75 * Math.min(room.w(), room.h()) / 2) {
            Plan smaller = search(ctx, room, variants(p, section.withSize(Math.max(ctx.minFont, section.size() * 0.85)),
                    code.withSize(Math.max(ctx.minFont, code.size() * 0.9))));
            if (smaller != null && (plan == null || smaller.outer() > plan.outer() * 4 / 3)) {
                plan = smaller;
            }
        }
        if (plan == null) {
            // no room for every label: the rings small at the left, their names down the column as they go
            plan = fallback(ctx, room, variants(p, section.withSize(ctx.minFont), code.withSize(ctx.minFont)));
        }
        plan = centre(plan, room);
        double[] r = plan.radii();
        double hair = Ctx.round(Math.max(1, ctx.scale));
        for (int i = n - 1; i >= 0; i--) {
            Chart.Ring ring = chart.rings().get(i);
            String stroke = i == 0 ? null : ring.highlight() ? p.coral : p.navy;
            double width = i == 0 ? 0 : ring.highlight() ? Ctx.round(2.5 * ctx.scale) : hair;
            out.dot(plan.cx(), plan.cy(), r[i], fill(p, ctx, i, n), stroke, width);
        }
        double dotR = Math.max(2, 2.75 * ctx.scale);
        for (int i = 0; i < n; i++) {
            Placed q = plan.labels().get(i);
            Chart.Ring ring = chart.rings().get(i);
            if (q.from() != null) {
                out.polyline(List.of(q.from(), q.to()), p.navy, hair, null, false, false, Shape.Role.RULE, ring.line());
                out.dot(q.from()[0], q.from()[1], dotR, i == 0 ? ctx.color("white") : ring.highlight() ? p.coral : p.navy, null, 0);
            }
            boolean onCore = i == 0 && q.from() == null && n > 1;
            boolean leftSide = q.from() != null && q.to()[0] < q.from()[0];
            double ty = q.box().y();
            for (Line line : q.label().lines()) {
                double lx = q.from() == null ? q.box().x() + (q.box().w() - line.w()) / 2 : leftSide ? q.box().right() - line.w() : q.box().x();
                double gap = line.pieces().size() > 1 ? (line.w() - line.pieces().stream().mapToDouble(Piece::w).sum()) : 0;
                for (Piece piece : line.pieces()) {
                    TextStyle st = onCore ? piece.style().withColor(ctx.color("white")) : piece.style();
                    // pieces of a line share its baseline: each sits at the foot of the line's height
                    p.text(piece.text(), st, lx, ty + line.h() - p.height(st), ring.line());
                    lx += piece.w() + gap;
                }
                ty += line.h();
            }
        }
        if (scale) {
            drawScale(ctx, p, plan, room, endStyle);
        }
    }

    /** Every label in a column beside small rings, as far as the room goes (a figure too small for them all). */
    private Plan fallback(Ctx ctx, Box room, List<List<Label>> variants) {
        int n = chart.rings().size();
        double outer = Math.max(10, Math.min(room.w() * 0.3, room.h() / 2 - 1));
        double cx = room.x() + outer;
        double cy = room.y() + room.h() / 2;
        double[] r = radii(n, outer, outer * 0.3);
        List<Placed> placed = new ArrayList<>();
        double y = room.y();
        for (int i = 0; i < n; i++) {
            List<Label> vs = variants.get(i);
            Label l = vs.get(vs.size() - 1);
            double mid = middle(r, i);
            double[] to = ChartPaint.pt(cx + outer + 10 * ctx.scale, y + l.first() / 2);
            double d = Math.hypot(to[0] - cx, to[1] - cy);
            placed.add(new Placed(l, new Box(to[0] + 4 * ctx.scale, y, l.w(), l.h()),
                    ChartPaint.pt(cx + (to[0] - cx) * mid / d, cy + (to[1] - cy) * mid / d), to));
            y += l.h() + 4 * ctx.scale;
        }
        return new Plan(cx, cy, r, placed);
    }

    /** The scale's two ends, either side of a strip of the rings' fills from the core out, under the rings. */
    private void drawScale(Ctx ctx, ChartPaint p, Plan plan, Box room, TextStyle st) {
        String low = chart.low().value();
        String high = chart.high().value();
        int n = chart.rings().size();
        double sw = 12 * ctx.scale;
        double gap = 8 * ctx.scale;
        double strip = n * sw;
        double w = p.width(low, st) + gap + strip + gap + p.width(high, st);
        double x = Math.max(room.x(), Math.min(plan.cx() - w / 2, room.right() - w));
        // under the rings, and under any label standing over the strip's columns
        double foot = plan.cy() + plan.outer();
        for (Placed q : plan.labels()) {
            if (q.box().x() < x + w && q.box().right() > x) {
                foot = Math.max(foot, q.box().bottom());
            }
        }
        double y = Math.min(foot, room.bottom()) + 12 * ctx.scale;
        double h = p.height(st);
        p.text(low, st, x, y, chart.line());
        double sx = x + p.width(low, st) + gap;
        double hair = Ctx.round(Math.max(1, ctx.scale));
        for (int i = 0; i < n; i++) {
            p.out.rect(sx + i * sw, y + (h - sw) / 2, sw, sw, fill(p, ctx, i, n), p.navy, i == 0 ? 0 : hair, null);
        }
        p.text(high, st, sx + strip + gap, y, chart.line());
    }
}
