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
}
