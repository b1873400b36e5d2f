package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Lines of text as the canvas records them, each run as an SVG text will draw it. */
class CanvasTest {
    @Test
    void aRunAfterAGlyphFromAnotherFaceStartsPastTheSpaceBetweenThemNotWithIt() {
        // "① EDGE": the numeral comes from the symbol face, the name from the house face; an SVG text's leading
        // space collapses when drawn, so a run written " EDGE" was drawn against the numeral
        Ctx ctx = new Ctx(ThemeLoader.house(), new TextMeasurer(), 1, 1, 1, 1);
        Canvas out = new Canvas(ctx);
        out.textLine(List.of(new Span("\u2460 EDGE", ctx.style("section"))), 10, 10, 30, new Box(0, 0, 400, 60), 1);
        List<Shape.Text> texts = out.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast).toList();
        assertEquals(List.of("\u2460", "EDGE"), texts.stream().map(Shape.Text::text).toList(), "no run opens with a space");
        assertTrue(texts.get(1).bounds().x() > texts.get(0).bounds().right() + 3,
                "the space stands between the numeral and the name: " + texts);
    }
}
