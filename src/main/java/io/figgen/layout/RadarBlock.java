package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart.Radar;
import io.figgen.scene.chart.Chart.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A radar chart drawn from its data: navy hairline spokes from the centre, four faint rings, a polygon per
 * series (the highlighted one coral with a light flat fill, the others navy dashed) with a dot on each vertex,
 * each spoke's label outside the outer ring where it overlaps no other, the centre mark, and a small legend
 * (series and the sketch's own legend lines) beside the chart or under it. The chart is square, as large as
 * the box allows.
 */
final class RadarBlock extends PlotBlock {
    private static final Pattern KEYED = Pattern.compile("^(\\S{1,3})\\s*=\\s*(.+)$");
    private static final double[] RINGS = {0.25, 0.5, 0.75, 1.0};

    private final Radar chart;

    RadarBlock(Radar chart) {
        super(360);
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        return 320 * ctx.scale;
    }

    @Override
    double comfortable(Ctx ctx, double width) {
        return Math.max(320 * ctx.scale, Math.min(600 * ctx.scale, width * 0.6));
    }

    /** A spoke's label: its lines (the name, wrapped in two when long; the written value under it). */
    private record Label(List<String> lines, List<TextStyle> styles, double w, double h) {
    }

    /** One legend row: a swatch kind and its words. */
    private record Entry(String swatch, int series, String text) {
    }

    private static boolean caps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private Label label(ChartPaint p, Text t, TextStyle capsStyle, double limit) {
        String name = t.runs().isEmpty() ? "" : t.runs().get(0).value();
        TextStyle st = caps(name) ? capsStyle : p.name;
        List<String> lines = new ArrayList<>();
        List<TextStyle> styles = new ArrayList<>();
        if (p.width(name, st) > limit && name.contains(" ")) {
            // two lines, broken at the space nearest the middle
            int mid = name.length() / 2;
            int cut = -1;
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) == ' ' && (cut < 0 || Math.abs(i - mid) < Math.abs(cut - mid))) {
                    cut = i;
                }
            }
            lines.add(name.substring(0, cut));
            lines.add(name.substring(cut + 1));
            styles.add(st);
            styles.add(st);
        } else if (!name.isEmpty()) {
            lines.add(name);
            styles.add(st);
        }
        for (int i = 1; i < t.runs().size(); i++) {
            lines.add(t.runs().get(i).value());
            styles.add(p.tick);
        }
        double w = 0;
        double h = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, p.width(lines.get(i), styles.get(i)));
            h += p.height(styles.get(i));
        }
        return new Label(lines, styles, w, h);
    }

    /** Where a label of size w x h goes outside radius r at angle t (clockwise from the top) from (cx, cy). */
    private static Box place(double cx, double cy, double r, double t, double w, double h) {
        double s = Math.sin(t);
        double c = Math.cos(t);
        double ax = cx + r * s;
        double ay = cy - r * c;
        double x = s > 0.2 ? ax : s < -0.2 ? ax - w : ax - w / 2;
        double y = c > 0.2 ? ay - h : c < -0.2 ? ay : ay - h / 2;
        if (Math.abs(s) > 0.2 && Math.abs(c) > 0.2) {
            // an oblique spoke: the label's nearest corner on the spoke's line, pulled halfway to the side
            y = c > 0 ? ay - h * 0.75 : ay - h * 0.25;
        }
        return new Box(x, y, w, h);
    }

    private static boolean inside(Box b, double x0, double y0, double x1, double y1) {
        return b.x() >= x0 - 0.01 && b.y() >= y0 - 0.01 && b.right() <= x1 + 0.01 && b.bottom() <= y1 + 0.01;
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        ChartPaint p = new ChartPaint(ctx, out, b);
        TextStyle section = ctx.style("section");
        TextStyle capsStyle = section.withSize(Math.max(ctx.minFont, section.size() * 0.82));
        int n = chart.spokes().size();
        List<Label> labels = new ArrayList<>();
        // a long name takes two lines when one would hold the chart's radius back in a narrow box
        double limit = Math.min(240 * ctx.scale, b.w() * 0.17);
        for (Text t : chart.spokes()) {
            labels.add(label(p, t, capsStyle, limit));
        }
        // the legend: named series, then the sketch's own legend lines
        List<Entry> entries = new ArrayList<>();
        List<Series> series = chart.series();
        for (int k = 0; k < series.size(); k++) {
            if (series.get(k).name() != null) {
                entries.add(new Entry("series", k, series.get(k).name().value()));
            }
        }
        if (chart.legend() != null) {
            for (Text.Run run : chart.legend().runs()) {
                Matcher m = KEYED.matcher(run.value().strip());
                if (m.matches()) {
                    boolean centre = chart.centre() != null && chart.centre().value().equals(m.group(1));
                    entries.add(new Entry(centre ? "centre" : "key", -1, m.group(2).strip()));
                } else {
                    entries.add(new Entry("", -1, run.value().strip()));
                }
            }
        }
        TextStyle entryStyle = p.name.withColor(ctx.color("label"));
        double sw = 22 * ctx.scale;
        double gap = 10 * ctx.scale;
        double legendW = 0;
        double legendH = 0;
        for (Entry e : entries) {
            legendW = Math.max(legendW, (e.swatch().isEmpty() ? 0 : sw + gap) + p.width(e.text(), entryStyle));
            legendH += p.height(entryStyle) + 4 * ctx.scale;
        }
        double labelW = labels.stream().mapToDouble(Label::w).max().orElse(0);
        double labelH = labels.stream().mapToDouble(Label::h).max().orElse(0);
        // beside when the box is wide enough to hold the square chart, its labels and the legend; else under
        double side = Math.min(b.h(), b.w() - 2 * labelW);
        boolean beside = !entries.isEmpty() && b.w() - (side + 2 * labelW + 2 * gap) >= legendW + 4 * gap;
        double x0 = b.x();
        double y0 = b.y();
        double x1 = beside ? b.right() - legendW - 4 * gap : b.right();
        double y1 = !beside && !entries.isEmpty() ? b.bottom() - legendH - 2 * gap : b.bottom();
        double cxp = (x0 + x1) / 2;
        double cyp = (y0 + y1) / 2;
        double off = 10 * ctx.scale;
        double r = Math.max(10, Math.min(x1 - x0, y1 - y0) / 2);
        for (; r > 20 * ctx.scale; r -= 2) {
            boolean fits = true;
            for (int i = 0; i < n && fits; i++) {
                Label l = labels.get(i);
                fits = inside(place(cxp, cyp, r + off, 2 * Math.PI * i / n, l.w(), l.h()), x0, y0, x1, y1);
            }
            if (fits) {
                break;
            }
        }
        if (beside) {
            // the legend stands close to the chart rather than at the far edge
            double right = cxp + r + off + labelW;
            for (int i = 0; i < n; i++) {
                Label l = labels.get(i);
                right = Math.max(right, place(cxp, cyp, r + off, 2 * Math.PI * i / n, l.w(), l.h()).right());
            }
            double shift = Math.max(0, (x1 - right) / 2);
            cxp += shift;
        }
        double stroke = Ctx.round(Math.max(1, ctx.scale));
        List<double[]> outer = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outer.add(at(cxp, cyp, r, i, n));
        }
        // the others first, the highlighted series on top
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            if (!series.get(k).highlight()) {
                order.add(k);
            }
        }
        for (int k = 0; k < series.size(); k++) {
            if (series.get(k).highlight()) {
                order.add(k);
            }
        }
        List<List<double[]>> shapes = new ArrayList<>();
        for (Series s : series) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pts.add(at(cxp, cyp, r * clamp(s.values().get(i).v()), i, n));
            }
            shapes.add(pts);
        }
        // the outer ring a flat faint zone, the highlighted series' light fill, then rings and spokes over them
        out.polygon(outer, p.grid, 1, null, 0, null);
        for (int k : order) {
            if (series.get(k).highlight()) {
                out.polygon(shapes.get(k), p.coral, 0.14, null, 0, null);
            }
        }
        for (double k : RINGS) {
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ring.add(at(cxp, cyp, r * k, i, n));
            }
            out.polygon(ring, null, 0, p.quiet, k == 1.0 ? stroke : Ctx.round(0.75 * ctx.scale), null);
        }
        for (int i = 0; i < n; i++) {
            out.polyline(List.of(ChartPaint.pt(cxp, cyp), outer.get(i)), p.navy, stroke, null, false, false,
                    Shape.Role.AXIS, chart.line());
        }
        double dotR = Math.max(3, 4.5 * ctx.scale);
        for (int k : order) {
            Series s = series.get(k);
            List<double[]> pts = shapes.get(k);
            if (s.highlight()) {
                out.polygon(pts, null, 0, p.coral, Ctx.round(2.5 * ctx.scale), null);
            } else {
                out.polygon(pts, null, 0, p.navy, Ctx.round(2 * ctx.scale), new double[] {7 * ctx.scale, 5 * ctx.scale});
            }
            for (double[] pt : pts) {
                out.dot(pt[0], pt[1], s.highlight() ? dotR * 1.15 : dotR, s.highlight() ? p.coral : p.navy, null, 0);
            }
        }
        if (chart.centre() != null) {
            star(out, cxp, cyp, 10 * ctx.scale, p.coral);
        }
        // labels outside the outer ring, pushed out along their spoke until they overlap no other
        for (int i = 0; i < n; i++) {
            Label l = labels.get(i);
            if (l.lines().isEmpty()) {
                continue;
            }
            double t = 2 * Math.PI * i / n;
            Box want = place(cxp, cyp, r + off, t, l.w(), l.h());
            for (int k = 1; k <= 12 && !free(p, want, outer); k++) {
                Box next = place(cxp, cyp, r + off + k * 4 * ctx.scale, t, l.w(), l.h());
                if (!inside(next, b.x(), b.y(), b.right(), b.bottom())) {
                    // no room further out: slide along the ring's tangent instead
                    double dir = Math.cos(t) >= 0 ? -1 : 1;
                    next = new Box(want.x(), want.y() + dir * 4 * ctx.scale, want.w(), want.h());
                }
                want = next;
            }
            double ty = want.y();
            for (int j = 0; j < l.lines().size(); j++) {
                TextStyle st = l.styles().get(j);
                double lw = p.width(l.lines().get(j), st);
                double s = Math.sin(t);
                double lx = s > 0.2 ? want.x() : s < -0.2 ? want.right() - lw : want.x() + (want.w() - lw) / 2;
                p.text(l.lines().get(j), st, lx, ty, chart.line());
                ty += p.height(st);
            }
        }
        // the legend
        double lx;
        double ly;
        if (beside) {
            lx = cxp + r + off + labelW + 4 * gap;
            double right = 0;
            for (int i = 0; i < n; i++) {
                Label l = labels.get(i);
                right = Math.max(right, place(cxp, cyp, r + off, 2 * Math.PI * i / n, l.w(), l.h()).right());
            }
            lx = Math.min(Math.max(right + 4 * gap, cxp + r + 4 * gap), b.right() - legendW);
            ly = cyp - legendH / 2;
        } else {
            lx = cxp - legendW / 2;
            ly = b.bottom() - legendH;
        }
        double rowH = p.height(entryStyle);
        for (Entry e : entries) {
            double mid = ly + rowH / 2;
            double tx = lx;
            if (e.swatch().equals("series")) {
                Series s = series.get(e.series());
                List<double[]> sq = List.of(ChartPaint.pt(lx, mid - sw / 3), ChartPaint.pt(lx + sw, mid - sw / 3),
                        ChartPaint.pt(lx + sw, mid + sw / 3), ChartPaint.pt(lx, mid + sw / 3));
                if (s.highlight()) {
                    out.polygon(sq, p.coral, 0.14, p.coral, Ctx.round(2 * ctx.scale), null);
                } else {
                    out.polygon(sq, null, 0, p.navy, Ctx.round(2 * ctx.scale), new double[] {4 * ctx.scale, 3 * ctx.scale});
                }
                tx += sw + gap;
            } else if (e.swatch().equals("centre")) {
                star(out, lx + sw / 2, mid, 8 * ctx.scale, p.coral);
                tx += sw + gap;
            } else if (e.swatch().equals("key")) {
                out.rect(lx + sw / 2 - 4 * ctx.scale, mid - 4 * ctx.scale, 8 * ctx.scale, 8 * ctx.scale, p.navy, null, 0, null);
                tx += sw + gap;
            }
            p.text(e.text(), entryStyle, tx, ly, chart.line());
            ly += rowH + 4 * ctx.scale;
        }
    }

    /** Whether a label's box overlaps no label placed so far and stays outside the outer ring. */
    private static boolean free(ChartPaint p, Box want, List<double[]> ring) {
        for (Box t : p.taken) {
            if (overlaps(t, want)) {
                return false;
            }
        }
        return !touches(want, ring);
    }

    /** Whether a box and a convex polygon share any point (sampled along the box's edges, and the polygon's vertices). */
    static boolean touches(Box b, List<double[]> ring) {
        for (double[] v : ring) {
            if (v[0] > b.x() && v[0] < b.right() && v[1] > b.y() && v[1] < b.bottom()) {
                return true;
            }
        }
        for (int k = 0; k <= 8; k++) {
            double fx = b.x() + b.w() * k / 8;
            double fy = b.y() + b.h() * k / 8;
            for (double[] q : new double[][] {{fx, b.y()}, {fx, b.bottom()}, {b.x(), fy}, {b.right(), fy}}) {
                if (contains(ring, q[0], q[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean contains(List<double[]> poly, double x, double y) {
        boolean in = false;
        for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            double[] a = poly.get(i);
            double[] c = poly.get(j);
            if ((a[1] > y) != (c[1] > y) && x < (c[0] - a[0]) * (y - a[1]) / (c[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** The point at radius r on spoke i of n, clockwise from the top. */
    static double[] at(double cx, double cy, double r, int i, int n) {
        double t = 2 * Math.PI * i / n;
        return ChartPaint.pt(cx + r * Math.sin(t), cy - r * Math.cos(t));
    }

    /** A flat five-pointed star: the sketch's centre mark. */
    private static void star(Canvas out, double cx, double cy, double r, String fill) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double t = Math.PI * i / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            pts.add(ChartPaint.pt(cx + rr * Math.sin(t), cy - rr * Math.cos(t)));
        }
        out.polygon(pts, fill, 1, null, 0, null);
    }
}
