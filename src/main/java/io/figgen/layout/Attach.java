package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The boxes a part of the figure drew, which lines drawn beside it attach to: its outermost rectangles; a part
 * that drew words and no box (a step's heading over its rule, a row of named sources) offers its words.
 */
final class Attach {
    /** A rectangle this thin is a rule, not a box a line joins. */
    private static final double THIN = 4;
    /** A rectangle smaller than this both ways (at a 1200 px canvas) is a list's marker or a swatch. */
    private static final double MARKER = 14;

    private Attach() {
    }

    static List<Box> boxes(List<Shape> shapes, double scale) {
        List<Box> all = new ArrayList<>();
        List<Box> words = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && Math.min(r.box().w(), r.box().h()) >= THIN
                    && Math.max(r.box().w(), r.box().h()) >= MARKER * scale) {
                all.add(r.box());
            } else if (s instanceof Shape.Polygon g && g.border()) {
                // a part drawn as an outline (a decision's diamond): a line meets its box, then its outline
                all.add(g.bounds());
            } else if (s instanceof Shape.Text t) {
                words.add(t.bounds());
            }
        }
        if (all.isEmpty()) {
            return words;
        }
        List<Box> out = new ArrayList<>();
        for (Box b : all) {
            boolean inside = false;
            for (Box o : all) {
                if (o != b && o.contains(b, 0.5) && !b.contains(o, 0.5)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(b);
            }
        }
        return out;
    }

    /** The box whose span holds x, or the nearest within {@code reach} of it; null for none. */
    static Box near(List<Box> boxes, double x, double reach) {
        Box best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Box b : boxes) {
            double d = x < b.x() ? b.x() - x : x > b.right() ? x - b.right() : 0;
            if (d <= reach && d < bestDistance) {
                best = b;
                bestDistance = d;
            }
        }
        return best;
    }
}
