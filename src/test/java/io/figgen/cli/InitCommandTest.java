package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** figgen init: every template is a spec that renders without a warning and passes check with 0 errors. */
class InitCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"hero", "multi-panel", "flowchart", "split-panel", "steps"})
    void eachTemplateRendersCleanlyAndPassesCheck(String template, @TempDir Path dir) throws Exception {
        Path name = dir.resolve("docs/fig-start-01");
        Cli.Run init = Cli.figgen("init", name.toString(), "--template", template);
        assertEquals(0, init.code(), init.all());
        Path spec = dir.resolve("docs/fig-start-01.md");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# fig-start-01: "), "the id comes from NAME: " + text.lines().findFirst().orElse(""));
        assertTrue(text.contains("| **ID** | fig-start-01 |"));

        Cli.Run render = Cli.figgen("render", spec.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, render.code(), render.all());
        assertEquals("", render.err(), "renders without a warning");
        Cli.Run check = Cli.figgen("check", spec.toString(), "--quiet");
        assertEquals(0, check.code(), check.all());
        assertTrue(check.out().contains("checked 1 spec: 0 errors, 0 warnings"), check.out());
        Cli.Run corpus = Cli.figgen("corpus", spec.toString());
        assertEquals(0, corpus.code(), "every sketch word drawn, no overlap or overflow: " + corpus.out());
    }

    @Test
    void anExistingSpecIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("mine.md");
        Files.writeString(spec, "my own words", StandardCharsets.UTF_8);
        Cli.Run r = Cli.figgen("init", spec.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("exists already"), r.err());
        assertEquals("my own words", Files.readString(spec, StandardCharsets.UTF_8));
        assertEquals(0, Cli.figgen("init", spec.toString(), "--force").code());
        assertTrue(Files.readString(spec, StandardCharsets.UTF_8).startsWith("# mine: "));
    }

    @Test
    void anUnknownTemplateIsAUsageError(@TempDir Path dir) {
        Cli.Run r = Cli.figgen("init", dir.resolve("x").toString(), "--template", "poster");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("'poster' is not a template"), r.err());
    }
}
