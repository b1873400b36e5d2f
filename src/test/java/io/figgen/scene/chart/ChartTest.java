package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.FigureChecker;
import io.figgen.check.Finding;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Charts read as data and drawn from it: the values each sketch plots and where they came from, and the marks
 * at those values on the drawn axes (within a pixel), with no axis, bar or curve character drawn as text.
 */
class ChartTest {
    private static RenderedFigure render(String name) throws Exception {
        try (InputStream in = ChartTest.class.getResourceAsStream("/io/figgen/chart/" + name + ".md")) {
            return new Renderer(ThemeLoader.house()).render(name + ".md", in.readAllBytes(), false, 1);
        }
    }

    private static Chart chart(RenderedFigure f) {
        List<Chart> charts = new ArrayList<>();
        Components.walk(f.layout().scene().body(), c -> {
            if (c instanceof Component.Plot p) {
                charts.add(p.chart());
            }
        });
        assertEquals(1, charts.size(), "one chart in " + f.layout().scene().body());
        return charts.get(0);
    }

    private static Shape.Text text(RenderedFigure f, String s) {
        return f.layout().figure().texts().stream().filter(t -> t.text().equals(s)).findFirst()
                .orElseThrow(() -> new AssertionError("not drawn: " + s));
    }

    private static double middleY(Shape.Text t) {
        return t.bounds().y() + t.bounds().h() / 2;
    }

    private static void noChartCharactersAsText(RenderedFigure f) {
        for (Shape.Text t : f.layout().figure().texts()) {
            assertFalse(t.text().matches(".*([█▓▒░│|*●◆]|--|──|\\+-|/ |\\\\ ).*"), "chart stroke drawn as text: " + t.text());
        }
    }

    @Test
    void barsAStatedGroupingCallsInsecureAreHighlightedTogether() throws Exception {
        Chart.Bars c = ChartFixtures.only("hbars-grouped", Chart.Bars.class);
        // "No auth + API keys | Insecure share | grouping | 85% INSECURE": both take the alarm colour, as one group
        assertEquals(List.of(true, true, false, false), c.bars().stream().map(Chart.Bar::highlight).toList(),
                c.bars().stream().map(b -> b.label().value()).toList().toString());
    }

    @Test
    void aBarsCutNameIsCompletedFromTheOneLabelThatStatesItsValue() {
        List<String> labels = List.of("32% No auth", "53% Static secrets", "8.5% OAuth 2.0/2.1", "RECOMMENDED");
        assertEquals("Static secrets", ChartParts.named("Static", "53%", labels));
        assertEquals("No auth", ChartParts.named("No auth", "32%", labels), "already whole");
        assertEquals("Static", ChartParts.named("Static", "50%", labels), "a label of another value says nothing of this bar");
        assertEquals("Other", ChartParts.named("Other", "2.5%", labels), "no label for it");
    }

    @Test
    void standingBarsReadTheirHeightsAgainstTheTicksAndAreDrawnInProportion() throws Exception {
        RenderedFigure f = render("bar-four");
        Chart.Cartesian c = (Chart.Cartesian) chart(f);
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), c.bars().stream().map(b -> b.label().value()).toList());
        assertEquals(List.of(10.0, 30.0, 40.0, 20.0), c.bars().stream().map(b -> b.to().v()).toList());
        c.bars().forEach(b -> assertEquals(Chart.Source.EXTENT, b.to().source()));
        assertEquals(25, c.bars().get(0).line(), "Q1's top is on spec line 25");
        List<Box> rects = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && "#1E3A5F".equalsIgnoreCase(r.fill()))
                .map(s -> ((Shape.Rect) s).box()).sorted(Comparator.comparingDouble(Box::x)).toList();
        assertEquals(4, rects.size());
        double unit = rects.get(0).h() / 10;
        for (int i = 0; i < 4; i++) {
            assertEquals(c.bars().get(i).to().v() * unit, rects.get(i).h(), 1, "bar " + i + " in proportion");
            assertEquals(rects.get(0).bottom(), rects.get(i).bottom(), 0.5, "bars stand on one baseline");
        }
        // the tick "40" is level with the top of the 40 bar
        assertEquals(rects.get(2).y(), middleY(text(f, "40")), 1);
        assertEquals(rects.get(0).bottom(), middleY(text(f, "0")), 1);
        noChartCharactersAsText(f);
    }

    @Test
    void aLineChartsMarksSitAtTheirValuesAndTheirCategories() throws Exception {
        RenderedFigure f = render("line-ticked");
        Chart.Cartesian c = (Chart.Cartesian) chart(f);
        assertEquals(List.of(400.0, 200.0, 100.0, 100.0), c.points().stream().map(p -> p.y().v()).toList());
        c.points().forEach(p -> assertEquals(Chart.Source.POSITION, p.y().source()));
        assertEquals(1, c.curves().size(), "one series through the marks");
        assertEquals(4, c.curves().get(0).points().size());
        List<Shape.Dot> dots = f.layout().figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .sorted(Comparator.comparingDouble(Shape.Dot::cx)).toList();
        assertEquals(4, dots.size());
        assertEquals(middleY(text(f, "400")), dots.get(0).cy(), 1);
        assertEquals(middleY(text(f, "200")), dots.get(1).cy(), 1);
        assertEquals(middleY(text(f, "100")), dots.get(2).cy(), 1);
        String[] months = {"Jan", "Apr", "Jul", "Oct"};
        for (int i = 0; i < 4; i++) {
            Shape.Text m = text(f, months[i]);
            assertEquals(m.bounds().x() + m.bounds().w() / 2, dots.get(i).cx(), 1, months[i] + " under its mark");
        }
        noChartCharactersAsText(f);
    }

    @Test
    void writtenValuesSetHorizontalBarsWhateverTheirSketchedLength() throws Exception {
        RenderedFigure f = render("hbars");
        Chart.Bars c = (Chart.Bars) chart(f);
        assertEquals(List.of("Build", "Test", "Deploy", "Review"), c.bars().stream().map(b -> b.label().value()).toList());
        assertEquals(List.of(40.0, 20.0, 10.0, 4.0), c.bars().stream().map(b -> b.to().v()).toList());
        c.bars().forEach(b -> assertEquals(Chart.Source.WRITTEN, b.to().source()));
        List<Box> rects = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && "#1E3A5F".equalsIgnoreCase(r.fill()))
                .map(s -> ((Shape.Rect) s).box()).sorted(Comparator.comparingDouble(Box::y)).toList();
        assertEquals(4, rects.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(rects.get(0).w() * c.bars().get(i).to().v() / 40, rects.get(i).w(), 1);
            assertEquals(rects.get(0).x(), rects.get(i).x(), 0.5);
            Shape.Text label = text(f, c.bars().get(i).label().value());
            assertTrue(label.bounds().right() <= rects.get(i).x(), "the name stands left of its bar");
        }
        noChartCharactersAsText(f);
    }

    @Test
    void barsNamedAgainstTheirAxisTakeItsNumberedTicksAndTheDashedThresholdThroughThem() throws Exception {
        RenderedFigure f = render("hbars-axis-threshold");
        Chart.Bars c = (Chart.Bars) chart(f);
        assertEquals(List.of("billing", "emails", "reports"), c.bars().stream().map(b -> b.label().value()).toList(), "no axis glyph in a name");
        assertEquals(List.of(48.0, 28.0, 16.0), c.bars().stream().map(b -> b.to().v()).toList());
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0), c.scale().ticks().stream().map(Chart.Tick::at).toList());
        assertEquals("60 s", c.scale().ticks().get(3).label().value(), "the unit goes with the last number");
        assertEquals("WAIT (s)", c.scale().title().value());
        assertEquals(1, c.levels().size());
        assertEquals(40.0, c.levels().get(0).at().v());
        assertEquals("BUDGET 40s", c.levels().get(0).label().value());
        // drawn at their values: the 0 and 40 ticks' numbers at the bars' start and at the dashed line
        List<Box> rects = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && r.fill() != null
                && ("#1E3A5F".equalsIgnoreCase(r.fill()) || "#E84C4F".equalsIgnoreCase(r.fill())) && r.box().h() < 100)
                .map(s -> ((Shape.Rect) s).box()).sorted(Comparator.comparingDouble(Box::y)).toList();
        assertEquals(3, rects.size());
        double perUnit = rects.get(0).w() / 48;
        assertEquals(rects.get(1).w(), 28 * perUnit, 1);
        Shape.Text zero = text(f, "0");
        Shape.Text forty = text(f, "40");
        assertEquals(rects.get(0).x(), zero.bounds().x() + zero.bounds().w() / 2, 1.5, "0 under the bars' start");
        assertEquals(rects.get(0).x() + 40 * perUnit, forty.bounds().x() + forty.bounds().w() / 2, 1.5, "40 under its place");
        Shape.Line budget = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Line l && l.dash() != null
                && Math.abs(l.first()[0] - l.last()[0]) < 0.5).map(Shape.Line.class::cast).findFirst().orElseThrow();
        assertEquals(rects.get(0).x() + 40 * perUnit, budget.first()[0], 1, "the dashed budget at 40");
        noChartCharactersAsText(f);
    }

    @Test
    void aBarsShadedEndIsItsExcessOverTheThresholdAndTheLegendUnderTheAxisIsDrawnWithSwatches() throws Exception {
        RenderedFigure f = render("hbars-over");
        Chart.Bars c = (Chart.Bars) chart(f);
        // billing's 22 solid and 5 shaded cells put the change at 39.1 of 48: the 40 s budget it means
        assertEquals(List.of("billing 0-40 false", "billing 40-48 true", "emails 0-28 false", "reports 0-16 false"),
                c.bars().stream().map(b -> b.label().value() + " " + (int) b.from().v() + "-" + (int) b.to().v() + " " + b.highlight()).toList());
        assertEquals(List.of("█ on budget", "▓ over budget", "┆ the 40s budget"),
                c.keys().stream().map(k -> k.glyph() + " " + k.label().value()).toList());
        List<Shape.Rect> billing = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && r.box().h() < 100
                && ("#1E3A5F".equalsIgnoreCase(r.fill()) || "#E84C4F".equalsIgnoreCase(r.fill()))).map(Shape.Rect.class::cast)
                .sorted(Comparator.comparingDouble((Shape.Rect r) -> r.box().y()).thenComparingDouble(r -> r.box().x())).toList();
        Shape.Rect base = billing.get(0);
        Shape.Rect over = billing.get(1);
        assertEquals("#1E3A5F", base.fill().toUpperCase(java.util.Locale.ROOT));
        assertEquals("#E84C4F", over.fill().toUpperCase(java.util.Locale.ROOT), "the excess in the warning colour");
        assertEquals(base.box().right(), over.box().x(), 0.5, "the excess goes on from the base");
        assertEquals(base.box().w() / 40 * 8, over.box().w(), 1, "40 s, then 8 s more");
        Shape.Text forty = text(f, "40");
        assertEquals(over.box().x(), forty.bounds().x() + forty.bounds().w() / 2, 1.5, "the split at the 40 tick");
        Shape.Text overKey = text(f, "over budget");
        Shape.Text onKey = text(f, "on budget");
        Shape.Text budgetKey = text(f, "the 40s budget");
        assertTrue(overKey.bounds().y() > forty.bounds().bottom(), "the legend under the axis's numbers");
        assertEquals(onKey.bounds().y(), overKey.bounds().y(), 0.5, "one row");
        assertEquals(onKey.bounds().y(), budgetKey.bounds().y(), 0.5);
        assertTrue(f.layout().figure().shapes().stream().anyMatch(s -> s instanceof Shape.Rect r && "#E84C4F".equalsIgnoreCase(r.fill())
                && r.box().right() < overKey.bounds().x() && r.box().right() > overKey.bounds().x() - overKey.size()
                && Math.abs(r.box().y() + r.box().h() / 2 - (overKey.bounds().y() + overKey.bounds().h() / 2)) < overKey.size() * 0.4),
                "a coral swatch just left of its words");
        noChartCharactersAsText(f);
    }

    @Test
    void barsBesideANoteLightBarsAndAThresholdUnderItsPhraseAreOneChart() throws Exception {
        // the note's box in the bars' rows made every bar row "in a box", the ░ bars were no bars, and the ┊
        // column under "70% TARGET" had no ▼ over it: the chart came out as scattered words
        RenderedFigure f = render("hbars-gate");
        Chart.Bars c = (Chart.Bars) chart(f);
        assertEquals(List.of("apples 92 false", "pears 88 false", "plums 45 true", "figs 60 true"),
                c.bars().stream().map(b -> b.label().value() + " " + (int) b.to().v() + " " + b.highlight()).toList(),
                "the light bars set apart");
        assertEquals(1, c.levels().size());
        assertEquals(70.0, c.levels().get(0).at().v());
        assertEquals(List.of("█", "░", "┊"), c.keys().stream().map(Chart.Key::glyph).toList());
        Shape.Text note = text(f, "SHORT");
        assertTrue(note.bounds().x() > text(f, "92%").bounds().right(), "the note stands right of the bars");
        Shape.Text apples = text(f, "apples");
        Shape.Text figs = text(f, "figs");
        // the chart's top is its threshold's name, over the line where the sketch writes it
        Shape.Text target = text(f, "70% TARGET");
        assertTrue(target.bounds().bottom() <= apples.bounds().y(), "the threshold named at the top of its line");
        assertTrue(note.bounds().y() >= target.bounds().y() - 1 && note.bounds().y() <= figs.bounds().bottom(),
                "level with the chart, not over or under it: " + note.bounds() + " " + apples.bounds());
        // the note's box is as tall as its words, not the chart's height with its lower half empty
        Box frame = f.layout().figure().shapes().stream().filter(sh -> sh instanceof Shape.Rect r && r.box().contains(note.bounds(), 0.5)
                && r.box().w() < f.layout().figure().size().width() / 2).map(sh -> ((Shape.Rect) sh).box()).findFirst().orElseThrow();
        assertTrue(frame.bottom() < figs.bounds().y(), "the note's frame ends before the last bars: " + frame);
        noChartCharactersAsText(f);
    }

    @Test
    void barsWritingTheirPercentsStandAtTheAxisNumbersWithTheirThresholdAndLegendTones() throws Exception {
        // "┆ 1.0%" after a short bar was no value, and "0%  1%  2%" no ticks: bars were drawn as shares of the
        // sketch's cells against an axis of shares, the ticks scattered under them
        RenderedFigure f = render("hbars-percent-ticks");
        Chart.Bars c = (Chart.Bars) chart(f);
        assertEquals(List.of(4.0, 3.0, 1.0, 0.5), c.bars().stream().map(b -> b.to().v()).toList());
        c.bars().forEach(b -> assertEquals(Chart.Source.WRITTEN, b.to().source()));
        assertEquals(4.0, c.scale().max(), 1e-9, "the axis ends at its last number, not at 100%");
        assertEquals(5, c.scale().ticks().size());
        assertEquals(1, c.levels().size());
        assertEquals(2.0, c.levels().get(0).at().v(), 1e-9, "the alert line beside the value axis's line");
        assertEquals(List.of(true, false), c.keys().stream().map(Chart.Key::warm).toList(),
                "█ draws the coral bars here, ▒ the navy ones");
        assertEquals("RETRY RATE PER JOB", c.scale().title().value(), "the words under the numbers title the axis");
        assertEquals("QUEUE", c.scale().low().value(), "the word over the names heads them");
        Shape.Text title = text(f, "RETRY RATE PER JOB");
        assertTrue(title.bounds().y() > text(f, "2%").bounds().bottom(), "the axis's title under its numbers, as the sketch writes it");
        // marks at their values: the 2% tick and the 2.0% line stand where the 4.0% bar's middle does
        Shape.Text two = text(f, "2%");
        Shape.Text name = text(f, "orders");
        double cy = name.bounds().y() + name.bounds().h() / 2;
        Shape.Rect orders = f.layout().figure().shapes().stream().filter(sh -> sh instanceof Shape.Rect r
                        && r.box().x() >= name.bounds().right() && r.box().y() <= cy && r.box().bottom() >= cy && r.box().h() < 100)
                .map(Shape.Rect.class::cast).findFirst().orElseThrow();
        double mid = orders.box().x() + orders.box().w() / 2;
        assertEquals(mid, two.bounds().x() + two.bounds().w() / 2, 2.0, "the 2% tick under the middle of the 4.0% bar");
        noChartCharactersAsText(f);
    }

    @Test
    void aBarChartsWordsAreSetAsLabelsItsNumbersInTheDataFaceAndItsThresholdOverTheBarsItCrosses() throws Exception {
        RenderedFigure f = render("hbars-percent-ticks");
        for (String words : List.of("RETRY RATE PER JOB", "QUEUE")) {
            assertTrue(text(f, words).face().name().startsWith("SANS"), "a label, not code: " + words + " " + text(f, words).face());
        }
        assertEquals(io.figgen.model.FontFace.MONO, text(f, "2%").face(), "the ticks stay numbers");
        // the threshold line at 2.0% runs over the 4.0% bar: a band of paper parts the bar under its dashes
        Shape.Text name = text(f, "orders");
        double cy = name.bounds().y() + name.bounds().h() / 2;
        Shape.Rect orders = f.layout().figure().shapes().stream().filter(sh -> sh instanceof Shape.Rect r
                        && r.box().x() >= name.bounds().right() && r.box().y() <= cy && r.box().bottom() >= cy && r.box().h() < 100)
                .map(Shape.Rect.class::cast).findFirst().orElseThrow();
        int bar = f.layout().figure().shapes().indexOf(orders);
        List<Shape> after = f.layout().figure().shapes().subList(bar, f.layout().figure().shapes().size());
        assertTrue(after.stream().anyMatch(sh -> sh instanceof Shape.Line l && l.stroke().equalsIgnoreCase("#f6f3e6")
                && l.points().get(0)[0] > orders.box().x() && l.points().get(0)[0] < orders.box().right()
                && l.points().stream().mapToDouble(pt -> pt[1]).min().orElseThrow() <= orders.box().y()
                && l.points().stream().mapToDouble(pt -> pt[1]).max().orElseThrow() >= orders.box().bottom()), "paper across the bar");
    }

    @Test
    void barsNamedAcrossAGutterAndWrittenAsDurationsAreOneChartInTheAxissUnit() throws Exception {
        // the names stood apart from the bars across a gutter, and their aligned words had made the whole a
        // table; "13m 30s" read as thirteen million
        Chart.Bars c = ChartFixtures.only("hbars-durations", Chart.Bars.class);
        assertEquals(List.of("Shared pool 13.5", "Dedicated small 8.25", "Dedicated large 3.75"),
                c.bars().stream().map(b -> b.label().value() + " " + b.to().v()).toList());
        assertEquals(15.0, c.scale().max(), 1e-9);
        assertEquals(List.of("4-MIN BUDGET"), c.levels().stream().map(l -> l.label().value()).toList(), "named without its line's glyph");
        RenderedFigure f = render("hbars-durations");
        Shape.Text name = text(f, "Dedicated small");
        Shape.Text value = text(f, "8m 15s");
        assertEquals(name.bounds().y() + name.bounds().h() / 2, value.bounds().y() + value.bounds().h() / 2, name.bounds().h() / 2,
                "each name level with its bar's value");
    }

    @Test
    void barsNamedAcrossAGutterKeepTheirTagsLegendAndTheHeadingOfTheirValues() throws Exception {
        // cut at the gutter, the bars had lost their tags' colours, the legend stood as loose words under the
        // chart, and the values' heading (MEDIAN) was not drawn
        Chart.Bars c = ChartFixtures.only("hbars-durations", Chart.Bars.class);
        assertEquals(List.of(true, true, false), c.bars().stream().map(Chart.Bar::highlight).toList(),
                "the two bars tagged a warning are set apart");
        assertEquals(List.of("█ Over 4-min budget true", "▓ Within 4-min budget false"),
                c.keys().stream().map(k -> k.glyph() + " " + k.label().value() + " " + k.warm()).toList(),
                "each key toned as the bars drawn in its glyph");
        assertEquals("MEDIAN", c.scale().title().value());
        assertTrue(c.scale().titleAtValues());
        RenderedFigure f = render("hbars-durations");
        Shape.Text median = text(f, "MEDIAN");
        Shape.Text value = text(f, "13m 30s");
        Shape.Text budget = text(f, "4-MIN BUDGET");
        assertTrue(median.bounds().x() > budget.bounds().right(), "the heading stands over the values, clear of the threshold's name");
        assertTrue(median.bounds().right() >= value.bounds().right() - 1, "right-aligned over the values' column");
        assertTrue(f.layout().figure().texts().stream().anyMatch(t -> t.text().contains("large runner. The cost per build doubles.")),
                "the titled callout says its content's two sentences, not the sketch's lines run together");
    }

    @Test
    void aRuledHeadingRowOverABarChartHeadsItsNamesAndTitlesItsValueAxis() throws Exception {
        // "REGISTRY   PULL TIME (s)" over its rules had been a line of text over a long rule, apart from the chart
        Chart.Bars c = ChartFixtures.only("hbars-headed", Chart.Bars.class);
        assertEquals("REGISTRY", c.scale().low().value());
        assertEquals("PULL TIME (s)", c.scale().title().value());
        RenderedFigure f = render("hbars-headed");
        Shape.Text title = text(f, "PULL TIME (s)");
        Shape.Text budget = text(f, "10 s budget");
        assertFalse(title.bounds().intersects(budget.bounds(), 0), "the axis's title clear of the threshold's name");
        assertTrue(f.layout().figure().shapes().stream().noneMatch(sh -> sh instanceof Shape.Rect r && r.box().h() <= 3
                && r.box().w() > 600), "no rule across the figure for the headings' underline");
    }

    @Test
    void aPointsNameTheSketchWrappedIsWholeWhereAnElementNamesItAndANoteStaysANote() throws Exception {
        Chart.Cartesian c = ChartFixtures.only("quadrant-wrapped-names", Chart.Cartesian.class);
        assertEquals(List.of("Stale lock files (40)", "Build cache", "Old docs", "Hand-made YAML linter"),
                c.points().stream().map(p -> p.label().value()).toList());
        assertEquals(java.util.Arrays.asList(null, "2 weeks", null, null),
                c.points().stream().map(p -> p.note() == null ? null : p.note().value()).toList(), "the build cache's note stays its note");
        assertEquals(java.util.Arrays.asList("★", "◆", "◆", "◆"), c.points().stream().map(Chart.Point::mark).toList());
        RenderedFigure f = render("quadrant-wrapped-names");
        List<Shape.Polygon> marks = f.layout().figure().shapes().stream().filter(Shape.Polygon.class::isInstance).map(Shape.Polygon.class::cast)
                .toList();
        assertEquals(1, marks.stream().filter(g -> g.points().size() == 10 && "#E84C4F".equalsIgnoreCase(g.fill())).count(),
                "the chosen point's star, in coral");
        assertEquals(3, marks.stream().filter(g -> g.points().size() == 4).count(), "the others' diamonds, as the sketch marks them");
        Shape.Text name = text(f, "DO FIRST");
        Shape.Text point = text(f, "Stale lock files (40)");
        assertTrue(name.face().weight() >= 700 && name.letterSpacing() > 0, "a quadrant's name is set as the house sets labels");
        assertTrue(name.bounds().bottom() <= point.bounds().y() + 0.5 || name.bounds().right() <= point.bounds().x(),
                "the points' names keep clear of it");
    }

    @Test
    void aMeterOverItsOwnScaleRunsToTheMarkedValueWithTheEndsAsTicks() throws Exception {
        // "0   ▲ 50 min   80 min" under the run had been a line of text, the mark at its left end
        RenderedFigure f = render("meter-scale");
        Chart.Bars c = (Chart.Bars) chart(f);
        assertEquals(80, c.scale().max(), 1e-9);
        assertEquals(List.of(0.0, 50.0, 80.0), c.scale().ticks().stream().map(Chart.Tick::at).toList());
        assertEquals(50, c.bars().get(0).to().v(), 1e-9, "the fill runs to the marked value");
        assertEquals(Chart.Source.WRITTEN, c.bars().get(0).to().source());
        Shape.Text mark = text(f, "50 min");
        Shape.Text end = text(f, "80 min");
        assertTrue(mark.bounds().x() < end.bounds().x(), "the mark's tick stands before the track's end");
        assertTrue(io.figgen.scene.TextRules.isLiteral("12 + 30 + 8 = 50 min"), "the sum is data, in one face");
        noChartCharactersAsText(f);
    }

    @Test
    void aStatedFrontierJoinsTheNamedPointsAndTheTaggedOnesStandOut() throws Exception {
        RenderedFigure f = render("scatter-frontier");
        Chart.Cartesian c = (Chart.Cartesian) chart(f);
        assertEquals(List.of("Orca", "Wren", "Kite", "Heron", "Lark"), c.points().stream().map(p -> p.label().value()).toList());
        assertEquals(List.of(true, true, false, false, false), c.points().stream().map(Chart.Point::highlight).toList());
        assertEquals("(92%, $4)", c.points().get(0).note().value());
        // no numbers on either axis: shares of the axis, said so
        c.points().forEach(p -> assertEquals(Chart.Source.SHAPE, p.x().source()));
        assertTrue(c.points().get(0).y().v() > c.points().get(1).y().v(), "Orca above Wren");
        assertTrue(c.points().get(3).x().v() > c.points().get(2).x().v(), "Heron right of Kite");
        assertEquals(1, c.curves().size());
        assertTrue(c.curves().get(0).highlight());
        Shape.Line frontier = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == Shape.Role.CURVE)
                .map(Shape.Line.class::cast).findFirst().orElseThrow();
        assertTrue("#E84C4F".equalsIgnoreCase(frontier.stroke()));
        List<Shape.Dot> dots = f.layout().figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).toList();
        for (double[] end : List.of(frontier.first(), frontier.last())) {
            assertTrue(dots.stream().anyMatch(d -> Math.hypot(d.cx() - end[0], d.cy() - end[1]) < 1), "the frontier ends on a point");
        }
        // names never overlap each other or a mark
        List<Shape.Text> names = c.points().stream().map(p -> text(f, p.label().value())).toList();
        for (Shape.Text a : names) {
            for (Shape.Text b : names) {
                assertTrue(a == b || !a.bounds().intersects(b.bounds(), 0), a.text() + " overlaps " + b.text());
            }
            for (Shape.Dot d : dots) {
                assertFalse(a.bounds().intersects(new Box(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r()), 0), a.text() + " on a mark");
            }
        }
        List<Finding> findings = new FigureChecker(ThemeLoader.house()).check("scatter-frontier.md", f);
        Finding values = findings.stream().filter(x -> x.rule().equals("chart/values")).findFirst().orElse(null);
        assertNotNull(values, findings.toString());
        assertTrue(values.message().contains("point \"Orca\" (highlighted): x 0.652 (shape L22)"), values.message());
        assertEquals(List.of(), findings.stream().filter(x -> x.severity() == Finding.Severity.ERROR).toList());
        noChartCharactersAsText(f);
    }

    @Test
    void aSpectrumIsAScaleBetweenItsNamedEndsWithItsMarksInOrder() throws Exception {
        RenderedFigure f = render("spectrum");
        Chart.Spectrum c = (Chart.Spectrum) chart(f);
        assertEquals("STATIC", c.low().value());
        assertEquals("ADAPTIVE", c.high().value());
        assertEquals(List.of("TTL", "LRU", "ML-ranked"), c.marks().stream().map(m -> m.text().value()).toList());
        assertTrue(c.marks().get(0).x() < c.marks().get(1).x() && c.marks().get(1).x() < c.marks().get(2).x());
        Shape.Line scale = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Line l && l.arrowStart() && l.arrowEnd())
                .map(Shape.Line.class::cast).findFirst().orElseThrow();
        assertTrue(text(f, "STATIC").bounds().right() < scale.first()[0], "the low end's name left of the scale");
        assertTrue(text(f, "ADAPTIVE").bounds().x() > scale.last()[0], "the high end's name right of it");
        double at = scale.first()[0] + c.marks().get(1).x() * (scale.last()[0] - scale.first()[0]);
        Shape.Text lru = text(f, "LRU");
        assertEquals(at, lru.bounds().x() + lru.bounds().w() / 2, 1, "LRU under its place on the scale");
        noChartCharactersAsText(f);
    }

    private static double[] centre(List<double[]> pts) {
        return new double[] {pts.stream().mapToDouble(q -> q[0]).average().orElse(0), pts.stream().mapToDouble(q -> q[1]).average().orElse(0)};
    }

    @Test
    void theYamlsMarkerPositionsWinOverTheSketchAndItsQuadrantsAreLabelled() throws Exception {
        RenderedFigure f = render("quadrant-yaml");
        Chart.Cartesian c = (Chart.Cartesian) chart(f);
        Chart.Point caching = c.points().stream().filter(p -> p.label().value().equals("Caching")).findFirst().orElseThrow();
        assertEquals(0.20, caching.x().v(), 1e-9);
        assertEquals(0.85, caching.y().v(), 1e-9);
        assertEquals(Chart.Source.WRITTEN, caching.x().source());
        assertEquals(38, caching.x().line(), "the YAML line that places it");
        assertTrue(caching.highlight());
        assertEquals(1, c.levels().size());
        assertEquals(1, c.verticals().size(), "a 2x2 has both divides");
        assertEquals(List.of("Quick wins", "Money pits"), c.notes().stream().map(n -> n.text().value()).toList());
        // Migration (0.75, 0.15) is drawn right of the vertical divide and under the horizontal one
        // (the sketch marks it ◆: a diamond, its centre the mean of its corners)
        double[] migration = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Dot || s instanceof Shape.Polygon g
                        && g.points().size() == 4)
                .map(s -> s instanceof Shape.Dot d ? new double[] {d.cx(), d.cy()} : centre(((Shape.Polygon) s).points()))
                .max(Comparator.comparingDouble(d -> d[0] + d[1])).orElseThrow();
        List<Shape.Line> divides = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Line l && l.dash() != null)
                .map(Shape.Line.class::cast).toList();
        assertEquals(2, divides.size());
        Shape.Line vertical = divides.stream().filter(l -> l.first()[0] == l.last()[0]).findFirst().orElseThrow();
        Shape.Line horizontal = divides.stream().filter(l -> l.first()[1] == l.last()[1]).findFirst().orElseThrow();
        assertTrue(migration[0] > vertical.first()[0] && migration[1] > horizontal.first()[1]);
        noChartCharactersAsText(f);
    }

    @Test
    void aChartsShortenedWordsAreSpelledAsTheTextContentLabelWritesThem() {
        List<String> labels = List.of("500ms TARGET", "800ms ACCEPTABLE", "LOW IMPACT");
        assertEquals("800ms ACCEPTABLE", ChartParts.spelled("800 ACCEPTABLE", labels));
        assertEquals("500ms TARGET", ChartParts.spelled("500ms TARGET", labels), "as written when it is the label");
        assertEquals("900 ACCEPTABLE", ChartParts.spelled("900 ACCEPTABLE", labels), "no label goes on from 900");
    }

    @Test
    void aNamedAxisEndIsTheSpecsLabelSetLikeTheAxisTitleAndWordsOnThePlotAreNotCode() throws Exception {
        RenderedFigure f = render("quadrant-named-ends");
        Chart.Cartesian c = (Chart.Cartesian) chart(f);
        // the sketch writes LOW; the Text Content writes LOW IMPACT
        assertEquals("LOW IMPACT", c.y().low().value());
        List<Shape.Text> texts = f.layout().figure().texts();
        Shape.Text title = texts.stream().filter(t -> t.text().equals("HIGH IMPACT")).findFirst().orElseThrow();
        Shape.Text low = texts.stream().filter(t -> t.text().startsWith("LOW")).findFirst().orElseThrow();
        assertEquals(title.face(), low.face(), "the low end is the title's sibling");
        assertEquals(title.fill(), low.fill());
        String words = texts.stream().filter(t -> t.text().equals("LOW IMPACT") || t.text().equals("LOW") || t.text().equals("IMPACT"))
                .map(Shape.Text::text).reduce((a, b) -> a + " " + b).orElseThrow();
        assertTrue(words.endsWith("LOW IMPACT"), words);
        Shape.Text note = texts.stream().filter(t -> t.text().equals("Quick + cheap")).findFirst().orElseThrow();
        Shape.Text mark = texts.stream().filter(t -> t.text().equals("Caching")).findFirst().orElseThrow();
        assertFalse(note.face().name().contains("MONO"), "words under a mark are set in the caption face: " + note.face());
        assertTrue(note.bounds().y() > mark.bounds().y(), "the note under its mark");
    }

    @Test
    void datedLinesUnderATimelineHeadingAreATimelineAndOtherDatedListsStayLists() throws Exception {
        RenderedFigure f = render("dated-list");
        Chart.Timeline t = (Chart.Timeline) chart(f);
        assertEquals(List.of("Jan 2025", "Jun 2025", "Dec 2025"), t.events().stream().map(e -> e.date().value()).toList());
        assertEquals(List.of("First public beta", "Plugins and themes", "Version 1.0"), t.events().stream().map(e -> e.title().value()).toList());
        assertEquals(List.of(20, 21, 22), t.events().stream().map(Chart.Event::line).toList());
        List<Shape.Dot> dots = f.layout().figure().shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast).toList();
        assertEquals(3, dots.size());
        assertTrue(dots.get(0).cx() < dots.get(1).cx() && dots.get(1).cx() < dots.get(2).cx());
        assertEquals(dots.get(0).cy(), dots.get(2).cy(), 0.5, "on one axis");
        for (int i = 0; i < 3; i++) {
            Shape.Text date = text(f, t.events().get(i).date().value());
            assertEquals(dots.get(i).cx(), date.bounds().x() + date.bounds().w() / 2, 1, "each date over its dot");
        }
        assertTrue(f.layout().figure().texts().stream().anyMatch(x -> x.text().contains("Still a plain list")));
        noChartCharactersAsText(f);
    }

    @Test
    void aMeterIsOneBarOnItsTrackAndTwoWrittenSharesSplitABar() throws Exception {
        RenderedFigure f = render("meter");
        List<Chart> charts = new ArrayList<>();
        Components.walk(f.layout().scene().body(), c -> {
            if (c instanceof Component.Plot p) {
                charts.add(p.chart());
            }
        });
        assertEquals(2, charts.size());
        Chart.Bars meter = (Chart.Bars) charts.get(0);
        assertEquals(0.87, meter.bars().get(0).to().v(), 1e-9);
        assertEquals(Chart.Source.WRITTEN, meter.bars().get(0).to().source());
        assertEquals(20, meter.bars().get(0).to().line(), "the value's line");
        assertEquals(1.0, meter.bars().get(1).to().v(), 1e-9, "the track runs to 1");
        Chart.Bars split = (Chart.Bars) charts.get(1);
        assertEquals(List.of(85.0, 100.0, 90.0, 100.0), split.bars().stream().map(b -> b.to().v()).toList());
        assertEquals(List.of("85% auto", "15% human", "90% auto", "10% human"), split.bars().stream().map(b -> b.value().value()).toList());
        // the meter's bar is 0.87 of its track, drawn as two rects side by side
        List<Box> rects = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && r.fill() != null)
                .map(s -> ((Shape.Rect) s).box()).toList();
        Box bar = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && "#1E3A5F".equalsIgnoreCase(r.fill()))
                .map(s -> ((Shape.Rect) s).box()).min(Comparator.comparingDouble(Box::y)).orElseThrow();
        Box track = rects.stream().filter(r -> r != bar && Math.abs(r.y() - bar.y()) < 0.5 && Math.abs(r.x() - bar.right()) < 0.5)
                .findFirst().orElseThrow(() -> new AssertionError("no track right of the meter's bar"));
        assertEquals(bar.right(), track.x(), 0.5);
        assertEquals(0.87, bar.w() / (bar.w() + track.w()), 0.01);
        noChartCharactersAsText(f);
    }

    @Test
    void anArchWithAShareUnderItIsAGaugeFilledToThatShare() throws Exception {
        RenderedFigure f = render("gauge");
        Chart.Gauge g = (Chart.Gauge) chart(f);
        assertEquals(0.72, g.value().v(), 1e-9);
        assertEquals(Chart.Source.WRITTEN, g.value().source());
        assertEquals(21, g.value().line(), "the line that writes 72%");
        assertEquals("coverage", g.label().value());
        List<Shape.Line> arcs = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == Shape.Role.CURVE)
                .map(Shape.Line.class::cast).toList();
        assertEquals(2, arcs.size(), "the track and the value");
        Shape.Line track = arcs.get(0);
        Shape.Line value = arcs.get(1);
        assertEquals(0.72, value.length() / track.length(), 0.01, "the value's arc is its share of the track");
        assertTrue("#E84C4F".equalsIgnoreCase(value.stroke()));
        text(f, "72%");
        noChartCharactersAsText(f);
    }

    @Test
    void noPointLabelLiesAcrossADivide() throws Exception {
        List<RenderedFigure> figures = new java.util.ArrayList<>();
        for (String name : List.of("quadrant-yaml", "scatter-frontier")) {
            figures.add(render(name));
        }
        // the shared spec whose competitor label a divide once ran through, when it is beside the repository
        java.nio.file.Path shared = java.nio.file.Path.of("../shared/specs/fig-pitch-02-competitive-positioning.md");
        if (java.nio.file.Files.exists(shared)) {
            figures.add(new Renderer(ThemeLoader.house()).render(shared.toString(), java.nio.file.Files.readAllBytes(shared), false, 1));
        }
        for (RenderedFigure f : figures) {
            String name = f.spec().metadata().title();
            List<Shape.Line> divides = f.layout().figure().shapes().stream()
                    .filter(s -> s instanceof Shape.Line l && l.role() == Shape.Role.RULE && l.dash() != null)
                    .map(Shape.Line.class::cast).toList();
            for (Shape.Text t : f.layout().figure().texts()) {
                for (Shape.Line l : divides) {
                    assertFalse(io.figgen.check.ConnectorAudit.crosses(l, t.bounds()), name + ": '" + t.text() + "' lies across a divide");
                }
            }
        }
    }
}
