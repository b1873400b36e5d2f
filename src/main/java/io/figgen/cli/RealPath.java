package io.figgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads, links resolved, even when its last parts do not exist yet (an output folder
 * about to be created). Containment is decided on these: {@code docs/x} is outside the repository when
 * {@code docs} is a link to {@code /etc}, however clean the path reads.
 */
final class RealPath {
    private RealPath() {
    }

    /** The deepest existing ancestor with its links resolved, and the rest of the path appended as written. */
    static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            return real.resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            // a dangling link or a loop: the path as written, which the write itself then refuses
            return absolute;
        }
    }

    /** The path of {@code file} with its folder's links resolved but not its own name's, which a move replaces. */
    static Path placed(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null ? absolute : of(parent).resolve(absolute.getFileName());
    }
}
