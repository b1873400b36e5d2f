package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.FigureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BrokenSpecTest {

    private static FigureException failure(String fixture) {
        return assertThrows(FigureException.class, () -> SpecParser.parse(fixture, Fixtures.text(fixture)));
    }

    @ParameterizedTest
    @CsvSource({
        "broken-no-sketch.md, 9, no ASCII layout found",
        "broken-no-metadata.md, 3, no Metadata table",
        "broken-table.md, 27, table row outside a valid table",
        "broken-yaml.md, 26, invalid Spatial Anchors YAML",
        "broken-dimensions.md, 9, Dimensions 'wide, about 1200 px' is not a size",
        "broken-unclosed-fence.md, 11, the ASCII layout fence opened here is never closed",
    })
    void brokenSpecsFailAtTheRightLine(String fixture, int line, String message) {
        FigureException e = failure(fixture);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "messages are one line");
    }

    @Test
    void messagesSayWhatToDo() {
        assertEquals("no ASCII layout found: add a fenced ``` block under '## Visual Concept (ASCII Layout)'",
                failure("broken-no-sketch.md").getMessage());
        assertEquals("no Metadata table: add '## Metadata' with a | Field | Value | table",
                failure("broken-no-metadata.md").getMessage());
        assertTrue(failure("broken-dimensions.md").getMessage().contains("WIDTH x HEIGHT"));
    }

    @Test
    void emptyAndBlankFilesFailAtLineOne() {
        for (String text : new String[] {"", "   \n\n", "\uFEFF", null}) {
            FigureException e = assertThrows(FigureException.class, () -> SpecParser.parse("e.md", text));
            assertEquals(1, e.line());
            assertTrue(e.getMessage().startsWith("the spec is empty"));
        }
    }

    @Test
    void noMetadataHeadingFailsAtLineOne() {
        FigureException e = assertThrows(FigureException.class,
                () -> SpecParser.parse("x.md", "# Title\n\nJust prose.\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("no Metadata table"));
    }

    @Test
    void noVisualConceptHeadingFailsAtLineOne() {
        FigureException e = assertThrows(FigureException.class,
                () -> SpecParser.parse("x.md", "## Metadata\n\n| Field | Value |\n|---|---|\n| ID | x |\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("no ASCII layout found"));
    }

    @Test
    void metadataHeaderWithoutDelimiterRowIsABrokenTable() {
        FigureException e = assertThrows(FigureException.class,
                () -> SpecParser.parse("x.md", "## Metadata\n\n| Field | Value |\n| ID | x |\n"));
        assertEquals(3, e.line());
    }

    @Test
    void emptySketchFenceIsReportedAtTheFence() {
        String text = "## Metadata\n\n| Field | Value |\n|---|---|\n| ID | x |\n\n## Visual Concept\n\n```\n```\n";
        FigureException e = assertThrows(FigureException.class, () -> SpecParser.parse("x.md", text));
        assertEquals(9, e.line());
        assertTrue(e.getMessage().startsWith("the ASCII layout block is empty"));
    }
}
