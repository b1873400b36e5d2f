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
 * A ring's name (in the label face, its note under it in the data face) stands in its band where it fits;
 * else the outermost's over the rings, and the others in a column beside them, each on a hairline leader
 * from a dot in its band, inner rings first, no label over another. The scale's two ends
 * ({@code heaviest}, {@code lightest}) stand under the rings either side of a strip of the rings' fills.
 */
final class RingsBlock extends Block {
    /** Navy's share of a band's fill, at the band next to the core; it falls off evenly to the outermost. */
    private static final double WEIGHT = 0.32;

    private final Chart.Rings chart;

    RingsBlock(Chart.Rings chart) {
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        return Math.max(300 * ctx.scale, Math.min(620 * ctx.scale, width * 0.72));
    }

    @Override
    boolean stretches() {
        return true;
    }

    @Override
    double minWidth(Ctx ctx) {
        return 280 * ctx.scale;
    }

    /**
     * A ring's label: its lines (the name, on one line or two; its note) in their styles, its size, and the
     * height of its first line (where a leader meets it).
     */
    private record Label(List<String> lines, List<TextStyle> styles, double w, double h, double first) {
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

    private Label label(ChartPaint p, String name, boolean twoLines, Text note, TextStyle nameStyle, TextStyle noteStyle) {
        List<String> lines = new ArrayList<>();
        List<TextStyle> styles = new ArrayList<>();
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
            lines.add(name.substring(0, cut));
            lines.add(name.substring(cut + 1));
            styles.add(nameStyle);
            styles.add(nameStyle);
        } else {
            lines.add(name);
            styles.add(nameStyle);
        }
        if (note != null && !note.value().isBlank()) {
            lines.add(note.value());
            styles.add(noteStyle);
        }
        double w = 0;
        double h = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, p.width(lines.get(i), styles.get(i)));
            h += p.height(styles.get(i));
        }
        return new Label(lines, styles, Ctx.ceil(w), h, p.height(styles.get(0)));
    }

    /** The label variants of ring i: the name on one line, then (a name of two words or more) on two. */
    private List<Label> variants(ChartPaint p, int i, TextStyle capsStyle, TextStyle noteStyle) {
        Chart.Ring r = chart.rings().get(i);
        String name = r.label().value();
        TextStyle st = TextRules.isCapsLabel(name) ? capsStyle : p.name.withColor(p.navy);
        List<Label> out = new ArrayList<>();
        out.add(label(p, name, false, r.note(), st, noteStyle));
        if (name.contains(" ")) {
            out.add(label(p, name, true, r.note(), st, noteStyle));
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

    private boolean free(Box want, List<Placed> placed, double gap) {
        for (Placed q : placed) {
            if (q != null && overlaps(want, q.box(), gap)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a horizontal leader at y from x0 to x1 runs clear of every label placed. */
    private static boolean clear(double x0, double x1, double y, List<Placed> placed) {
        for (Placed q : placed) {
            if (q != null && y > q.box().y() - 1 && y < q.box().bottom() + 1 && Math.min(x0, x1) < q.box().right()
                    && Math.max(x0, x1) > q.box().x()) {
                return false;
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

    private Plan attempt(Ctx ctx, Box room, double outer, boolean centred, List<List<Label>> variants) {
        int n = chart.rings().size();
        double pad = 5 * ctx.scale;
        double gap = 8 * ctx.scale;
        double cx = centred ? room.x() + room.w() / 2 : room.x() + outer + 1;
        double cy = room.y() + room.h() / 2;
        // the core holds its own label when it can, at a third of the rings or so
        double need = Double.MAX_VALUE;
        for (Label l : variants.get(0)) {
            need = Math.min(need, Math.hypot(l.w() / 2, l.h() / 2) + pad);
        }
        double core = n == 1 ? outer : Math.max(0.26 * outer, Math.min(0.42 * outer, need));
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
            for (Label l : variants.get(i)) {
                Placed got = null;
                for (double side : i == 0 ? new double[] {0} : new double[] {-1, 1}) {
                    double y = side == 0 ? cy - l.h() / 2 : side < 0 ? cy - mid - l.h() / 2 : cy + mid - l.h() / 2;
                    Box want = new Box(cx - l.w() / 2, y, l.w(), l.h());
                    if (inAnnulus(want, cx, cy, lo, hi) && inside(want, room) && free(want, placed, 2 * ctx.scale)) {
                        got = new Placed(l, want, null, null);
                        break;
                    }
                }
                if (got != null) {
                    placed.set(i, got);
                    break;
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
        // the rest in a column beside the rings, inner rings first from the top, each on a leader from its band
        if (!column(ctx, room, cx, cy, r, variants, placed) && !greedy(ctx, room, cx, cy, r, centred, variants, placed)) {
            return null;
        }
        return new Plan(cx, cy, r, placed);
    }

    /** Where ring i's leader starts: the middle of its band (of the core: half its radius). */
    private static double middle(double[] r, int i) {
        return i == 0 ? r[0] * 0.5 : (r[i - 1] + r[i]) / 2;
    }

    /**
     * The labels not yet placed as one column right of the rings, inner rings on top, the column as near the
     * rings' middle row as every leader allows (each starts on its band, at most 0.85 of the band's middle
     * radius above or below the centre). False when no such column fits.
     */
    private boolean column(Ctx ctx, Box room, double cx, double cy, double[] r, List<List<Label>> variants, List<Placed> placed) {
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
                if (l.w() <= colW) {
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
        // the top of the column T: every label's middle within its leader's reach of the centre
        double lo = -Double.MAX_VALUE;
        double hi = Double.MAX_VALUE;
        double at = 0;
        double[] mids = new double[rest.size()];
        for (int k = 0; k < rest.size(); k++) {
            // the leader meets the label's first line, its name
            mids[k] = at + chosen.get(k).first() / 2;
            double reach = 0.85 * middle(r, rest.get(k));
            lo = Math.max(lo, cy - reach - mids[k]);
            hi = Math.min(hi, cy + reach - mids[k]);
            at += chosen.get(k).h() + gap;
        }
        double height = at - gap;
        lo = Math.max(lo, room.y());
        hi = Math.min(hi, room.bottom() - height);
        if (lo > hi) {
            return false;
        }
        double top = Math.max(lo, Math.min(hi, cy - height / 2));
        List<Placed> got = new ArrayList<>();
        for (int k = 0; k < rest.size(); k++) {
            Label l = chosen.get(k);
            double y = top + mids[k];
            double mid = middle(r, rest.get(k));
            double dy = y - cy;
            Box want = new Box(lx, y - l.first() / 2, l.w(), l.h());
            double ax = cx + Math.sqrt(Math.max(0, mid * mid - dy * dy));
            double tx = lx - 4 * ctx.scale;
            if (!free(want, placed, gap) || !clear(ax, tx, y, placed)) {
                return false;
            }
            got.add(new Placed(l, want, ChartPaint.pt(ax, y), ChartPaint.pt(tx, y)));
        }
        for (int k = 0; k < rest.size(); k++) {
            placed.set(rest.get(k), got.get(k));
        }
        return true;
    }

    /** The labels not yet placed one by one beside the rings, each in the nearest free place its leader reaches. */
    private boolean greedy(Ctx ctx, Box room, double cx, double cy, double[] r, boolean centred, List<List<Label>> variants,
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
            double reach = 0.85 * mid;
            Placed got = null;
            search:
            for (Label l : variants.get(i)) {
                for (int side : centred ? new int[] {1, -1} : new int[] {1}) {
                    for (double d = 0; d <= reach; d += step) {
                        for (double dy : d == 0 ? new double[] {0} : new double[] {d, -d}) {
                            double y = cy + dy;
                            double ax = cx + side * Math.sqrt(mid * mid - dy * dy);
                            double lx = side > 0 ? cx + outer + leaderGap : cx - outer - leaderGap - l.w();
                            Box want = new Box(lx, y - l.first() / 2, l.w(), l.h());
                            double tx = side > 0 ? lx - 4 * ctx.scale : lx + l.w() + 4 * ctx.scale;
                            if (inside(want, room) && free(want, placed, gap) && clear(ax, tx, y, placed)) {
                                got = new Placed(l, want, ChartPaint.pt(ax, y), ChartPaint.pt(tx, y));
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
        TextStyle section = ctx.style("section");
        TextStyle capsStyle = section.withSize(Math.max(ctx.minFont, section.size() * 0.82)).withColor(p.navy);
        TextStyle noteStyle = p.note.withColor(ctx.color("label"));
        List<List<Label>> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            variants.add(variants(p, i, capsStyle, noteStyle));
        }
        // the scale's ends under the rings
        TextStyle endStyle = ctx.style("caption").withColor(ctx.color("label"));
        boolean scale = chart.low() != null && chart.high() != null;
        double scaleH = scale ? p.height(endStyle) + 12 * ctx.scale : 0;
        Box room = new Box(b.x(), b.y(), b.w(), b.h() - scaleH);
        Plan plan = null;
        double most = Math.floor(Math.min(room.w(), room.h()) / 2) - 1;
        double least = 24 * ctx.scale;
        double step = Math.max(1, 2 * ctx.scale);
        for (double outer = most; outer >= least && plan == null; outer -= step) {
            plan = attempt(ctx, room, outer, true, variants);
            if (plan == null) {
                plan = attempt(ctx, room, outer, false, variants);
            }
        }
        if (plan == null) {
            // no room for every label: the rings alone at their largest, their names in the column as they go
            plan = fallback(ctx, room, most, variants);
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
            for (int j = 0; j < q.label().lines().size(); j++) {
                TextStyle st = q.label().styles().get(j);
                if (onCore) {
                    st = st.withColor(ctx.color("white"));
                }
                String s = q.label().lines().get(j);
                double lw = p.width(s, st);
                double lx = q.from() == null ? q.box().x() + (q.box().w() - lw) / 2 : leftSide ? q.box().right() - lw : q.box().x();
                p.text(s, st, lx, ty, ring.line());
                ty += p.height(st);
            }
        }
        if (scale) {
            drawScale(ctx, p, plan, room, endStyle);
        }
    }

    /** Every label in the column beside the rings, as far as the room goes (a figure too small for them all). */
    private Plan fallback(Ctx ctx, Box room, double outer, List<List<Label>> variants) {
        int n = chart.rings().size();
        double r0 = Math.max(10, outer * 0.6);
        double cx = room.x() + r0;
        double cy = room.y() + room.h() / 2;
        double[] r = radii(n, r0, r0 * 0.3);
        List<Placed> placed = new ArrayList<>();
        double y = room.y();
        for (int i = 0; i < n; i++) {
            Label l = variants.get(i).get(variants.get(i).size() - 1);
            double mid = i == 0 ? r[0] * 0.5 : (r[i - 1] + r[i]) / 2;
            double dy = Math.max(-mid, Math.min(mid, y + l.h() / 2 - cy));
            Box want = new Box(cx + r0 + 14 * ctx.scale, y, l.w(), l.h());
            placed.add(new Placed(l, want, ChartPaint.pt(cx + Math.sqrt(Math.max(0, mid * mid - dy * dy)), cy + dy),
                    ChartPaint.pt(want.x() - 4 * ctx.scale, y + l.h() / 2)));
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
        double y = Math.max(plan.cy() + plan.outer(), p.taken.stream().mapToDouble(Box::bottom).max().orElse(0)) + 12 * ctx.scale;
        y = Math.min(y, room.bottom() + 12 * ctx.scale);
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
