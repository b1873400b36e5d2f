package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The layout's estimate of the paper its shapes cover, against areas worked out by hand. */
class PaintedShareTest {
    private static final Size CANVAS = new Size(800, 400);
    private static final String PAPER = "#f6f3e6";

    private static Shape.Rect rect(double x, double y, double w, double h, String fill) {
        return new Shape.Rect(new Box(x, y, w, h), fill, null, 0, null);
    }

    @Test
    void aFillCoversItsAreaOnceAndThePaperAndOutlinesNothing() {
        assertEquals(0.5, PaintedShare.of(List.of(rect(0, 0, 800, 400, PAPER), rect(0, 0, 400, 400, "#eeeadb")), CANVAS, PAPER), 1e-9);
        // a fill over a fill counts once; an outline (no fill) and a rect in the paper's own colour count nothing
        assertEquals(0.5, PaintedShare.of(List.of(rect(0, 0, 400, 400, "#eeeadb"), rect(0, 0, 200, 200, "#ffffff"),
                rect(400, 0, 400, 400, null), rect(400, 0, 400, 400, "#F6F3E6")), CANVAS, PAPER), 1e-9);
    }

    @Test
    void theBoundClearsASparsePageAndTheGridDecidesWhereFillsOverlap() {
        // two fills of 40% each, one over the other: their areas sum to 80%, their cover is 40%
        List<Shape> overlapping = List.of(rect(0, 0, 320, 400, "#eeeadb"), rect(0, 0, 320, 400, "#ffffff"));
        assertEquals(true, PaintedShare.atMost(overlapping, CANVAS, PAPER, 0.5));
        assertEquals(false, PaintedShare.atMost(overlapping, CANVAS, PAPER, 0.3));
        assertEquals(true, PaintedShare.atMost(List.of(rect(0, 0, 80, 400, "#eeeadb")), CANVAS, PAPER, 0.1));
    }

    @Test
    void textCountsAThirdOfItsBoxAndAPolygonItsInside() {
        Shape.Text t = new Shape.Text("ink", 0, 0, null, 10, 0, "#000000", new Box(0, 0, 400, 400), null, "body", 0);
        assertEquals(0.5 / 3, PaintedShare.of(List.of(t), CANVAS, PAPER), 1e-9);
        Shape.Polygon triangle = new Shape.Polygon(List.of(new double[] {0, 0}, new double[] {800, 0}, new double[] {0, 400}),
                "#E84C4F", 1, null, 0, null);
        assertEquals(0.5, PaintedShare.of(List.of(triangle), CANVAS, PAPER), 0.02);
    }
}
