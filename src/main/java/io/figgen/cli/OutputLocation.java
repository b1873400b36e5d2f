package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a spec's outputs go: the {@code -o} folder, or with {@code --to-location} the folder its Location field
 * names, relative to the repository root (the nearest folder above the spec holding {@code .git}). A Location
 * that is not a plain relative folder path, or that would leave the repository, is refused.
 */
final class OutputLocation {
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*/?");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private OutputLocation() {
    }

    static Path folder(Path specFile, Spec spec, Path output, boolean toLocation) {
        if (!toLocation) {
            return output;
        }
        String location = spec.metadata().location().strip();
        int line = spec.metadata().fieldLine("Location");
        if (location.isEmpty()) {
            throw new FigureException(line, "--to-location needs a Location row in the Metadata table, and it is missing: "
                    + "add | **Location** | docs/planning/ | or use -o DIR");
        }
        if (!FOLDER.matcher(location).matches()) {
            throw new FigureException(line, "Location '" + location + "' is not a relative folder path (like docs/planning/): "
                    + "fix the Metadata Location or use -o DIR");
        }
        Path root = RealPath.of(repositoryRoot(specFile, line));
        // compared as real paths: a Location through a linked folder that leads outside is outside
        Path target = RealPath.of(root.resolve(location));
        if (!target.startsWith(root)) {
            throw new FigureException(line, "Location '" + location + "' leaves the repository at " + root
                    + ": keep it inside or use -o DIR");
        }
        return target;
    }

    /** Never the working folder as a fallback: a figure written where the user happens to stand is lost in CI. */
    static Path repositoryRoot(Path specFile, int line) {
        Path dir = specFile.toAbsolutePath().normalize().getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        throw new FigureException(line, "--to-location writes relative to the repository root, and no folder above the spec "
                + "holds .git: run it on a spec inside a git checkout, or use -o DIR");
    }

    /**
     * An output base name that cannot leave its folder or hide in it: every character but letters, digits,
     * '.', '_' and '-' becomes '_' (so a name of spaces is underscores), leading dots become one '_' (so
     * ".." and "..." are "_"), and an empty name is "figure". The README states this rule.
     */
    static String safeName(String base) {
        String s = UNSAFE.matcher(base).replaceAll("_").replaceAll("^\\.+", "_");
        return s.isEmpty() ? "figure" : s;
    }
}
