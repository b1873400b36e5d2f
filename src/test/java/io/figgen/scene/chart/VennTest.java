package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.layout.Layout;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.Renderer;
import io.figgen.scene.chart.Chart.Venn;
import io.figgen.scene.chart.Chart.VennRegion;
import io.figgen.scene.chart.Chart.VennSet;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Venn diagrams read from the YAML's circles and regions (three sets, placed) and from content elements alone
 * ("Design circle", "Design+Engineering intersection": two sets, spaced evenly), and measured on the figure:
 * one circle per set in the YAML's proportions, each region's title inside the part of the diagram it names,
 * no two texts meeting, no sketch line art drawn as text.
 */
class VennTest {
    private static byte[] bytes(String name) throws Exception {
        return ChartFixtures.bytes(name);
    }

    private static Venn venn(String name) throws Exception {
        return ChartFixtures.only(name, Venn.class);
    }

    private static Layout layout(String name) throws Exception {
        return ChartFixtures.render(name, bytes(name)).layout();
    }

    private static List<String> labels(Venn v) {
        return v.sets().stream().map(s -> s.label().value()).toList();
    }

    @Test
    void aRegionsWordsStandWhereNoCirclesOutlineCutsThem() throws Exception {
        java.nio.file.Path spec = java.nio.file.Path.of("../shared/specs/fig-landscape-30-convergence-thesis.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(spec), "../shared/specs is not beside the repository");
        Layout l = new Renderer(ThemeLoader.house()).render(spec.toString(), java.nio.file.Files.readAllBytes(spec), false, 1).layout();
        List<Shape.Dot> circles = l.figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .filter(d -> d.r() > 100).toList();
        assertEquals(3, circles.size());
        List<String> cut = new ArrayList<>();
        for (Shape.Text t : l.figure().texts()) {
            String w = t.text();
            // the three pairwise regions' titles and questions (the centre's own words stand on its plate)
            if (java.util.stream.Stream.of("EXPLAINABLE", "UNDERSTANDING", "CALIBRATED", "SIMILARITY", "UNCERTAINTY", "EXPLANATIONS",
                    "Why does", "How confident are we in", "match?", "What do we", "know?").noneMatch(w::startsWith)) {
                continue;
            }
            for (Shape.Dot c : circles) {
                if (crossed(t.bounds(), c)) {
                    cut.add(w);
                }
            }
        }
        // a region's words cut by a stroke read badly: they go where they cross none, with a leader when away
        assertTrue(cut.size() <= 1, "region words cut by a circle's outline: " + cut);
    }

    /** Whether a circle's outline passes through a box: some corner inside it and some outside. */
    private static boolean crossed(Box b, Shape.Dot c) {
        int inside = 0;
        for (double[] p : new double[][] {{b.x(), b.y()}, {b.right(), b.y()}, {b.x(), b.bottom()}, {b.right(), b.bottom()}}) {
            inside += Math.hypot(p[0] - c.cx(), p[1] - c.cy()) < c.r() ? 1 : 0;
        }
        return inside > 0 && inside < 4;
    }

    @Test
    void aLabelWhoseWordsTheDiagramWritesInFullOrCutShortIsNoNote() throws Exception {
        io.figgen.scene.Scene s = ChartFixtures.scene("venn-labels", ChartFixtures.bytes("venn-labels"));
        List<String> notes = new ArrayList<>();
        io.figgen.scene.Components.walk(s.extras(), c -> {
            if (c instanceof io.figgen.scene.Component.Paragraph p) {
                notes.add(p.text().value());
            }
        });
        // "Stat" cut short from STATISTICS and an item, "Regression Inference" two items: written; "Deep Learning" is not
        assertEquals(List.of("Deep Learning"), notes);
    }

    @Test
    void threeSetsAndTheirRegionsComeFromTheYaml() throws Exception {
        Venn v = venn("venn-three-yaml");
        assertEquals(List.of("STATISTICS", "CODE", "DOMAIN"), labels(v));
        VennSet stats = v.sets().get(0);
        assertEquals(500, stats.x(), 0);
        assertEquals(300, stats.y(), 0);
        assertEquals(200, stats.r(), 0);
        assertEquals(37, stats.line(), "the line of circle_stats:");
        assertEquals(List.of("inference", "regression"), stats.items().stream().map(t -> t.value()).toList());
        assertEquals("Mathematics (inference)", stats.name().value(), "the YAML's sublabel");
        assertEquals(null, stats.note(), "the sketch writes no note under the name");
        assertEquals(4, v.regions().size());
        VennRegion ml = v.regions().get(0);
        assertEquals("Machine Learning", ml.title().value());
        assertEquals(List.of(0, 1), ml.sets(), "the region's centre lies in statistics and code");
        VennRegion centre = v.regions().get(3);
        assertEquals(List.of(0, 1, 2), centre.sets());
        assertTrue(centre.highlight(), "the element tagged selected_option names the centre");
        assertEquals("Where all three meet", centre.callout().value());
        assertTrue(v.regions().subList(0, 3).stream().noneMatch(VennRegion::highlight));
    }

    @Test
    void twoSetsComeFromContentElementsAlone() throws Exception {
        Venn v = venn("venn-two-elements");
        assertEquals(List.of("Design", "Engineering"), labels(v));
        assertTrue(Double.isNaN(v.sets().get(0).r()), "no YAML: the layout spaces the sets");
        assertEquals("Visual design", v.sets().get(0).name().value());
        assertEquals(List.of("typography", "colour", "layout"), v.sets().get(0).items().stream().map(t -> t.value()).toList());
        assertEquals(1, v.regions().size());
        VennRegion r = v.regions().get(0);
        assertEquals("Design Systems", r.title().value());
        assertEquals("Tokens and components both sides own", r.question().value());
        assertEquals(List.of(0, 1), r.sets());
        assertTrue(r.highlight());
        assertEquals(39, r.line());
    }

    @Test
    void circlesKeepTheirProportionsAndRegionTitlesStandInTheirRegions() throws Exception {
        for (String name : List.of("venn-three-yaml", "venn-two-elements")) {
            Venn v = venn(name);
            Layout l = layout(name);
            List<Shape.Dot> circles = l.figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                    .filter(d -> d.r() > 60 && d.fill() == null).toList();
            assertEquals(v.sets().size(), circles.size(), name + ": one circle per set");
            if (!Double.isNaN(v.sets().get(0).r())) {
                // the YAML's centres 500,300 / 380,500 / 620,500, radius 200: distances over radius stay
                for (int i = 0; i < circles.size(); i++) {
                    for (int j = i + 1; j < circles.size(); j++) {
                        double want = Math.hypot(v.sets().get(i).x() - v.sets().get(j).x(), v.sets().get(i).y() - v.sets().get(j).y())
                                / v.sets().get(i).r();
                        double got = Math.hypot(circles.get(i).cx() - circles.get(j).cx(), circles.get(i).cy() - circles.get(j).cy())
                                / circles.get(i).r();
                        assertEquals(want, got, 0.01, name + ": circles " + i + ", " + j);
                    }
                }
            }
            List<Shape.Text> texts = l.figure().texts();
            for (VennRegion r : v.regions()) {
                String first = r.title().value().split(" ")[0];
                Shape.Text t = texts.stream().filter(x -> x.text().toLowerCase().startsWith(first.toLowerCase()) && x.sourceLine() == r.line())
                        .findFirst().orElse(null);
                assertNotNull(t, name + ": region '" + r.title().value() + "' drawn");
                if (r.highlight()) {
                    double cx = t.bounds().x() + t.bounds().w() / 2;
                    double cy = t.bounds().y() + t.bounds().h() / 2;
                    for (int i : r.sets()) {
                        Shape.Dot c = circles.get(i);
                        assertTrue(Math.hypot(cx - c.cx(), cy - c.cy()) < c.r(), name + ": the selected region's title inside circle " + i);
                    }
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                Box a = texts.get(i).bounds();
                assertTrue(a.x() >= 0 && a.right() <= l.figure().size().width() && a.y() >= 0 && a.bottom() <= l.figure().size().height(),
                        name + ": '" + texts.get(i).text() + "' inside the canvas");
                for (int j = i + 1; j < texts.size(); j++) {
                    Box b = texts.get(j).bounds();
                    boolean overlap = a.x() < b.right() - 0.5 && b.x() < a.right() - 0.5 && a.y() < b.bottom() - 0.5 && b.y() < a.bottom() - 0.5;
                    assertFalse(overlap, name + ": '" + texts.get(i).text() + "' overlaps '" + texts.get(j).text() + "'");
                }
            }
            List<String> drawn = TestFigures.drawnTexts(new Renderer(ThemeLoader.house()).render(name + ".md", bytes(name), false, 1).svg());
            for (String art : List.of(".", "/", "\\", "|", "'", "│", "┌", "└", "-")) {
                assertTrue(drawn.stream().noneMatch(d -> d.contains(art + art) || d.strip().equals(art)), name + ": '" + art + "' drawn as text");
            }
        }
    }
}
