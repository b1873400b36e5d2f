package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.scene.Scene;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Each table finding fires on the fault it names, and not on the figure drawn right. */
class TableFindingsTest {
    private record Hit(int line, String rule) {
    }

    private static RenderedFigure render(String name) throws Exception {
        try (InputStream in = TableFindingsTest.class.getResourceAsStream("/io/figgen/scene/" + name + ".md")) {
            return new Renderer(ThemeLoader.house()).render(name + ".md", in.readAllBytes(), false, 1);
        }
    }

    private static List<Hit> run(Sketch sketch, Scene scene, List<Shape.Text> texts) {
        List<Hit> out = new ArrayList<>();
        TableFindings.check(sketch, scene, texts, (line, rule, severity, message) -> out.add(new Hit(line, rule)));
        return out;
    }

    @Test
    void aRightlyDrawnTableHasNoFindings() throws Exception {
        RenderedFigure f = render("tables-pipe");
        Sketch sketch = SketchReader.read(f.spec().sketch().orElseThrow());
        assertEquals(List.of(), run(sketch, f.layout().scene(), f.layout().figure().texts()));
    }

    @Test
    void aCellOutsideItsColumnAHeaderAsOneStringAndATableNotDrawnAreReported() throws Exception {
        RenderedFigure f = render("tables-pipe");
        Sketch sketch = SketchReader.read(f.spec().sketch().orElseThrow());
        List<Shape.Text> texts = new ArrayList<>(f.layout().figure().texts());
        // a cell pushed 60 px right, past its column's box
        int k = 0;
        while (!texts.get(k).text().equals("Postgres")) {
            k++;
        }
        Shape.Text t = texts.get(k);
        Box b = t.bounds();
        texts.set(k, new Shape.Text(t.text(), t.x() + 60, t.y(), t.face(), t.size(), t.letterSpacing(), t.fill(),
                new Box(b.x() + 60, b.y(), b.w(), b.h()), t.container(), t.role(), t.sourceLine()));
        // the header drawn as one string
        Shape.Text head = texts.stream().filter(x -> x.text().equals("Store")).findFirst().orElseThrow();
        texts.add(new Shape.Text("Store Latency Cost", head.x(), head.y(), head.face(), head.size(), head.letterSpacing(),
                head.fill(), head.bounds(), head.container(), head.role(), head.sourceLine()));
        List<Hit> hits = run(sketch, f.layout().scene(), texts);
        assertTrue(hits.contains(new Hit(t.sourceLine(), "table/cell-outside-column")), hits.toString());
        assertTrue(hits.contains(new Hit(head.sourceLine(), "table/header-merged")), hits.toString());
        // the same sketch with a scene that draws no table
        Scene s = f.layout().scene();
        Scene none = new Scene(s.title(), s.description(), s.size(), s.header(), null, s.footer(), s.extras(), s.extraElements(),
                s.edges(), s.bindings(), s.unbound(), s.notes());
        assertEquals(List.of(new Hit(head.sourceLine(), "table/not-drawn")),
                run(sketch, none, List.of()).stream().filter(h -> h.rule().equals("table/not-drawn")).toList());
    }
}
