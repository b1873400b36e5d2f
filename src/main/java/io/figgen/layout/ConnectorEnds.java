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
        return new Shape.Line(pts, l.stroke(), l.width(), l.dash(), l.arrowEnd(), l.arrowStart(), l.role(), l.sourceLine());
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
