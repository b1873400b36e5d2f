package io.figgen.cli;

import io.figgen.model.FigureException;

import java.io.PrintWriter;

/** Prints problems the way compilers do, {@code file:line: message}, one line each, never a stack trace. */
final class Problems {
    private Problems() {
    }

    static void report(PrintWriter err, String file, FigureException e) {
        err.println(e.line() > 0 ? file + ":" + e.line() + ": " + e.getMessage() : file + ": " + e.getMessage());
        err.flush();
    }

    static void report(PrintWriter err, String file, String message) {
        err.println(file + ": " + oneLine(message));
        err.flush();
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
