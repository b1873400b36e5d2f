package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import io.figgen.model.ContentElement;
import io.figgen.model.Label;
import io.figgen.model.Rule;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import org.junit.jupiter.api.Test;

class TemplateDialectTest {
    private final Spec spec = SpecParser.parse("template.md", Fixtures.text("template.md"));

    @Test
    void titleKeepsColonsAfterTheId() {
        assertEquals("Garden Layout: Beds and Paths", spec.title());
    }

    @Test
    void purposeAndKeyMessageComeFromTheirOwnSections() {
        assertEquals("Shows how the vegetable beds connect.", spec.purpose());
        assertEquals("Paths are the skeleton of a garden.", spec.keyMessage());
    }

    @Test
    void sketchIsTheTextFenceUnderVisualConcept() {
        assertEquals(24, spec.sketch().orElseThrow().firstLine());
        assertTrue(spec.sketch().orElseThrow().text().startsWith("┌───"));
        assertTrue(spec.sketch().orElseThrow().text().endsWith("┘"));
    }

    @Test
    void sizeComesFromTheFlowStyleCanvas() {
        assertEquals(new Size(1920, 1080), spec.size());
        assertEquals(35, spec.metadata().sizeLine());
        assertEquals(3, spec.metadata().line());
    }

    @Test
    void anchorsAreLoadedAsAnImmutableMap() {
        Map<String, Object> anchors = spec.anchors().orElseThrow();
        assertEquals(35, spec.anchorsLine());
        assertEquals(List.of("canvas", "zones", "anchors"), List.copyOf(anchors.keySet()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) anchors.get("anchors");
        assertEquals(List.of(60, 220), items.get(0).get("position"));
        assertEquals("arrow", items.get(1).get("type"));
        assertThrows(UnsupportedOperationException.class, () -> anchors.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> items.add(Map.of()));
    }

    @Test
    void subTablesAreNamedByTheirHeadings() {
        assertEquals(List.of(
                new ContentElement("Beds", List.of("solution_component"), "Three raised beds",
                        "Primary Structures", 58),
                new ContentElement("Path", List.of("data_flow"), "Gravel path", "Primary Structures", 59),
                new ContentElement("\"RAISED BEDS\"", List.of(), "Warmer soil in spring", "Callout Boxes", 71, "top-right")),
                spec.elements(), "the '(none ...)' remark row is not an element, nor is a relationship; a Position is"
                        + " the element's, not part of what it says");
    }

    @Test
    void relationshipRowsAreRelationships() {
        assertEquals(List.of(new io.figgen.model.Relationship("Beds", "Path", "arrow", "drains into", "Relationships / Flows", 65)),
                spec.relationships(), "one per From/To row, the label unquoted");
    }

    @Test
    void labelsFromTheLabelsList() {
        assertEquals(List.of(
                new Label("Label 1", "Raised Beds", 78),
                new Label("Label 2", "Gravel Path", 79),
                new Label("", "STT: NOT A KEY", 80)), spec.labels());
    }

    @Test
    void rulesRunOnAcrossDefaultAndFigureSpecificLists() {
        assertEquals(List.of(
                new Rule(1, "Font names are INTERNAL -- do NOT render them as labels.", 90),
                new Rule(2, "Background MUST be warm cream (#f6f3e6).", 91),
                new Rule(3, "There are exactly 3 beds.", 95),
                new Rule(4, "Do NOT call the path a \"road\".", 96)), spec.rules());
    }

    @Test
    void altTextInABlockQuoteBecomesOneLine() {
        assertEquals("Garden layout with three raised beds joined by a gravel path", spec.altText());
        assertEquals(100, spec.altTextLine());
    }

    @Test
    void subsectionsAreSectionsToo() {
        var caption = spec.sections().stream().filter(s -> s.heading().startsWith("Caption"))
                .findFirst().orElseThrow();
        assertEquals(3, caption.level());
        assertEquals(82, caption.line());
        assertEquals("A garden in three beds.", caption.text());
        var status = spec.sections().get(spec.sections().size() - 1);
        assertEquals("Status", status.heading());
        assertEquals("- [x] Draft created", status.text());
    }
}
