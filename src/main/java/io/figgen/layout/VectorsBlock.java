package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.chart.Chart;
import io.figgen.scene.chart.Chart.Arrow;
import io.figgen.scene.chart.Chart.Vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A vector plot drawn from its data: the cloud as small muted dots, each direction a straight arrow from the
 * origin in its tone (the principal one bolder), its label just beyond the tip and its note under the label,
 * the origin a navy ring with its name beside it, and a small legend (the relationships' labels by tone, the
 * cloud's name) in a corner the plot leaves free. Directions keep their angles: the plot scales alike on both
 * axes, as large as the room allows with every label inside it.
 */
final class VectorsBlock extends PlotBlock {
    private final Vectors chart;

    VectorsBlock(Vectors chart) {
        super(360);
        this.chart = chart;
    }

    /** The data's extent round the origin (x right, y up): min x, max x, min y, max y. */
    private double[] extent() {
        double[] e = {0, 0, 0, 0};
        for (Arrow a : chart.arrows()) {
            grow(e, a.dx().v(), a.dy().v());
        }
        for (Chart.Point p : chart.cloud()) {
            grow(e, p.x().v(), p.y().v());
        }
        return e;
    }

    private static void grow(double[] e, double x, double y) {
        e[0] = Math.min(e[0], x);
        e[1] = Math.max(e[1], x);
        e[2] = Math.min(e[2], y);
        e[3] = Math.max(e[3], y);
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] e = extent();
        // the data's own aspect, with room for the labels round it
        double w = e[1] - e[0] + 0.8;
        double h = e[3] - e[2] + 0.5;
        // what it asks is modest (it stretches into any height the page leaves), so it never shrinks the type
        return Math.max(240 * ctx.scale, Math.min(330 * ctx.scale, width * h / w));
    }

    /** A label block: lines and their styles, and its size. */
    private record Label(List<String> lines, List<TextStyle> styles, double w, double h) {
    }

    /** A legend row: a swatch (an arrow's colour and width, or the cloud's ring) and its words. */
    private record Entry(String colour, double width, boolean ring, String text) {
    }

    private static boolean caps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private String colour(ChartPaint p, Ctx ctx, Arrow a) {
        return a.tone() != null ? ctx.color(a.tone()) : a.highlight() ? p.coral : p.navy;
    }

    private static double width(Ctx ctx, Arrow a) {
        return Ctx.round(Math.max(a.highlight() ? 4 : 2, (a.highlight() ? 5.5 : 2.75) * ctx.scale));
    }

    private static Label label(ChartPaint p, List<String> lines, List<TextStyle> styles) {
        double w = 0;
        double h = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, p.width(lines.get(i), styles.get(i)));
            h += p.height(styles.get(i));
        }
        return new Label(lines, styles, w, h);
    }

    /** Where a label goes beyond a tip at (x, y) pointing along (ux, uy): its nearest side {@code gap} past the tip. */
    private static Box beyond(double x, double y, double ux, double uy, double gap, double w, double h) {
        double reach = gap + Math.abs(ux) * w / 2 + Math.abs(uy) * h / 2;
        return new Box(x + ux * reach - w / 2, y + uy * reach - h / 2, w, h);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        TextStyle section = ctx.style("section");
        TextStyle capsStyle = section.withSize(Math.max(ctx.minFont, section.size() * 0.9));
        // notes and the legend in the body size, so the plot reads at the figure's size (the caption face is for
        // a figure's smallest words)
        TextStyle noteStyle = ctx.style("body").withColor(ctx.color("caption"));
        TextStyle legendStyle = ctx.style("body").withColor(ctx.color("label"));
        TextStyle originStyle = section.withSize(Math.max(ctx.minFont, section.size() * 0.82)).withColor(p.navy);
        List<Arrow> arrows = chart.arrows();
        int n = arrows.size();
        List<Label> labels = new ArrayList<>();
        for (Arrow a : arrows) {
            String name = a.label().value();
            TextStyle st = (caps(name) ? capsStyle : p.name).withColor(colour(p, ctx, a));
            List<String> lines = new ArrayList<>(List.of(name));
            List<TextStyle> styles = new ArrayList<>(List.of(st));
            if (a.note() != null) {
                lines.add(a.note().value());
                styles.add(noteStyle);
            }
            labels.add(label(p, lines, styles));
        }
        // the legend: each relationship label once per tone (unless the arrow's own words say it), the cloud's name
        List<Entry> entries = new ArrayList<>();
        for (Arrow a : arrows) {
            if (a.relation() == null) {
                continue;
            }
            String rel = a.relation().value();
            String own = (a.label().value() + " " + (a.note() == null ? "" : a.note().value())).toLowerCase(Locale.ROOT);
            String c = colour(p, ctx, a);
            if (own.contains(rel.toLowerCase(Locale.ROOT)) || entries.stream().anyMatch(e -> e.text().equals(rel) && e.colour().equals(c))) {
                continue;
            }
            entries.add(new Entry(c, width(ctx, a), false, rel));
        }
        if (chart.cloudName() != null) {
            entries.add(new Entry(null, 0, true, chart.cloudName().value()));
        }
        double sw = 34 * ctx.scale;
        double gap = 10 * ctx.scale;
        double rowH = p.height(legendStyle);
        double legendW = 0;
        for (Entry e : entries) {
            legendW = Math.max(legendW, sw + gap + p.width(e.text(), legendStyle));
        }
        double legendH = entries.isEmpty() ? 0 : entries.size() * rowH + (entries.size() - 1) * 4 * ctx.scale;
        double ringR = Math.max(7, 10 * ctx.scale);
        double dotR = Math.max(4, 6 * ctx.scale);
        double off = 8 * ctx.scale;

        // the largest scale at which every tip's label, the cloud and the origin fit the room (the legend's strip kept
        // free when no corner holds it)
        Fit fit = fit(p, b, labels, ringR, dotR, off);
        List<Box> labelBoxes = fit.boxes();
        Box legend = entries.isEmpty() ? null : legendPlace(fit, b, legendW, legendH, ringR, dotR, gap);
        if (!entries.isEmpty() && legend == null) {
            Box plot = new Box(b.x(), b.y(), b.w(), Math.max(b.h() * 0.5, b.h() - legendH - 2 * gap));
            fit = fit(p, plot, labels, ringR, dotR, off);
            labelBoxes = fit.boxes();
            legend = new Box(b.right() - legendW, b.bottom() - legendH, legendW, legendH);
        }
        // routed edges keep out of the plot and its legend
        Box drawn = content(fit, ringR, dotR);
        if (legend != null) {
            double x0 = Math.min(drawn.x(), legend.x());
            double y0 = Math.min(drawn.y(), legend.y());
            drawn = new Box(x0, y0, Math.max(drawn.right(), legend.right()) - x0, Math.max(drawn.bottom(), legend.bottom()) - y0);
        }
        out.keepOut(drawn);
        double ox = fit.ox();
        double oy = fit.oy();
        double s = fit.s();
        List<double[][]> shafts = new ArrayList<>();
        for (Arrow a : arrows) {
            shafts.add(new double[][] {{ox, oy}, {ox + a.dx().v() * s, oy - a.dy().v() * s}});
        }
        // the cloud under everything
        List<Box> dots = new ArrayList<>();
        for (Chart.Point pt : chart.cloud()) {
            double x = ox + pt.x().v() * s;
            double y = oy - pt.y().v() * s;
            out.dot(x, y, dotR, p.quiet, null, 0);
            dots.add(new Box(x - dotR, y - dotR, 2 * dotR, 2 * dotR));
        }
        // the others first, the principal ones on top
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                Arrow a = arrows.get(i);
                if (a.highlight() != (pass == 1)) {
                    continue;
                }
                double[][] sh = shafts.get(i);
                out.polyline(List.of(sh[0], sh[1]), colour(p, ctx, a), width(ctx, a), null, true, false, Shape.Role.CURVE, a.line());
            }
        }
        out.dot(ox, oy, ringR, ctx.theme.background(), p.navy, Ctx.round(Math.max(2, 3 * ctx.scale)));
        p.taken.add(new Box(ox - ringR, oy - ringR, 2 * ringR, 2 * ringR));
        // each label beyond its tip, moved aside along the tip's normal or further out when it meets another label,
        // an arrow or the cloud
        for (int i = 0; i < n; i++) {
            Label l = labels.get(i);
            double[][] sh = shafts.get(i);
            double len = Math.max(1e-9, Math.hypot(sh[1][0] - sh[0][0], sh[1][1] - sh[0][1]));
            double ux = (sh[1][0] - sh[0][0]) / len;
            double uy = (sh[1][1] - sh[0][1]) / len;
            List<Box> candidates = new ArrayList<>();
            double step = 4 * ctx.scale;
            for (int k = 0; k <= 10; k++) {
                Box base = beyond(sh[1][0], sh[1][1], ux, uy, off + k * step, l.w(), l.h());
                candidates.add(base);
                for (int j = 1; j <= 6 && k <= 4; j++) {
                    candidates.add(new Box(base.x() - uy * j * step, base.y() + ux * j * step, base.w(), base.h()));
                    candidates.add(new Box(base.x() + uy * j * step, base.y() - ux * j * step, base.w(), base.h()));
                }
            }
            Box want = null;
            for (int strict = 0; strict < 2 && want == null; strict++) {
                for (Box c : candidates) {
                    if (p.free(c) && !crossesAny(c, shafts) && (strict == 1 || dots.stream().noneMatch(d -> overlaps(c, d)))
                            && (legend == null || !overlaps(c, legend))) {
                        want = c;
                        break;
                    }
                }
            }
            if (want == null) {
                want = labelBoxes.get(i);
            }
            double ty = want.y();
            for (int j = 0; j < l.lines().size(); j++) {
                TextStyle st = l.styles().get(j);
                double lw = p.width(l.lines().get(j), st);
                // aligned to the side of the tip: left edge right of it, right edge left of it, centred above or below
                double lx = ux > 0.35 ? want.x() : ux < -0.35 ? want.right() - lw : want.x() + (want.w() - lw) / 2;
                Box line = p.text(l.lines().get(j), st, lx, ty, arrows.get(i).line());
                p.taken.remove(line);
                ty += p.height(st);
            }
            p.taken.add(want);
        }
        // the origin's name beside its ring, clear of the arrows
        if (chart.origin() != null) {
            String name = chart.origin().value();
            double w = p.width(name, originStyle);
            double h = p.height(originStyle);
            double g = ringR + 6 * ctx.scale;
            List<Box> at = new ArrayList<>();
            for (double far : new double[] {1, 1.6, 2.4}) {
                double d = g * far;
                at.add(new Box(ox + d, oy - h / 2, w, h));
                at.add(new Box(ox - d - w, oy - h / 2, w, h));
                at.add(new Box(ox - w / 2, oy + d, w, h));
                at.add(new Box(ox - w / 2, oy - d - h, w, h));
                at.add(new Box(ox + d * 0.7, oy + d * 0.7, w, h));
                at.add(new Box(ox - d * 0.7 - w, oy + d * 0.7, w, h));
                at.add(new Box(ox + d * 0.7, oy - d * 0.7 - h, w, h));
                at.add(new Box(ox - d * 0.7 - w, oy - d * 0.7 - h, w, h));
            }
            Box want = null;
            for (int strict = 0; strict < 2 && want == null; strict++) {
                for (Box c : at) {
                    if (p.free(c) && !crossesAny(c, shafts) && (strict == 1 || dots.stream().noneMatch(d -> overlaps(c, d)))) {
                        want = c;
                        break;
                    }
                }
            }
            want = want == null ? at.get(0) : want;
            p.text(name, originStyle, want.x(), want.y(), chart.line());
        }
        // the legend
        if (legend != null) {
            double ly = legend.y();
            for (Entry e : entries) {
                double mid = ly + rowH / 2;
                if (e.ring()) {
                    out.dot(legend.x() + sw / 2, mid, dotR, p.quiet, null, 0);
                } else {
                    out.polyline(List.of(ChartPaint.pt(legend.x(), mid), ChartPaint.pt(legend.x() + sw, mid)), e.colour(), e.width(),
                            null, true, false, Shape.Role.CURVE, chart.line());
                }
                p.text(e.text(), legendStyle, legend.x() + sw + gap, ly, chart.line());
                ly += rowH + 4 * ctx.scale;
            }
        }
    }

    /** A scale (px per unit), the origin's place, and each label's box beyond its tip at that scale. */
    private record Fit(double s, double ox, double oy, List<Box> boxes, List<double[]> tips, List<double[]> cloud) {
    }

    private Fit fit(ChartPaint p, Box room, List<Label> labels, double ringR, double dotR, double off) {
        double lo = 1;
        double hi = Math.max(room.w(), room.h()) * 2;
        Fit best = place(room, labels, lo, ringR, dotR, off);
        for (int k = 0; k < 40; k++) {
            double mid = (lo + hi) / 2;
            Fit f = place(room, labels, mid, ringR, dotR, off);
            if (f != null) {
                best = f;
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return best != null ? best : place(new Box(room.x(), room.y(), Math.max(room.w(), 1e4), Math.max(room.h(), 1e4)), labels,
                1, ringR, dotR, off);
    }

    /** Everything laid out at scale s round an origin at (0, 0), centred in the room; null when it does not fit. */
    private Fit place(Box room, List<Label> labels, double s, double ringR, double dotR, double off) {
        double[] e = {-ringR, ringR, -ringR, ringR};
        List<Box> boxes = new ArrayList<>();
        List<double[]> tips = new ArrayList<>();
        for (int i = 0; i < chart.arrows().size(); i++) {
            Arrow a = chart.arrows().get(i);
            double x = a.dx().v() * s;
            double y = -a.dy().v() * s;
            double len = Math.max(1e-9, Math.hypot(x, y));
            Label l = labels.get(i);
            Box lb = beyond(x, y, x / len, y / len, off, l.w(), l.h());
            boxes.add(lb);
            tips.add(new double[] {x, y});
            e[0] = Math.min(e[0], Math.min(x, lb.x()));
            e[1] = Math.max(e[1], Math.max(x, lb.right()));
            e[2] = Math.min(e[2], Math.min(y, lb.y()));
            e[3] = Math.max(e[3], Math.max(y, lb.bottom()));
        }
        List<double[]> cloud = new ArrayList<>();
        for (Chart.Point pt : chart.cloud()) {
            double x = pt.x().v() * s;
            double y = -pt.y().v() * s;
            cloud.add(new double[] {x, y});
            e[0] = Math.min(e[0], x - dotR);
            e[1] = Math.max(e[1], x + dotR);
            e[2] = Math.min(e[2], y - dotR);
            e[3] = Math.max(e[3], y + dotR);
        }
        if (e[1] - e[0] > room.w() || e[3] - e[2] > room.h()) {
            return null;
        }
        double ox = room.x() + (room.w() - (e[1] - e[0])) / 2 - e[0];
        double oy = room.y() + (room.h() - (e[3] - e[2])) / 2 - e[2];
        List<Box> placed = boxes.stream().map(x -> new Box(x.x() + ox, x.y() + oy, x.w(), x.h())).toList();
        return new Fit(s, ox, oy, placed, tips, cloud);
    }

    /** What the plot draws at a fit: its labels, tips, cloud and origin, as one box. */
    private static Box content(Fit f, double ringR, double dotR) {
        double x0 = f.ox() - ringR;
        double x1 = f.ox() + ringR;
        double y0 = f.oy() - ringR;
        double y1 = f.oy() + ringR;
        for (Box l : f.boxes()) {
            x0 = Math.min(x0, l.x());
            x1 = Math.max(x1, l.right());
            y0 = Math.min(y0, l.y());
            y1 = Math.max(y1, l.bottom());
        }
        for (double[] t : f.tips()) {
            x0 = Math.min(x0, f.ox() + t[0]);
            x1 = Math.max(x1, f.ox() + t[0]);
            y0 = Math.min(y0, f.oy() + t[1]);
            y1 = Math.max(y1, f.oy() + t[1]);
        }
        for (double[] d : f.cloud()) {
            x0 = Math.min(x0, f.ox() + d[0] - dotR);
            x1 = Math.max(x1, f.ox() + d[0] + dotR);
            y0 = Math.min(y0, f.oy() + d[1] - dotR);
            y1 = Math.max(y1, f.oy() + d[1] + dotR);
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * Where the legend goes: beside the plot (right, then left, its foot on the plot's), else a corner of the
     * room, wherever it meets no label, arrow or mark; null when none is free.
     */
    private Box legendPlace(Fit f, Box room, double w, double h, double ringR, double dotR, double gap) {
        List<double[][]> shafts = new ArrayList<>();
        for (double[] t : f.tips()) {
            shafts.add(new double[][] {{f.ox(), f.oy()}, {f.ox() + t[0], f.oy() + t[1]}});
        }
        Box c = content(f, ringR, dotR);
        double pad = 6;
        // beside the drawing at its top, where a figure's empty corner most often is, else at its foot, else in
        // the room's corners
        Box[] at = {
            new Box(c.right() + 3 * gap, c.y(), w, h),
            new Box(c.right() + 3 * gap, c.bottom() - h, w, h), new Box(c.x() - 3 * gap - w, c.bottom() - h, w, h),
            new Box(room.right() - w, room.bottom() - h, w, h), new Box(room.x(), room.bottom() - h, w, h),
            new Box(room.right() - w, room.y(), w, h), new Box(room.x(), room.y(), w, h)};
        for (Box a : at) {
            Box grown = new Box(a.x() - pad, a.y() - pad, a.w() + 2 * pad, a.h() + 2 * pad);
            boolean inRoom = a.x() >= room.x() && a.right() <= room.right() && a.y() >= room.y() && a.bottom() <= room.bottom();
            boolean clear = inRoom && f.boxes().stream().noneMatch(l -> overlaps(grown, l)) && !crossesAny(grown, shafts)
                    && f.cloud().stream().noneMatch(d -> overlaps(grown, new Box(f.ox() + d[0] - dotR, f.oy() + d[1] - dotR, 2 * dotR, 2 * dotR)))
                    && !overlaps(grown, new Box(f.ox() - 2 * ringR, f.oy() - 2 * ringR, 4 * ringR, 4 * ringR));
            if (clear) {
                return a;
            }
        }
        return null;
    }

    static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static boolean crossesAny(Box b, List<double[][]> segments) {
        for (double[][] s : segments) {
            if (crosses(b, s[0], s[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the segment from a to c meets the box (Liang-Barsky clipping). */
    static boolean crosses(Box b, double[] a, double[] c) {
        double t0 = 0;
        double t1 = 1;
        double dx = c[0] - a[0];
        double dy = c[1] - a[1];
        double[] pp = {-dx, dx, -dy, dy};
        double[] qq = {a[0] - b.x(), b.right() - a[0], a[1] - b.y(), b.bottom() - a[1]};
        for (int i = 0; i < 4; i++) {
            if (pp[i] == 0) {
                if (qq[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = qq[i] / pp[i];
            if (pp[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        return true;
    }
}
