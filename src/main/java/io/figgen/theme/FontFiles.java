package io.figgen.theme;

import io.figgen.model.FontFace;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled TTFs as files AWT can open in place, and the JDK's font set-up kept off the host.
 * <p>
 * {@code Font.createFont(int, InputStream)} copies every font to a {@code +~JF*.tmp} file in the system temp
 * folder, which a killed run never removes. So AWT is given files: the class path's own when figgen runs from
 * classes, otherwise copies in a folder of this run ({@code figgen-fonts-PID} in the temp folder) that is
 * removed at exit and, after a kill, by the next run, which sees that the process is gone.
 * <p>
 * On Linux, without a font configuration file of its own the JDK asks fontconfig for the host's fonts and
 * caches the answer in {@code ~/.java/fonts}, naming the cache after {@code InetAddress.getLocalHost()}: a
 * name-service lookup on every cold run, which hangs or fails on a host whose name does not resolve. Handing
 * it a configuration (system property {@code sun.awt.fontconfig}) whose every logical font is a bundled face
 * skips all of that: no lookup, no cache, no host font anywhere.
 */
final class FontFiles {
    private static final String PREFIX = "figgen-fonts-";
    private static final Map<FontFace, File> FILES = new EnumMap<>(FontFace.class);
    private static Path runFolder;

    private FontFiles() {
    }

    /** Before the first font is made: later, the JDK has already read its font configuration. */
    static synchronized void isolateFromHost() {
        if (System.getProperty("sun.awt.fontconfig") != null) {
            return;
        }
        String sans = file(FontFace.SANS).getAbsolutePath();
        StringBuilder config = new StringBuilder("# figgen: every logical font is a bundled face; no host font is used\n")
                .append("version=1\nsequence.allfonts=latin-1\n");
        for (String family : new String[] {"serif", "sansserif", "monospaced", "dialog", "dialoginput"}) {
            for (String style : new String[] {"plain", "bold", "italic", "bolditalic"}) {
                config.append(family).append('.').append(style).append(".latin-1=figgen-bundled\n");
            }
        }
        config.append("filename.figgen-bundled=").append(sans.replace("\\", "/")).append('\n');
        Path properties = folder().resolve("fontconfig.properties");
        write(properties.toFile(), config.toString().getBytes(StandardCharsets.ISO_8859_1));
        System.setProperty("sun.awt.fontconfig", properties.toString());
    }

    /** The face's TTF as a file. */
    static synchronized File file(FontFace face) {
        return FILES.computeIfAbsent(face, FontFiles::locate);
    }

    private static File locate(FontFace face) {
        URL url = FontFiles.class.getClassLoader().getResource(face.resource());
        if (url == null) {
            throw new IllegalStateException("bundled font missing from the jar: " + face.resource());
        }
        if (url.getProtocol().equals("file")) {
            try {
                return new File(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a plain file after all: copy it like a font inside a jar
            }
        }
        File copy = folder().resolve(face.resource().substring(face.resource().lastIndexOf('/') + 1)).toFile();
        copy.deleteOnExit();
        write(copy, FontLibrary.bytes(face));
        return copy;
    }

    /** This run's folder, made on first use; the folders of runs that were killed are removed first. */
    private static Path folder() {
        if (runFolder == null) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            sweep(temp);
            Path dir = temp.resolve(PREFIX + ProcessHandle.current().pid());
            try {
                deleteTree(dir); // a dead run's folder under a reused process id
                Files.createDirectory(dir); // not its parents: a mistyped java.io.tmpdir is an error, not a new folder
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the bundled fonts in " + temp + " (" + e.getMessage()
                        + "): make the temporary folder writable or set java.io.tmpdir", e);
            }
            dir.toFile().deleteOnExit(); // registered first, so it is deleted after the files in it
            dir.resolve("fontconfig.properties").toFile().deleteOnExit();
            runFolder = dir;
        }
        return runFolder;
    }

    private static void sweep(Path temp) {
        try (Stream<Path> entries = Files.list(temp)) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(p -> {
                try {
                    long pid = Long.parseLong(p.getFileName().toString().substring(PREFIX.length()));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        deleteTree(p);
                    }
                } catch (NumberFormatException | IOException ignored) {
                    // not ours, or another run removed it first
                }
            });
        } catch (IOException ignored) {
            // an unreadable temp folder fails the copy itself, with a clear message
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void write(File file, byte[] bytes) {
        try (OutputStream out = new FileOutputStream(file)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the bundled fonts in " + file.getParent() + " (" + e.getMessage()
                    + "): make the temporary folder writable or set java.io.tmpdir", e);
        }
    }
}
