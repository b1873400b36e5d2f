package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Outputs stay inside where they are meant to go, never overwrite each other and never replace an input. */
class OutputContainmentTest {

    @Test
    void aLocationThroughALinkedFolderThatLeadsOutsideIsRefused(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(repo.resolve("docs"), outside);
        Path spec = repo.resolve("fig.md");
        Files.writeString(spec, Files.readString(TestFigures.CHOICE_12).replace("| **Location** | docs/planning/ |", "| **Location** | docs/ |"));
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", spec.toString(), "--to-location");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("leaves the repository"), run.err());
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(0, files.count(), "nothing written outside the repository");
        }
    }

    @Test
    void twoSpecsWithOneOutputNameFailTheSecondNamingTheFirst(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(TestFigures.CHOICE_12, a.resolve("x.md"));
        Files.writeString(b.resolve("x.md"), Files.readString(TestFigures.CHOICE_12).replace("Schema Evolution", "Schema Rewrite"));
        Files.copy(TestFigures.CHOICE_12, a.resolve("y z.md"));
        Files.copy(TestFigures.CHOICE_12, a.resolve("y_z.md"));
        Path out = dir.resolve("out");
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", a.resolve("x.md").toString(), b.resolve("x.md").toString(),
                a.resolve("y z.md").toString(), a.resolve("y_z.md").toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains(b.resolve("x.md") + ": its outputs") && run.err().contains("those of " + a.resolve("x.md")), run.err());
        assertTrue(run.err().contains(a.resolve("y_z.md") + ": its outputs") && run.err().contains("those of " + a.resolve("y z.md")), run.err());
        assertTrue(run.out().contains("rendered 2 of 4 figures, 2 failed"), run.out());
        assertTrue(Files.readString(out.resolve("x.svg")).contains("Schema Evolution"), "the first spec's figure, not overwritten");
    }

    @Test
    void anOutputNeverReplacesAnInput(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("fig.svg");
        Files.copy(TestFigures.CHOICE_12, spec);
        byte[] before = Files.readAllBytes(spec);
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", spec.toString(), "-o", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("would replace an input"), run.err());
        assertArrayEquals(before, Files.readAllBytes(spec));
        assertFalse(Files.exists(dir.resolve("fig.png")), "nothing written for the figure");
    }

    @Test
    void namesOfDotsOrSpacesGetTheDocumentedSafeForm(@TempDir Path dir) throws Exception {
        Files.copy(TestFigures.CHOICE_12, dir.resolve("...md"));
        Files.copy(TestFigures.CHOICE_12, dir.resolve("   .md"));
        Path out = dir.resolve("out");
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", dir.resolve("...md").toString(), dir.resolve("   .md").toString(),
                "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(out.resolve("_.svg")) && Files.exists(out.resolve("___.png")), run.out());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")), "no hidden or blank names");
        }
    }
}
