package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** figgen reads nothing but the spec, fetches nothing, and leaves outputs whole whatever goes wrong. */
class SandboxAndFaultTest {

    @Test
    void urlsInSpecAndThemeAreNeverFetched(@TempDir Path dir) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
            AtomicInteger connections = new AtomicInteger();
            Thread accept = new Thread(() -> {
                try {
                    listener.setSoTimeout(200);
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            listener.accept().close();
                            connections.incrementAndGet();
                        } catch (SocketTimeoutException again) {
                            // keep listening
                        }
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            accept.start();
            String spec = Files.readString(TestFigures.CHOICE_12)
                    .replace("WHY ALEMBIC FOR MIGRATIONS?", "<image href=\"" + url + "a.png\"/> " + url + "b")
                    .replace("## Alt Text", "## Image Embed\n\n![figure](" + url + "c.png)\n<img src=\"file:///etc/passwd\">\n\n## Alt Text")
                    .replace("## Content Elements", "## Spatial Anchors\n\n```yaml\nx: !!java.net.URL [\"" + url + "d\"]\n```\n\n## Content Elements");
            Path specFile = dir.resolve("hostile.md");
            Files.writeString(specFile, spec);
            Path theme = dir.resolve("theme.yaml");
            Files.writeString(theme, "name: x\n!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"" + url + "e\"]]]]\n");
            RenderCommandTest.Run withAnchors = RenderCommandTest.figgen("render", specFile.toString(), "-o", dir.resolve("out").toString());
            assertEquals(ExitCodes.BAD_INPUT, withAnchors.code(), "a YAML tag that names a Java class is refused: " + withAnchors.err());
            Files.writeString(specFile, spec.replace("x: !!java.net.URL [\"" + url + "d\"]", "x: \"" + url + "d\""));
            RenderCommandTest.Run plain = RenderCommandTest.figgen("render", specFile.toString(), "-o", dir.resolve("out").toString());
            assertEquals(0, plain.code(), plain.err());
            RenderCommandTest.Run themed = RenderCommandTest.figgen("render", specFile.toString(), "--theme", theme.toString(),
                    "-o", dir.resolve("out2").toString());
            assertEquals(ExitCodes.BAD_INPUT, themed.code(), themed.err());
            RenderCommandTest.Run checked = RenderCommandTest.figgen("check", specFile.toString());
            assertTrue(checked.code() == 0 || checked.code() == ExitCodes.FINDINGS, checked.err());
            Thread.sleep(500);
            accept.interrupt();
            assertEquals(0, connections.get(), "no request reached the listener");
            String svg = Files.readString(dir.resolve("out/hostile.svg"));
            assertFalse(svg.contains("<image"), "text stays text");
        }
    }

    @Test
    void unwritableOutputIsAnIoErrorAndWritesNothingElsewhere(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where a folder should be");
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", TestFigures.CHOICE_12.toString(), "-o", notAFolder.toString());
        assertEquals(ExitCodes.IO, run.code());
        assertTrue(run.err().contains("cannot write to"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    private static Process figgenProcess(Path cwd, String shellPrefix, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.figgen.cli.Main"));
        cmd.addAll(List.of(args));
        if (shellPrefix != null) {
            String joined = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
            return new ProcessBuilder("bash", "-c", shellPrefix + " exec " + joined).directory(cwd.toFile()).start();
        }
        return new ProcessBuilder(cmd).directory(cwd.toFile()).start();
    }

    @Test
    void fullDiskLeavesThePreviousFiguresIntact(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, RenderCommandTest.figgen("render", TestFigures.CHOICE_12.toString(), "-o", out.toString(), "--scale", "2").code());
        byte[] before = Files.readAllBytes(out.resolve("fig-choice-12.png"));
        assertTrue(before.length > 150 * 1024, "the figure is larger than the limit the test sets");
        Path spec = dir.resolve("fig-choice-12.md");
        Files.writeString(spec, Files.readString(TestFigures.CHOICE_12).replace("Schema Evolution", "Schema Change"));
        // a file-size limit of 150 KB lets the fonts load but makes the 2x PNG's write fail, as a full disk would
        Process p = figgenProcess(dir, "ulimit -f 150;", "render", spec.toString(), "-o", out.toString(), "--scale", "2");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.IO, p.exitValue(), err);
        assertTrue(err.contains("cannot write to"), err);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("fig-choice-12.png")), "the old figure survives whole");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".figgen-tmp-")).toList(),
                    "no temporary file is left behind");
        }
    }

    private static void assertWhole(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".png")) {
                    assertTrue(ImageIO.read(f.toFile()) != null, "whole PNG: " + name);
                } else if (name.endsWith(".svg")) {
                    assertTrue(Files.readString(f).strip().endsWith("</svg>"), "whole SVG: " + name);
                }
            }
        }
    }

    @Test
    void killedRenderLeavesNoTornFigureAndTheNextRunCleansUp(@TempDir Path dir) throws Exception {
        Path specs = Files.createDirectory(dir.resolve("specs"));
        for (int i = 0; i < 12; i++) {
            Files.copy(TestFigures.CHOICE_12, specs.resolve("fig-" + i + ".md"));
        }
        Path out = dir.resolve("out");
        assertEquals(0, RenderCommandTest.figgen("render", specs.toString(), "-o", out.toString()).code());
        Process p = figgenProcess(dir, null, "render", specs.toString(), "-o", out.toString(), "--jobs", "2");
        Thread.sleep(1500);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertWhole(out);
        // whether the kill caught a write half-way is a matter of timing; a leftover of the dead process is planted
        // so the clean-up is tested every run, and the run before this one (in this JVM) has already seen the folder
        Files.writeString(out.resolve(".figgen-tmp-" + p.pid() + "-1.part"), "torn");
        assertEquals(0, RenderCommandTest.figgen("render", specs.toString(), "-o", out.toString()).code());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".figgen-tmp-")).toList());
        }
    }

    @Test
    void twoProcessesIntoOneFolderLeaveWholeIdenticalFigures(@TempDir Path dir) throws Exception {
        Path specs = Files.createDirectory(dir.resolve("specs"));
        for (int i = 0; i < 6; i++) {
            Files.copy(TestFigures.CHOICE_12, specs.resolve("fig-" + i + ".md"));
        }
        Path out = dir.resolve("out");
        Process a = figgenProcess(dir, null, "render", specs.toString(), "-o", out.toString());
        Process b = figgenProcess(dir, null, "render", specs.toString(), "-o", out.toString());
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), new String(a.getErrorStream().readAllBytes()));
        assertEquals(0, b.exitValue(), new String(b.getErrorStream().readAllBytes()));
        assertWhole(out);
        byte[] first = Files.readAllBytes(out.resolve("fig-0.png"));
        for (int i = 1; i < 6; i++) {
            assertArrayEquals(first, Files.readAllBytes(out.resolve("fig-" + i + ".png")));
        }
    }
}
