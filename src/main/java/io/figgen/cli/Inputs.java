package io.figgen.cli;

import io.figgen.model.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line's spec paths: a folder stands for the {@code *.md} files directly in it (or, recursively,
 * in its subfolders too), sorted; {@code -} stands for standard input. A folder with no spec is an error, so a
 * mistyped folder in CI never passes silently.
 */
final class Inputs {
    /** How standard input is named on the command line. */
    static final Path STDIN = Path.of("-");
    /** How standard input is named in messages and outputs. */
    static final String STDIN_NAME = "stdin";

    /** A folder holds no spec: the message is the whole error line after the command name. */
    static final class NoSpecs extends IOException {
        NoSpecs(Path dir, boolean recursive) {
            super("no *.md specs in " + dir + (recursive ? " or its subfolders" : "")
                    + ": give spec files or a folder holding them" + (recursive ? "" : " (-r to look in subfolders)"));
        }
    }

    private Inputs() {
    }

    static List<Path> expand(List<Path> args) throws IOException {
        return expand(args, false);
    }

    static List<Path> expand(List<Path> args, boolean recursive) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                int before = out.size();
                try (Stream<Path> s = recursive ? Files.walk(p) : Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).sorted().forEach(out::add);
                }
                if (out.size() == before) {
                    throw new NoSpecs(p, recursive);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isStdin(Path p) {
        return p.equals(STDIN);
    }

    /** The name messages and output files use for a spec. */
    static String name(Path p) {
        return isStdin(p) ? STDIN_NAME : p.toString();
    }

    /**
     * A spec's bytes, from its file or from standard input, never more than {@link Limits#MAX_SPEC_BYTES}: a file
     * is read only when it is a regular file ({@link InputFile}), and anything wrong with it is a
     * {@link io.figgen.model.FigureException} at line 0.
     */
    static byte[] read(Path p, InputStream stdin) throws IOException {
        if (!isStdin(p)) {
            return InputFile.read(p, Limits.MAX_SPEC_BYTES);
        }
        byte[] bytes = stdin.readNBytes((int) Limits.MAX_SPEC_BYTES + 1);
        if (bytes.length > Limits.MAX_SPEC_BYTES) {
            throw new io.figgen.model.FigureException(0, "larger than the limit of " + Limits.MAX_SPEC_BYTES
                    + " bytes: split it or check the path");
        }
        return bytes;
    }

    /** Fails with {@link NoSuchFileException} on the first path that names nothing. */
    static void requireExisting(List<Path> paths) throws NoSuchFileException {
        for (Path p : paths) {
            if (!isStdin(p) && !Files.exists(p)) {
                throw new NoSuchFileException(p.toString());
            }
        }
    }
}
