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

    /** A straight or polyline stroke, optionally ending in an arrowhead at its last point. */
    record Line(List<double[]> points, String stroke, double width, double[] dash, boolean arrowEnd, boolean arrowStart)
            implements Shape {
        public Line {
            points = List.copyOf(points);
        }
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
