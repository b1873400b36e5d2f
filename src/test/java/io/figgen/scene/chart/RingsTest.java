package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.check.FigureChecker;
import io.figgen.check.Finding;
import io.figgen.layout.Layout;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Scene;
import io.figgen.scene.SceneNote;
import io.figgen.scene.chart.Chart.Ring;
import io.figgen.scene.chart.Chart.Rings;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Concentric rings read from boxes nested in the sketch (names completed from the content elements they
 * begin, notes from the elements' closing words) and measured on the laid-out figure: one circle per ring
 * round one centre, radii growing outward, every name drawn inside the canvas and clear of the others, and
 * none of the boxes' line art drawn as text.
 */
class RingsTest {
    private static byte[] bytes(String name) throws Exception {
        try (InputStream in = RingsTest.class.getResourceAsStream("/io/figgen/chart/" + name + ".md")) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private static Scene scene(String name) throws Exception {
        return new Renderer(ThemeLoader.house()).scene(name + ".md", bytes(name));
    }

    private static RenderedFigure render(String name) throws Exception {
        return new Renderer(ThemeLoader.house()).render(name + ".md", bytes(name), false, 1);
    }

    private static List<Rings> rings(Scene s) {
        List<Rings> out = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Plot p && p.chart() instanceof Rings r) {
                out.add(r);
            }
        });
        return out;
    }

    private static Rings only(String name) throws Exception {
        List<Rings> found = rings(scene(name));
        assertEquals(1, found.size(), "one ring chart in " + name);
        return found.get(0);
    }

    @Test
    void nestedBoxesAreRingsInnermostFirstWithTheirElementsNamesAndNotes() throws Exception {
        Rings r = only("rings-defence");
        assertEquals(List.of("DATA", "APPLICATION", "HOST", "PERIMETER"), r.rings().stream().map(g -> g.label().value()).toList(),
                "innermost first; the line under the outer box is one more ring; APP. is completed from 'Application layer'");
        assertEquals(List.of("DATA", "APP.", "HOST", "PERIMETER"), r.rings().stream().map(Ring::written).toList());
        assertEquals(List.of(28, 30, 32, 34), r.rings().stream().map(Ring::line).toList(), "the spec line of each name");
        assertEquals(47, r.rings().get(1).nameLine(), "the completed name comes from the element's line");
        assertEquals(List.of("SEALED", "CHECKED", "HARDENED", "FILTERED"), r.rings().stream().map(g -> g.note().value()).toList());
        assertEquals(List.of(46, 47, 48, 49), r.rings().stream().map(Ring::noteLine).toList());
        assertEquals(List.of(true, false, false, false), r.rings().stream().map(Ring::highlight).toList(),
                "the element tagged selected_option is the highlighted ring");
        assertEquals("strictest", r.low().value());
        assertEquals("widest", r.high().value());
        assertEquals(25, r.line());
    }

    @Test
    void curvesOneInsideAnotherAreRingsToo() throws Exception {
        Rings r = only("rings-onion");
        assertEquals(List.of("SELF", "COMMUNITY", "ECOSYSTEM"), r.rings().stream().map(g -> g.label().value()).toList(),
                "a word's ring is the walls left of it less those right of it; innermost first");
        assertEquals(List.of(27, 25, 23), r.rings().stream().map(Ring::line).toList());
        assertEquals(List.of("DIRECT", "SHARED", "DISTANT"), r.rings().stream().map(g -> g.note().value()).toList());
        assertEquals("nearest", r.low().value());
        assertEquals("farthest", r.high().value());
        List<String> drawn = TestFigures.drawnTexts(render("rings-onion").svg());
        for (String d : drawn) {
            assertFalse(d.matches(".*([()/\\\\|~_]|\\.'|'\\.|-\\.).*"), "a curve's wall drawn as text: " + d);
        }
    }

    @Test
    void theCompletedNameIsNotedSoTheSketchWordCountsAsDrawn() throws Exception {
        Scene s = scene("rings-defence");
        assertTrue(s.notes().stream().anyMatch(n -> n.kind() == SceneNote.Kind.EXPANDED && n.written().equals("APP.")
                && n.drawn().equals("APPLICATION") && n.line() == 30 && n.otherLine() == 47), s.notes().toString());
        assertTrue(s.unbound().isEmpty(), "every layer element is drawn by the chart: " + s.unbound());
    }

    @Test
    void checkListsEachRingWithItsLines() throws Exception {
        RenderedFigure f = render("rings-defence");
        List<Finding> findings = new FigureChecker(ThemeLoader.house()).check("rings-defence.md", f);
        Finding values = findings.stream().filter(x -> x.rule().equals("chart/values")).findFirst()
                .orElseThrow(() -> new AssertionError("no chart/values in " + findings));
        assertEquals(25, values.line());
        assertTrue(values.message().contains("ring 1 (innermost) \"DATA\" L28, note \"SEALED\" L46 (highlighted)"), values.message());
        assertTrue(values.message().contains("ring 2 \"APPLICATION\" L30 (the sketch writes \"APP.\", named L47)"), values.message());
        assertTrue(values.message().contains("ring 4 (outermost) \"PERIMETER\" L34"), values.message());
        assertFalse(findings.stream().anyMatch(x -> x.severity() == Finding.Severity.ERROR), findings.toString());
    }

    @Test
    void circlesShareACentreGrowOutwardAndLabelsStayInsideAndApart() throws Exception {
        assertLaidOut("rings-defence", true);
        assertLaidOut("rings-onion", false);
    }

    private static void assertLaidOut(String name, boolean coralCore) throws Exception {
        RenderedFigure f = render(name);
        Rings r = only(name);
        Layout l = f.layout();
        double w = l.figure().size().width();
        double h = l.figure().size().height();
        List<Shape.Dot> circles = l.figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .filter(d -> d.r() >= 10).sorted(Comparator.comparingDouble(Shape.Dot::r)).toList();
        assertEquals(r.rings().size(), circles.size(), "one circle per ring: " + circles);
        for (int i = 0; i < circles.size(); i++) {
            Shape.Dot c = circles.get(i);
            assertEquals(circles.get(0).cx(), c.cx(), 0.01, "concentric");
            assertEquals(circles.get(0).cy(), c.cy(), 0.01, "concentric");
            if (i > 0) {
                assertTrue(c.r() > circles.get(i - 1).r() + 4, "radii strictly increasing: " + circles);
            }
            assertTrue(c.cx() - c.r() >= 0 && c.cx() + c.r() <= w && c.cy() - c.r() >= 0 && c.cy() + c.r() <= h, "inside the canvas");
        }
        String core = ThemeLoader.house().color(coralCore ? "coral" : "navy").toLowerCase();
        assertEquals(core, circles.get(0).fill().toLowerCase(), coralCore ? "the highlighted core is coral" : "the core is navy");
        assertTrue(circles.get(circles.size() - 1).r() >= 0.25 * Math.min(w, h), "the rings fill their room: " + circles);
        List<Shape.Text> labels = new ArrayList<>();
        for (Ring g : r.rings()) {
            for (String s : List.of(g.label().value(), g.note().value())) {
                Shape.Text t = l.figure().texts().stream().filter(x -> x.text().equals(s)).findFirst()
                        .orElseThrow(() -> new AssertionError("not drawn: " + s));
                labels.add(t);
            }
        }
        for (String end : List.of(r.low().value(), r.high().value())) {
            labels.add(l.figure().texts().stream().filter(x -> x.text().equals(end)).findFirst().orElseThrow());
        }
        for (Shape.Text t : labels) {
            Box b = t.bounds();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= w && b.bottom() <= h, "'" + t.text() + "' inside the canvas");
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Box a = labels.get(i).bounds();
                Box b = labels.get(j).bounds();
                boolean overlap = a.x() < b.right() - 0.5 && b.x() < a.right() - 0.5 && a.y() < b.bottom() - 0.5 && b.y() < a.bottom() - 0.5;
                assertFalse(overlap, "'" + labels.get(i).text() + "' overlaps '" + labels.get(j).text() + "'");
            }
        }
        // each name stands in its own ring (between the circle inside it and its own), or on a leader from it
        Shape.Dot centre = circles.get(0);
        List<Shape.Line> leaders = l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.RULE).toList();
        for (int i = 0; i < r.rings().size(); i++) {
            Ring g = r.rings().get(i);
            Box b = labels.get(2 * i).bounds();
            double[] at = {b.x() + b.w() / 2, b.y() + b.h() / 2};
            Shape.Line leader = leaders.stream().filter(x -> x.sourceLine() == g.line()).findFirst().orElse(null);
            if (leader != null) {
                at = leader.points().get(0);
            }
            double d = Math.hypot(at[0] - centre.cx(), at[1] - centre.cy());
            double lo = i == 0 ? 0 : circles.get(i - 1).r();
            assertTrue(d >= lo && d <= circles.get(i).r(), name + ": '" + g.label().value() + "'" + (leader == null ? "" : "'s leader")
                    + " in its ring (" + d + " from the centre)");
        }
    }

    @Test
    void namesTooWideForTheirBandsStandBesideOnLeadersFromTheirBands() throws Exception {
        String spec = new String(bytes("rings-defence"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("| Host layer |", "| Host operating system hardening layer |")
                .replace("| Application layer |", "| Application and session handling layer |")
                .replace("1200 x 900px (4:3)", "1800 x 600px (3:1)");
        RenderedFigure f = new Renderer(ThemeLoader.house()).render("wide.md", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, 1);
        Rings r = rings(f.layout().scene()).get(0);
        assertEquals("HOST OPERATING SYSTEM HARDENING", r.rings().get(2).label().value());
        List<Shape.Dot> circles = f.layout().figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .filter(d -> d.r() >= 10).sorted(Comparator.comparingDouble(Shape.Dot::r)).toList();
        assertEquals(4, circles.size());
        Shape.Dot c = circles.get(0);
        List<Shape.Line> leaders = f.layout().figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(l -> l.role() == Shape.Role.RULE && l.sourceLine() >= 28 && l.sourceLine() <= 34).toList();
        assertFalse(leaders.isEmpty(), "the long names stand beside the rings");
        io.figgen.check.CorpusReport report = io.figgen.check.CorpusReport.of(new Renderer(ThemeLoader.house()), "wide.md",
                spec.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(report.passes(), "a wide, low canvas still holds the rings and everything under them: " + report.row());
        double h = f.layout().figure().size().height();
        assertTrue(circles.stream().allMatch(x -> x.cy() + x.r() <= h && x.cy() - x.r() >= 0), "the rings inside the canvas");
        List<Shape.Text> texts = f.layout().figure().texts();
        for (Shape.Line l : leaders) {
            double[] a = l.points().get(0);
            double[] b = l.points().get(l.points().size() - 1);
            int ring = r.rings().stream().map(Ring::line).toList().indexOf(l.sourceLine());
            double d = Math.hypot(a[0] - c.cx(), a[1] - c.cy());
            assertTrue(d <= circles.get(ring).r() && (ring == 0 || d >= circles.get(ring - 1).r()),
                    "the leader of '" + r.rings().get(ring).label().value() + "' starts in its band (" + d + ")");
            assertTrue(Math.hypot(b[0] - c.cx(), b[1] - c.cy()) > circles.get(3).r(), "and ends outside the rings");
            assertTrue(texts.stream().anyMatch(t -> t.sourceLine() == l.sourceLine() && Math.abs(t.bounds().x() - b[0]) < 12
                    && t.bounds().y() <= b[1] + 1 && t.bounds().bottom() >= b[1] - 1), "and meets its name");
            for (Shape.Text t : texts) {
                Box x = t.bounds();
                for (int k = 1; k < 20; k++) {
                    double px = a[0] + (b[0] - a[0]) * k / 20;
                    double py = a[1] + (b[1] - a[1]) * k / 20;
                    assertFalse(px > x.x() + 1 && px < x.right() - 1 && py > x.y() + 1 && py < x.bottom() - 1,
                            "a leader runs through '" + t.text() + "'");
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Box a = texts.get(i).bounds();
                Box b = texts.get(j).bounds();
                assertFalse(a.x() < b.right() - 0.5 && b.x() < a.right() - 0.5 && a.y() < b.bottom() - 0.5 && b.y() < a.bottom() - 0.5,
                        "'" + texts.get(i).text() + "' overlaps '" + texts.get(j).text() + "'");
            }
        }
    }

    @Test
    void noLineArtOfTheBoxesIsDrawnAsText() throws Exception {
        List<String> drawn = TestFigures.drawnTexts(render("rings-defence").svg());
        for (String d : drawn) {
            assertFalse(d.matches(".*(\\+-|-\\+|--|\\||<-|->).*"), "sketch line art drawn as text: " + d);
        }
        assertTrue(drawn.stream().anyMatch(d -> d.contains("Each layer assumes")), "the text under the rings is the figure's: " + drawn);
    }

    @Test
    void boxesThatAreNoRingsStayBoxes() throws Exception {
        Scene s = scene("not-rings");
        assertEquals(List.of(), rings(s), "a box of two boxes, and nested boxes holding sentences, are no rings");
        List<String> drawn = render("not-rings").layout().figure().texts().stream().map(Shape.Text::text).toList();
        String all = String.join(" ", drawn);
        assertTrue(all.contains("BILLING") && all.contains("INNER SHELL") && all.contains("CORE"), drawn.toString());
    }

    @Test
    void aNameWithoutItsElementStaysAsWritten() throws Exception {
        String spec = new String(bytes("rings-defence"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("| Application layer | `security_layer` | Input validation and session checks. CHECKED |\n", "");
        Scene s = new Renderer(ThemeLoader.house()).scene("x.md", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Rings r = rings(s).get(0);
        assertEquals("APP.", r.rings().get(1).label().value(), "nothing invented: no element, no full name");
        assertNull(r.rings().get(1).note());
        assertEquals(0, r.rings().get(1).noteLine());
    }

    @Test
    void ringsWithLinesAboutThemKeepTheLinesUnderTheirNamesAndTheLabelsCompleteWhatTheSketchCutShort() throws Exception {
        Rings r = rings(scene("rings-details")).get(0);
        assertEquals(List.of("OPEN CORE", "RING 1: READERS", "RING 2: PUBLISHERS", "RING 3: CLOUD RESELLERS"),
                r.rings().stream().map(g -> g.label().value()).toList(), "names, not names run into their details");
        assertEquals(List.of("Storage vendors, compute brokers, CDNs", "Revenue: resale"),
                r.rings().get(3).details().stream().map(io.figgen.scene.Text::value).toList(), "a wrapped line joined again");
        assertEquals(List.of("Apps, feeds and widgets"), r.rings().get(1).details().stream().map(io.figgen.scene.Text::value).toList(),
                "a label going on from the line's last word completes it");
        assertEquals(List.of("Search Engine"), r.rings().get(0).details().stream().map(io.figgen.scene.Text::value).toList());
        assertNull(scene("rings-details").extras(), "no label left over for the notes row");
        Layout l = render("rings-details").layout();
        for (String line : List.of("Revenue: resale", "Newsrooms, archives", "Apps, feeds and widgets")) {
            Shape.Text t = l.figure().texts().stream().filter(x -> x.text().equals(line)).findFirst().orElseThrow();
            assertTrue(t.bounds().x() >= 0 && t.bounds().right() <= l.figure().size().width(), line + " on the canvas");
        }
        assertEquals(List.of(), io.figgen.check.LayoutAudit.audit(l.figure()), "no overlap, no overflow");
    }
}
