package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.figgen.model.Box;
import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The audit itself must catch what it is for, or the layout tests prove nothing. */
class LayoutAuditTest {
    private static Shape.Text text(String s, double x, double y, double w, double size, Box container) {
        return new Shape.Text(s, x, y, FontFace.SANS, size, 0, "#000000", new Box(x, y - size, w, size * 1.2), container, "body", 7);
    }

    @Test
    void findsOverlapOverflowOffCanvasAndTinyText() {
        Box card = new Box(0, 0, 100, 100);
        Figure f = new Figure(new Size(1200, 900), "#f6f3e6", "t", "d", List.of(
                text("a", 10, 30, 50, 16, card),
                text("b", 20, 32, 50, 16, card),
                text("wide", 60, 80, 80, 16, card),
                text("off", 1190, 500, 40, 16, null),
                text("tiny", 300, 300, 20, 9, null)));
        List<LayoutAudit.Kind> kinds = LayoutAudit.audit(f).stream().map(LayoutAudit.Problem::kind).sorted().toList();
        assertEquals(List.of(LayoutAudit.Kind.OVERLAP, LayoutAudit.Kind.OVERFLOW, LayoutAudit.Kind.OUTSIDE_CANVAS,
                LayoutAudit.Kind.TOO_SMALL), kinds);
    }
}
