package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import io.figgen.model.FigureException;
import org.junit.jupiter.api.Test;

/** Whatever the input, the parser answers with a Spec or a located FigureException, and quickly. */
class RobustnessTest {

    private static void parsesOrFailsCleanly(String text) {
        try {
            SpecParser.parse("fuzz.md", text);
        } catch (FigureException e) {
            assertTrue(e.line() >= 1, "line " + e.line() + " for: " + e.getMessage());
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            // The catch-all in SpecParser is a last resort; none of these inputs should need it.
            assertTrue(!e.getMessage().startsWith("could not read this spec"), e.getMessage());
        } catch (RuntimeException | Error e) {
            fail("unexpected " + e, e);
        }
    }

    private static String head() {
        return "# fig-x: X\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| ID | fig-x |\n\n"
                + "## Visual Concept\n\n```\n+--+\n|  |\n+--+\n```\n\n";
    }

    @Test
    void hostileInputs() {
        List<String> inputs = new ArrayList<>(List.of(
                "\0\0\0",
                head() + "\0| a | b |\0\n",
                "x".repeat(2_000_000),
                head() + "## Content Elements\n\n" + "|".repeat(100_000) + "\n",
                head() + ">".repeat(50_000) + " deep\n",
                head() + "- ".repeat(20_000) + "deep\n",
                head() + "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n",
                head() + "[".repeat(50_000) + "\n",
                "```\n" + "+--+\n".repeat(10_000),
                head() + "## Spatial Anchors\n\n```yaml\n" + "[".repeat(10_000) + "\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\na: &a [x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n"
                        + "d: &d [*c, *c, *c]\ne: [*d, *d, *d]\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\n- just\n- a list\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\n!!java.io.File [\"/etc/passwd\"]\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\ncanvas: {width: -5, height: 1e400}\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\ncanvas: [1, 2, 3]\n```\n",
                head() + "## Spatial Anchors\n\n```yaml\ncanvas: 99999999999999999999x1\n```\n",
                "## Metadata\n\n| Field | Value |\n|---|---|\n| Dimensions | " + "9".repeat(100_000) + " x 1 |\n",
                "## Metadata\n\n| Field | Value |\n|---|---|\n| Dimensions | 0 x 900 |\n",
                head() + "## Content Elements\n\n| From | To |\n|---|---|\n| | |\n| a |\n| a | b | c | d |\n",
                head() + "## Text Content\n\n### Labels\n\n| only |\n|---|\n| x |\n- Label 1:\n- :\n",
                head() + "#".repeat(7) + "\n" + "## h\n".repeat(30_000),
                "\uFEFF\r\n\r\r\n",
                head() + "```\n"));
        Random random = new Random(12);
        String alphabet = "#|-`:>*_[]()\n \t\"'x1yaml+┌─┐│└┘■\0\r";
        String base = head() + "## Content Elements\n\n| Element | Tag |\n|---|---|\n| a | `b` |\n";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder(base);
            for (int k = 0; k < 20; k++) {
                int at = random.nextInt(b.length() + 1);
                b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> inputs.forEach(RobustnessTest::parsesOrFailsCleanly));
    }
}
