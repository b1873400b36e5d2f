package io.figgen.model;

/** An axis-aligned rectangle in canvas pixels. */
public record Box(double x, double y, double w, double h) {
    /** The smallest box around the points (a path's, a polygon's). */
    public static Box around(java.util.List<double[]> points) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (double[] q : points) {
            x0 = Math.min(x0, q[0]);
            y0 = Math.min(y0, q[1]);
            x1 = Math.max(x1, q[0]);
            y1 = Math.max(y1, q[1]);
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public boolean intersects(Box o, double tolerance) {
        return x + tolerance < o.right() && o.x + tolerance < right()
                && y + tolerance < o.bottom() && o.y + tolerance < bottom();
    }

    public boolean contains(Box o, double tolerance) {
        return o.x >= x - tolerance && o.y >= y - tolerance
                && o.right() <= right() + tolerance && o.bottom() <= bottom() + tolerance;
    }

    /** The distance from a point to this box's outline (0 on it), whether the point is inside or out. */
    public double borderDistance(double px, double py) {
        if (px >= x && px <= right() && py >= y && py <= bottom()) {
            return Math.min(Math.min(px - x, right() - px), Math.min(py - y, bottom() - py));
        }
        double dx = Math.max(Math.max(x - px, 0), px - right());
        double dy = Math.max(Math.max(y - py, 0), py - bottom());
        return Math.hypot(dx, dy);
    }

    /** Whether the segment a-b passes through the inside of this box (Liang-Barsky clipping). */
    public boolean crossedBy(double[] a, double[] b) {
        if (w <= 0 || h <= 0) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - x, right() - a[0], a[1] - y, bottom() - a[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    /** This box made smaller by {@code by} on every side (never below nothing). */
    public Box shrunk(double by) {
        return new Box(x + by, y + by, Math.max(0, w - 2 * by), Math.max(0, h - 2 * by));
    }
}
