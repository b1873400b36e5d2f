package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** figgen check on the seed spec and on mutations of it, each of which must fail at the right spec line. */
class CheckCommandTest {
    private static final String RULES_END = "8. Background must be warm cream (#f6f3e6).";

    private static String seed() throws IOException {
        return Files.readString(TestFigures.CHOICE_12);
    }

    private static RenderCommandTest.Run check(Path dir, String spec, String... extra) throws IOException {
        Path p = dir.resolve("fig-choice-12.md");
        Files.writeString(p, spec);
        String[] args = new String[extra.length + 2];
        args[0] = "check";
        args[1] = p.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return RenderCommandTest.figgen(args);
    }

    private static int lineOf(String spec, String text) {
        List<String> lines = spec.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    void seedSpecIsClean(@TempDir Path dir) throws IOException {
        RenderCommandTest.Run run = check(dir, seed());
        assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("rule 8") || run.out().contains("1 machine-checked"), run.out());
        assertTrue(run.out().contains(":84: rule 7: note: not machine-checkable"), "unchecked rules are listed: " + run.out());
    }

    @Test
    void ruleForbiddingADrawnTermFailsAtTheRuleLine(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, RULES_END + "\n9. Do NOT use the term \"Autogenerate\" in the figure.");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code(), run.out());
        int line = lineOf(spec, "9. Do NOT use the term");
        assertTrue(run.out().contains(":" + line + ": rule 9: the figure draws \"Autogenerate\""), run.out());
    }

    @Test
    void ruleRequiringTextTheSketchNoLongerDrawsFails(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, RULES_END + "\n9. The footer must read \"Directory: alembic/ (versions tracked in git)\".")
                .replace("|  Directory: alembic/ (versions tracked in git)                 |", "|  Directory: migrations/                                      |");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code(), run.out());
        assertTrue(run.out().contains(":" + lineOf(spec, "9. The footer must read") + ": rule 9: the figure must draw"), run.out());
    }

    @Test
    void contentElementWithNothingInTheSketchFailsAtItsRow(@TempDir Path dir) throws IOException {
        String row = "| Pricing matrix | `data_table` | Monthly price per hosting tier |";
        String spec = seed().replace("| Directory footer |", row + "\n| Directory footer |");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code(), run.out());
        assertTrue(run.out().contains(":" + lineOf(spec, "Pricing matrix") + ": completeness/element: content element 'Pricing matrix'"),
                run.out());
    }

    @Test
    void ruleDemandingAnotherBackgroundFails(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, "8. Background must be pure white (#ffffff).");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code(), run.out());
        assertTrue(run.out().contains(":" + lineOf(spec, "pure white") + ": rule 8: the rule demands background #ffffff"), run.out());
    }

    @Test
    void valuesThatMustNotChangeAreRequired(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, RULES_END + "\n9. Do NOT change these values: \"Up + Down\", \"Version chain\", \"99.9%\".");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code(), run.out());
        assertTrue(run.out().contains("rule 9: the figure must draw \"99.9%\""), run.out());
        assertFalse(run.out().contains("must draw \"Version chain\""), run.out());
    }

    @Test
    void jsonAndSarifCarryTheFindings(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, "8. Background must be pure white (#ffffff).");
        RenderCommandTest.Run json = check(dir, spec, "--format", "json");
        assertEquals(ExitCodes.FINDINGS, json.code());
        assertTrue(json.out().strip().startsWith("[") && json.out().contains("\"rule\": \"rule 8\""), json.out());
        RenderCommandTest.Run sarif = check(dir, spec, "--format", "sarif");
        assertTrue(sarif.out().contains("\"version\": \"2.1.0\"") && sarif.out().contains("\"ruleId\": \"spec-rule-8\"")
                && sarif.out().contains("\"startLine\": " + lineOf(spec, "pure white")), sarif.out());
    }

    @Test
    void unreadableSpecIsAnInputError(@TempDir Path dir) throws IOException {
        RenderCommandTest.Run run = check(dir, "# nothing\n");
        assertEquals(ExitCodes.BAD_INPUT, run.code());
    }

    @Test
    void enumerationInAnotherCaseIsSatisfiedAndAMissingItemIsNot(@TempDir Path dir) throws IOException {
        String ok = seed().replace(RULES_END, RULES_END + "\n9. Show exactly three options: Alembic, Django Migrations, Manual SQL.");
        assertEquals(ExitCodes.OK, check(dir, ok).code(), check(dir, ok).out());
        String missing = seed().replace(RULES_END, RULES_END + "\n9. Show exactly three options: Alembic, Flyway, Manual SQL.");
        RenderCommandTest.Run run = check(dir, missing);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertTrue(run.out().contains("rule 9: the figure must draw \"Flyway\""), run.out());
    }

    @Test
    void backgroundByColourNameIsChecked(@TempDir Path dir) throws IOException {
        String spec = seed().replace(RULES_END, "8. The background must be white.");
        RenderCommandTest.Run run = check(dir, spec);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertTrue(run.out().contains("rule 8: the rule demands background #ffffff"), run.out());
    }
}
