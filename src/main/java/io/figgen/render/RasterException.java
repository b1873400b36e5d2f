package io.figgen.render;

import java.util.stream.Collectors;

/** A figure could not be rasterised; the message is one user-readable line. */
public final class RasterException extends Exception {
    private static final long serialVersionUID = 1L;

    public RasterException(String message) {
        super(oneLine(message));
    }

    public RasterException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * Batik's messages span lines, lead with a useless "uri:-1" position and sometimes quote a whole style
     * sheet; users get the meaningful lines joined, capped in length.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "rasterising failed";
        }
        String line = message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("null") && !l.equals("Enclosed Exception:"))
                .filter(l -> !l.matches("\\S*:/\\S*:-?\\d*"))
                .collect(Collectors.joining(" "));
        if (line.isEmpty()) {
            line = message.strip().replaceAll("\\s+", " ");
        }
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
