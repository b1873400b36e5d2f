package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Contact;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The last pass over a drawn page: every connector ends on what it joins, or is not drawn. The sketch's lines
 * are drawn where the sketch puts them, and the layout moves boxes and text from those places; so an end can
 * stop short of its box, run into it, or join nothing at all. An end short of a border within reach runs on
 * to it; an end inside a box comes back to the border it crossed; a line of zero length goes; and a line with
 * an end still on nothing goes too (then the lines it alone held up), so no connector floats. What goes is
 * returned, for the check to report at its spec line.
 */
final class ConnectorEnds {
    private ConnectorEnds() {
    }

    /** Fixes the ends of the page's connectors in place and returns the lines it left out. */
    static List<Shape.Line> settle(List<Shape> shapes, double width, double height, double reach) {
        return settle(shapes, width, height, reach, java.util.Set.of());
    }

    /** As above; a line in {@code far} may run on to the first border in its way, however far. */
    static List<Shape.Line> settle(List<Shape> shapes, double width, double height, double reach, java.util.Set<Shape> far) {
        Contact targets = Contact.of(shapes, width, height);
        List<Integer> connectors = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Shape.Line l && l.role() == Shape.Role.CONNECTOR) {
                connectors.add(i);
                shapes.set(i, reattach(l, targets, far.contains(l) ? Math.max(width, height) : reach));
            }
        }
        Contact live = Contact.of(shapes, width, height);
        List<Shape.Line> dropped = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i : connectors) {
                if (shapes.get(i) instanceof Shape.Line l
                        && (l.length() < 1 || !live.touches(l, l.first()) || !live.touches(l, l.last()))) {
                    dropped.add(l);
                    shapes.set(i, null);
                    live.remove(l);
                    changed = true;
                }
            }
        }
        shapes.removeIf(java.util.Objects::isNull);
        return dropped;
    }

    /** The line with each loose end moved onto the border it was meant to reach, when one is in reach. */
    private static Shape.Line reattach(Shape.Line l, Contact t, double reach) {
        if (l.points().size() < 2 || l.length() < 1) {
            return l;
        }
        List<double[]> pts = new ArrayList<>(l.points());
        pts.set(pts.size() - 1, settleEnd(l, pts.get(pts.size() - 2), pts.get(pts.size() - 1), t, reach));
        pts.set(0, settleEnd(l, pts.get(1), pts.get(0), t, reach));
        // a straight line anchored at one end whose other end (its head, if it has one) points just past a
        // part: an elbow takes it there
        if (pts.size() == 2 && !(l.arrowEnd() && l.arrowStart())) {
            boolean atEnd = l.arrowEnd() || !l.arrowStart() && t.touches(l, pts.get(0));
            double[] tail = atEnd ? pts.get(0) : pts.get(1);
            double[] head = atEnd ? pts.get(1) : pts.get(0);
            List<double[]> bend = t.touches(l, tail) ? elbow(l, tail, head, t, reach) : null;
            if (bend != null) {
                List<double[]> bent = new ArrayList<>();
                bent.add(tail);
                bent.addAll(bend);
                if (!atEnd) {
                    java.util.Collections.reverse(bent);
                }
                // the whole bent line, as the audit sees it: through no box it does not join, no text
                if (t.crossed(bent) == null) {
                    pts = bent;
                }
            }
        }
        return new Shape.Line(pts, l.stroke(), l.width(), l.dash(), l.arrowEnd(), l.arrowStart(), l.role(), l.sourceLine());
    }

    /**
     * An end that runs straight into nothing, with a box or a word ahead of it a little to the side (the layout
     * moved the part from under the sketch's line): the points that take it there in an elbow, onto the middle
     * of the part's facing side, or null. Only for a straight run, across or down, and only when the elbow
     * crosses nothing.
     */
    private static List<double[]> elbow(Shape.Line self, double[] from, double[] p, Contact t, double reach) {
        if (t.touches(self, p) || from[0] != p[0] && from[1] != p[1]) {
            return null;
        }
        boolean vertical = from[0] == p[0];
        double dir = vertical ? Math.signum(p[1] - from[1]) : Math.signum(p[0] - from[0]);
        if (dir == 0) {
            return null;
        }
        Box best = null;
        double bestCost = Double.MAX_VALUE;
        List<Box> all = new ArrayList<>(t.boxes());
        all.addAll(t.texts());
        for (Box b : all) {
            double near = vertical ? (dir > 0 ? b.y() - p[1] : p[1] - b.bottom()) : (dir > 0 ? b.x() - p[0] : p[0] - b.right());
            double lo = vertical ? b.x() : b.y();
            double hi = vertical ? b.right() : b.bottom();
            double at = vertical ? p[0] : p[1];
            double side = at < lo ? lo - at : at > hi ? at - hi : 0;
            if (near < 4 || near > reach || side > reach || side == 0) {
                continue;
            }
            double cost = near + side;
            if (cost < bestCost) {
                bestCost = cost;
                best = b;
            }
        }
        if (best == null) {
            return null;
        }
        double face = vertical ? (dir > 0 ? best.y() : best.bottom()) : (dir > 0 ? best.x() : best.right());
        double mid = Ctx.round((vertical ? p[1] : p[0]) + (face - (vertical ? p[1] : p[0])) / 2);
        double to = Ctx.round(vertical ? best.x() + best.w() / 2 : best.y() + best.h() / 2);
        List<double[]> out = vertical
                ? List.of(new double[] {p[0], mid}, new double[] {to, mid}, new double[] {to, face})
                : List.of(new double[] {mid, p[1]}, new double[] {mid, to}, new double[] {face, to});
        double[] prev = p;
        for (double[] q : out) {
            for (Box b : all) {
                // the audit's own test: through a text's inside, or a box that holds neither end
                Box inner = t.texts().contains(b) ? b.shrunk(1) : b.shrunk(Contact.TOUCH);
                if (b != best && !b.contains(best, 0) && inner.crossedBy(prev, q)) {
                    return null;
                }
            }
            prev = q;
        }
        return out;
    }

    /** Where the end {@code p} of the segment from {@code from} should be. */
    private static double[] settleEnd(Shape.Line self, double[] from, double[] p, Contact t, double reach) {
        if (t.touches(self, p)) {
            return p;
        }
        double dx = p[0] - from[0];
        double dy = p[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return p;
        }
        double ux = dx / len;
        double uy = dy / len;
        for (Shape.Polygon g : t.outlines()) {
            if (g.holds(p)) {
                // it ran into a part's outline (a decision's diamond, inside its box's corners): back to it
                double back = g.hit(p, -ux, -uy, len);
                return back < len - 4 ? round(new double[] {p[0] - ux * back, p[1] - uy * back}) : p;
            }
        }
        Box inside = deepest(p, t.boxes());
        if (inside != null) {
            // it ran into a box: back to where the segment crossed its border, if that leaves a line
            double back = exit(p, -ux, -uy, inside);
            if (back < len - 4) {
                return round(new double[] {p[0] - ux * back, p[1] - uy * back});
            }
            return p;
        }
        double best = reach;
        for (Box b : t.boxes()) {
            best = Math.min(best, hit(p, ux, uy, b, best));
        }
        for (Shape.Polygon g : t.outlines()) {
            best = Math.min(best, g.hit(p, ux, uy, best));
        }
        // a word is a nearer target than a box: a line runs on to one only across a third of the reach, so an
        // axis's head does not reach up to the subtitle
        double toText = Math.min(best, reach / 3);
        for (Box b : t.texts()) {
            double d = hit(p, ux, uy, b, toText);
            if (d < toText) {
                best = Math.min(best, d);
            }
        }
        if (best < reach) {
            return round(new double[] {p[0] + ux * best, p[1] + uy * best});
        }
        return p;
    }

    /** The innermost box that holds p clear of its border, or null. */
    private static Box deepest(double[] p, List<Box> boxes) {
        Box best = null;
        for (Box b : boxes) {
            if (p[0] > b.x() + Contact.TOUCH && p[0] < b.right() - Contact.TOUCH && p[1] > b.y() + Contact.TOUCH && p[1] < b.bottom() - Contact.TOUCH
                    && (best == null || best.contains(b, 0))) {
                best = b;
            }
        }
        return best;
    }

    /** How far a ray from p inside b runs before it leaves b. */
    private static double exit(double[] p, double ux, double uy, Box b) {
        double t = Double.MAX_VALUE;
        if (ux > 1e-9) {
            t = Math.min(t, (b.right() - p[0]) / ux);
        } else if (ux < -1e-9) {
            t = Math.min(t, (b.x() - p[0]) / ux);
        }
        if (uy > 1e-9) {
            t = Math.min(t, (b.bottom() - p[1]) / uy);
        } else if (uy < -1e-9) {
            t = Math.min(t, (b.y() - p[1]) / uy);
        }
        return t;
    }

    /** How far a ray from p (outside b) runs before it meets b's border; {@code max} when it does not by then. */
    private static double hit(double[] p, double ux, double uy, Box b, double max) {
        double t0 = 0;
        double t1 = max;
        double[] d = {ux, uy};
        double[] lo = {b.x(), b.y()};
        double[] hi = {b.right(), b.bottom()};
        for (int a = 0; a < 2; a++) {
            if (Math.abs(d[a]) < 1e-9) {
                if (p[a] < lo[a] || p[a] > hi[a]) {
                    return max;
                }
            } else {
                double ta = (lo[a] - p[a]) / d[a];
                double tb = (hi[a] - p[a]) / d[a];
                t0 = Math.max(t0, Math.min(ta, tb));
                t1 = Math.min(t1, Math.max(ta, tb));
            }
        }
        return t0 <= t1 && t0 < max ? t0 : max;
    }

    private static double[] round(double[] p) {
        return new double[] {Ctx.round(p[0]), Ctx.round(p[1])};
    }
}
