package io.figgen.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.figgen.model.FigureException;
import io.figgen.model.SketchSource;
import io.figgen.render.Renderer;
import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.sketch.Token;
import io.figgen.spec.SpecParser;
import io.figgen.theme.ThemeLoader;

import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the parser, the sketch reader and the layout. A normal test run replays the
 * regression inputs under src/test/resources/io/figgen/fuzz/FigureFuzzTestInputs/ (every crasher found becomes
 * one); {@code JAZZER_FUZZ=1} fuzzes (see scripts/fuzz). Only FigureException, the user-facing error, may
 * escape; anything else, or a broken invariant, is a crash.
 */
class FigureFuzzTest {
    private static final Renderer RENDERER = new Renderer(ThemeLoader.house());
    private static final String SPEC_HEAD = "# fig-fuzz: Fuzz\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **ID** | fig-fuzz |\n"
            + "| **Dimensions** | 1200 x 900px |\n\n## Visual Concept (ASCII Layout)\n\n```\n";
    private static final String SPEC_TAIL = "\n```\n\n## Content Elements\n\n| Element | Semantic Tag | Description |\n|---|---|---|\n"
            + "| Title block | `heading_display` | title |\n| Cards | `selected_option` | cards |\n\n## Alt Text\n\nFuzz.\n";

    @FuzzTest(maxDuration = "60s")
    void specParser(FuzzedDataProvider data) {
        try {
            SpecParser.parse("fuzz.md", data.consumeRemainingAsString());
        } catch (FigureException expected) {
            // a located, user-facing error is a correct answer to garbage
        }
    }

    @FuzzTest(maxDuration = "60s")
    void sketchReader(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Sketch sketch = SketchReader.read(new SketchSource(text, 1));
            for (Band band : sketch.bands()) {
                for (Area area : band.panels()) {
                    checkArea(area);
                }
            }
        } catch (FigureException expected) {
            // limits reached
        }
    }

    /** Tokens of a row are in column order and never overlap; boxes lie within their area's rows. */
    private static void checkArea(Area area) {
        for (Row row : area.rows()) {
            int end = Integer.MIN_VALUE;
            for (Token t : row.tokens()) {
                assertTrue(t.col() > end && t.end() >= t.col(), "tokens overlap or run backwards at row " + row.row());
                end = t.end();
            }
        }
        for (Box box : area.boxes()) {
            assertTrue(box.top() >= area.top() && box.bottom() <= area.bottom(), "box outside its area");
            checkArea(box.interior());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void layout(FuzzedDataProvider data) {
        String sketch = data.consumeRemainingAsString();
        byte[] spec = (SPEC_HEAD + sketch.replace("```", "'''") + SPEC_TAIL).getBytes(StandardCharsets.UTF_8);
        try {
            RENDERER.layout("fuzz.md", spec);
        } catch (FigureException expected) {
            // limits reached, or the fuzzer wrote something the parser rejects
        }
    }
}
