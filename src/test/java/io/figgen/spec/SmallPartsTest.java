package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.figgen.model.FigureException;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    /** Lines 1-16; a section appended to it starts at line 17. */
    private static final String HEAD = "# fig-s-01: Small\n\n## Metadata\n\n| Field | Value |\n|---|---|\n"
            + "| ID | fig-s-01 |\n\n## Visual Concept\n\n```\n+--+\n|  |\n+--+\n```\n\n";

    @Test
    void tagsSplitOnCommasSlashesAndSpaces() {
        assertEquals(List.of("a", "b", "c"), Tags.split("a, b/c"));
        assertEquals(List.of("data_primary", "data_warning"), Tags.split("`data_primary` + `data_warning`"));
        assertEquals(List.of("golden_dataset_management"), Tags.split("golden_dataset_management (child)"));
        assertEquals(List.of(), Tags.split(""));
    }

    @Test
    void titlePrefixIsStrippedOnlyWhenItIsAnId() {
        assertEquals("Why X?", Title.withoutId("fig-choice-12: Why X?", ""));
        assertEquals("A: B", Title.withoutId("fig-landscape-09: A: B", "fig-landscape-09"));
        assertEquals("Observability: Tools", Title.withoutId("Observability: Tools", "fig-x"));
        assertEquals("Plain", Title.withoutId("my-id: Plain", "my-id"));
    }

    @Test
    void titleFallsBackToMetadataTitle() {
        String text = "## Metadata\n\n| Field | Value |\n|---|---|\n| Title | From Metadata |\n\n"
                + "## Visual Concept\n\n```\n+--+\n```\n";
        assertEquals("From Metadata", SpecParser.parse("t.md", text).title());
    }

    @Test
    void canvasForms() {
        assertEquals(new Size(1920, 1080), canvas("canvas:\n  width: 1920\n  height: 1080\n"));
        assertEquals(new Size(1080, 1440), canvas("canvas: [1080, 1440]\n"));
        assertEquals(new Size(800, 600), canvas("canvas: \"800x600\"\n"));
        assertEquals(new Size(800, 600), canvas("canvas: {width: '800px', height: 600.0}\n"));
        assertTrue(parse("canvas:\n  background: cream\n").metadata().size().isEmpty());
        FigureException e = assertThrows(FigureException.class,
                () -> canvas("zones: []\ncanvas: {width: 0, height: 9}\n"));
        assertEquals(21, e.line(), "the line of the canvas key");
    }

    @Test
    void dimensionsWinOverTheCanvas() {
        String text = HEAD.replace("| ID | fig-s-01 |", "| ID | fig-s-01 |\n| Dimensions | 1200x900 |")
                + "## Spatial Anchors\n\n```yaml\ncanvas: {width: 1920, height: 1080}\n```\n";
        Spec spec = SpecParser.parse("d.md", text);
        assertEquals(new Size(1200, 900), spec.size());
        assertEquals(8, spec.metadata().sizeLine());
    }

    @Test
    void anAspectRatioGivesTheCanvasWhenNothingSizesIt() {
        // supplementary-03 asks for 16:10 and has no canvas: it was drawn 4:3, the default
        Spec ratio = SpecParser.parse("r.md", HEAD.replace("| ID | fig-s-01 |", "| ID | fig-s-01 |\n| **Aspect Ratio** | 16:10 |"));
        assertEquals(new Size(1920, 1200), ratio.size());
        assertEquals(8, ratio.metadata().sizeLine(), "the Aspect Ratio row's line");
        Spec portrait = SpecParser.parse("p.md", HEAD.replace("| ID | fig-s-01 |", "| ID | fig-s-01 |\n| Aspect Ratio | 3:4 (portrait, for print) |"));
        assertEquals(new Size(1080, 1440), portrait.size());
        // a canvas, or Dimensions, says more than a ratio
        Spec canvas = SpecParser.parse("c.md", HEAD.replace("| ID | fig-s-01 |", "| ID | fig-s-01 |\n| Aspect Ratio | 16:9 |")
                + "## Spatial Anchors\n\n```yaml\ncanvas: {width: 1600, height: 900}\n```\n");
        assertEquals(new Size(1600, 900), canvas.size());
        Spec words = SpecParser.parse("w.md", HEAD.replace("| ID | fig-s-01 |", "| ID | fig-s-01 |\n| Aspect Ratio | landscape |"));
        assertEquals(Size.DEFAULT, words.size(), "a ratio that is no W:H leaves the default");
    }

    @Test
    void noSizeAnywhereIsEmpty() {
        Spec spec = SpecParser.parse("n.md", HEAD);
        assertTrue(spec.metadata().size().isEmpty());
        assertEquals(0, spec.metadata().sizeLine());
        assertEquals(Size.DEFAULT, spec.size());
    }

    @Test
    void yamlThatIsNotAMapIsAnError() {
        FigureException e = assertThrows(FigureException.class, () -> parse("- a\n- b\n"));
        assertEquals(20, e.line());
        assertTrue(e.getMessage().contains("must be a mapping"), e.getMessage());
    }

    @Test
    void yamlRefusesJavaTypes() {
        FigureException e = assertThrows(FigureException.class, () -> parse("x: !!java.io.File [\"/etc\"]\n"));
        assertEquals(20, e.line());
    }

    @Test
    void sketchFallsBackToAFramedFenceAnywhere() {
        String text = "## Metadata\n\n| Field | Value |\n|---|---|\n| ID | x |\n\n## Layout\n\n```json\n{}\n```\n\n"
                + "```\n┌──┐\n└──┘\n```\n";
        assertEquals(14, SpecParser.parse("f.md", text).sketch().orElseThrow().firstLine());
    }

    @Test
    void asciiLayoutHeadingWinsOverAnEarlierDiagramUnderVisualConcept() {
        String text = "## Metadata\n\n| Field | Value |\n|---|---|\n| ID | x |\n\n## Visual Concept: Idea\n\n"
                + "```\nA | B\n```\n\n### ASCII Layout\n\n```\n+--+\n```\n";
        assertEquals(16, SpecParser.parse("f.md", text).sketch().orElseThrow().firstLine());
    }

    @Test
    void duplicateSectionsAreKeptAndTheFirstIsUsed() {
        String text = HEAD + "## Alt Text\n\nFirst.\n\n## Alt Text\n\nSecond.\n";
        Spec spec = SpecParser.parse("d.md", text);
        assertEquals("First.", spec.altText());
        assertEquals(2, spec.sections().stream().filter(s -> s.heading().equals("Alt Text")).count());
    }

    @Test
    void aRelationshipsLabelCellThatSaysThereIsNoneIsNoLabel() {
        String text = HEAD + "## Content Elements\n\n### Relationships / Flows\n\n| From | To | Type | Label |\n|---|---|---|---|\n"
                + "| A | B | arrow | -- |\n| B | C | arrow | — |\n| C | D | arrow | n/a |\n| D | E | arrow | \"--flag\" |\n";
        assertEquals(List.of("", "", "", "--flag"), SpecParser.parse("r.md", text).relationships().stream()
                .map(io.figgen.model.Relationship::label).toList(), "a dash drawn on an arrow is a stray mark");
    }

    @Test
    void aRelationshipsLabelWhollyInParenthesesIsANoteOnWhatItCarriesUnlessQuoted() {
        String text = HEAD + "## Content Elements\n\n### Relationships / Flows\n\n| From | To | Type | Label |\n|---|---|---|---|\n"
                + "| A | B | arrow | (telemetry) |\n| B | C | arrow | \"(async)\" |\n| C | D | arrow | retries (max 3) |\n";
        assertEquals(List.of("", "(async)", "retries (max 3)"), SpecParser.parse("r.md", text).relationships().stream()
                .map(io.figgen.model.Relationship::label).toList());
    }

    @Test
    void labelTables() {
        String text = HEAD + "## Text Content\n\n### Labels\n\n| Key | Text |\n|---|---|\n| title | \"HELLO\" |\n";
        var labels = SpecParser.parse("l.md", text).labels();
        assertEquals(1, labels.size());
        assertEquals("title", labels.get(0).key());
        assertEquals("HELLO", labels.get(0).text());
        assertEquals(23, labels.get(0).line());
    }

    private static Spec parse(String yaml) {
        return SpecParser.parse("c.md", HEAD + "## Spatial Anchors\n\n```yaml\n" + yaml + "```\n");
    }

    private static Size canvas(String yaml) {
        return parse(yaml).metadata().size().orElseThrow();
    }
}
