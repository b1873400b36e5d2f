package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.layout.Layout;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.Renderer;
import io.figgen.scene.Component;
import io.figgen.scene.Scene;
import io.figgen.scene.chart.Chart.Arrow;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.scene.chart.Chart.Vectors;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Vector plots: directions from an origin over a cloud, read from a sketch alone (word embeddings, positions
 * against the origin) and from a sketch with YAML anchors (written positions, tags and relationships), and
 * measured on the laid-out figure: each arrow from the origin in its direction, its label beyond its tip,
 * clear of the other labels and of every arrow, no line art drawn as text. A plot the reader must refuse (a
 * stray word in its rows, no word of vectors in the prose) is refused.
 */
class VectorsTest {
    private static final String[] FIXTURES = {"vectors-words", "vectors-yaml"};

    private static byte[] bytes(String name) throws Exception {
        return ChartFixtures.bytes(name);
    }

    private static List<Vectors> plots(String name, byte[] bytes) {
        return ChartFixtures.charts(ChartFixtures.scene(name, bytes), Vectors.class);
    }

    private static Vectors plot(String name) throws Exception {
        return ChartFixtures.only(name, Vectors.class);
    }

    private static List<String> labels(Vectors v) {
        return v.arrows().stream().map(a -> a.label().value()).toList();
    }

    /** The spec line of the first line after {@code after} that starts with {@code prefix} (stripped). */
    private static int lineOf(String name, String after, String prefix) throws Exception {
        String[] lines = new String(bytes(name), StandardCharsets.UTF_8).split("\n", -1);
        boolean seen = false;
        for (int i = 0; i < lines.length; i++) {
            seen |= lines[i].contains(after);
            if (seen && lines[i].strip().startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + prefix + " after " + after + " in " + name);
    }

    private static void direction(Arrow a, double dx, double dy, double tol) {
        assertEquals(dx, a.dx().v(), tol, a.label().value() + " dx");
        assertEquals(dy, a.dy().v(), tol, a.label().value() + " dy");
    }

    @Test
    void sketchAloneGivesDirectionsFromWhereItsArrowheadsStand() throws Exception {
        Vectors v = plot("vectors-words");
        assertEquals(List.of("queen", "king", "woman", "man", "FREQUENCY"), labels(v), "by the arrowheads' rows, then columns");
        assertNull(v.origin(), "the sketch names no origin");
        int heads = lineOf("vectors-words", "```", "|               ↖");
        int level = lineOf("vectors-words", "```", "|     woman");
        int low = lineOf("vectors-words", "```", "|             ○           ○             ↘");
        assertEquals(level, v.originLine());
        // the origin at column 29 of row `level`; a column half a row wide; king's head is the farthest
        double longest = Math.hypot(7.5, 6);
        direction(v.arrows().get(0), -6.5 / longest, 6 / longest, 0.01);
        direction(v.arrows().get(1), 7.5 / longest, 6 / longest, 0.01);
        direction(v.arrows().get(2), -8.5 / longest, 0, 0.01);
        direction(v.arrows().get(3), 8.5 / longest, 0, 0.01);
        direction(v.arrows().get(4), 5.5 / longest, -4 / longest, 0.01);
        int[] lines = {heads, heads, level, level, low};
        for (int i = 0; i < 5; i++) {
            Arrow a = v.arrows().get(i);
            assertEquals(Source.POSITION, a.dx().source(), a.label().value());
            assertEquals(lines[i], a.dx().line(), a.label().value() + ": the arrowhead's line");
            assertEquals(lines[i], a.line());
            assertNull(a.relation());
            assertNull(a.tone());
            assertEquals(i == 4, a.highlight(), a.label().value() + ": the double shaft under FREQUENCY marks the principal one");
        }
        assertEquals("(first component)", v.arrows().get(4).note().value());
        assertEquals(12, v.cloud().size(), "every ○ of the plot's rows");
        assertTrue(v.cloud().stream().allMatch(p -> p.x().source() == Source.POSITION && p.label() == null));
        assertNull(v.cloudName());
        assertEquals(0, v.region());
        List<String> dump = ChartDump.values(v);
        assertTrue(dump.stream().anyMatch(l -> l.startsWith("arrow \"king\": 39°") && l.endsWith("(position L" + heads + ")")), dump.toString());
        assertEquals("vector plot", ChartDump.kind(v));
    }

    @Test
    void yamlAnchorsGiveTheDirectionsTagsTheTonesRowsTheRelations() throws Exception {
        Vectors v = plot("vectors-yaml");
        assertEquals(List.of("POSITIVE", "NEGATIVE", "NEUTRAL"), labels(v));
        assertEquals("ORIGIN", v.origin().value());
        // centres of the anchors' boxes against the origin's centre (410, 310), y up
        double longest = Math.hypot(250, 200);
        direction(v.arrows().get(0), 250 / longest, 200 / longest, 1e-3);
        direction(v.arrows().get(1), -200 / longest, -180 / longest, 1e-3);
        direction(v.arrows().get(2), 270 / longest, -170 / longest, 1e-3);
        String[] ids = {"positive_vector", "negative_vector", "neutral_vector"};
        for (int i = 0; i < 3; i++) {
            Arrow a = v.arrows().get(i);
            assertEquals(Source.WRITTEN, a.dx().source());
            assertEquals(lineOf("vectors-yaml", "id: " + ids[i], "position:"), a.dx().line(), ids[i] + ": its position's line");
        }
        assertEquals("high", v.arrows().get(0).tone());
        assertEquals("low", v.arrows().get(1).tone());
        assertNull(v.arrows().get(2).tone());
        assertEquals("safe direction", v.arrows().get(0).relation().value());
        assertEquals("unsafe direction", v.arrows().get(1).relation().value());
        assertNull(v.arrows().get(2).relation());
        assertTrue(v.arrows().stream().noneMatch(Arrow::highlight));
        assertEquals("Review states", v.cloudName().value());
        assertEquals(lineOf("vectors-yaml", "id: review_states", "position:"), v.region());
        assertEquals(8, v.cloud().size());
        // the sketch's pattern fills the region [100, 150, 250, 200]: in the arrows' frame round the origin
        for (Chart.Point p : v.cloud()) {
            assertEquals(Source.SHAPE, p.x().source());
            double x = p.x().v() * longest + 410;
            double y = 310 - p.y().v() * longest;
            assertTrue(x >= 100 && x <= 350 && y >= 150 && y <= 350, "a mark at " + x + ", " + y + " inside the region");
        }
    }

    @Test
    void arrowsLeaveTheOriginAndLabelsStandAtTheirTipsClearOfEverything() throws Exception {
        for (String name : FIXTURES) {
            Vectors v = plot(name);
            var fig = new Renderer(ThemeLoader.house()).render(name + ".md", bytes(name), false, 1);
            Layout l = fig.layout();
            List<Shape> shapes = l.figure().shapes();
            Shape.Dot ring = shapes.stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                    .filter(d -> d.stroke() != null).findFirst().orElseThrow();
            List<Shape.Line> arrows = shapes.stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                    .filter(x -> x.arrowEnd() && Math.hypot(x.points().get(0)[0] - ring.cx(), x.points().get(0)[1] - ring.cy()) <= 1)
                    .toList();
            assertEquals(v.arrows().size(), arrows.size(), name + ": every arrow starts at the origin (within 1 px)");
            long dots = shapes.stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).filter(d -> d.stroke() == null).count();
            assertTrue(dots >= v.cloud().size(), name + ": a dot per mark of the cloud");
            double scale = Double.NaN;
            List<Double> bold = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            List<Box> labelBoxes = new ArrayList<>();
            List<double[][]> segments = new ArrayList<>();
            for (Shape.Line a : arrows) {
                segments.add(new double[][] {a.points().get(0), a.points().get(a.points().size() - 1)});
            }
            for (Arrow a : v.arrows()) {
                double want = Math.atan2(a.dy().v(), a.dx().v());
                Shape.Line drawn = arrows.stream().filter(x -> x.sourceLine() == a.line()).filter(x -> {
                    double[] tip = x.points().get(x.points().size() - 1);
                    double got = Math.atan2(ring.cy() - tip[1], tip[0] - ring.cx());
                    return Math.abs(Math.atan2(Math.sin(got - want), Math.cos(got - want))) < Math.toRadians(1);
                }).findFirst().orElse(null);
                assertNotNull(drawn, name + ": '" + a.label().value() + "' drawn toward its direction");
                double[] tip = drawn.points().get(drawn.points().size() - 1);
                double len = Math.hypot(tip[0] - ring.cx(), tip[1] - ring.cy());
                double ratio = len / Math.hypot(a.dx().v(), a.dy().v());
                if (Double.isNaN(scale)) {
                    scale = ratio;
                }
                assertEquals(scale, ratio, scale * 0.01, name + ": one scale for every arrow ('" + a.label().value() + "')");
                (a.highlight() ? bold : plain).add(drawn.width());
                List<Shape.Text> texts = l.figure().texts().stream().filter(t -> t.text().equals(a.label().value())).toList();
                assertEquals(1, texts.size(), name + ": '" + a.label().value() + "' drawn once");
                Box b = texts.get(0).bounds();
                double gap = distance(b, tip);
                assertTrue(gap > 0, name + ": '" + a.label().value() + "' outside its arrowhead");
                assertTrue(gap <= 30, name + ": '" + a.label().value() + "' at its tip (" + gap + " px)");
                labelBoxes.add(b);
                if (a.note() != null) {
                    List<Shape.Text> note = l.figure().texts().stream().filter(t -> t.text().equals(a.note().value())).toList();
                    assertEquals(1, note.size(), name + ": the note of '" + a.label().value() + "'");
                    assertTrue(note.get(0).bounds().y() >= b.bottom() - 0.5, name + ": the note under its label");
                    labelBoxes.add(note.get(0).bounds());
                }
            }
            for (double w : bold) {
                assertTrue(plain.stream().allMatch(x -> x * 1.5 <= w), name + ": the principal arrow is the bold one");
            }
            if (v.origin() != null) {
                labelBoxes.add(l.figure().texts().stream().filter(t -> t.text().equals(v.origin().value())).findFirst().orElseThrow().bounds());
            }
            for (int i = 0; i < labelBoxes.size(); i++) {
                Box a = labelBoxes.get(i);
                for (double[][] s : segments) {
                    assertFalse(crosses(a, s[0], s[1]), name + ": a label crosses an arrow at " + a);
                }
                for (int j = i + 1; j < labelBoxes.size(); j++) {
                    Box b = labelBoxes.get(j);
                    assertFalse(a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom(),
                            name + ": labels overlap at " + a + " and " + b);
                }
            }
            List<String> drawn = TestFigures.drawnTexts(fig.svg());
            for (String glyph : List.of("/", "\\", "↗", "↖", "↘", "↙", "═", "○", "●", "─", "←", "→")) {
                assertTrue(drawn.stream().noneMatch(d -> d.contains(glyph)), name + ": '" + glyph + "' drawn as text: " + drawn);
            }
        }
    }

    @Test
    void aStrayWordOrProseWithoutVectorsIsNoPlot() throws Exception {
        String spec = new String(bytes("vectors-words"), StandardCharsets.UTF_8);
        String stray = spec.replace("(first component)          ", "(first component)   stray  ");
        assertFalse(stray.equals(spec));
        assertTrue(plots("stray", stray.getBytes(StandardCharsets.UTF_8)).isEmpty(), "a word in the plot's rows that is no part of it");
        String plain = spec.replaceAll("(?i)vectors?|directions?|projection|embeddings?", "words");
        assertTrue(plots("plain", plain.getBytes(StandardCharsets.UTF_8)).isEmpty(), "the prose says nothing of vectors");
        assertEquals(1, plots("same", spec.getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void theDocumentsSketchReadsAsTheVectorPlotItDescribes() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/spec-format.md"), StandardCharsets.UTF_8);
        int at = doc.indexOf("**Vectors.**");
        assertTrue(at >= 0, "docs/spec-format.md describes vector plots");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```text\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(doc.substring(at));
        assertTrue(m.find(), "with a sketch");
        StringBuilder sketch = new StringBuilder("+" + "-".repeat(56) + "+\n|  WORDS" + " ".repeat(49) + "|\n+" + "-".repeat(56) + "+\n");
        m.group(1).lines().forEach(l -> sketch.append("|  ").append(l).append(" ".repeat(Math.max(0, 54 - l.length()))).append("|\n"));
        sketch.append("+").append("-".repeat(56)).append("+\n");
        String spec = "# fig-doc: Word vectors\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **ID** | fig-doc |\n"
                + "| **Dimensions** | 1200 x 675px (16:9) |\n\n## Purpose\n\nWord vectors as directions from one origin.\n\n"
                + "## Visual Concept (ASCII Layout)\n\n```\n" + sketch + "```\n\n## Alt Text\n\nWord vectors.\n";
        List<Vectors> found = plots("doc", spec.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, found.size(), spec);
        assertEquals(List.of("queen", "king", "woman", "man", "FREQUENCY"), labels(found.get(0)));
        assertTrue(found.get(0).arrows().get(4).highlight());
    }

    @Test
    void noOtherChartFixtureReadsAsVectors() throws Exception {
        for (String name : List.of("bar-four", "dated-list", "gauge", "hbars", "line-ticked", "meter", "not-timelines",
                "quadrant-yaml", "radar-hexagon", "radar-ten-criteria", "radar-two-teams", "scatter-frontier", "spectrum",
                "timeline-ascii", "timeline-two-rows")) {
            assertTrue(plots(name, bytes(name)).isEmpty(), name + " is no vector plot");
        }
    }

    /** The distance from a point to a box (0 inside it). */
    private static double distance(Box b, double[] p) {
        double dx = Math.max(0, Math.max(b.x() - p[0], p[0] - b.right()));
        double dy = Math.max(0, Math.max(b.y() - p[1], p[1] - b.bottom()));
        return Math.hypot(dx, dy);
    }

    private static boolean crosses(Box b, double[] a, double[] c) {
        double t0 = 0;
        double t1 = 1;
        double dx = c[0] - a[0];
        double dy = c[1] - a[1];
        double[] pp = {-dx, dx, -dy, dy};
        double[] qq = {a[0] - b.x(), b.right() - a[0], a[1] - b.y(), b.bottom() - a[1]};
        for (int i = 0; i < 4; i++) {
            if (pp[i] == 0) {
                if (qq[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = qq[i] / pp[i];
            if (pp[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        return true;
    }
}
