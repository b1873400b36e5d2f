package io.figgen.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes outputs so that a reader never sees half a file: bytes go to a temporary file beside the target,
 * which is then moved over it in one step. A failed or killed render leaves the previous output intact.
 */
final class OutputWriter {
    private OutputWriter() {
    }

    /** Deletes temp files that a killed figgen left behind; those of running processes are theirs. */
    private static void sweep(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).forEach(f -> {
                String rest = f.getFileName().toString().substring(TEMP_PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash > 0 ? rest.substring(0, dash) : rest);
                    if (ProcessHandle.of(pid).isEmpty()) {
                        Files.deleteIfExists(f);
                    }
                } catch (NumberFormatException | IOException ignored) {
                    // not ours, or already gone
                }
            });
        } catch (IOException ignored) {
            // an unreadable folder fails the write itself, with a clear message
        }
    }

    /** Temp files are created private; a figure is meant to be read by the docs build and the web server. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static final String TEMP_PREFIX = ".figgen-tmp-";

    static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // every write sweeps, not once per process: a long-lived process (preview, tests calling Main in-process)
        // must still clean up after a render that was killed after it first looked at the folder
        sweep(dir);
        // the process id in the name tells a later run which leftovers belong to a process that is gone
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + ProcessHandle.current().pid() + "-", ".part");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
