package io.figgen.model;

/** An axis-aligned rectangle in canvas pixels. */
public record Box(double x, double y, double w, double h) {
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
}
