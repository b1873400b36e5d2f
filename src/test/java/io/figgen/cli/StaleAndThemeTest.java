package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** render --check says what made a figure stale; a partial --theme file changes only what it gives. */
class StaleAndThemeTest {
    @Test
    void renderCheckNamesWhatChanged(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.figgen("render", spec.toString(), "-o", out.toString()).code());
        assertEquals(0, Cli.figgen("render", "--check", spec.toString(), "-o", out.toString()).code());

        Cli.Run scale = Cli.figgen("render", "--check", spec.toString(), "-o", out.toString(), "--scale", "2");
        assertEquals(ExitCodes.FINDINGS, scale.code());
        assertTrue(scale.out().contains("three-cards.png: stale: PNG scale was 1.0, now 2.0"), scale.out());

        Path theme = dir.resolve("coral.yaml");
        Files.writeString(theme, "palette:\n  coral: \"#d9480f\"\n", StandardCharsets.UTF_8);
        Cli.Run themed = Cli.figgen("render", "--check", spec.toString(), "-o", out.toString(), "--theme", theme.toString());
        assertTrue(themed.out().contains("three-cards.svg: stale: the theme changed"), themed.out());

        Files.writeString(spec, Files.readString(spec, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Cli.Run edited = Cli.figgen("render", "--check", spec.toString(), "-o", out.toString());
        assertTrue(edited.out().contains("three-cards.svg: stale: " + spec + " changed"), edited.out());
        assertTrue(edited.out().contains("three-cards.png: stale: " + spec + " changed"), edited.out());
    }

    @Test
    void aPartialThemeOverridesOnlyItsKeys(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Path theme = dir.resolve("coral.yaml");
        Files.writeString(theme, "# one colour of our own\npalette:\n  coral: \"#d9480f\"\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.figgen("render", spec.toString(), "-o", dir.toString(), "--format", "svg", "--theme", theme.toString());
        assertEquals(0, r.code(), r.all());
        String svg = Files.readString(dir.resolve("three-cards.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("#d9480f"), "the coral given is used");
        assertTrue(!svg.contains("#e84c4f"), "and the house coral is gone");
        assertTrue(svg.contains("#1e3a5f"), "the house navy stays");
    }

    @Test
    void aThemeErrorPointsAtTheOffendingKey(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Path theme = dir.resolve("bad.yaml");
        Files.writeString(theme, "palette:\n  navy: \"#1e3a5f\"\n  coral: salmon\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.figgen("render", spec.toString(), "-o", dir.toString(), "--theme", theme.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.all());
        assertTrue(r.err().startsWith(theme + ":3: theme key 'palette.coral' must be a #rrggbb colour"), r.err());
    }

    @Test
    void toLocationNeedsARepositoryAndExcludesOutput(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("located.md");
        Files.writeString(spec, new String(TestFigures.fixture("three-cards.md"), StandardCharsets.UTF_8).replace(
                "| **Dimensions** | 1200 x 900px (4:3) |", "| **Dimensions** | 1200 x 900px (4:3) |\n| **Location** | docs/figures/ |"),
                StandardCharsets.UTF_8);
        Cli.Run noRepo = Cli.figgen("render", spec.toString(), "--to-location");
        assertEquals(ExitCodes.BAD_INPUT, noRepo.code(), noRepo.all());
        assertTrue(noRepo.err().contains(spec + ":10: --to-location writes relative to the repository root, and no folder"),
                noRepo.err());
        Cli.Run both = Cli.figgen("render", spec.toString(), "--to-location", "-o", dir.toString());
        assertEquals(ExitCodes.USAGE, both.code(), both.all());
        Files.createDirectories(dir.resolve(".git"));
        Cli.Run inRepo = Cli.figgen("render", spec.toString(), "--to-location", "--format", "svg");
        assertEquals(0, inRepo.code(), inRepo.all());
        assertTrue(Files.exists(dir.resolve("docs/figures/located.svg")));
        Path unlocated = TestFigures.fixtureFile("three-cards.md", dir);
        Cli.Run missing = Cli.figgen("render", unlocated.toString(), "--to-location");
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing.all());
        assertTrue(missing.err().contains(unlocated + ":3: --to-location needs a Location row in the Metadata table, and it is "
                + "missing"), missing.err());
    }
}
