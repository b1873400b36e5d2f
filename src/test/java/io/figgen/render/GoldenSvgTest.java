package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed figure's SVG, byte for byte. A deliberate change to layout, theme or fonts updates it with
 * {@code mvn test -Dtest=GoldenSvgTest -Dfiggen.updateGolden=true}; review the new figure before committing.
 */
class GoldenSvgTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/fig-choice-12.svg");

    @Test
    void seedFigureMatchesTheGoldenSvg() throws Exception {
        String svg = TestFigures.render("specs/fig-choice-12.md", Files.readAllBytes(TestFigures.CHOICE_12), false).svg();
        if (Boolean.getBoolean("figgen.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), svg,
                "the SVG changed; if intended, update with -Dfiggen.updateGolden=true (see README)");
    }
}
