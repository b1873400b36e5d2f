package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** figgen render end to end, as a user runs it: real parser, layout, Batik and fonts. */
class RenderCommandTest {
    private static final int CREAM = 0xf6f3e6;

    record Run(int code, String out, String err) {
    }

    static Run figgen(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rendersTheSeedSpecToSvgAndPngNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Run run = figgen("render", TestFigures.CHOICE_12.toString(), "-o", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(dir.resolve("fig-choice-12.svg")) > 1000);
        BufferedImage png = ImageIO.read(dir.resolve("fig-choice-12.png").toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(900, png.getHeight());
        for (int[] corner : new int[][] {{0, 0}, {1199, 0}, {0, 899}, {1199, 899}}) {
            assertEquals(CREAM, png.getRGB(corner[0], corner[1]) & 0xffffff, "corner " + corner[0] + "," + corner[1]);
        }
        assertTrue(backgroundShare(png) >= 0.30, "at least 30% of the canvas stays background, was " + backgroundShare(png));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary files are left behind");
        }
    }

    static double backgroundShare(BufferedImage img) {
        long bg = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                bg += (img.getRGB(x, y) & 0xffffff) == CREAM ? 1 : 0;
            }
        }
        return (double) bg / ((long) img.getWidth() * img.getHeight());
    }

    @Test
    void twoRunsGiveByteIdenticalOutputs(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, figgen("render", TestFigures.CHOICE_12.toString(), "-o", a.toString()).code());
        assertEquals(0, figgen("render", TestFigures.CHOICE_12.toString(), "-o", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a.resolve("fig-choice-12.svg")), Files.readAllBytes(b.resolve("fig-choice-12.svg")));
        assertArrayEquals(Files.readAllBytes(a.resolve("fig-choice-12.png")), Files.readAllBytes(b.resolve("fig-choice-12.png")));
    }

    @Test
    void scaleTwoDoublesThePngAndFormatSelectsOutputs(@TempDir Path dir) throws IOException {
        Run run = figgen("render", TestFigures.CHOICE_12.toString(), "-o", dir.toString(), "--format", "png", "--scale", "2");
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(dir.resolve("fig-choice-12.svg")));
        BufferedImage png = ImageIO.read(dir.resolve("fig-choice-12.png").toFile());
        assertEquals(2400, png.getWidth());
        assertEquals(1800, png.getHeight());
    }

    @ParameterizedTest
    @CsvSource({
        "broken-no-sketch.md, 9",
        "broken-no-metadata.md, 3",
        "broken-table.md, 27",
    })
    void brokenSpecGivesOneLocatedLineAndWritesNothing(String fixture, int line, @TempDir Path dir) throws IOException {
        Path spec = dir.resolve(fixture);
        try (var in = getClass().getResourceAsStream("/io/figgen/spec/" + fixture)) {
            Files.write(spec, in.readAllBytes());
        }
        Path out = dir.resolve("out");
        Run run = figgen("render", spec.toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertTrue(run.err().startsWith(spec + ":" + line + ": "), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertFalse(Files.exists(out), "nothing is written for a broken spec");
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        Run run = figgen("render", dir.resolve("nope.md").toString(), "-o", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void oversizedCanvasIsRefusedWithTheDimensionsLine(@TempDir Path dir) throws IOException {
        String spec = new String(TestFigures.fixture("three-cards.md")).replace("1200 x 900px", "100000 x 100000px");
        Path p = dir.resolve("huge.md");
        Files.writeString(p, spec);
        Run run = figgen("render", p.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertTrue(run.err().startsWith(p + ":9: canvas 100000x100000 is outside the limits"), run.err());
    }

    @Test
    void folderRendersEverySpecAndSummarises(@TempDir Path dir) throws IOException {
        Path specs = Files.createDirectory(dir.resolve("specs"));
        for (String f : TestFigures.FIXTURES) {
            TestFigures.fixtureFile(f, specs);
        }
        Files.writeString(specs.resolve("broken.md"), "# nothing here\n");
        Run run = figgen("render", specs.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        int good = TestFigures.FIXTURES.size();
        assertTrue(run.out().contains("rendered " + good + " of " + (good + 1) + " figures, 1 failed"), run.out());
        assertTrue(Files.exists(dir.resolve("out/three-cards.png")));
        assertTrue(Files.exists(dir.resolve("out/two-panels.svg")));
    }

    @Test
    void helpAndVersion() {
        Run help = figgen("--help");
        assertEquals(0, help.code());
        for (String command : new String[] {"render", "check", "preview", "inspect", "corpus", "generate-completion", "help"}) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from:\n" + help.out());
        }
        // a command named first is the only one picocli builds; its help and the others' still work
        assertTrue(figgen("help", "check").out().contains("Usage: figgen check"));
        assertTrue(figgen("render", "--help").out().contains("Usage: figgen render"));
        Run typo = figgen("rendr", "x.md");
        assertEquals(ExitCodes.USAGE, typo.code());
        assertTrue(typo.err().contains("Did you mean: figgen render"), typo.err());
        Run version = figgen("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("figgen "));
        assertEquals(ExitCodes.USAGE, figgen("render").code());
    }

    @Test
    void checkFindsNothingStaleRightAfterRenderingAndNamesAnEditedSpec(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("fig-choice-12.md");
        Files.copy(TestFigures.CHOICE_12, spec);
        Path out = dir.resolve("out");
        assertEquals(0, figgen("render", spec.toString(), "-o", out.toString()).code());
        Run fresh = figgen("render", "--check", spec.toString(), "-o", out.toString());
        assertEquals(0, fresh.code(), fresh.out());
        long before = Files.getLastModifiedTime(out.resolve("fig-choice-12.png")).toMillis();
        Files.writeString(spec, Files.readString(spec).replace("Schema Evolution", "Schema Change"));
        Run stale = figgen("render", "--check", spec.toString(), "-o", out.toString());
        assertEquals(ExitCodes.FINDINGS, stale.code());
        assertTrue(stale.out().contains("fig-choice-12.svg: stale") && stale.out().contains("fig-choice-12.png: stale"), stale.out());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("fig-choice-12.png")).toMillis(), "--check writes nothing");
        Files.delete(out.resolve("fig-choice-12.svg"));
        assertTrue(figgen("render", "--check", spec.toString(), "-o", out.toString()).out().contains("fig-choice-12.svg: missing"));
    }

    @Test
    void toLocationWritesInsideTheRepositoryAndRefusesToLeaveIt(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        Path specs = Files.createDirectory(dir.resolve("specs"));
        Path spec = specs.resolve("fig-choice-12.md");
        Files.copy(TestFigures.CHOICE_12, spec);
        Run run = figgen("render", "--to-location", spec.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("docs/planning/fig-choice-12.svg")), "Location docs/planning/ from the repository root");
        Files.writeString(spec, Files.readString(spec).replace("| docs/planning/ |", "| ../../etc/ |"));
        Run escape = figgen("render", "--to-location", spec.toString());
        assertEquals(ExitCodes.BAD_INPUT, escape.code());
        assertTrue(escape.err().contains("leaves the repository"), escape.err());
        Files.writeString(spec, Files.readString(spec).replace("| ../../etc/ |", "| /etc/ |"));
        assertEquals(ExitCodes.BAD_INPUT, figgen("render", "--to-location", spec.toString()).code());
    }

    @Test
    void themeFileReplacesTheHouseTheme(@TempDir Path dir) throws IOException {
        Path theme = dir.resolve("white.yaml");
        Files.writeString(theme, io.figgen.theme.ThemeLoader.houseText().replace("background: \"#f6f3e6\"", "background: \"#ffffff\""));
        Run run = figgen("render", TestFigures.CHOICE_12.toString(), "-o", dir.toString(), "--theme", theme.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(0xffffff, ImageIO.read(dir.resolve("fig-choice-12.png").toFile()).getRGB(0, 0) & 0xffffff);
        Run check = figgen("check", TestFigures.CHOICE_12.toString(), "--theme", theme.toString());
        assertEquals(ExitCodes.FINDINGS, check.code());
        assertTrue(check.out().contains("rule 8: the rule demands background #f6f3e6 but the theme paints #ffffff"), check.out());
        Files.writeString(theme, "palette: [not, a, mapping]\n");
        Run bad = figgen("render", TestFigures.CHOICE_12.toString(), "-o", dir.toString(), "--theme", theme.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().startsWith(theme + ":1: theme key"), bad.err());
    }
}
