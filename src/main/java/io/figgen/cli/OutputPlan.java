package io.figgen.cli;

import io.figgen.model.FigureException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which spec writes which outputs in one run, decided before anything is written: two specs whose outputs
 * would share a name ({@code a/x.md} and {@code b/x.md} into one folder, or {@code a b.md} and {@code a_b.md})
 * would silently overwrite each other while the summary counted both, so every spec after the first that
 * claims a name fails, naming the first. Outputs are also never allowed to replace an input (a spec or the theme).
 */
final class OutputPlan {
    private final Map<Path, String> clashes = new HashMap<>();
    private final Set<Path> inputs = new HashSet<>();

    /**
     * @param outputsOf each spec's output path without extension, or null when it cannot be known yet (a spec
     *                  that does not parse fails on its own)
     */
    OutputPlan(List<Path> specs, Path theme, Function<Path, Path> outputsOf) {
        Map<Path, Path> claimed = new HashMap<>();
        for (Path spec : specs) {
            inputs.add(RealPath.of(spec));
            Path out = outputsOf.apply(spec);
            if (out == null) {
                continue;
            }
            Path first = claimed.putIfAbsent(RealPath.placed(out), spec);
            if (first != null) {
                clashes.put(spec, "its outputs " + out + ".* would overwrite those of " + first
                        + ", rendered in the same run: rename one of the two specs or render them into different folders");
            }
        }
        if (theme != null) {
            inputs.add(RealPath.of(theme));
        }
    }

    /** Why {@code spec} may not write its outputs in this run, or null when it may. */
    String clash(Path spec) {
        return clashes.get(spec);
    }

    /** Refuses an output path that is one of the run's inputs: writing it would destroy the input. */
    void requireNotAnInput(Path output) {
        if (inputs.contains(RealPath.placed(output))) {
            throw new FigureException(0, "the output " + output + " would replace an input of this run: choose another -o folder");
        }
    }
}
