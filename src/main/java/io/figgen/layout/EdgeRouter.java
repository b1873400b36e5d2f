package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Edge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Draws the relationships the spec states and the sketch does not draw, once the page is placed: each edge an
 * orthogonal path from the middle of a side of one node to the middle of a side of the other, around every
 * other node and every free text, with as few bends as it can, its head on the target, its label beside its
 * longest run where nothing else is.
 *
 * <p>Why our own router and not ELK: the parts are already placed by the sketch's composition, so what is
 * left is routing in the gaps, a shortest-path search over a sparse grid of the obstacles' edges (the
 * orthogonal visibility graph of libavoid and D2's own router, in small). ELK layered would re-place the nodes
 * too, and its first layout in a cold JVM costs about 0.6 s, most of figgen's whole cold render.
 */
final class EdgeRouter {
    /** A route is refused beyond this many grid points: the search stays bounded on any page. */
    static final int MAX_GRID = 40_000;

    private final Ctx ctx;
    private final double margin;
    private final double width;
    private final double height;

    EdgeRouter(Ctx ctx, double width, double height) {
        this.ctx = ctx;
        this.margin = Math.max(6, Ctx.round(10 * ctx.scale));
        this.width = width;
        this.height = height;
    }

    /** The edges it drew, and of those the ones whose label found no free place. */
    record Routes(List<Edge> drawn, List<Edge> unlabelled) {
    }

    /** Routes the edges; those with no drawn node or no route are left out, for the check to report. */
    Routes route(Canvas out, List<Edge> edges, String color, RichTextFactory labels) {
        List<Edge> drawn = new ArrayList<>();
        List<Edge> unlabelled = new ArrayList<>();
        Map<String, Box> nodes = out.nodes();
        List<Edge> fanned = fans(out, edges, color, labels, nodes, unlabelled);
        drawn.addAll(fanned);
        for (Edge e : edges) {
            if (fanned.contains(e)) {
                continue;
            }
            Box from = nodes.get(e.fromNode());
            Box to = nodes.get(e.toNode());
            if (from == null || to == null || nested(owner(from, nodes), owner(to, nodes))) {
                // a part and what holds it (a ring and its hub, a heading and its panel's box) show their
                // relation by the nesting: a line between them would only run along the inside
                continue;
            }
            List<Box> obstacles = obstacles(out.shapes(), from, to);
            out.keepOut().stream().filter(k -> !k.contains(from, 0.5) && !k.contains(to, 0.5)).forEach(obstacles::add);
            // a loop goes round what it returns past, as a sketch draws it, rather than through the forward arrows
            List<double[]> path = path(from, to, obstacles, segments(out.shapes()),
                    e.kind() == Edge.Kind.FEEDBACK ? LOOP_CROSSING : CROSSING);
            if (path == null) {
                continue;
            }
            boolean both = e.kind() == Edge.Kind.BIDIRECTIONAL;
            double[] dash = e.kind() == Edge.Kind.OPTIONAL ? new double[] {Ctx.round(6 * ctx.scale), Ctx.round(4 * ctx.scale)} : null;
            out.polyline(path, color, Ctx.round(1.75 * ctx.scale), dash, true, both, Shape.Role.CONNECTOR, e.line());
            if (!e.label().isEmpty()) {
                if (!label(out, labels.of(e.label()), path, taken(out), e.line())) {
                    unlabelled.add(e);
                }
            }
            drawn.add(e);
        }
        return new Routes(drawn, unlabelled);
    }

    /**
     * A node the spec relates to three or more nodes standing in a row below it (a question and its answers, a
     * hub and its branches) fans out as a tree does: one trunk down from its middle, a bus across, a drop onto
     * the middle of each target's top, each edge's label beside its own drop. Routed one by one, the edges
     * would leave from every side of the node and cross each other.
     */
    private List<Edge> fans(Canvas out, List<Edge> edges, String color, RichTextFactory labels, Map<String, Box> nodes,
                            List<Edge> unlabelled) {
        Map<String, List<Edge>> bySource = new java.util.LinkedHashMap<>();
        for (Edge e : edges) {
            if (e.kind() == Edge.Kind.FLOW && nodes.containsKey(e.fromNode()) && nodes.containsKey(e.toNode())) {
                bySource.computeIfAbsent(e.fromNode(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Edge> fanned = new ArrayList<>();
        for (Map.Entry<String, List<Edge>> entry : bySource.entrySet()) {
            Box from = nodes.get(entry.getKey());
            List<Edge> fan = entry.getValue();
            if (fan.size() < 3 || fan.stream().map(Edge::toNode).distinct().count() != fan.size()) {
                continue;
            }
            double top = nodes.get(fan.get(0).toNode()).y();
            boolean row = true;
            for (Edge e : fan) {
                Box to = nodes.get(e.toNode());
                row &= Math.abs(to.y() - top) < 1 && to.y() > from.bottom() + 4 * margin;
            }
            if (!row) {
                continue;
            }
            fan.sort(java.util.Comparator.comparingDouble(e -> nodes.get(e.toNode()).x()));
            double cx = Ctx.round(from.x() + from.w() / 2);
            double bus = Ctx.round(from.bottom() + (top - from.bottom()) * 0.4);
            double w = Ctx.round(1.75 * ctx.scale);
            List<double[]> drops = new ArrayList<>();
            for (Edge e : fan) {
                Box to = nodes.get(e.toNode());
                double tx = Ctx.round(to.x() + to.w() / 2);
                List<double[]> path = Math.abs(tx - cx) < 1
                        ? List.of(new double[] {cx, from.bottom()}, new double[] {cx, to.y()})
                        : List.of(new double[] {cx, from.bottom()}, new double[] {cx, bus}, new double[] {tx, bus},
                        new double[] {tx, to.y()});
                out.polyline(path, color, w, null, true, false, Shape.Role.CONNECTOR, e.line());
                drops.add(new double[] {tx, bus, tx, to.y()});
                fanned.add(e);
            }
            for (int i = 0; i < fan.size(); i++) {
                Edge e = fan.get(i);
                if (e.label().isEmpty()) {
                    continue;
                }
                double[] d = drops.get(i);
                if (!label(out, labels.of(e.label()), List.of(new double[] {d[0], d[1]}, new double[] {d[2], d[3]}), taken(out),
                        e.line())) {
                    unlabelled.add(e);
                }
            }
        }
        return fanned;
    }

    /** What a label keeps clear of: every box and text, the keep-out areas, and every connector's run. */
    private List<Box> taken(Canvas out) {
        List<Box> taken = obstacles(out.shapes(), null, null);
        taken.addAll(out.keepOut());
        for (double[] s : segments(out.shapes())) {
            taken.add(new Box(Math.min(s[0], s[2]) - 1, Math.min(s[1], s[3]) - 1, Math.abs(s[2] - s[0]) + 2,
                    Math.abs(s[3] - s[1]) + 2));
        }
        return taken;
    }

    /** The straight runs of the connectors drawn so far, {x1, y1, x2, y2}: a route crosses them only when it must. */
    private static List<double[]> segments(List<Shape> shapes) {
        List<double[]> out = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Line l && l.role() == Shape.Role.CONNECTOR) {
                for (int i = 0; i + 1 < l.points().size(); i++) {
                    double[] a = l.points().get(i);
                    double[] b = l.points().get(i + 1);
                    out.add(new double[] {a[0], a[1], b[0], b[1]});
                }
            }
        }
        return out;
    }

    /** How many drawn runs the step from (x1, y1) to (x2, y2) crosses. */
    private static int crossings(double x1, double y1, double x2, double y2, List<double[]> segments) {
        int n = 0;
        for (double[] s : segments) {
            boolean sVertical = s[0] == s[2];
            if (y1 == y2 && sVertical) {
                if (s[0] > Math.min(x1, x2) && s[0] < Math.max(x1, x2) && y1 > Math.min(s[1], s[3]) && y1 < Math.max(s[1], s[3])) {
                    n++;
                }
            } else if (x1 == x2 && s[1] == s[3]) {
                if (s[1] > Math.min(y1, y2) && s[1] < Math.max(y1, y2) && x1 > Math.min(s[0], s[2]) && x1 < Math.max(s[0], s[2])) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The innermost node box around b (a heading's panel), or b when no other node holds it. */
    private static Box owner(Box b, Map<String, Box> nodes) {
        Box best = b;
        for (Box n : nodes.values()) {
            if (!n.equals(b) && n.contains(b, 0.5) && (best == b || best.contains(n, 0.5))) {
                best = n;
            }
        }
        return best;
    }

    private static boolean nested(Box a, Box b) {
        return a.equals(b) || a.contains(b, 0.5) || b.contains(a, 0.5);
    }

    /** Makes the label of an edge in the page's caption style. */
    interface RichTextFactory {
        RichText of(String text);
    }

    /**
     * What a route keeps clear of: every drawn box that holds neither end (a container holds the parts it
     * joins, and a route may enter it), and every text not inside the two ends' boxes.
     */
    private List<Box> obstacles(List<Shape> shapes, Box from, Box to) {
        List<Box> out = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && r.box().w() > 0 && r.box().h() > 0
                    && !(r.box().w() >= width && r.box().h() >= height)) {
                Box b = r.box();
                boolean container = from != null && (b.contains(from, 0.5) || b.contains(to, 0.5));
                if (!container && !b.equals(from) && !b.equals(to)) {
                    out.add(b);
                }
            } else if (s instanceof Shape.Text t) {
                Box b = t.bounds();
                if (from == null || !from.contains(b, 0.5) && !to.contains(b, 0.5)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    // ---- the route ----

    private static final int[][] DIRS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    /** A port: where a route leaves a node's side (the side's middle) and the point a margin out from it. */
    private record Port(double[] on, double[] out, int dir) {
    }

    private List<Port> ports(Box b, Box other) {
        double cx = Ctx.round(b.x() + b.w() / 2);
        double cy = Ctx.round(b.y() + b.h() / 2);
        List<Port> out = new ArrayList<>(List.of(
                new Port(new double[] {b.right(), cy}, new double[] {b.right() + margin, cy}, 0),
                new Port(new double[] {b.x(), cy}, new double[] {b.x() - margin, cy}, 1),
                new Port(new double[] {cx, b.bottom()}, new double[] {cx, b.bottom() + margin}, 2),
                new Port(new double[] {cx, b.y()}, new double[] {cx, b.y() - margin}, 3)));
        // a box much taller than the other end, beside it (a side panel every tier reports to), takes each
        // route at the height of the end it faces: one straight arrow each, not one per side
        double oy = Ctx.round(other.y() + other.h() / 2);
        if (b.h() > 1.5 * other.h() && oy > b.y() + margin && oy < b.bottom() - margin && Math.abs(oy - cy) > 1) {
            if (other.right() <= b.x()) {
                out.add(new Port(new double[] {b.x(), oy}, new double[] {b.x() - margin, oy}, 1));
            } else if (other.x() >= b.right()) {
                out.add(new Port(new double[] {b.right(), oy}, new double[] {b.right() + margin, oy}, 0));
            }
        }
        return out;
    }

    /**
     * The cheapest orthogonal path between the two boxes' ports over the grid of the obstacles' edges (each a
     * margin out): its length plus a penalty per bend, so a straight run wins over a shorter staircase.
     */
    List<double[]> path(Box from, Box to, List<Box> obstacles, List<double[]> drawn) {
        return path(from, to, obstacles, drawn, CROSSING);
    }

    /** What a route pays to cross a drawn line, in bends: a few for a flow's edge, many for a loop's. */
    private static final double CROSSING = 3;
    private static final double LOOP_CROSSING = 24;

    private List<double[]> path(Box from, Box to, List<Box> obstacles, List<double[]> drawn, double crossing) {
        List<Box> blocked = new ArrayList<>();
        for (Box b : obstacles) {
            blocked.add(new Box(b.x() - margin / 2, b.y() - margin / 2, b.w() + margin, b.h() + margin));
        }
        blocked.add(from);
        blocked.add(to);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        List<Port> starts = free(ports(from, to), drawn);
        List<Port> ends = free(ports(to, from), drawn);
        for (Port p : starts) {
            xs.add(p.out[0]);
            ys.add(p.out[1]);
        }
        for (Port p : ends) {
            xs.add(p.out[0]);
            ys.add(p.out[1]);
        }
        for (Box b : obstacles) {
            xs.add(Ctx.round(b.x() - margin));
            xs.add(Ctx.round(b.right() + margin));
            ys.add(Ctx.round(b.y() - margin));
            ys.add(Ctx.round(b.bottom() + margin));
        }
        for (Box b : List.of(from, to)) {
            xs.add(Ctx.round(b.x() - margin));
            xs.add(Ctx.round(b.right() + margin));
            ys.add(Ctx.round(b.y() - margin));
            ys.add(Ctx.round(b.bottom() + margin));
        }
        xs.removeIf(x -> x < 2 || x > width - 2);
        ys.removeIf(y -> y < 2 || y > height - 2);
        double[] gx = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] gy = ys.stream().mapToDouble(Double::doubleValue).toArray();
        int nx = gx.length;
        int ny = gy.length;
        if (nx == 0 || ny == 0 || (long) nx * ny > MAX_GRID) {
            return null;
        }
        // each blocked box takes the grid points strictly inside it, found by search on the sorted lines: the
        // grid is hundreds of lines a side on a dense figure, so testing every point against every box is not
        boolean[] free = new boolean[nx * ny];
        Arrays.fill(free, true);
        for (Box b : blocked) {
            int i0 = firstAbove(gx, b.x());
            int j0 = firstAbove(gy, b.y());
            for (int i = i0; i < nx && gx[i] < b.right(); i++) {
                for (int j = j0; j < ny && gy[j] < b.bottom(); j++) {
                    free[i * ny + j] = false;
                }
            }
        }
        // and the links between neighbouring points whose middle a box holds, the same way: hBlocked for the link
        // from (i, j) to (i + 1, j), vBlocked for the link from (i, j) to (i, j + 1)
        double[] mx = new double[Math.max(0, nx - 1)];
        for (int i = 0; i + 1 < nx; i++) {
            mx[i] = (gx[i] + gx[i + 1]) / 2;
        }
        double[] my = new double[Math.max(0, ny - 1)];
        for (int j = 0; j + 1 < ny; j++) {
            my[j] = (gy[j] + gy[j + 1]) / 2;
        }
        boolean[] hBlocked = new boolean[nx * ny];
        boolean[] vBlocked = new boolean[nx * ny];
        for (Box b : blocked) {
            for (int i = firstAbove(mx, b.x()); i < mx.length && mx[i] < b.right(); i++) {
                for (int j = firstAbove(gy, b.y()); j < ny && gy[j] < b.bottom(); j++) {
                    hBlocked[i * ny + j] = true;
                }
            }
            for (int i = firstAbove(gx, b.x()); i < nx && gx[i] < b.right(); i++) {
                for (int j = firstAbove(my, b.y()); j < my.length && my[j] < b.bottom(); j++) {
                    vBlocked[i * ny + j] = true;
                }
            }
        }
        double bend = 4 * margin;
        double[] cost = new double[nx * ny * 4];
        int[] prev = new int[nx * ny * 4];
        Arrays.fill(cost, Double.MAX_VALUE);
        Arrays.fill(prev, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (Port p : starts) {
            int i = Arrays.binarySearch(gx, p.out[0]);
            int j = Arrays.binarySearch(gy, p.out[1]);
            if (i >= 0 && j >= 0 && free[i * ny + j]) {
                int state = (i * ny + j) * 4 + p.dir;
                cost[state] = margin;
                queue.add(new double[] {margin, state});
            }
        }
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int state = (int) top[1];
            if (top[0] > cost[state] || top[0] >= bestCost) {
                continue;
            }
            int cell = state / 4;
            int dir = state % 4;
            int i = cell / ny;
            int j = cell % ny;
            for (Port p : ends) {
                // arriving at a port's outer point heading into the box: the last run enters straight
                if (gx[i] == p.out[0] && gy[j] == p.out[1] && dir == opposite(p.dir)) {
                    double c = top[0] + margin;
                    if (c < bestCost) {
                        bestCost = c;
                        best = state;
                    }
                } else if (gx[i] == p.out[0] && gy[j] == p.out[1]) {
                    double c = top[0] + margin + bend;
                    if (c < bestCost) {
                        bestCost = c;
                        best = state;
                    }
                }
            }
            for (int d = 0; d < 4; d++) {
                int ni = i + DIRS[d][0];
                int nj = j + DIRS[d][1];
                if (ni < 0 || nj < 0 || ni >= nx || nj >= ny || !free[ni * ny + nj]) {
                    continue;
                }
                boolean across = ni != i ? hBlocked[Math.min(i, ni) * ny + j] : vBlocked[i * ny + Math.min(j, nj)];
                if (across) {
                    continue;
                }
                double c = top[0] + Math.abs(gx[ni] - gx[i]) + Math.abs(gy[nj] - gy[j]) + (d == dir ? 0 : bend)
                        + crossing * bend * crossings(gx[i], gy[j], gx[ni], gy[nj], drawn);
                int ns = (ni * ny + nj) * 4 + d;
                if (c < cost[ns]) {
                    cost[ns] = c;
                    prev[ns] = state;
                    queue.add(new double[] {c, ns});
                }
            }
        }
        if (best < 0) {
            return null;
        }
        List<double[]> pts = new ArrayList<>();
        for (int s = best; s >= 0; s = prev[s]) {
            int cell = s / 4;
            pts.add(0, new double[] {gx[cell / ny], gy[cell % ny]});
        }
        double[] first = pts.get(0);
        double[] last = pts.get(pts.size() - 1);
        Port start = starts.stream().filter(p -> p.out[0] == first[0] && p.out[1] == first[1]).findFirst().orElseThrow();
        Port end = ends.stream().filter(p -> p.out[0] == last[0] && p.out[1] == last[1]).findFirst().orElseThrow();
        pts.add(0, start.on);
        pts.add(end.on);
        return simplify(pts);
    }

    /** The ports no drawn line already ends at (a link's head on that side), or all of them when none is free. */
    private static List<Port> free(List<Port> ports, List<double[]> drawn) {
        List<Port> out = new ArrayList<>();
        for (Port p : ports) {
            boolean taken = false;
            for (double[] s : drawn) {
                if (Math.hypot(s[0] - p.on[0], s[1] - p.on[1]) <= 2 || Math.hypot(s[2] - p.on[0], s[3] - p.on[1]) <= 2) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                out.add(p);
            }
        }
        return out.isEmpty() ? ports : out;
    }

    private static int opposite(int dir) {
        return dir ^ 1;
    }

    /** The index of the first value greater than {@code v} in the sorted array (its length when none is). */
    private static int firstAbove(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The path without the points in the middle of a straight run. */
    private static List<double[]> simplify(List<double[]> pts) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : pts) {
            if (!out.isEmpty() && out.get(out.size() - 1)[0] == p[0] && out.get(out.size() - 1)[1] == p[1]) {
                continue;
            }
            if (out.size() >= 2) {
                double[] a = out.get(out.size() - 2);
                double[] b = out.get(out.size() - 1);
                if (a[0] == b[0] && b[0] == p[0] || a[1] == b[1] && b[1] == p[1]) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    // ---- the label ----

    /**
     * The label beside the route's longest run: above a horizontal run, right of a vertical one, then the
     * other side, then the other runs, then nearer their ends; the first place where it meets no box, line or
     * text. False when there is none: the label is not drawn over other things, and the check reports it.
     */
    private boolean label(Canvas out, RichText text, List<double[]> path, List<Box> taken, int line) {
        double lh = ctx.lineHeight(text.lead());
        double w = RichText.width(ctx, text.spans());
        double gap = Ctx.round(4 * ctx.scale);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            runs.add(new int[] {i});
        }
        runs.sort((a, b) -> Double.compare(runLength(path, b[0]), runLength(path, a[0])));
        Box span = Box.around(path);
        for (double at : new double[] {0.5, 0.3, 0.7, 0.15, 0.85}) {
            for (int[] r : runs) {
                double[] a = path.get(r[0]);
                double[] b = path.get(r[0] + 1);
                double mx = a[0] + (b[0] - a[0]) * at;
                double my = a[1] + (b[1] - a[1]) * at;
                List<Box> places = a[1] == b[1]
                        ? List.of(new Box(mx - w / 2, my - gap - lh, w, lh), new Box(mx - w / 2, my + gap, w, lh))
                        : List.of(new Box(mx + gap * 2, my - lh / 2, w, lh), new Box(mx - gap * 2 - w, my - lh / 2, w, lh));
                for (Box p : places) {
                    if (p.x() >= 0 && p.right() <= width && p.y() >= 0 && p.bottom() <= height && clear(p, span, taken)) {
                        out.textLine(text.spans(), p.x(), p.y(), lh, p, line);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double runLength(List<double[]> path, int i) {
        return Math.abs(path.get(i + 1)[0] - path.get(i)[0]) + Math.abs(path.get(i + 1)[1] - path.get(i)[1]);
    }

    /**
     * A place is clear when it meets no text, no line and no box, but a box that holds the whole route (a
     * container the edge runs inside): a label never sits inside a node it does not belong to.
     */
    private static boolean clear(Box p, Box route, List<Box> taken) {
        for (Box b : taken) {
            if (p.intersects(b, 0) && !(b.contains(p, 0) && b.contains(route, 0.5))) {
                return false;
            }
        }
        return true;
    }
}
