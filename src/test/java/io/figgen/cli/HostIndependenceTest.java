package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A render depends on nothing of the host: no name-service lookup or connection, nothing written to the home
 * folder or left in the temp folder, no host font; text the bundled faces lack is a visible box and a warning.
 */
class HostIndependenceTest {
    private static final String WORLD = "שלום עולם مرحبا بالعالم";

    private static Path rtlSpec(Path dir) throws Exception {
        return Files.writeString(dir.resolve("rtl.md"), Files.readString(TestFigures.CHOICE_12)
                .replace("Schema Evolution", "Schema " + WORLD + " Evolution"));
    }

    /** The figgen JVM command, its home and temp folders moved into {@code dir} so the test sees what it writes. */
    private static List<String> java(Path dir, String... args) throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(dir.resolve("tmp"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:-UsePerfData", "-Djava.awt.headless=true", "-Duser.home=" + dir.resolve("home"),
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-cp", System.getProperty("java.class.path"), "io.figgen.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private record Ran(int code, String err) {
    }

    private static Ran run(Path cwd, List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    private static String shell(List<String> cmd) {
        return String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    }

    private static boolean root() throws Exception {
        Process p = new ProcessBuilder("unshare", "-m", "-u", "true").redirectErrorStream(true).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aCharacterNoBundledFaceHasIsAWarningAtItsLineAndNothingIsLeftOnTheHost(@TempDir Path dir) throws Exception {
        Path spec = rtlSpec(dir);
        Ran ran = run(dir, java(dir, "render", spec.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(0, ran.code(), ran.err());
        assertTrue(ran.err().contains(spec + ":25: warning: the characters ש (U+05E9)"), ran.err());
        assertTrue(ran.err().contains("and 7 more"), "the Arabic letters too (drawn as boxes once shaped): " + ran.err());
        assertTrue(Files.size(dir.resolve("out/rtl.png")) > 0);
        try (Stream<Path> home = Files.list(dir.resolve("home")); Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), home.toList(), "nothing written to the home folder (no ~/.java font cache)");
            assertEquals(List.of(), tmp.toList(), "no font copies left in the temp folder");
        }
    }

    @Test
    void thePngIsTheSameBytesWithoutTheHostsFonts(@TempDir Path dir) throws Exception {
        assumeTrue(root(), "needs root for unshare -m (CI and the dev container run as root)");
        Path spec = rtlSpec(dir);
        Ran with = run(dir, java(dir, "render", spec.toString(), "-o", dir.resolve("with").toString()));
        assertEquals(0, with.code(), with.err());
        String without = "mount -t tmpfs none /usr/share/fonts && exec " + shell(java(dir, "render", spec.toString(), "-o",
                dir.resolve("without").toString()));
        Ran bare = run(dir, List.of("unshare", "-m", "sh", "-c", without));
        assertEquals(0, bare.code(), bare.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("with/rtl.png")), Files.readAllBytes(dir.resolve("without/rtl.png")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("with/rtl.svg")), Files.readAllBytes(dir.resolve("without/rtl.svg")));
    }

    @Test
    void noLookupOrConnectionEvenWhenTheHostNameDoesNotResolve(@TempDir Path dir) throws Exception {
        assumeTrue(root() && Files.isExecutable(Path.of("/usr/bin/strace")), "needs root (unshare -u) and strace");
        Path spec = rtlSpec(dir);
        Path trace = dir.resolve("trace.txt");
        for (String command : List.of("render", "check", "corpus")) {
            List<String> args = new ArrayList<>(List.of(command, spec.toString()));
            if (command.equals("render")) {
                args.addAll(List.of("-o", dir.resolve("out").toString()));
            }
            String line = "hostname figgen-unresolvable-host-name && exec strace -f -qq -e trace=connect,sendto,sendmsg -o "
                    + trace + " " + shell(java(dir, args.toArray(String[]::new)));
            Ran ran = run(dir, List.of("unshare", "-u", "sh", "-c", line));
            assertTrue(ran.code() <= 1, command + ": " + ran.err());
            String calls = Files.readString(trace);
            assertFalse(calls.contains("AF_INET"), command + " connected or sent over the network:\n" + calls);
            assertFalse(calls.contains("sendto(") || calls.contains("sendmsg("), command + " sent a datagram (a DNS query):\n" + calls);
        }
    }
}
