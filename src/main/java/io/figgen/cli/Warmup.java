package io.figgen.cli;

import io.figgen.render.PngRasterizer;
import io.figgen.theme.ThemeLoader;

import java.util.Arrays;
import java.util.List;

/**
 * Start-up work for {@code figgen render} done on a second core while the first builds the command line, parses
 * the spec and lays it out: reading the house theme, and loading the PNG stage (docs/benchmarks.md measures
 * what it buys). Started before picocli has read the arguments, so it only peeks at them; a wrong guess costs
 * some spare CPU time, never a different result. {@code -Dfiggen.warmup=false} turns it off, for benchmarks.
 */
final class Warmup {
    private static final List<String> NOTHING_TO_DRAW = List.of("--check", "-h", "--help", "-V", "--version");

    private Warmup() {
    }

    static void startFor(String[] args) {
        boolean off = "false".equals(System.getProperty("figgen.warmup"));
        if (off || args.length < 2 || !args[0].equals("render") || Arrays.stream(args).anyMatch(NOTHING_TO_DRAW::contains)) {
            return;
        }
        boolean png = wantsPng(args);
        Thread thread = new Thread(() -> {
            try {
                ThemeLoader.house();
                if (png) {
                    PngRasterizer.warmUp();
                }
            } catch (Exception | LinkageError | VirtualMachineError e) {
                // nothing to report here: the render itself meets the same problem (a font that cannot load, a
                // heap too small) and reports it properly; an uncaught one would print a stack trace
            }
        }, "figgen-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** PNG is the default; only a --format without png turns it off. */
    private static boolean wantsPng(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String value = args[i].startsWith("--format=") ? args[i].substring("--format=".length())
                    : args[i].equals("--format") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && !value.contains("png")) {
                return false;
            }
        }
        return true;
    }
}
