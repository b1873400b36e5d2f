package io.figgen.model;

/**
 * A problem with the user's input, located at a spec line. Its message is written for the user:
 * what is wrong and what to do. The CLI prints it as {@code file:line: message}.
 */
public class FigureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public FigureException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based spec line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
