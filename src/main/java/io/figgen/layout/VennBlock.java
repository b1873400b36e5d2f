package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Venn diagram: the sets' circles as navy hairlines in the middle, each pairwise overlap a quiet tint and the
 * selected region (the triple intersection) in coral; each set's name, note and items in a column beside the
 * circles with a leader to its circle, each region's title, question and items at the region's centre. The
 * circles keep the proportions the YAML gives them. Everything is planned first and drawn once no two texts
 * meet: when they do, the type steps down (to the figure's minimum) and the plan is made again.
 */
final class VennBlock extends PlotBlock {
    private final Chart.Venn chart;

    VennBlock(Chart.Venn chart) {
        super(480);
        this.chart = chart;
    }

    @Override
    double height(Ctx ctx, double width) {
        // the least it reads at; it stretches into whatever room the page leaves
        return Math.max(320 * ctx.scale, Math.min(520 * ctx.scale, width * 0.34));
    }

    /** A circle in the block's pixels. */
    private record Circle(double x, double y, double r) {
        boolean holds(double px, double py) {
            return Math.hypot(px - x, py - y) <= r;
        }
    }

    /** One line of text to draw: its words, style and top left. */
    private record Line(String text, TextStyle style, double x, double y, double w, double h, int source) {
        Box box() {
            return new Box(x, y, w, h);
        }

        Line at(double dx, double dy) {
            return new Line(text, style, x + dx, y + dy, w, h, source);
        }
    }

    /** A hairline from a text block to the point it names (a region's centre, a set's circle). */
    private record Leader(List<double[]> points, boolean coral, int source) {
        Leader(double x1, double y1, double x2, double y2, boolean coral, int source) {
            this(List.of(ChartPaint.pt(x1, y1), ChartPaint.pt(x2, y2)), coral, source);
        }
    }

    /** Everything placed: the texts, the callout bar's lines (empty for none) and the leaders. */
    private record Plan(List<Line> lines, List<Line> bar, List<Leader> leaders, List<Box> plates) {
    }

    /** Where each set sits in the sketch's own units: the YAML's circles, or two or three laid evenly. */
    private List<double[]> geometry() {
        List<double[]> out = new ArrayList<>();
        boolean placed = chart.sets().stream().noneMatch(s -> Double.isNaN(s.r()));
        for (int i = 0; i < chart.sets().size(); i++) {
            Chart.VennSet s = chart.sets().get(i);
            if (placed) {
                out.add(new double[] {s.x(), s.y(), s.r()});
            } else if (chart.sets().size() == 2) {
                out.add(new double[] {i == 0 ? -0.62 : 0.62, 0, 1});
            } else {
                double a = -Math.PI / 2 + i * 2 * Math.PI / 3;
                out.add(new double[] {0.7 * Math.cos(a), 0.7 * Math.sin(a), 1});
            }
        }
        return out;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        Plan plan = null;
        List<Circle> circles = null;
        double k = 1;
        for (int attempt = 0; attempt < 6; attempt++) {
            circles = new ArrayList<>();
            plan = plan(ctx, b, k, circles);
            if (!collides(plan, b)) {
                break;
            }
            k *= 0.9;
        }
        paint(ctx, out, b, circles, plan);
    }

    private TextStyle sized(Ctx ctx, String role, double k) {
        TextStyle s = ctx.style(role);
        return s.withSize(Math.max(ctx.minFont, Math.round(s.size() * k * 10) / 10.0));
    }

    /** The sets' columns, the circles and every text's place, at type factor k. */
    private Plan plan(Ctx ctx, Box b, double k, List<Circle> circles) {
        TextStyle setName = sized(ctx, "title", 0.72 * k).withColor(ctx.color("navy"));
        TextStyle fullName = sized(ctx, "strong", 1.1 * k);
        TextStyle note = sized(ctx, "body", k).withColor(ctx.color("caption"));
        TextStyle item = sized(ctx, "code", 1.05 * k);
        List<double[]> geo = geometry();
        double cx0 = 0;
        double cy0 = 0;
        for (double[] g : geo) {
            cx0 += g[0] / geo.size();
            cy0 += g[1] / geo.size();
        }
        // each set's text stands on the side of the diagram its circle leans to; one in the middle goes left
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < geo.size(); i++) {
            double dx = geo.get(i)[0] - cx0;
            (dx > 0.2 * geo.get(i)[2] ? right : dx < -0.2 * geo.get(i)[2] ? left : left.size() <= right.size() ? left : right).add(i);
        }
        Comparator<Integer> byY = Comparator.comparingDouble(i -> geo.get(i)[1]);
        left.sort(byY);
        right.sort(byY);
        double gap = 24 * ctx.scale;
        double colW = Math.min(b.w() * 0.24, Math.max(columnWidth(ctx, left, setName, fullName, note, item),
                columnWidth(ctx, right, setName, fullName, note, item)));
        double[] bbox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] g : geo) {
            bbox[0] = Math.min(bbox[0], g[0] - g[2]);
            bbox[1] = Math.min(bbox[1], g[1] - g[2]);
            bbox[2] = Math.max(bbox[2], g[0] + g[2]);
            bbox[3] = Math.max(bbox[3], g[1] + g[2]);
        }
        double diagW = b.w() - 2 * (colW + gap);
        double s = Math.min(diagW / (bbox[2] - bbox[0]), b.h() / (bbox[3] - bbox[1]));
        double ox = b.x() + b.w() / 2 - s * (bbox[0] + bbox[2]) / 2;
        double oy = b.y() + b.h() / 2 - s * (bbox[1] + bbox[3]) / 2;
        for (double[] g : geo) {
            circles.add(new Circle(ox + s * g[0], oy + s * g[1], s * g[2]));
        }
        List<Line> plan = new ArrayList<>();
        column(ctx, plan, left, b.x(), colW, b, setName, fullName, note, item);
        column(ctx, plan, right, b.right() - colW, colW, b, setName, fullName, note, item);
        List<Leader> leaders = new ArrayList<>();
        setLeaders(ctx, plan, circles, leaders);
        // the selected region first: it takes its own centre
        List<Chart.VennRegion> order = new ArrayList<>(chart.regions());
        order.sort(Comparator.comparing(r -> !r.highlight()));
        for (Chart.VennRegion r : order) {
            region(ctx, plan, leaders, r, circles, k, b);
        }
        List<Box> plates = new ArrayList<>();
        for (Chart.VennRegion r : chart.regions()) {
            if (r.highlight()) {
                double pad = 10 * ctx.scale;
                List<Line> own = plan.stream().filter(l -> l.source() == r.line()).toList();
                if (!own.isEmpty()) {
                    double x0 = own.stream().mapToDouble(Line::x).min().orElse(0) - pad;
                    double y0 = own.stream().mapToDouble(Line::y).min().orElse(0) - pad;
                    double x1 = own.stream().mapToDouble(l -> l.x() + l.w()).max().orElse(0) + pad;
                    double y1 = own.stream().mapToDouble(l -> l.y() + l.h()).max().orElse(0) + pad;
                    plates.add(new Box(x0, y0, x1 - x0, y1 - y0));
                }
            }
        }
        return new Plan(plan, callout(ctx, plan, leaders, circles, k, b), leaders, plates);
    }

    /** Each set's name leads to its circle: along the name's line out of its column, then straight to the circle. */
    private void setLeaders(Ctx ctx, List<Line> plan, List<Circle> circles, List<Leader> leaders) {
        for (int i = 0; i < chart.sets().size(); i++) {
            Chart.VennSet s = chart.sets().get(i);
            Circle c = circles.get(i);
            double right = -Double.MAX_VALUE;
            double left = Double.MAX_VALUE;
            Line name = null;
            for (Line l : plan) {
                if (l.source() == s.line() && (name == null || l.y() - name.y() < 400 * ctx.scale)) {
                    if (name == null && l.text().equals(s.label().value())) {
                        name = l;
                    }
                    if (name != null) {
                        right = Math.max(right, l.x() + l.w());
                        left = Math.min(left, l.x());
                    }
                }
            }
            if (name == null) {
                continue;
            }
            // along the name's line out of the column, then straight to the circle
            boolean leftSide = name.x() < c.x();
            double gap = 12 * ctx.scale;
            double sx = leftSide ? name.x() + name.w() + gap : name.x() - gap;
            double lx = leftSide ? right + gap : left - gap;
            double ly = name.y() + name.h() / 2;
            double a = Math.atan2(ly - c.y(), lx - c.x());
            double ex = c.x() + c.r() * Math.cos(a);
            double ey = c.y() + c.r() * Math.sin(a);
            if (Math.hypot(lx - c.x(), ly - c.y()) > c.r() + 6 * ctx.scale) {
                leaders.add(new Leader(List.of(ChartPaint.pt(sx, ly), ChartPaint.pt(lx, ly), ChartPaint.pt(ex, ey)), true,
                        s.line()));
            }
        }
    }

    private double columnWidth(Ctx ctx, List<Integer> sets, TextStyle... styles) {
        double w = 0;
        for (int i : sets) {
            Chart.VennSet s = chart.sets().get(i);
            w = Math.max(w, ctx.width(s.label().value(), styles[0]));
            w = Math.max(w, s.name() == null ? 0 : Math.min(ctx.width(s.name().value(), styles[1]), 320 * ctx.scale));
            w = Math.max(w, s.note() == null ? 0 : ctx.width(s.note().value(), styles[2]));
            for (Text t : s.items()) {
                w = Math.max(w, ctx.width(t.value(), styles[3]));
            }
        }
        return w;
    }

    /** The sets of one side, top to bottom, spread over the block's height. */
    private void column(Ctx ctx, List<Line> plan, List<Integer> sets, double x, double w, Box b, TextStyle setName,
                        TextStyle fullName, TextStyle note, TextStyle item) {
        if (sets.isEmpty()) {
            return;
        }
        List<List<Line>> blocks = new ArrayList<>();
        double total = 0;
        for (int i : sets) {
            Chart.VennSet s = chart.sets().get(i);
            List<Line> lines = new ArrayList<>();
            double y = 0;
            y = add(ctx, lines, s.label().value(), setName, x, y, w, s.line());
            if (s.name() != null) {
                y = add(ctx, lines, s.name().value(), fullName, x, y, w, s.line());
            }
            if (s.note() != null) {
                y = add(ctx, lines, s.note().value(), note, x, y, w, s.line());
            }
            y += ctx.lineHeight(item) * 0.4;
            for (Text t : s.items()) {
                y = add(ctx, lines, t.value(), item, x, y, w, s.line());
            }
            blocks.add(lines);
            total += y;
        }
        double free = Math.max(0, b.h() - total);
        double step = blocks.size() == 1 ? 0 : free / (blocks.size() - 1);
        double y = b.y() + (blocks.size() == 1 ? free * 0.15 : 0);
        for (List<Line> lines : blocks) {
            double bottom = y;
            for (Line l : lines) {
                Line moved = new Line(l.text(), l.style(), l.x(), l.y() + y, l.w(), l.h(), l.source());
                plan.add(moved);
                bottom = moved.y() + moved.h();
            }
            y = bottom + step;
        }
    }

    /** Adds {@code text} wrapped to {@code w} at (x, y) relative; returns the y under it. */
    private static double add(Ctx ctx, List<Line> lines, String text, TextStyle st, double x, double y, double w, int source) {
        double h = ctx.lineHeight(st);
        for (String part : wrap(ctx, text, st, w)) {
            lines.add(new Line(part, st, x, y, ctx.width(part, st), h, source));
            y += h;
        }
        return y;
    }

    /**
     * The text in lines no wider than {@code w} where its words allow; a word wider than that breaks after its
     * hyphens ("UNCERTAINTY-" / "AWARE"), so a region's title can stand in a narrow lens.
     */
    private static List<String> wrap(Ctx ctx, String text, TextStyle st, double w) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (word.indexOf('-', 1) > 0 && word.indexOf('-', 1) < word.length() - 1 && ctx.width(word, st) > w) {
                // the pieces after the first are glued on (a leading NUL marks "no space before")
                String[] pieces = word.split("(?<=-)(?=.)");
                words.add(pieces[0]);
                for (int i = 1; i < pieces.length; i++) {
                    words.add("\0" + pieces[i]);
                }
            } else {
                words.add(word);
            }
        }
        for (String token : words) {
            boolean glued = token.startsWith("\0");
            String word = glued ? token.substring(1) : token;
            String next = cur.length() == 0 ? word : cur + (glued ? "" : " ") + word;
            if (cur.length() > 0 && ctx.width(next, st) > w) {
                out.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(next);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The centre of the part of the diagram that lies in exactly the region's sets. */
    private static double[] centre(Chart.VennRegion r, List<Circle> circles) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Circle c : circles) {
            minX = Math.min(minX, c.x() - c.r());
            minY = Math.min(minY, c.y() - c.r());
            maxX = Math.max(maxX, c.x() + c.r());
            maxY = Math.max(maxY, c.y() + c.r());
        }
        double sx = 0;
        double sy = 0;
        int n = 0;
        int steps = 120;
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; j <= steps; j++) {
                double x = minX + (maxX - minX) * i / steps;
                double y = minY + (maxY - minY) * j / steps;
                if (inExactly(r.sets(), circles, x, y)) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[] {sx / n, sy / n};
    }

    /** Whether a leader's segments pass through a box. */
    private static boolean cuts(Leader l, Box b) {
        for (int i = 1; i < l.points().size(); i++) {
            if (VectorsBlock.crosses(b, l.points().get(i - 1), l.points().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many circles' outlines pass through a box (a box wholly in or wholly out of a circle is not crossed). */
    private static int crossings(Box box, List<Circle> circles) {
        int n = 0;
        for (Circle c : circles) {
            double nx = Math.max(box.x(), Math.min(c.x(), box.right()));
            double ny = Math.max(box.y(), Math.min(c.y(), box.bottom()));
            boolean touches = Math.hypot(nx - c.x(), ny - c.y()) < c.r();
            double fx = Math.max(Math.abs(box.x() - c.x()), Math.abs(box.right() - c.x()));
            double fy = Math.max(Math.abs(box.y() - c.y()), Math.abs(box.bottom() - c.y()));
            boolean inside = Math.hypot(fx, fy) <= c.r();
            if (touches && !inside) {
                n++;
            }
        }
        return n;
    }

    private static boolean inExactly(List<Integer> sets, List<Circle> circles, double x, double y) {
        for (int i = 0; i < circles.size(); i++) {
            if (circles.get(i).holds(x, y) != sets.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A region's title, question and items: at the region's centre when they fit there among what is placed,
     * else at the nearest free place, with a leader to the centre. The selected region's title is larger.
     */
    private void region(Ctx ctx, List<Line> plan, List<Leader> leaders, Chart.VennRegion r, List<Circle> circles, double k,
                        Box b) {
        double[] c = centre(r, circles);
        if (c == null) {
            return;
        }
        // with its items where they fit near the region; else its title and question only, the items being the
        // spec's detail (check lists them)
        if (r.items().stream().allMatch(t -> t.runs().stream().noneMatch(run -> run.role().equals("code")))
                || !region(ctx, plan, leaders, r, circles, k, b, c, true)) {
            region(ctx, plan, leaders, r, circles, k, b, c, false);
        }
    }

    /** A region's lines set at one wrap width, and the best free place found for them. */
    private record Placed(List<Line> lines, double bw, double bh, double[] at, double score, int crossed) {
    }

    private boolean region(Ctx ctx, List<Line> plan, List<Leader> leaders, Chart.VennRegion r, List<Circle> circles, double k,
                           Box b, double[] c, boolean full) {
        double minR = circles.stream().mapToDouble(Circle::r).min().orElse(100);
        double w = Math.max(220 * ctx.scale, (r.highlight() ? 1.0 : 0.9) * minR);
        // a lens narrower than the words' width cuts them with its outlines wherever they stand near it: set
        // narrower, in more lines, they may fit inside it; the width whose place costs least wins (a crossing
        // costs as in the search)
        Placed placed = null;
        for (double narrow : r.highlight() ? new double[] {1} : new double[] {1, 0.75, 0.6}) {
            Placed p = place(ctx, plan, leaders, r, circles, k, b, c, full, w * narrow, minR);
            if (placed == null || p.at() != null && (placed.at() == null || p.score() < placed.score() - 1e-9)) {
                placed = p;
            }
            if (placed.at() != null && placed.crossed() == 0) {
                break;
            }
        }
        List<Line> centred = placed.lines();
        double bw = placed.bw();
        double bh = placed.bh();
        double[] best = placed.at();
        double bestScore = placed.score();
        double pad = 6 * ctx.scale;
        boolean holds = best != null && c[0] >= best[0] && c[0] <= best[0] + bw && c[1] >= best[1] && c[1] <= best[1] + bh;
        if (full && (best == null || bestScore > 0.9 * minR || r.highlight() && (!holds || bh > 0.6 * minR))) {
            return false;
        }
        if (best == null) {
            best = new double[] {c[0] - bw / 2, c[1] - bh / 2};
        }
        for (Line l : centred) {
            plan.add(l.at(best[0], best[1]));
        }
        if (!holds) {
            double ex = Math.max(best[0], Math.min(c[0], best[0] + bw));
            double ey = c[1] < best[1] ? best[1] - pad / 2 : c[1] > best[1] + bh ? best[1] + bh + pad / 2 : c[1];
            if (ey == c[1]) {
                ex = c[0] < best[0] ? best[0] - pad : best[0] + bw + pad;
            }
            leaders.add(new Leader(ex, ey, c[0], c[1], false, r.line()));
        }
        return true;
    }

    private Placed place(Ctx ctx, List<Line> plan, List<Leader> leaders, Chart.VennRegion r, List<Circle> circles, double k,
                         Box b, double[] c, boolean full, double w, double minR) {
        TextStyle title = (r.highlight() ? sized(ctx, "title", 0.6 * k) : sized(ctx, "cardTitle", k))
                .withColor(r.highlight() ? ctx.color("heading") : ctx.color("navy"));
        TextStyle question = sized(ctx, "body", 0.95 * k);
        TextStyle item = sized(ctx, "code", 0.85 * k);
        List<Line> lines = new ArrayList<>();
        double y = 0;
        y = add(ctx, lines, r.highlight() ? r.title().value() : r.title().value().toUpperCase(java.util.Locale.ROOT), title, 0, y, w,
                r.line());
        if (r.question() != null) {
            y = add(ctx, lines, r.question().value(), question, 0, y, w, r.line());
        }
        for (Text t : r.items()) {
            // a prose line (the region's question after its subtitle) always stands; data lines when they fit
            boolean prose = t.runs().stream().noneMatch(run -> run.role().equals("code"));
            if (full || prose) {
                y = add(ctx, lines, t.value(), prose ? question : item, 0, y, w, r.line());
            }
        }
        double bw = lines.stream().mapToDouble(Line::w).max().orElse(0);
        double bh = y;
        // lines centred on the block's axis
        List<Line> centred = new ArrayList<>();
        for (Line l : lines) {
            centred.add(new Line(l.text(), l.style(), (bw - l.w()) / 2, l.y(), l.w(), l.h(), l.source()));
        }
        double pad = 6 * ctx.scale;
        double step = Math.max(4, 10 * ctx.scale);
        double[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (double x = b.x(); x + bw <= b.right() + 0.01; x += step) {
            for (double top = b.y(); top + bh <= b.bottom() + 0.01; top += step) {
                Box box = new Box(x - pad, top - pad, bw + 2 * pad, bh + 2 * pad);
                // near the region, and across as few circles as may be: a text cut by a stroke reads badly (reviewers
                // counted each as a text error), so a crossing costs more than a move of a circle's radius and a leader
                // the selected region's own words stand on it whatever strokes they cross (a plate keeps them read)
                double d = Math.hypot(x + bw / 2 - c[0], top + bh / 2 - c[1])
                        + (r.highlight() ? 0 : crossings(box, circles) * 1.2 * minR);
                if (d >= bestScore) {
                    continue;
                }
                if (plan.stream().noneMatch(l -> overlaps(l.box(), box)) && leaders.stream().noneMatch(l -> cuts(l, box))) {
                    best = new double[] {x, top};
                    bestScore = d;
                }
            }
        }
        int crossed = best == null ? Integer.MAX_VALUE
                : crossings(new Box(best[0] - pad, best[1] - pad, bw + 2 * pad, bh + 2 * pad), circles);
        return new Placed(centred, bw, bh, best, bestScore, crossed);
    }

    /** Whether two texts meet, a text leaves the block, or the callout found no room. */
    private boolean collides(Plan p, Box b) {
        List<Line> plan = new ArrayList<>(p.lines());
        if (p.bar().isEmpty() && chart.regions().stream().anyMatch(r -> r.callout() != null)) {
            return true;
        }
        for (Line l : plan) {
            if (l.x() < b.x() - 0.5 || l.y() < b.y() - 0.5 || l.x() + l.w() > b.right() + 0.5 || l.y() + l.h() > b.bottom() + 0.5) {
                return true;
            }
        }
        plan.addAll(p.bar());
        for (int i = 0; i < plan.size(); i++) {
            for (int j = i + 1; j < plan.size(); j++) {
                Box a = plan.get(i).box();
                Box c = plan.get(j).box();
                if (a.x() < c.right() && c.x() < a.right() && a.y() < c.bottom() && c.y() < a.bottom()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A convex outline of the points of the diagram in all of {@code sets} (disks meet in a convex shape). */
    private static List<double[]> lens(List<Integer> sets, List<Circle> circles) {
        List<double[]> pts = new ArrayList<>();
        int n = 180;
        for (int i : sets) {
            Circle c = circles.get(i);
            for (int a = 0; a < n; a++) {
                double t = 2 * Math.PI * a / n;
                double x = c.x() + c.r() * Math.cos(t);
                double y = c.y() + c.r() * Math.sin(t);
                boolean inAll = true;
                for (int j : sets) {
                    if (j != i && Math.hypot(x - circles.get(j).x(), y - circles.get(j).y()) > circles.get(j).r() + 0.01) {
                        inAll = false;
                    }
                }
                if (inAll) {
                    pts.add(new double[] {x, y});
                }
            }
        }
        if (pts.size() < 3) {
            return List.of();
        }
        double mx = pts.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pts.stream().mapToDouble(p -> p[1]).average().orElse(0);
        pts.sort(Comparator.comparingDouble(p -> Math.atan2(p[1] - my, p[0] - mx)));
        List<double[]> out = new ArrayList<>();
        for (double[] p : pts) {
            out.add(ChartPaint.pt(Math.round(p[0] * 10) / 10.0, Math.round(p[1] * 10) / 10.0));
        }
        return out;
    }

    /**
     * The line the spec calls out in a region ("This intersection is where ALL novel research lives"): a coral
     * bar at the free place nearest the region, on the diagram's right where it can, with a leader to it. The
     * bar stands clear of every text and of the sets' leaders, and its own leader crosses none of them nor any
     * text but its region's; where one line finds no such place (or only one across a circle's outline), the
     * bar is also tried in two.
     */
    private List<Line> callout(Ctx ctx, List<Line> plan, List<Leader> leaders, List<Circle> circles, double k, Box b) {
        for (Chart.VennRegion r : chart.regions()) {
            if (r.callout() == null) {
                continue;
            }
            double[] c = centre(r, circles);
            if (c == null) {
                return List.of();
            }
            TextStyle st = sized(ctx, "cardTitle", k).withColor(ctx.color("white"));
            String text = r.callout().value().toUpperCase(java.util.Locale.ROOT);
            double pad = 10 * ctx.scale;
            double lh = ctx.lineHeight(st);
            double step = Math.max(4, 10 * ctx.scale);
            double[] best = null;
            List<String> bestLines = null;
            double bestScore = Double.MAX_VALUE;
            for (List<String> lines : List.of(List.of(text), halves(text))) {
                if (lines.isEmpty()) {
                    continue;
                }
                double w = lines.stream().mapToDouble(t -> ctx.width(t, st)).max().orElse(0);
                double h = lh * lines.size();
                // two lines read a little worse than one: they win only where one line would cross a circle
                double cost = (lines.size() - 1) * 0.5 * w;
                for (double x = b.x() + pad; x + w + pad <= b.right() + 0.01; x += step) {
                    for (double y = b.y() + pad; y + h + pad <= b.bottom() + 0.01; y += step) {
                        // right of the region first: a bar reads from the region outwards
                        double d = Math.hypot(x - c[0], y + h / 2 - c[1]) + (x < c[0] ? 4 * w : 0)
                                + crossings(new Box(x - pad, y - pad, w + 2 * pad, h + 2 * pad), circles) * w + cost;
                        if (d >= bestScore) {
                            continue;
                        }
                        Box box = new Box(x - 2 * pad, y - 2 * pad, w + 4 * pad, h + 4 * pad);
                        double[] from = {x - pad, y + h / 2};
                        if (plan.stream().noneMatch(l -> overlaps(l.box(), box)
                                || l.source() != r.line() && VectorsBlock.crosses(l.box(), from, c))
                                && leaders.stream().noneMatch(l -> cuts(l, box) || crosses(l, from, c))) {
                            best = new double[] {x, y, w};
                            bestLines = lines;
                            bestScore = d;
                        }
                    }
                }
            }
            if (best == null) {
                return List.of();
            }
            double h = lh * bestLines.size();
            leaders.add(new Leader(best[0] - pad, best[1] + h / 2, c[0], c[1], true, r.line()));
            List<Line> out = new ArrayList<>();
            for (int i = 0; i < bestLines.size(); i++) {
                String t = bestLines.get(i);
                double w = ctx.width(t, st);
                // each line centred in the bar
                out.add(new Line(t, st, best[0] + (best[2] - w) / 2, best[1] + i * lh, w, lh, r.line()));
            }
            return out;
        }
        return List.of();
    }

    /** The text in two lines of about equal length, broken at the space nearest its middle; empty for one word. */
    private static List<String> halves(String text) {
        int mid = text.length() / 2;
        int at = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (at < 0 || Math.abs(i - mid) < Math.abs(at - mid))) {
                at = i;
            }
        }
        return at < 0 ? List.of() : List.of(text.substring(0, at), text.substring(at + 1));
    }

    /** Whether the segment from {@code p} to {@code q} crosses one of the leader's (touching at an end does not count). */
    private static boolean crosses(Leader l, double[] p, double[] q) {
        for (int i = 0; i + 1 < l.points().size(); i++) {
            double[] a = l.points().get(i);
            double[] z = l.points().get(i + 1);
            if (side(a, z, p) * side(a, z, q) < 0 && side(p, q, a) * side(p, q, z) < 0) {
                return true;
            }
        }
        return false;
    }

    private static double side(double[] a, double[] b, double[] p) {
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    }

    private void paint(Ctx ctx, Canvas out, Box b, List<Circle> circles, Plan plan) {
        String navy = ctx.color("navy");
        String coral = ctx.color("coral");
        double hair = Ctx.round(Math.max(1, 1.6 * ctx.scale));
        for (Chart.VennRegion r : chart.regions()) {
            List<double[]> shape = lens(r.sets(), circles);
            if (shape.isEmpty()) {
                continue;
            }
            if (r.highlight()) {
                out.polygon(shape, coral, 0.2, coral, Ctx.round(2.4 * ctx.scale), null);
            } else {
                out.polygon(shape, navy, 0.07, null, 0, null);
            }
        }
        for (Circle c : circles) {
            out.dot(c.x(), c.y(), c.r(), null, navy, hair);
        }
        for (Leader l : plan.leaders()) {
            String color = l.coral() ? coral : navy;
            out.polyline(l.points(), color, hair, null, false, false, io.figgen.model.Shape.Role.CURVE, l.source());
            double[] end = l.points().get(l.points().size() - 1);
            out.dot(end[0], end[1], Ctx.round(3.5 * ctx.scale), color, null, 0);
        }
        for (Box p : plan.plates()) {
            out.rect(p.x(), p.y(), p.w(), p.h(), ctx.color("elevated"), coral, Ctx.round(2 * ctx.scale), null);
        }
        for (Line l : plan.lines()) {
            out.textLine(List.of(new Span(l.text(), l.style())), l.x(), l.y(), l.h(), b, l.source());
        }
        if (!plan.bar().isEmpty()) {
            List<Line> bar = plan.bar();
            double pad = 10 * ctx.scale;
            Line first = bar.get(0);
            double w = bar.stream().mapToDouble(Line::w).max().orElse(0);
            double h = bar.stream().mapToDouble(Line::h).sum();
            out.rect(first.x() - pad, first.y() - pad, w + 2 * pad, h + 2 * pad, coral, null, 0, null);
            for (Line l : bar) {
                out.textLine(List.of(new Span(l.text(), l.style())), l.x(), l.y(), l.h(), b, l.source());
            }
        }
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }
}
