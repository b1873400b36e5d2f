package io.figgen.cli;

/**
 * What to tell the user when one figure exhausted memory or the stack. Such an Error ends that figure only:
 * its stack unwinds and its memory is freed, so the batch renders the other specs and prints its summary.
 */
final class Exhaustion {
    private Exhaustion() {
    }

    static String message(Throwable t) {
        return t instanceof StackOverflowError
                ? "this spec nests too deeply to lay out (the stack ran out): simplify its sketch or Markdown"
                : "this figure needs more memory than figgen has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB): simplify or split the figure, or give Java more memory";
    }
}
