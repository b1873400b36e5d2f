package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.model.Shape;
import io.figgen.model.Spec;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Box;
import io.figgen.sketch.LineArt;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.sketch.Token;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Over the real specs beside the repository: no line art drawn as text, no two items the sketch sets apart
 * drawn as one line, and every Relationships / Flows row and YAML connection in the scene.
 */
class SharedScenesTest {
    private static final Path SHARED = Path.of("../shared/specs");
    private static final List<RenderedFigure> FIGURES = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        if (!Files.isDirectory(SHARED)) {
            return;
        }
        Renderer renderer = new Renderer(ThemeLoader.house());
        try (Stream<Path> specs = Files.list(SHARED)) {
            for (Path p : specs.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                FIGURES.add(renderer.render(p.toString(), Files.readAllBytes(p), false, 1));
            }
        }
    }

    @Test
    void aCalloutAChartWritesIsBoundToTheChartNotSaidAgainInTheNotesRow() {
        assumeTrue(!FIGURES.isEmpty(), "../shared/specs is not beside the repository");
        RenderedFigure f = FIGURES.stream().filter(x -> x.spec().file().endsWith("fig-landscape-30-convergence-thesis.md")).findFirst().orElseThrow();
        Scene scene = f.layout().scene();
        List<String> notes = new ArrayList<>();
        Components.walk(scene.extras(), c -> {
            if (c instanceof Component.Callout co) {
                notes.add(co.title().value());
            }
        });
        assertTrue(notes.contains("The Novelty") && !notes.contains("Key Question"), "the Venn's centre asks the Key Question: " + notes);
        assertTrue(scene.bindings().stream().anyMatch(b -> b.element().element().equals("Key Question") && b.part().equals("chart text")),
                "bound to the chart that writes it");
        assertTrue(f.layout().unbound().stream().noneMatch(e -> e.element().equals("Key Question")), "not reported unbound");
    }

    @Test
    void anArrowChainInsideAnItemStaysInTheItem() throws Exception {
        Path spec = SHARED.resolve("fig-topic-07-active-learning.md");
        assumeTrue(Files.exists(spec), "../shared/specs is not beside the repository");
        RenderedFigure f = FIGURES.stream().filter(x -> x.spec().file().endsWith("fig-topic-07-active-learning.md")).findFirst().orElseThrow();
        List<String> items = new ArrayList<>();
        Components.walk(f.layout().scene().body(), c -> {
            if (c instanceof Component.Items l) {
                l.items().forEach(it -> items.add(it.text().value()));
            }
        });
        assertTrue(items.contains("Next batch: fewer reviews needed (25 → 20 → 15...)"), "items: " + items);
        assertTrue(items.stream().noneMatch(t -> t.equals("20 →") || t.startsWith("15...")), "no piece of the chain an item of its own: " + items);
    }

    @Test
    void noLineArtIsDrawnAsText() {
        assumeTrue(!FIGURES.isEmpty(), "../shared/specs is not beside the repository");
        List<String> found = new ArrayList<>();
        for (RenderedFigure f : FIGURES) {
            for (Shape.Text t : f.layout().figure().texts()) {
                if (!"code".equals(t.role()) && !LineArt.artInLine(t.text()).isEmpty()) {
                    found.add(f.spec().file() + ":" + t.sourceLine() + " \"" + t.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void itemsTheSketchSetsApartAreNeverDrawnAsOneLine() {
        assumeTrue(!FIGURES.isEmpty(), "../shared/specs is not beside the repository");
        List<String> joined = new ArrayList<>();
        for (RenderedFigure f : FIGURES) {
            Sketch sketch = SketchReader.read(f.spec().sketch().orElseThrow());
            List<String> drawn = f.layout().figure().texts().stream().filter(t -> !"code".equals(t.role()))
                    .map(Shape.Text::text).toList();
            for (Row r : rows(sketch)) {
                List<String> parts = r.tokens().stream().filter(t -> t instanceof Token.Text)
                        .map(t -> TextRules.stripScaffolding(((Token.Text) t).text())).filter(s -> s.length() > 2).toList();
                for (int i = 0; i + 1 < parts.size(); i++) {
                    // two neighbours of a row, set apart by wide space or line art, drawn on one line
                    String pair = parts.get(i) + " " + parts.get(i + 1);
                    for (String d : drawn) {
                        if (d.contains(pair) && !runsOn(parts.get(i), parts.get(i + 1))) {
                            joined.add(f.spec().file() + ":" + sketch.specLine(r.row()) + " \"" + d + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), joined);
    }

    /**
     * Phrases the reader joins on purpose: a numeral and its phrase, a phrase going on after a comma, a key
     * ending in its colon and the one value it names.
     */
    private static boolean runsOn(String a, String b) {
        return a.matches("(?:[IVX]{1,5}|\\d{1,2})[.)]?") || a.endsWith(",") || Character.isLowerCase(b.codePointAt(0))
                || a.endsWith(":") && !b.endsWith(":") && !b.contains(": ")
                || a.matches(".*\\b(?:and|or|of|the|to|with|for|a|an|in|on|by|vs\\.?|\\+|-|/|&|=|--)$");
    }

    private static List<Row> rows(Sketch s) {
        List<Row> out = new ArrayList<>();
        for (Band b : s.bands()) {
            for (Area a : b.panels()) {
                rows(a, out);
            }
        }
        return out;
    }

    private static void rows(Area a, List<Row> out) {
        out.addAll(a.rows());
        for (Box b : a.boxes()) {
            rows(b.interior(), out);
        }
    }

    @Test
    void everyFlowsRowAndYamlConnectionIsInTheScene() {
        assumeTrue(!FIGURES.isEmpty(), "../shared/specs is not beside the repository");
        List<String> missing = new ArrayList<>();
        int rows = 0;
        int yaml = 0;
        for (RenderedFigure f : FIGURES) {
            Spec spec = f.spec();
            Scene scene = f.layout().scene();
            rows += spec.relationships().size();
            long flows = scene.edges().stream().filter(e -> e.source() == Edge.Source.FLOWS_TABLE).count();
            if (flows != spec.relationships().size()) {
                missing.add(spec.file() + ": " + flows + " flows edges for " + spec.relationships().size() + " rows");
            }
            int connections = spec.anchors().map(SharedScenesTest::connections).orElse(0);
            yaml += connections;
            long fromYaml = scene.edges().stream().filter(e -> e.source() == Edge.Source.YAML).count();
            if (fromYaml != connections) {
                missing.add(spec.file() + ": " + fromYaml + " YAML edges for " + connections + " connections");
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(true, rows > 50 && yaml > 20, "the shared specs hold " + rows + " flows rows and " + yaml
                + " YAML connections");
    }

    /** Mappings with both a from and a to, anywhere in the YAML. */
    private static int connections(Object node) {
        int n = 0;
        if (node instanceof Map<?, ?> m) {
            n += m.get("from") != null && m.get("to") != null ? 1 : 0;
            for (Object v : m.values()) {
                n += connections(v);
            }
        } else if (node instanceof List<?> l) {
            for (Object v : l) {
                n += connections(v);
            }
        }
        return n;
    }
}
