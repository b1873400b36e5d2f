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
     * outline or none.
     */
    record Polygon(List<double[]> points, String fill, double opacity, String stroke, double width, double[] dash)
            implements Shape {
        public Polygon {
            points = points.stream().map(double[]::clone).toList();
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
