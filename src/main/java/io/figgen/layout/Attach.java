package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/** The boxes a part of the figure drew, which lines drawn beside it attach to: its outermost rectangles. */
final class Attach {
    private Attach() {
    }

    static List<Box> boxes(List<Shape> shapes) {
        List<Box> all = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && r.box().w() > 0 && r.box().h() > 0) {
                all.add(r.box());
            }
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
