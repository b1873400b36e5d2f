package io.figgen.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Install as the README tells it: the self-contained jar from any folder, a symlinked launcher, scripts/install. */
class InstallIT {
    private static final String VERSION = System.getProperty("figgen.version", "0.6.10");
    private static final Path JAR = Shell.ROOT.resolve("target/figgen-" + VERSION + ".jar");

    @Test
    void selfContainedJarRendersFromAnotherFolder(@TempDir Path dir) throws Exception {
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Shell.Result r = Shell.run(elsewhere, Map.of(), List.of("java", "-jar", JAR.toString(), "render", spec.toString(), "-o", "figs"));
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.size(elsewhere.resolve("figs/three-cards.svg")) > 1000);
        assertTrue(Files.size(elsewhere.resolve("figs/three-cards.png")) > 1000);
    }

    @Test
    void selfContainedJarNeedsNoLibFolderAndCarriesTheLicences() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest m = jar.getManifest();
            assertEquals("io.figgen.cli.Main", m.getMainAttributes().getValue("Main-Class"));
            String classPath = m.getMainAttributes().getValue("Class-Path");
            assertTrue(classPath == null || classPath.isBlank(), "no lib/ folder is looked for: " + classPath);
            for (String entry : List.of("org/apache/batik/transcoder/Transcoder.class", "picocli/CommandLine.class",
                    "org/apache/pdfbox/pdmodel/PDDocument.class", "io/figgen/fonts/InstrumentSerif-Regular.ttf",
                    "io/figgen/theme/house.yaml", "META-INF/licenses/THIRD-PARTY.txt", "META-INF/licenses/Apache-2.0.txt",
                    "META-INF/licenses/commonmark-BSD-2-Clause.txt", "META-INF/NOTICE", "io/figgen/fonts/OFL-InstrumentSerif.txt",
                    "io/figgen/fonts/OFL-NotoEmoji.txt")) {
                assertTrue(jar.getEntry(entry) != null, "the jar holds " + entry);
            }
        }
    }

    @Test
    void symlinkedLauncherRunsFromAnyFolder(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // a chain of two links, the second relative, as package managers make them
        Files.createSymbolicLink(dir.resolve("figgen-real"), Shell.ROOT.resolve("figgen"));
        Files.createSymbolicLink(bin.resolve("figgen"), Path.of("../figgen-real"));
        Path spec = TestFigures.fixtureFile("three-cards.md", dir);
        Shell.Result r = Shell.bash(dir, Map.of("PATH", Shell.pathWith(bin)), "figgen render '" + spec + "' -o out");
        assertEquals(0, r.code(), r.all());
        assertFalse(r.all().contains("[ERROR]"), "no Maven error: " + r.all());
        assertTrue(Files.exists(dir.resolve("out/three-cards.png")));
    }

    @Test
    void installScriptPutsFiggenOnThePath(@TempDir Path dir) throws Exception {
        Path prefix = dir.resolve("prefix/bin");
        Shell.Result install = Shell.run(dir, Map.of(), List.of(Shell.ROOT.resolve("scripts/install").toString(), prefix.toString()));
        assertEquals(0, install.code(), install.all());
        assertTrue(install.err().contains("not on your PATH"), "says how to put the prefix on the PATH: " + install.all());
        Shell.Result version = Shell.bash(dir, Map.of("PATH", Shell.pathWith(prefix)), "figgen --version");
        assertEquals(0, version.code(), version.all());
        assertEquals("figgen " + VERSION, version.out().strip());
    }
}
