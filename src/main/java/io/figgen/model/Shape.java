package io.figgen.model;

import java.util.List;

/**
 * What a figure is drawn from. Colours are {@code #rrggbb} strings or null for none; lengths are canvas
 * pixels. The SVG backend writes these in order, so later shapes paint over earlier ones.
 */
public sealed interface Shape {

    /** A rectangle; sharp corners by house rule. {@code dash} is null for a solid stroke. */
    record Rect(Box box, String fill, String stroke, double strokeWidth, double[] dash) implements Shape {
    }

    /**
     * A straight or polyline stroke, optionally ending in an arrowhead at its last point. {@code role} says what
     * it is for the checks: a connector's ends must touch what it joins, a rule's and an axis's need not.
     * {@code sourceLine} is the spec line it came from (0 when synthesised).
     */
    record Line(List<double[]> points, String stroke, double width, double[] dash, boolean arrowEnd, boolean arrowStart,
                Role role, int sourceLine) implements Shape {
        public Line {
            points = List.copyOf(points);
        }

        public double[] first() {
            return points.get(0);
        }

        public double[] last() {
            return points.get(points.size() - 1);
        }

        public double length() {
            double sum = 0;
            for (int i = 0; i + 1 < points.size(); i++) {
                sum += Math.hypot(points.get(i + 1)[0] - points.get(i)[0], points.get(i + 1)[1] - points.get(i)[1]);
            }
            return sum;
        }

        /** The distance from p to the nearest point of the line. */
        public double distanceTo(double[] p) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i + 1 < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get(i + 1);
                double dx = b[0] - a[0];
                double dy = b[1] - a[1];
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
                best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)));
            }
            return best;
        }
    }

    /** What a line is: a connector between parts, a divider or accent rule, a chart's axis. */
    enum Role { CONNECTOR, RULE, AXIS, CURVE }

    /**
     * A closed polygon (a radar's series, a funnel's band): flat fill at {@code opacity} (1 for opaque), an
     * outline or none. {@code border} marks a part's own outline (a decision's diamond): connectors end on it
     * as on a box's border.
     */
    record Polygon(List<double[]> points, String fill, double opacity, String stroke, double width, double[] dash,
                   boolean border) implements Shape {
        public Polygon {
            points = points.stream().map(double[]::clone).toList();
        }

        /** A polygon that only paints: a chart's mark or area, which no line attaches to. */
        public Polygon(List<double[]> points, String fill, double opacity, String stroke, double width, double[] dash) {
            this(points, fill, opacity, stroke, width, dash, false);
        }

        /** The distance from p to the polygon's outline. */
        public double outlineDistance(double[] p) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get((i + 1) % points.size());
                best = Math.min(best, new Line(List.of(a, b), null, 0, null, false, false, Role.RULE, 0).distanceTo(p));
            }
            return best;
        }

        /** Whether p lies inside the polygon (even-odd rule). */
        public boolean holds(double[] p) {
            boolean in = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                double[] a = points.get(i);
                double[] b = points.get(j);
                if ((a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                    in = !in;
                }
            }
            return in;
        }

        /** How far a ray from p along (ux, uy) runs before it meets the outline, or {@code max} if it does not sooner. */
        public double hit(double[] p, double ux, double uy, double max) {
            double best = max;
            for (int i = 0; i < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get((i + 1) % points.size());
                double ex = b[0] - a[0];
                double ey = b[1] - a[1];
                double den = ux * ey - uy * ex;
                if (Math.abs(den) < 1e-12) {
                    continue;
                }
                double t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / den;
                double s = ((a[0] - p[0]) * uy - (a[1] - p[1]) * ux) / den;
                if (t >= 0 && s >= -1e-9 && s <= 1 + 1e-9) {
                    best = Math.min(best, t);
                }
            }
            return best;
        }

        /** The smallest box around the polygon. */
        public Box bounds() {
            return Box.around(points);
        }
    }

    /** A round data mark centred at {@code cx, cy}. */
    record Dot(double cx, double cy, double r, String fill, String stroke, double width) implements Shape {
    }

    /**
     * One line of text. {@code x, y} is the start of the baseline ({@code anchor} start) and {@code bounds} its
     * measured ink box (advance width by ascent + descent), which the checks use. {@code container} is the
     * box the text must stay inside, and {@code sourceLine} the spec line it came from (0 when synthesised).
     */
    record Text(String text, double x, double y, FontFace face, double size, double letterSpacing, String fill,
                Box bounds, Box container, String role, int sourceLine) implements Shape {
    }
}
