package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The same specs give the same bytes whatever the run, the job count, the locale, the time zone or the working
 * folder. Each variant renders in a JVM of its own, since locale and zone are fixed when a JVM starts.
 */
class DeterminismTest {
    @TempDir
    static Path dir;
    static Path specs;
    static Map<String, String> baseline;

    @BeforeAll
    static void specsAndBaseline() throws Exception {
        specs = Files.createDirectory(dir.resolve("specs"));
        Files.copy(TestFigures.CHOICE_12, specs.resolve("fig-choice-12.md"));
        for (String f : TestFigures.FIXTURES) {
            TestFigures.fixtureFile(f, specs);
        }
        baseline = renderInJvm("base", Map.of(), List.of(), Path.of("").toAbsolutePath(), "--jobs", "1");
    }

    /** Renders the specs folder in a fresh JVM and returns each output file's SHA-256. */
    static Map<String, String> renderInJvm(String name, Map<String, String> env, List<String> jvmArgs, Path cwd, String... extra)
            throws Exception {
        Path out = dir.resolve("out-" + name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.figgen.cli.Main", "render",
                specs.toAbsolutePath().toString(), "-o", out.toAbsolutePath().toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        return hashes(out);
    }

    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    out.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    @Test
    void baselineHasEveryFigure() {
        assertEquals(2 * (1 + TestFigures.FIXTURES.size()), baseline.size(), baseline.toString());
    }

    @Test
    void secondRunGivesTheSameBytes() throws Exception {
        assertEquals(baseline, renderInJvm("again", Map.of(), List.of(), Path.of("").toAbsolutePath(), "--jobs", "1"));
    }

    @Test
    void jobCountDoesNotChangeTheBytes() throws Exception {
        assertEquals(baseline, renderInJvm("jobs", Map.of(), List.of(), Path.of("").toAbsolutePath(), "--jobs", "4"));
    }

    @Test
    void localeTimeZoneAndWorkingFolderDoNotChangeTheBytes() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> env = Map.of("LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8", "TZ", "Pacific/Chatham");
        List<String> jvm = List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Chatham");
        Map<String, String> other = renderInJvm("locale", env, jvm, elsewhere);
        assertEquals(baseline, other);
        assertTrue(Files.exists(dir.resolve("out-locale")));
    }
}
