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
import io.figgen.scene.chart.Chart.Radar;
import io.figgen.scene.chart.Chart.Series;
import io.figgen.scene.chart.Chart.Source;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Radar charts read from three sketch forms (a hexagon of {@code ■} round a {@code ★}, two series of {@code *}
 * and {@code o} marks, a ten-spoke web of {@code . / | \} with written scores), and measured on the laid-out
 * figure: vertex dots at their value's radius, labels outside the outer ring and clear of each other.
 */
class RadarTest {
    private static byte[] bytes(String name) throws Exception {
        return ChartFixtures.bytes(name);
    }

    private static Radar radar(String name) throws Exception {
        return ChartFixtures.only(name, Radar.class);
    }

    private static Layout layout(String name) throws Exception {
        return new Renderer(ThemeLoader.house()).render(name + ".md", bytes(name), false, 1).layout();
    }

    private static List<String> names(Radar r) {
        return r.spokes().stream().map(t -> t.runs().get(0).value()).toList();
    }

    private static List<Double> values(Series s) {
        return s.values().stream().map(Chart.Value::v).toList();
    }

    private static void near(List<Double> want, List<Double> got, double tol) {
        assertEquals(want.size(), got.size(), "values " + got);
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i), got.get(i), tol, "value " + i + " of " + got);
        }
    }

    @Test
    void hexagonOfSquaresIsOneShapeWithoutScale() throws Exception {
        Radar r = radar("radar-hexagon");
        assertEquals(List.of("DELIVERY PACE", "CODE REVIEW", "TEST COVERAGE", "PLANNING", "ON-CALL LOAD", "ONBOARDING FLOW"),
                names(r), "clockwise from the top; a line-end hyphen the spec's words do not write is dropped, a word's own kept");
        assertEquals(1, r.series().size());
        Series s = r.series().get(0);
        assertTrue(s.highlight());
        assertTrue(s.values().stream().allMatch(v -> v.v() == 1.0 && v.source() == Source.SHAPE), "the sketch draws the shape: " + s);
        assertEquals("★", r.centre().value());
        assertNotNull(r.legend());
        assertEquals("★ = Our Squad", r.legend().runs().get(0).value());
    }

    @Test
    void twoSeriesOfMarksReadTheirDistances() throws Exception {
        Radar r = radar("radar-two-teams");
        assertEquals(List.of("SPEED", "RELIABILITY", "SCALE", "SUPPORT", "DOCS", "COST"), names(r));
        assertEquals(2, r.series().size());
        Series alpha = r.series().get(0);
        Series beta = r.series().get(1);
        assertEquals("Team Alpha", alpha.name().value());
        assertEquals("Team Beta", beta.name().value());
        assertTrue(alpha.highlight() && !alpha.dashed(), "the selected team is the highlighted series");
        assertTrue(!beta.highlight() && beta.dashed());
        // the sketch places them at 6,4,6,3,4,6 and 3,6,2,5,2,4 rows (of 6) along their spokes
        near(List.of(1.0, 4 / 6.0, 1.0, 0.5, 4 / 6.0, 1.0), values(alpha), 0.06);
        near(List.of(0.5, 1.0, 2 / 6.0, 5 / 6.0, 2 / 6.0, 4 / 6.0), values(beta), 0.06);
        assertTrue(r.series().stream().flatMap(x -> x.values().stream()).allMatch(v -> v.source() == Source.POSITION));
        assertNull(r.centre(), "a plain + is where the spokes meet, no mark of its own");
        assertNull(r.legend(), "the legend's lines name the series");
    }

    @Test
    void tenSpokeWebTakesTheWrittenScores() throws Exception {
        Radar r = radar("radar-ten-criteria");
        assertEquals(List.of("ACCURACY", "LATENCY", "COST", "PRIVACY", "SAFETY", "RECALL", "SCALE", "DOCS", "SUPPORT", "UPTIME"),
                names(r));
        assertEquals("(4/5)", r.spokes().get(0).runs().get(1).value(), "the written score stays with its label");
        Series s = r.series().get(0);
        near(List.of(0.8, 1.0, 0.6, 0.8, 0.4, 1.0, 0.6, 0.8, 0.2, 0.6), values(s), 1e-9);
        assertTrue(s.values().stream().allMatch(v -> v.source() == Source.WRITTEN));
    }

    @Test
    void verticesSitAtTheirValuesAndLabelsStayOutsideAndApart() throws Exception {
        for (String name : List.of("radar-hexagon", "radar-two-teams", "radar-ten-criteria")) {
            Radar r = radar(name);
            Layout l = layout(name);
            List<Shape> shapes = l.figure().shapes();
            List<Shape.Line> spokes = shapes.stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                    .filter(x -> x.role() == Shape.Role.AXIS).toList();
            int n = r.spokes().size();
            assertEquals(n, spokes.size(), name + ": one spoke per axis");
            assertTrue(shapes.stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                    .noneMatch(x -> x.role() == Shape.Role.CONNECTOR), name + ": no connectors in a chart");
            double[] c = spokes.get(0).points().get(0);
            double radius = Math.hypot(spokes.get(0).points().get(1)[0] - c[0], spokes.get(0).points().get(1)[1] - c[1]);
            List<double[]> ring = spokes.stream().map(x -> x.points().get(1)).toList();
            List<Shape.Dot> dots = shapes.stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).toList();
            for (Series s : r.series()) {
                for (int i = 0; i < n; i++) {
                    double t = 2 * Math.PI * i / n;
                    double v = s.values().get(i).v();
                    double x = c[0] + v * radius * Math.sin(t);
                    double y = c[1] - v * radius * Math.cos(t);
                    assertTrue(dots.stream().anyMatch(d -> Math.hypot(d.cx() - x, d.cy() - y) <= 1),
                            name + ": a dot at " + v + " on spoke " + i);
                }
            }
            List<String> words = new ArrayList<>();
            r.spokes().forEach(t -> t.runs().forEach(run -> words.addAll(List.of(run.value().split(" ")))));
            List<Shape.Text> labels = l.figure().texts().stream()
                    .filter(t -> words.stream().anyMatch(w -> t.text().contains(w))).toList();
            assertTrue(labels.size() >= n, name + ": every label drawn");
            for (Shape.Text t : labels) {
                Box b = t.bounds();
                for (double[] p : new double[][] {{b.x(), b.y()}, {b.right(), b.y()}, {b.x(), b.bottom()}, {b.right(), b.bottom()},
                        {b.x() + b.w() / 2, b.y() + b.h() / 2}}) {
                    assertFalse(inside(ring, p[0], p[1]), name + ": label '" + t.text() + "' inside the outer ring");
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    Box a = labels.get(i).bounds();
                    Box b = labels.get(j).bounds();
                    boolean overlap = a.x() < b.right() - 0.5 && b.x() < a.right() - 0.5 && a.y() < b.bottom() - 0.5
                            && b.y() < a.bottom() - 0.5;
                    assertFalse(overlap, name + ": '" + labels.get(i).text() + "' overlaps '" + labels.get(j).text() + "'");
                }
            }
            List<String> drawn = TestFigures.drawnTexts(new Renderer(ThemeLoader.house()).render(name + ".md", bytes(name), false, 1).svg());
            for (String glyph : List.of("■", "/", "\\", "|", "*", "+")) {
                assertTrue(drawn.stream().noneMatch(d -> d.strip().equals(glyph)), name + ": '" + glyph + "' drawn as text");
            }
        }
    }

    private static boolean inside(List<double[]> poly, double x, double y) {
        boolean in = false;
        for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            double[] a = poly.get(i);
            double[] b = poly.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    @Test
    void aChartOverItsListStandsBesideItOnAWideCanvasAtFullType() throws Exception {
        Layout l = layout("radar-beside-list");
        assertEquals(1.0, l.fit(), "side by side, the chart and its list fit without shrinking the type");
        double chartRight = l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.AXIS).flatMap(x -> x.points().stream()).mapToDouble(p -> p[0]).max()
                .orElseThrow();
        List<Shape.Text> items = l.figure().texts().stream().filter(t -> t.text().equals("Open source")
                || t.text().equals("Low running cost")).toList();
        assertEquals(2, items.size(), "both terms drawn: " + items);
        for (Shape.Text t : items) {
            assertTrue(t.x() > chartRight, t.text() + " stands right of the chart (x " + t.x() + ", chart ends " + chartRight + ")");
        }
    }

    @Test
    void aTermAsLongAsItsColumnIsSplitFromItsDescriptionLikeItsSiblings() throws Exception {
        Layout l = layout("radar-beside-list");
        Shape.Text term = l.figure().texts().stream().filter(t -> t.text().equals("Audit trail built")).findFirst()
                .orElseThrow(() -> new AssertionError("the term is a span of its own"));
        Shape.Text sibling = l.figure().texts().stream().filter(t -> t.text().equals("Open source")).findFirst().orElseThrow();
        assertEquals(sibling.face(), term.face(), "set like the other terms");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals("Every change is recorded")));
    }
}
