package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.ConnectorAudit;
import io.figgen.model.Box;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** The page's last pass: ends reach their borders, lines that join nothing go, and the audit agrees. */
class ConnectorEndsTest {
    private static final Box UPPER = new Box(100, 100, 200, 80);
    private static final Box LOWER = new Box(100, 300, 200, 80);

    private static Shape.Rect box(Box b) {
        return new Shape.Rect(b, "#ffffff", "#1e3a5f", 1, null);
    }

    private static Shape.Line line(double x1, double y1, double x2, double y2, boolean head) {
        return new Shape.Line(List.of(new double[] {x1, y1}, new double[] {x2, y2}), "#1e3a5f", 2, null, head, false,
                Shape.Role.CONNECTOR, 7);
    }

    private static List<Shape> page(Shape... lines) {
        List<Shape> shapes = new ArrayList<>(List.of(new Shape.Rect(new Box(0, 0, 800, 600), "#f6f3e6", null, 0, null),
                box(UPPER), box(LOWER)));
        shapes.addAll(List.of(lines));
        return shapes;
    }

    private static Shape.Line only(List<Shape> shapes) {
        return shapes.stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast).findFirst().orElseThrow();
    }

    @Test
    void anEndShortOfItsBoxRunsOnToTheBorder() {
        List<Shape> shapes = page(line(200, 195, 200, 280, true));
        assertEquals(List.of(), ConnectorEnds.settle(shapes, 800, 600, 40));
        Shape.Line l = only(shapes);
        assertArrayEquals(new double[] {200, 180}, l.first(), 1e-9);
        assertArrayEquals(new double[] {200, 300}, l.last(), 1e-9);
    }

    @Test
    void anEndThatRanIntoABoxComesBackToItsBorder() {
        List<Shape> shapes = page(line(200, 180, 200, 340, true));
        ConnectorEnds.settle(shapes, 800, 600, 40);
        assertArrayEquals(new double[] {200, 300}, only(shapes).last(), 1e-9);
    }

    @Test
    void aLineThatJoinsNothingIsLeftOutAndSoAreTheLinesItAloneHeldUp() {
        Shape.Line loose = line(500, 100, 500, 200, false);
        Shape.Line branch = line(500, 150, 600, 150, true);
        Shape.Line kept = line(200, 180, 200, 300, true);
        List<Shape> shapes = page(loose, branch, kept);
        List<Shape.Line> dropped = ConnectorEnds.settle(shapes, 800, 600, 40);
        assertEquals(2, dropped.size());
        assertEquals(1, shapes.stream().filter(Shape.Line.class::isInstance).count());
        assertEquals(7, dropped.get(0).sourceLine());
    }

    @Test
    void aLineOfZeroLengthIsLeftOut() {
        List<Shape> shapes = page(line(200, 180, 200, 180, false));
        assertEquals(1, ConnectorEnds.settle(shapes, 800, 600, 40).size());
    }

    @Test
    void theAuditFindsWhatThePassWouldFix() {
        Figure loose = new Figure(new Size(800, 600), "#f6f3e6", "t", "d", page(line(200, 195, 200, 280, true)));
        List<ConnectorAudit.Problem> problems = ConnectorAudit.audit(loose);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).message().startsWith("an arrowhead points at empty space"));
        List<Shape> shapes = page(line(200, 195, 200, 280, true));
        ConnectorEnds.settle(shapes, 800, 600, 40);
        assertEquals(List.of(), ConnectorAudit.audit(new Figure(new Size(800, 600), "#f6f3e6", "t", "d", shapes)));
    }

    @Test
    void theAuditFindsALineThroughABoxItDoesNotJoin() {
        Figure f = new Figure(new Size(800, 600), "#f6f3e6", "t", "d",
                page(line(50, 140, 350, 140, false), box(new Box(40, 120, 5, 40)), box(new Box(355, 120, 5, 40))));
        List<ConnectorAudit.Problem> problems = ConnectorAudit.audit(f);
        assertEquals(ConnectorAudit.Kind.CROSSING, problems.get(problems.size() - 1).kind(), problems.toString());
    }
}
