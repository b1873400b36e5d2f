package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.Box;
import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** The composition measures on figures built by hand: body type, type at 800 px, the largest empty region. */
class CompositionAuditTest {
    private static Shape.Text text(String s, double x, double y, double size) {
        Box b = new Box(x, y, s.length() * size * 0.5, size * 1.3);
        return new Shape.Text(s, x, y + size, FontFace.SANS, size, 0, "#333333", b, b, "body", 1);
    }

    @Test
    void bodyIsTheMedianCharactersSizeAndTypeIsMeasuredAt800Px() {
        List<Shape> shapes = List.of(text("TITLE", 40, 40, 60), text("a long line of body text in the figure", 40, 200, 20),
                text("another body line", 40, 260, 20), text("tiny", 40, 320, 12));
        Figure f = new Figure(new Size(1600, 900), "#f6f3e6", "t", "d", shapes);
        CompositionAudit.Composition c = CompositionAudit.of(new io.figgen.scene.Scene("t", "d", new Size(1600, 900), null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()), f, 12, 0.8);
        assertEquals(20 * 800.0 / 1600, c.bodyAt800(), 1e-9, "the median character is set at 20 px");
        assertEquals(12 * 800.0 / 1600, c.smallestAt800(), 1e-9);
        assertTrue(c.atMinimum());
    }

    @Test
    void theLargestEmptyRegionIsFoundAndAFramesInteriorCountsAsEmpty() {
        List<Shape> shapes = new ArrayList<>();
        // the left half full of text rows, the right half one large frame with nothing in it
        for (int y = 0; y < 900; y += 30) {
            shapes.add(text("x".repeat(60), 0, y, 26));
        }
        shapes.add(new Shape.Rect(new Box(820, 20, 760, 860), null, "#1E3A5F", 1.5, null));
        Figure f = new Figure(new Size(1600, 900), "#f6f3e6", "t", "d", shapes);
        Box e = CompositionAudit.largestEmpty(f, 1600, 900);
        assertNotNull(e);
        double share = e.w() * e.h() / (1600.0 * 900);
        assertTrue(share > 0.35 && share < 0.5, "the frame's interior, about 40% of the canvas: " + share + " " + e);
        assertTrue(e.x() >= 800, "found on the right: " + e);
        // fill the frame with text: now nothing large is empty
        for (int y = 40; y < 860; y += 30) {
            shapes.add(text("y".repeat(55), 840, y, 26));
        }
        Box none = CompositionAudit.largestEmpty(new Figure(new Size(1600, 900), "#f6f3e6", "t", "d", shapes), 1600, 900);
        assertTrue(none == null || none.w() * none.h() / (1600.0 * 900) < 0.05, "a filled frame leaves nothing empty: " + none);
    }
}
