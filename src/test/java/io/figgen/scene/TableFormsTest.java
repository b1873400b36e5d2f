package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.FigureChecker;
import io.figgen.check.Finding;
import io.figgen.model.Shape;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Each table form of a sketch read as a table, and drawn with its columns aligned. */
class TableFormsTest {
    private static RenderedFigure render(String name) throws Exception {
        try (InputStream in = TableFormsTest.class.getResourceAsStream("/io/figgen/scene/" + name + ".md")) {
            return new Renderer(ThemeLoader.house()).render(name + ".md", in.readAllBytes(), false, 1);
        }
    }

    private static List<Component.Table> tables(Scene s) {
        List<Component.Table> out = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Table t) {
                out.add(t);
            }
        });
        return out;
    }

    private static List<String> row(Component.Table t, int r) {
        return t.rows().get(r).stream().map(Text::value).toList();
    }

    /** The drawn texts of one table row, in order of x. */
    private static List<Shape.Text> drawn(RenderedFigure f, int line) {
        return f.layout().figure().texts().stream().filter(t -> t.sourceLine() == line)
                .sorted(java.util.Comparator.comparingDouble(Shape.Text::x)).toList();
    }

    private static Shape.Text cell(RenderedFigure f, int line, String text) {
        return drawn(f, line).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + text + "\" not drawn at line " + line + ": " + drawn(f, line)));
    }

    @Test
    void anAsciiGridAcrossTheFrameIsOneTableItsWrappedCellsRejoined() throws Exception {
        RenderedFigure f = render("tables-grid");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(1, ts.size());
        Component.Table t = ts.get(0);
        assertEquals(4, t.rows().size());
        assertEquals(4, t.weights().length);
        assertTrue(t.header());
        assertEquals(List.of("", "MANAGED", "SELF-HOSTED", "HYBRID"), row(t, 0));
        assertEquals(List.of("Time to market", "Days", "Months", "Weeks"), row(t, 2));
        // the header's selection mark chooses its column: drawn in the selected card's stroke, the mark not a word
        assertEquals(2, t.selected());
        assertTrue(f.layout().figure().shapes().stream().anyMatch(s -> s instanceof Shape.Rect r
                && "#E84C4F".equalsIgnoreCase(r.stroke())), "the chosen column's frame");
        // header cells separate, in the label style; each column's cells start at one x (within 1 px)
        Shape.Text managed = cell(f, t.lines().get(0), "MANAGED");
        assertEquals("strong", managed.role());
        for (int r = 1; r < 4; r++) {
            String text = row(t, r).get(1);
            Shape.Text c = drawn(f, t.lines().get(r)).stream().filter(x -> text.startsWith(x.text())).findFirst().orElseThrow();
            assertTrue(Math.abs(c.x() - managed.x()) <= 1 || Math.abs(c.x() + c.bounds().w() - managed.x() - managed.bounds().w()) <= 1,
                    "column 1 row " + r + " at x " + c.x() + ", header at " + managed.x());
        }
    }

    @Test
    void alignedColumnsWithAHeaderRuleBoxGridsAndGlyphMatricesAreTables() throws Exception {
        RenderedFigure f = render("tables-aligned");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(3, ts.size(), ts.toString());
        Component.Table egress = ts.get(0);
        assertTrue(egress.header());
        assertEquals(4, egress.rows().size());
        assertEquals(List.of("Monthly egress", "10 TB", "100 TB"), row(egress, 0));
        assertEquals(List.of("GCP Cloud Storage", "$1,200", "$12,000"), row(egress, 3));
        // a column of numbers: right edges aligned within 1 px, in the mono face, the header over it
        double right = -1;
        for (int r = 0; r < 4; r++) {
            List<Shape.Text> line = drawn(f, egress.lines().get(r));
            Shape.Text c = line.get(line.size() - 1);
            assertEquals(row(egress, r).get(2), c.text());
            double edge = c.bounds().x() + c.bounds().w();
            if (right < 0) {
                right = edge;
            }
            assertTrue(Math.abs(edge - right) <= 1, "right edge " + edge + " vs " + right + " for " + c.text());
            if (r > 0) {
                assertEquals(io.figgen.model.FontFace.MONO, c.face());
            }
        }
        Component.Table rate = ts.get(1);
        assertTrue(rate.header());
        assertEquals(List.of("Source", "Rate", "Capacity"), row(rate, 0));
        assertEquals(List.of("AcoustID", "3.0/s", "3"), row(rate, 2));
        Component.Table matrix = ts.get(2);
        assertEquals(2, matrix.rows().size());
        assertEquals("L1 BUSINESS", row(matrix, 0).get(0));
        assertEquals(List.of("S", "S", "Sh"), row(matrix, 0).subList(1, 4));
        // tones only where the spec gives them: Stable and Shifting have tagged elements, Volatile none
        assertEquals(List.of("high", "high", "medium", ""), matrix.tones().get(0).subList(1, 5));
        assertEquals("□ V", row(matrix, 0).get(4));
        long fills = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r
                && "#4A7C59".equalsIgnoreCase(r.fill())).count();
        assertEquals(3, fills, "one filled cell per Stable glyph");
        // no table ruling drawn as text, and check finds every sketched table drawn as one
        for (Shape.Text t : f.layout().figure().texts()) {
            assertTrue(!t.text().matches(".*[│┼├┤|+].*") || t.text().contains("+"), "ruling drawn as text: " + t.text());
        }
        List<Finding> findings = new FigureChecker(ThemeLoader.house()).check("tables-aligned.md", f);
        assertEquals(List.of(), findings.stream().filter(x -> x.rule().startsWith("table/")).toList());
    }

    @Test
    void optionsInColumnsPartedByBlankLinesAreOneTableRowsAlignedAcross() throws Exception {
        RenderedFigure f = render("tables-columns");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(1, ts.size(), ts.toString());
        Component.Table t = ts.get(0);
        assertTrue(t.header());
        assertEquals(3, t.rows().size());
        assertEquals(4, t.weights().length);
        assertEquals(List.of("PATH A MANAGED", "PATH B FRAMEWORK", "PATH C SELF-HOSTED", "PATH D HYBRID"), row(t, 0));
        // a cell of three lines or more keeps its items apart ("Pipecat" / "LiveKit" / "+ Deepgram"); two lines are one
        String b = TextRules.ITEM_BREAK;
        assertEquals(List.of("Retell Vapi", "Pipecat" + b + "LiveKit + Deepgram", "Pipecat faster-whisper", "Cloud LLM + on-device STT/TTS"),
                row(t, 1));
        assertEquals(List.of("$0.07-0.14/min", "$0.05-0.10/min", "$0.01-0.02/min", "Variable"), row(t, 2));
        // every row's cells of a column start at the header cell's x, within 1 px
        for (int c = 0; c < 4; c++) {
            double x = cellX(f, t, 0, c);
            for (int r = 1; r < 3; r++) {
                double cx = cellX(f, t, r, c);
                assertTrue(Math.abs(cx - x) <= 1, "row " + r + " column " + c + " at " + cx + ", header at " + x);
            }
        }
    }

    /** The x of the first drawn line of cell (r, c): the texts on its row's top line whose words it starts with. */
    private static double cellX(RenderedFigure f, Component.Table t, int r, int c) {
        List<Shape.Text> line = drawn(f, t.lines().get(r));
        double top = line.stream().mapToDouble(Shape.Text::y).min().orElseThrow();
        // the row's cells share one first baseline, a cell in the data face too
        List<Shape.Text> firsts = line.stream().filter(x -> Math.abs(x.y() - top) < 0.5).toList();
        // the longest drawn start of the cell: a neighbour's one-word first item ("Pipecat") is a prefix too
        Shape.Text want = firsts.stream().filter(x -> row(t, r).get(c).startsWith(x.text()))
                .max(java.util.Comparator.comparingInt((Shape.Text x) -> x.text().length()))
                .orElseThrow(() -> new AssertionError("cell " + r + "," + c + " not drawn: " + firsts));
        return want.x();
    }

    @Test
    void aPipeTableInsideTheSketchIsATableItsDelimiterTheHeaderRule() throws Exception {
        RenderedFigure f = render("tables-pipe");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(1, ts.size(), ts.toString());
        Component.Table t = ts.get(0);
        assertTrue(t.header());
        assertEquals(4, t.rows().size());
        assertEquals(List.of("Store", "Latency", "Cost", "Notes"), row(t, 0));
        assertEquals(List.of("Kafka", "8 ms", "high", ""), row(t, 3));
        for (Shape.Text x : f.layout().figure().texts()) {
            assertTrue(!x.text().contains("|") && !x.text().contains("---"), "pipe drawn: " + x.text());
        }
        // the header's cells are drawn apart, in the label style
        for (String h : row(t, 0)) {
            assertEquals("strong", cell(f, t.lines().get(0), h).role());
        }
        // "8 ms", "2 ms", "12 ms": a column of numbers, right edges within 1 px
        double right = -1;
        for (int r = 1; r < 4; r++) {
            Shape.Text c = cell(f, t.lines().get(r), row(t, r).get(1));
            double edge = c.bounds().x() + c.bounds().w();
            right = right < 0 ? edge : right;
            assertTrue(Math.abs(edge - right) <= 1, c.text() + " ends at " + edge + ", not " + right);
        }
    }

    @Test
    void aLegendWhoseEveryGlyphHasATonIsDrawnAsSwatches() throws Exception {
        RenderedFigure f = render("tables-legend");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(4, ts.size(), ts.toString());
        Component.Table legend = ts.get(3);
        assertEquals(List.of("LEGEND:", "", "Stable", "", "Shifting", "", "Volatile"), row(legend, 0));
        assertEquals(List.of("", "high", "", "medium", "", "low", ""), legend.tones().get(0));
        // the matrix's Volatile cells are filled now too: no glyph left in a cell
        assertEquals("V", row(ts.get(2), 0).get(4));
        long swatches = f.layout().figure().shapes().stream().filter(s -> s instanceof Shape.Rect r
                && "#C44536".equalsIgnoreCase(r.fill())).count();
        assertEquals(1 + 2 + 1, swatches, "three Volatile cells and one swatch");
    }

    @Test
    void aSchemasTableIsAnEntityBoxItsFieldsInTheDataFaceItsKeysApart() throws Exception {
        RenderedFigure f = render("tables-entity");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(2, ts.size(), ts.toString());
        Component.Table rec = ts.get(1);
        assertEquals(List.of("work_id", "uuid", "FK"), row(rec, 1));
        assertEquals(List.of("isrc", "text", ""), row(rec, 2));
        assertEquals(io.figgen.model.FontFace.MONO, cell(f, rec.lines().get(1), "work_id").face());
        // the key markers line up down the box, within 1 px
        List<Shape.Text> first = drawn(f, rec.lines().get(0));
        Shape.Text pk = first.get(first.size() - 1);
        assertEquals("PK", pk.text());
        assertEquals(pk.x(), cell(f, rec.lines().get(1), "FK").x(), 1);
        // the sketch's arrow between the boxes is an edge of the scene
        assertTrue(f.layout().scene().edges().stream().anyMatch(e -> e.fromNode().equals("recordings") && e.toNode().equals("works")),
                f.layout().scene().edges().toString());
    }

    @Test
    void aPermissionMatrixRejoinsWrappedLabelsAndNotesAndTonesOnlyTheValuesTheSpecColours() throws Exception {
        RenderedFigure f = render("tables-matrix");
        List<Component.Table> ts = tables(f.layout().scene());
        assertEquals(1, ts.size(), ts.toString());
        Component.Table t = ts.get(0);
        assertTrue(t.header());
        assertEquals(4, t.rows().size());
        assertEquals(List.of("\"Headlock\"", "ALLOW", "ALLOW", "COND. (fee)", "DENY"), row(t, 1));
        assertEquals(List.of("\"Hide & Seek\"", "ALLOW", "DENY", "DENY", "COND. (credit)"), row(t, 2));
        // ALLOW and DENY have elements with colour tags; COND. has none, so no tone is invented for it
        assertEquals(List.of("", "high", "high", "", "low"), t.tones().get(1));
        assertEquals(List.of("", "high", "low", "low", ""), t.tones().get(2));
        assertEquals("strong", cell(f, t.lines().get(0), "STREAM").role());
    }

    @Test
    void aTableTooWideForItsRoomShrinksItsTypeRatherThanBreakWordsOrLeaveItsColumns() throws Exception {
        RenderedFigure f = render("tables-wide");
        Component.Table t = tables(f.layout().scene()).get(0);
        // every long word drawn whole, in its own column's box
        for (int r = 0; r < t.rows().size(); r++) {
            for (Text cell : t.rows().get(r)) {
                Shape.Text x = cell(f, t.lines().get(r), cell.value());
                assertTrue(x.bounds().x() >= x.container().x() - 0.5
                        && x.bounds().x() + x.bounds().w() <= x.container().x() + x.container().w() + 0.5, x.toString());
            }
        }
        assertTrue(f.layout().fit() < 1, "the type shrank: fit " + f.layout().fit());
    }

    @Test
    void keyValueLinesStayAListAndAlignedCommandsStayCode() throws Exception {
        RenderedFigure f = render("tables-not");
        assertEquals(List.of(), tables(f.layout().scene()));
        List<String> paragraphs = new ArrayList<>();
        List<Component.Code> code = new ArrayList<>();
        Components.walk(f.layout().scene().body(), c -> {
            if (c instanceof Component.Paragraph p) {
                paragraphs.add(p.text().value());
            } else if (c instanceof Component.Code k) {
                code.add(k);
            }
        });
        assertEquals(List.of("Store: S3-compatible", "Region: eu-north-1", "Policy: Suno and others"), paragraphs);
        assertEquals(1, code.size());
        assertEquals(3, code.get(0).lines().size());
    }
}
