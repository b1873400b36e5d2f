package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.figgen.model.ContentElement;
import io.figgen.model.Rule;
import io.figgen.model.Size;
import io.figgen.model.SketchSource;
import io.figgen.model.Spec;
import org.junit.jupiter.api.Test;

class CompactDialectTest {
    private final Spec spec = SpecParser.parse("compact.md", Fixtures.text("compact.md"));

    @Test
    void titleDropsTheIdPrefix() {
        assertEquals("Why Tea over Coffee?", spec.title());
        assertEquals("compact.md", spec.file());
    }

    @Test
    void metadataKeysLoseTheirBoldAndDimensionsGiveTheSize() {
        assertEquals("fig-test-01", spec.metadata().id());
        assertEquals("L2 (Office Worker)", spec.metadata().field("audience").orElseThrow());
        assertEquals(3, spec.metadata().line());
        assertEquals(new Size(1200, 675), spec.size());
        assertEquals(10, spec.metadata().sizeLine());
    }

    @Test
    void keyMessageIsTheQuotedSentenceAndPurposeTheRest() {
        assertEquals("Tea keeps the team calm -- coffee keeps it 'wired'.", spec.keyMessage());
        assertEquals("Explains the beverage decision for the office kitchen. It compares three options.",
                spec.purpose());
    }

    @Test
    void sketchIsKeptExactlyWithTabsAndTrailingSpaces() {
        SketchSource sketch = spec.sketch().orElseThrow();
        assertEquals(22, sketch.firstLine());
        List<String> lines = sketch.text().lines().toList();
        assertEquals("+------------------------------------------+", lines.get(0));
        assertEquals("|  ■ Kitchen Decision\t(tab)   ", lines.get(2));
        // The blank line before the closing fence is content; only the final newline goes.
        assertTrue(sketch.text().endsWith("+------------------------------------------+\n"));
        assertEquals(9, sketch.text().split("\n", -1).length);
    }

    @Test
    void contentElementsCarryTagsAndRowLines() {
        List<ContentElement> els = spec.elements();
        assertEquals(3, els.size(), "the row without an element is skipped");
        assertEquals(new ContentElement("Title block", List.of("heading_display"),
                "\"WHY TEA OVER COFFEE?\" with accent square", "", 37), els.get(0));
        assertEquals(List.of("selected_option", "card"), els.get(1).tags());
        assertEquals("Calm, cheap, many flavours", els.get(1).description());
        assertEquals(38, els.get(1).line());
        assertEquals(List.of("deferred_option", "card"), els.get(2).tags(), "'+' and '(legacy)' are not tags");
        assertEquals("Strong | bitter", els.get(2).description(), "an escaped pipe stays in its cell");
        assertEquals(39, els.get(2).line());
    }

    @Test
    void rulesAreNumberedWithFlattenedText() {
        assertEquals(List.of(
                new Rule(1, "Tea is the selected option -- do NOT show coffee as selected.", 44),
                new Rule(2, "Use the term green tea, not \"matcha\".", 45),
                new Rule(3, "Background must be warm cream (#f6f3e6).", 46)), spec.rules());
    }

    @Test
    void altTextAndItsLine() {
        assertEquals("Comparison of tea and coffee for the office kitchen, with tea selected.", spec.altText());
        assertEquals(50, spec.altTextLine());
    }

    @Test
    void noAnchorsOrLabelsInTheCompactDialect() {
        assertTrue(spec.anchors().isEmpty());
        assertEquals(0, spec.anchorsLine());
        assertTrue(spec.labels().isEmpty());
    }

    @Test
    void everySectionIsKeptIncludingUnknownOnes() {
        assertEquals(List.of("fig-test-01: Why Tea over Coffee?", "Metadata", "Purpose & Key Message",
                "Visual Concept (ASCII Layout)", "Content Elements", "Anti-Hallucination Rules", "Alt Text", "Notes"),
                spec.sections().stream().map(s -> s.heading()).toList());
        var notes = spec.sections().get(7);
        assertEquals(2, notes.level());
        assertEquals(52, notes.line());
        assertEquals("An unknown section is kept.", notes.text());
        var alt = spec.sections().get(6);
        assertEquals("Comparison of tea and coffee for the office kitchen, with tea selected.", alt.text(),
                "a section ends at the next heading of the same level");
    }

    @Test
    void crlfAndByteOrderMarkGiveTheSameResult() {
        String crlf = "\uFEFF" + Fixtures.text("compact.md").replace("\n", "\r\n");
        Spec again = SpecParser.parse("compact.md", crlf);
        assertEquals(spec, again);
    }
}
