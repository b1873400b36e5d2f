package io.figgen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a connector's end may touch on a drawn figure, and whether it does: the border of a drawn box (not
 * the background), the ink box of a text, or another connector. One rule, so the layout that settles ends
 * and the check that proves them agree.
 */
public record Contact(List<Box> boxes, List<Box> texts, List<Shape.Line> connectors, List<Shape.Polygon> outlines) {
    /** An end this close to a border, a text or another line touches it: about a stroke's width. */
    public static final double TOUCH = 2;

    public Contact {
        boxes = List.copyOf(boxes);
        texts = List.copyOf(texts);
        connectors = new ArrayList<>(connectors);
        outlines = List.copyOf(outlines);
    }

    public static Contact of(List<Shape> shapes, double width, double height) {
        List<Box> boxes = new ArrayList<>();
        List<Box> texts = new ArrayList<>();
        List<Shape.Line> lines = new ArrayList<>();
        List<Shape.Polygon> outlines = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && r.box().w() > 0 && r.box().h() > 0
                    && !(r.box().w() >= width && r.box().h() >= height)) {
                boxes.add(r.box());
            } else if (s instanceof Shape.Text t) {
                texts.add(t.bounds());
            } else if (s instanceof Shape.Line l && l.role() == Shape.Role.CONNECTOR) {
                lines.add(l);
            } else if (s instanceof Shape.Polygon g && g.border()) {
                outlines.add(g);
            }
        }
        return new Contact(boxes, texts, lines, outlines);
    }

    /** Whether p is on a box's border, a part's outline or a text's edge. */
    public boolean onBorder(double[] p) {
        for (Shape.Polygon g : outlines) {
            if (g.outlineDistance(p) <= TOUCH) {
                return true;
            }
        }
        for (Box b : boxes) {
            if (b.borderDistance(p[0], p[1]) <= TOUCH) {
                return true;
            }
        }
        for (Box b : texts) {
            if (b.borderDistance(p[0], p[1]) <= TOUCH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the end p of {@code self} touches a border, a text or another connector. */
    public boolean touches(Shape.Line self, double[] p) {
        if (onBorder(p)) {
            return true;
        }
        for (Shape.Line o : connectors) {
            if (o != self && o.distanceTo(p) <= TOUCH) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first drawn box or text a line through {@code points} runs through, or null: a box when a segment
     * passes through its inside and it holds neither end (a container holds the parts it joins, a box the line
     * starts or ends on holds that end), a text when a segment passes through its ink.
     */
    public Box crossed(List<double[]> points) {
        double[] a = points.get(0);
        double[] z = points.get(points.size() - 1);
        for (Box b : boxes) {
            Box reach = b.shrunk(-TOUCH);
            if (reach.contains(new Box(a[0], a[1], 0, 0), 0) || reach.contains(new Box(z[0], z[1], 0, 0), 0)) {
                continue;
            }
            if (crosses(points, b.shrunk(TOUCH))) {
                return b;
            }
        }
        for (Box b : texts) {
            if (crosses(points, b.shrunk(1))) {
                return b;
            }
        }
        return null;
    }

    /** Whether b is a text's ink box (not a drawn box). */
    public boolean isText(Box b) {
        return texts.contains(b) && !boxes.contains(b);
    }

    private static boolean crosses(List<double[]> points, Box b) {
        for (int i = 0; i + 1 < points.size(); i++) {
            if (b.crossedBy(points.get(i), points.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Forgets a connector that is no longer drawn. */
    public void remove(Shape.Line l) {
        connectors.remove(l);
    }
}
