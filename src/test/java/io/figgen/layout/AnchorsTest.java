package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import org.junit.jupiter.api.Test;

/** The YAML spatial anchors' geometry reaches the figure: canvas size, and the widths of the boxes they name. */
class AnchorsTest {
    private static Shape.Rect boxAround(Figure f, String text) {
        Shape.Text t = f.texts().stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        return f.shapes().stream().filter(s -> s instanceof Shape.Rect r && r.box().contains(t.bounds(), 0)
                        && r.box().w() < f.size().width() / 1.2)
                .map(s -> (Shape.Rect) s).findFirst().orElseThrow();
    }

    @Test
    void anchorsSetCanvasAndRowWidths() throws Exception {
        Figure f = TestFigures.render("anchored.md", TestFigures.fixture("anchored.md"), false).layout().figure();
        assertEquals(1920, f.size().width());
        assertEquals(1080, f.size().height());
        double hot = boxAround(f, "HOT STORE").box().w();
        double cold = boxAround(f, "COLD STORE").box().w();
        // equal in the sketch, 1200 : 560 in the anchors
        assertEquals(1200.0 / 560, hot / cold, 0.05, "hot " + hot + " cold " + cold);
        assertTrue(hot > cold);
        // the anchors make the row 500 of 1080 px tall; its text alone needs far less
        assertEquals(500, boxAround(f, "HOT STORE").box().h(), 1.0);
    }
}
