package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Which specs a command reads (folders, subfolders, standard input) and where one figure can go (standard output). */
class InputsAndStreamsTest {
    @Test
    void anEmptyFolderIsAnErrorForRenderCheckAndRenderCheck(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("specs"));
        for (List<String> args : List.of(List.of("render", empty.toString(), "-o", dir.resolve("out").toString()),
                List.of("render", "--check", empty.toString()), List.of("check", empty.toString()))) {
            Cli.Run r = Cli.figgen(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), args + ": " + r.all());
            assertTrue(r.err().contains("no *.md specs in " + empty), args + ": " + r.err());
        }
    }

    @Test
    void recursiveWalksSubfolders(@TempDir Path dir) throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs/nested/deeper"));
        TestFigures.fixtureFile("three-cards.md", specs);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.BAD_INPUT, Cli.figgen("render", dir.resolve("specs").toString(), "-o", out.toString()).code(),
                "without -r only the folder itself is looked in");
        Cli.Run r = Cli.figgen("render", "-r", dir.resolve("specs").toString(), "-o", out.toString(), "--format", "svg");
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.exists(out.resolve("three-cards.svg")));
        Cli.Run check = Cli.figgen("check", "--recursive", dir.resolve("specs").toString(), "--quiet");
        assertTrue(check.out().contains("checked 1 spec:"), check.out());
    }

    @Test
    void aSpecFromStandardInputRendersToStandardOutput(@TempDir Path dir) throws Exception {
        byte[] spec = TestFigures.fixture("three-cards.md");
        Cli.Run svg = Cli.withStdin(spec, "render", "-", "-o", "-", "--format", "svg");
        assertEquals(0, svg.code(), svg.all());
        String text = new String(svg.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<svg") && text.strip().endsWith("</svg>"), "the whole SVG and nothing else on stdout");
        assertTrue(svg.out().isEmpty(), "no progress line mixed into the figure: " + svg.out());
        Cli.Run png = Cli.withStdin(spec, "render", "-", "-o", "-", "--format", "png");
        assertEquals(0, png.code(), png.all());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.bytes(), 4));
        Cli.Run pdf = Cli.withStdin(spec, "render", "-", "-o", "-", "--format", "pdf");
        assertEquals(0, pdf.code(), pdf.all());
        assertEquals("%PDF-", new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII));
        Cli.Run toFolder = Cli.withStdin(spec, "render", "-", "-o", dir.toString(), "--format", "svg");
        assertEquals(0, toFolder.code(), toFolder.all());
        assertTrue(Files.exists(dir.resolve("stdin.svg")), "a spec from stdin is named stdin");
    }

    @Test
    void standardOutputTakesOneFormat() {
        Cli.Run r = Cli.figgen("render", TestFigures.CHOICE_12.toString(), "-o", "-");
        assertEquals(ExitCodes.USAGE, r.code(), r.all());
        assertTrue(r.err().contains("one format"), r.err());
        assertEquals(0, r.bytes().length);
    }

    @Test
    void missingFilesExitThreeNamingThem(@TempDir Path dir) {
        String missing = dir.resolve("nope.md").toString();
        for (String command : List.of("corpus", "preview", "inspect")) {
            Cli.Run r = Cli.figgen(command, missing);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), command + ": " + r.all());
            assertTrue(r.err().contains(missing + ": no such file"), command + ": " + r.err());
        }
    }

    @Test
    void bareFiggenPrintsUsageAndExitsTwo() {
        Cli.Run r = Cli.figgen();
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("Usage: figgen"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aPdfIsWrittenAndCheckedForStalenessLikeTheOtherFormats(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Path out = dir.resolve("out");
        Cli.Run r = Cli.figgen("render", spec.toString(), "-o", out.toString(), "--format", "pdf");
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.size(out.resolve("three-cards.pdf")) > 1000);
        assertEquals(0, Cli.figgen("render", "--check", spec.toString(), "-o", out.toString(), "--format", "pdf").code());
        Files.writeString(spec, Files.readString(spec, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Cli.Run stale = Cli.figgen("render", "--check", spec.toString(), "-o", out.toString(), "--format", "pdf");
        assertEquals(ExitCodes.FINDINGS, stale.code(), stale.all());
        assertTrue(stale.out().contains("three-cards.pdf: stale: " + spec + " changed"), stale.out());
    }
}
