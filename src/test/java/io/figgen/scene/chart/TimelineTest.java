package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.layout.Layout;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.Renderer;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Scene;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart.Event;
import io.figgen.scene.chart.Chart.Timeline;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Timelines: a chain of marks with dates above and text in columns under stems is read as events in order,
 * each with its date, title, detail and spec line, and drawn as dots on one axis with each text in its column.
 * Chains that draw something else (an icon, marks without stems or dates) stay the rest of the figure's.
 */
class TimelineTest {
    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = TimelineTest.class.getResourceAsStream("/io/figgen/chart/" + name + ".md")) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private static Scene scene(String name) throws IOException {
        return new Renderer(ThemeLoader.house()).scene(name + ".md", bytes(name));
    }

    private static Layout layout(String name) throws IOException {
        return new Renderer(ThemeLoader.house()).layout(name + ".md", bytes(name));
    }

    private static List<Timeline> timelines(Scene s) {
        List<Timeline> out = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Plot p && p.chart() instanceof Timeline t) {
                out.add(t);
            }
        });
        return out;
    }

    private static Timeline timeline(String name) throws IOException {
        List<Timeline> all = timelines(scene(name));
        assertEquals(1, all.size(), "one timeline in " + name);
        return all.get(0);
    }

    /** The 1-based lines of the fixture that contain {@code s}. */
    private static List<Integer> linesWith(String name, String s) throws IOException {
        String[] lines = new String(bytes(name), StandardCharsets.UTF_8).split("\n", -1);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(s)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static String v(Text t) {
        return t == null ? null : t.value();
    }

    private static List<String> values(List<Text> ts) {
        return ts.stream().map(Text::value).toList();
    }

    @Test
    void twoChainRowsAreOneTimelineOfEventsInOrder() throws IOException {
        Timeline t = timeline("timeline-two-rows");
        List<Event> e = t.events();
        assertEquals(List.of("1908", "1931", "1957", "1974", "1996", "2021"), e.stream().map(x -> v(x.date())).toList());
        assertEquals(List.of("Tower Raised", "Fresnel Lens Fitted", "Keepers Leave the Island", "Radio Beacon Added",
                "Solar Panels Fitted", "Museum and Lantern Room"), e.stream().map(x -> v(x.title())).toList());
        // detail lines: a phrase broken over lines is one detail ("Visible 18" / "nautical miles")
        assertEquals(List.of("Oil lamp"), values(e.get(0).detail()));
        assertEquals(List.of("Visible 18 nautical miles"), values(e.get(1).detail()));
        assertEquals(List.of(), values(e.get(2).detail()));
        assertEquals(List.of(), values(e.get(3).detail()), "the label names the whole title, Added included");
        assertEquals(List.of("Battery store of 3 days"), values(e.get(4).detail()));
        assertEquals(List.of("Open to all visitors"), values(e.get(5).detail()));
        // each event's line is the line of the chain its mark stands on
        List<Integer> chains = linesWith("timeline-two-rows", "●──");
        assertEquals(2, chains.size());
        for (int i = 0; i < e.size(); i++) {
            assertEquals(chains.get(i < 4 ? 0 : 1), e.get(i).line(), "line of event " + i);
        }
        assertEquals(linesWith("timeline-two-rows", "1908             1931").get(0), t.line());
        // the prose emphasises the final milestone
        assertEquals(List.of(false, false, false, false, false, true), e.stream().map(Event::highlight).toList());
    }

    @Test
    void theBoxUnderTheTimelineStaysTheFiguresOwn() throws IOException {
        Scene s = scene("timeline-two-rows");
        List<String> words = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Paragraph p) {
                words.add(p.text().value());
            } else if (c instanceof Component.Node n && n.title() != null) {
                words.add(n.title().value());
            }
        });
        assertTrue(words.stream().anyMatch(w -> w.contains("Still lit every night since 1908")), words.toString());
    }

    @Test
    void aBlankRowBetweenTheStemsAndTheEventsWordsLeavesThemTheEvents() throws IOException {
        Timeline t = timeline("timeline-spaced");
        assertEquals(List.of("Planted", "Fenced", "Pond", "Orchard", "Beehives", "Shed", "Cafe", "Award"),
                t.events().stream().map(x -> v(x.title())).toList());
        assertEquals(List.of("Dug deep"), values(t.events().get(2).detail()));
    }

    @Test
    void aSquareAfterAnEventsTitleSinglesItOutAndIsNoWordOfIt() throws IOException {
        Timeline t = timeline("timeline-marked");
        assertEquals("Shed", v(t.events().get(5).title()));
        assertEquals(List.of(5), java.util.stream.IntStream.range(0, 8).filter(i -> t.events().get(i).highlight()).boxed().toList());
    }

    @Test
    void aBoxHungFromAStemHoldsThatEventsWordsAndTheOthersKeepTheirs() throws IOException {
        // the box (┌──┴──┐ under the ◆) made the whole chain "another figure's": dates and marks became a table
        Timeline t = timeline("timeline-boxed");
        List<Event> e = t.events();
        assertEquals(List.of("Pruned by hand", "Blossom in a week", "Harvest", "Pressed cider", "Mulched and rested"),
                e.stream().map(x -> v(x.title())).toList());
        assertEquals(List.of("Forty crates"), values(e.get(2).detail()), "the box's second line is its event's detail");
        assertEquals(List.of(2), java.util.stream.IntStream.range(0, 5).filter(i -> e.get(i).highlight()).boxed().toList());
    }

    @Test
    void anAsciiChainWithOneOddMarkSinglesItOut() throws IOException {
        Timeline t = timeline("timeline-ascii");
        List<Event> e = t.events();
        assertEquals(8, e.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(String.valueOf(2011 + i), v(e.get(i).date()));
        }
        assertEquals(List.of("Planted", "Fenced", "Pond", "Orchard", "Beehives", "Shed", "Cafe", "Award"),
                e.stream().map(x -> v(x.title())).toList());
        assertEquals(List.of("Dug deep"), values(e.get(2).detail()), "a sentence-case line under a one-word title is its detail");
        assertEquals(List.of("A medal"), values(e.get(7).detail()));
        int chain = linesWith("timeline-ascii", "o---------o").get(0);
        assertTrue(e.stream().allMatch(x -> x.line() == chain));
        assertEquals(4, e.stream().filter(Event::highlight).mapToInt(e::indexOf).findFirst().orElse(-1), "the ◆ among o marks");
    }

    @Test
    void chainsThatDrawSomethingElseAreNoTimeline() throws IOException {
        Scene s = scene("not-timelines");
        assertEquals(List.of(), timelines(s));
        List<String> drawn = layout("not-timelines").figure().texts().stream().map(Shape.Text::text).toList();
        assertTrue(String.join(" ", drawn).contains("solid chain"), drawn.toString());
        assertTrue(String.join(" ", drawn).contains("three stages in a ring"), drawn.toString());
    }

    private static List<Shape.Dot> dots(Layout l) {
        return l.figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).toList();
    }

    /** Dots on one line per row at increasing x, each date and title inside its column, no text over another. */
    private static void assertLaidOut(String name, int perRow) throws IOException {
        Layout l = layout(name);
        Timeline t = timeline(name);
        List<Shape.Dot> dots = dots(l);
        assertEquals(t.events().size(), dots.size(), "a dot per event");
        for (int from = 0; from < dots.size(); from += perRow) {
            List<Shape.Dot> row = dots.subList(from, Math.min(dots.size(), from + perRow));
            for (int i = 1; i < row.size(); i++) {
                assertEquals(row.get(0).cy(), row.get(i).cy(), 0.01, "dots of a row on one line");
                assertTrue(row.get(i).cx() > row.get(i - 1).cx(), "dots at increasing x");
            }
            if (from > 0) {
                assertTrue(row.get(0).cy() > dots.get(from - 1).cy(), "a further row below the one before");
            }
        }
        // a navy axis through each row of dots, inside the figure
        List<Shape.Line> axes = l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.AXIS).toList();
        assertEquals((dots.size() + perRow - 1) / perRow, axes.size());
        for (Shape.Line a : axes) {
            assertTrue(dots.stream().anyMatch(d -> Math.abs(d.cy() - a.points().get(0)[1]) < 0.01));
        }
        List<Shape.Text> texts = l.figure().texts();
        for (int i = 0; i < t.events().size(); i++) {
            Event e = t.events().get(i);
            Shape.Dot dot = dots.get(i);
            for (String s : List.of(e.date().value(), e.title().value().split(" ")[0])) {
                Shape.Text drawn = texts.stream().filter(x -> x.text().equals(s) || x.text().startsWith(s + " "))
                        .min(Comparator.comparingDouble(x -> Math.abs(x.bounds().x() + x.bounds().w() / 2 - dot.cx())))
                        .orElseThrow(() -> new AssertionError("not drawn: " + s));
                Box col = drawn.container();
                assertNotNull(col, s);
                assertTrue(col.x() <= drawn.bounds().x() + 0.5 && drawn.bounds().x() + drawn.bounds().w() <= col.x() + col.w() + 0.5,
                        s + " inside its column");
                assertTrue(col.x() <= dot.cx() && dot.cx() <= col.x() + col.w(), s + "'s column is its dot's");
                assertEquals(e.line(), drawn.sourceLine(), s + " keeps its event's line");
            }
            assertTrue(texts.stream().anyMatch(x -> x.text().equals(e.date().value()) && x.bounds().y() + x.bounds().h() <= dot.cy()),
                    "the date above its dot");
        }
        for (int i = 0; i < texts.size(); i++) {
            Box a = texts.get(i).bounds();
            for (int j = i + 1; j < texts.size(); j++) {
                Box b = texts.get(j).bounds();
                boolean overlap = a.x() < b.x() + b.w() - 0.5 && b.x() < a.x() + a.w() - 0.5
                        && a.y() < b.y() + b.h() - 0.5 && b.y() < a.y() + a.h() - 0.5;
                assertFalse(overlap, "'" + texts.get(i).text() + "' over '" + texts.get(j).text() + "'");
            }
        }
        for (Shape.Text x : texts) {
            assertFalse(x.text().matches(".*[●○◆─│═].*"), "line art drawn as text: " + x.text());
        }
    }

    @Test
    void sixEventsLieOnOneAxis() throws IOException {
        assertLaidOut("timeline-two-rows", 6);
    }

    @Test
    void eightEventsInANarrowFigureTakeTwoRows() throws IOException {
        assertLaidOut("timeline-ascii", 4);
    }

    @Test
    void theSingledOutEventIsCoral() throws IOException {
        Layout l = layout("timeline-two-rows");
        List<Shape.Dot> dots = dots(l);
        assertEquals("#e84c4f", dots.get(5).fill().toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < 5; i++) {
            assertEquals("#1e3a5f", dots.get(i).fill().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void theStretchesTheFlowsLabelStandBetweenTheirTwoEvents() throws IOException {
        Timeline t = timeline("timeline-spans");
        assertEquals("one year", t.span(0));
        assertEquals("the bees", t.span(1));
        assertEquals("", t.span(2));
        Layout l = layout("timeline-spans");
        List<Shape.Text> texts = l.figure().texts();
        Shape.Text y2014 = texts.stream().filter(x -> x.text().equals("2012")).findFirst().orElseThrow();
        Shape.Text y2015 = texts.stream().filter(x -> x.text().equals("2013")).findFirst().orElseThrow();
        Shape.Text bees = texts.stream().filter(x -> x.text().equals("the bees")).findFirst().orElseThrow();
        assertTrue(bees.bounds().x() > y2014.bounds().right() && bees.bounds().right() < y2015.bounds().x(),
                "between the two dates");
        assertEquals(List.of(), io.figgen.check.LayoutAudit.audit(l.figure()), "clear of every other text");
    }

    @Test
    void bracketsUnderTheEventsArePhasesDrawnUnderTheEventsTheyGroup() throws IOException {
        Timeline t = timeline("timeline-boxed");
        assertEquals(List.of("GROWING 0-1", "RESTING 3-4"), t.phases().stream().map(p -> v(p.label()) + " " + p.from() + "-" + p.to()).toList());
        Layout l = layout("timeline-boxed");
        assertEquals(List.of(), io.figgen.check.LayoutAudit.audit(l.figure()), "clear of every other text");
        List<Shape.Text> texts = l.figure().texts();
        Shape.Text growing = texts.stream().filter(x -> x.text().equals("GROWING")).findFirst().orElseThrow();
        Shape.Text pruned = texts.stream().filter(x -> x.text().startsWith("Pruned")).findFirst().orElseThrow();
        Shape.Text blossom = texts.stream().filter(x -> x.text().startsWith("Blossom")).findFirst().orElseThrow();
        Shape.Text crates = texts.stream().filter(x -> x.text().equals("Forty crates")).findFirst().orElseThrow();
        assertTrue(growing.bounds().y() > crates.bounds().bottom(), "under every event's words");
        double mid = (pruned.bounds().x() + pruned.bounds().right() + blossom.bounds().x() + blossom.bounds().right()) / 4;
        assertEquals(mid, growing.bounds().x() + growing.bounds().w() / 2, 0.6 * (blossom.bounds().x() - pruned.bounds().x()) / 2,
                "centred under the two events it groups");
        // its bracket: a hairline level with the name, spanning from the first event's column to the second's
        assertTrue(l.figure().shapes().stream().anyMatch(sh -> sh instanceof Shape.Line ln && ln.points().size() == 3
                && ln.points().get(0)[0] < pruned.bounds().x() + 1 && Math.abs(ln.points().get(1)[1] - (growing.bounds().y()
                + growing.bounds().h() / 2)) < growing.size() * 0.5), "a bracket line beside the name");
    }

    @Test
    void releasesOpeningWithTheirVersionAreTitledByItAndNamedByTheLinesUnderItAlike() throws IOException {
        // read one by one, "v1.1 / Retry / budget" was one title and "v1.2 / Metrics / API" a title and a detail
        Timeline t = timeline("timeline-versions");
        assertEquals(List.of("v1.1 Retry budget", "v1.2 Metrics API", "v1.3 Async clients", "v2.0 New transport"),
                t.events().stream().map(e -> v(e.title()) + " " + e.detail().stream().map(x -> v(x)).reduce((a, b) -> a + "|" + b).orElse(""))
                        .toList());
    }

    @Test
    void theStretchesNamedBetweenTheMarksAreTheTimelinesSpansAndListedLinesStayApart() throws Exception {
        // "│  7 min  │" under the chain had been read as each event's first line, the event's title joined to
        // its details; two lines the spec lists as labels ("build 4121", "web-frontend") were one phrase
        Timeline t = timeline("timeline-stretches");
        assertEquals(List.of("7 min", "13 min", "6 min"), t.spans());
        assertEquals(List.of("DEPLOY build 4121|web-frontend", "ERRORS RISE p99 900 ms|two regions",
                        "ROLLED BACK to build 4120|by hand", "STABLE error rate 0.1%|ticket closed"),
                t.events().stream().map(e -> v(e.title()) + " " + e.detail().stream().map(x -> v(x)).reduce((a, b) -> a + "|" + b).orElse(""))
                        .toList());
    }

    @Test
    void eventsTheSketchMarksHollowAreDrawnHollow() throws Exception {
        // "○" marks the steps still to come; every mark had been drawn as the same filled dot
        Timeline t = timeline("timeline-hollow");
        assertEquals(List.of(false, true, true), t.events().stream().map(Event::open).toList());
        List<Shape.Dot> dots = layout("timeline-hollow").figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).toList();
        assertEquals(3, dots.size());
        assertEquals(1, dots.stream().filter(d -> d.stroke() == null).count(), "one filled dot");
        assertEquals(2, dots.stream().filter(d -> d.stroke() != null && d.fill().equalsIgnoreCase("#f6f3e6")).count(),
                "two rings on the paper");
    }
}
