package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What figgen check reports for a docs team's CI: every spec accounted for, in every format. */
class CheckReportTest {
    /** Two specs, one good, one whose sketch is gone (so it cannot be rendered), reported at the heading's line. */
    private static Path[] goodAndBroken(Path dir) throws Exception {
        Path good = TestFigures.fixtureFile("three-cards.md", dir);
        String text = Files.readString(good, StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.md");
        Files.writeString(broken, text.replaceAll("(?s)```.*?```", "(the sketch is still to come)"), StandardCharsets.UTF_8);
        return new Path[] {good, broken};
    }

    @Test
    void unrenderableSpecsAreErrorResultsInJsonAndSarif(@TempDir Path dir) throws Exception {
        Path[] specs = goodAndBroken(dir);
        Cli.Run json = Cli.figgen("check", specs[0].toString(), specs[1].toString(), "--format", "json", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, json.code(), json.all());
        assertTrue(json.out().contains("\"file\": \"" + specs[1] + "\""), json.out());
        assertTrue(json.out().matches("(?s).*\"file\": \"[^\"]*broken.md\", \"line\": [1-9][0-9]*, \"rule\": \"input\", \"severity\": \"error\".*"),
                json.out());
        Cli.Run sarif = Cli.figgen("check", specs[0].toString(), specs[1].toString(), "--format", "sarif", "--quiet");
        assertTrue(sarif.out().contains("\"uri\": \"" + specs[1] + "\""), sarif.out());
        assertTrue(sarif.out().contains("\"ruleId\": \"input\", \"level\": \"error\""), sarif.out());
        assertTrue(sarif.out().contains("\"informationUri\": \"https://github.com/figgen/figgen\""), sarif.out());
        assertFalse(sarif.out().contains("example.invalid"));
    }

    @Test
    void theTextSummaryCountsUnrenderableSpecsInSingular(@TempDir Path dir) throws Exception {
        Path[] specs = goodAndBroken(dir);
        Cli.Run text = Cli.figgen("check", specs[0].toString(), specs[1].toString(), "--quiet");
        assertTrue(text.out().contains("checked 2 specs: 1 error, "), text.out());
        assertFalse(text.out().contains("1 errors"), text.out());
    }

    @Test
    void aMisspelledTagIsWarnedAtItsRowWithTheNearestKnownTag(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        String text = Files.readString(spec, StandardCharsets.UTF_8).replace("| Redis Streams card | `deferred_option` |",
                "| Redis Streams card | `deffered_option` |");
        Files.writeString(spec, text, StandardCharsets.UTF_8);
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("deffered_option")).findFirst().orElseThrow()) + 1;
        String expected = spec + ":" + line + ": warning: unknown tag 'deffered_option', styled as the option family; "
                + "did you mean 'deferred_option'?";
        Cli.Run render = Cli.figgen("render", spec.toString(), "-o", dir.resolve("out").toString(), "--format", "svg");
        assertEquals(0, render.code(), render.all());
        assertTrue(render.err().contains(expected), render.err());
        Cli.Run check = Cli.figgen("check", spec.toString());
        assertTrue(check.out().contains(spec + ":" + line + ": tags: warning: unknown tag 'deffered_option'"), check.out());
    }

    @Test
    void noFindingOfTheFixturesIsAtLineZero(@TempDir Path dir) throws Exception {
        for (String name : TestFigures.FIXTURES) {
            Cli.Run r = Cli.figgen("check", TestFigures.fixtureFile(name, dir).toString(), "--format", "json");
            assertFalse(r.out().contains("\"line\": 0"), name + ": " + r.out());
        }
        Cli.Run seed = Cli.figgen("check", TestFigures.CHOICE_12.toString());
        assertFalse(seed.out().contains(":0:"), seed.out());
    }

    @Test
    void aMissingAltTextIsReportedAtARealLine(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        Files.writeString(spec, text.substring(0, text.indexOf("## Alt Text")), StandardCharsets.UTF_8);
        Cli.Run r = Cli.figgen("check", spec.toString());
        assertEquals(ExitCodes.FINDINGS, r.code(), r.all());
        assertTrue(r.out().contains(spec + ":1: accessibility: the SVG has no <desc>"), r.out());
        assertFalse(r.out().contains(":0:"), r.out());
    }
}
