package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.figgen.model.ContentElement;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import org.junit.jupiter.api.Test;

/** The spec the product is built around, from the project's own specs folder. */
class RealSpecTest {

    private static Spec parse() throws IOException {
        Path path = Path.of("specs", "fig-choice-12.md");
        return SpecParser.parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    @Test
    void figChoice12() throws IOException {
        Spec spec = parse();
        assertEquals("fig-choice-12", spec.metadata().id());
        assertEquals("Why Alembic for Migrations?", spec.title());
        assertEquals(new Size(1200, 900), spec.size());
        assertEquals(13, spec.metadata().sizeLine());

        assertEquals(24, spec.sketch().orElseThrow().firstLine());
        assertTrue(spec.sketch().orElseThrow().text().startsWith("+-----"));
        assertEquals(39, spec.sketch().orElseThrow().text().split("\n", -1).length);

        assertEquals(List.of(
                new ContentElement("Title block", List.of("heading_display"),
                        "\"WHY ALEMBIC FOR MIGRATIONS?\" with coral accent square", "", 69),
                new ContentElement("Model-migration alignment diagram", List.of("data_flow"),
                        "SQLAlchemy model to Alembic migration autogeneration", "", 70),
                new ContentElement("Alembic card", List.of("selected_option"),
                        "SQLAlchemy-native, autogenerate, version chain, up+down", "", 71),
                new ContentElement("Django Migrations card", List.of("deferred_option"),
                        "Requires Django ORM, not compatible with FastAPI", "", 72),
                new ContentElement("Manual SQL card", List.of("deferred_option"),
                        "No version tracking, no autogeneration", "", 73),
                new ContentElement("Directory footer", List.of("callout_bar"), "alembic/ directory location", "", 74)),
                spec.elements());

        assertEquals(8, spec.rules().size());
        assertEquals(78, spec.rules().get(0).line());
        assertEquals("The scaffold uses Alembic for database migrations -- the alembic/ directory exists in the"
                + " project.", spec.rules().get(0).text());
        assertEquals(8, spec.rules().get(7).number());
        assertEquals("Background must be warm cream (#f6f3e6).", spec.rules().get(7).text());
        assertEquals(85, spec.rules().get(7).line());

        assertTrue(spec.altText().startsWith("Migration tool comparison showing Alembic selected"), spec.altText());
        assertEquals(89, spec.altTextLine());
        assertEquals("Alembic provides SQLAlchemy-native migration management -- the same model definitions drive"
                + " both data access and schema evolution.", spec.keyMessage());
    }
}
