package io.figgen.spec;

/**
 * The spec text with line endings normalised, split into lines. Commonmark's line indexes are only
 * meaningful against exactly the text it parsed, so every reader takes raw lines from here.
 */
final class SourceText {
    private final String text;
    private final String[] lines;

    private SourceText(String text) {
        this.text = text;
        this.lines = text.split("\n", -1);
    }

    static SourceText of(String raw) {
        String s = raw == null ? "" : raw;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.indexOf('\r') < 0 && s.indexOf('\0') < 0) {
            return new SourceText(s);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                // A lone CR ends a line for commonmark too; keeping it would shift our line numbers.
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\0') {
                // Commonmark replaces NUL on its own; doing it here keeps raw lines and the tree identical.
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return new SourceText(b.toString());
    }

    String text() {
        return text;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    int lineCount() {
        return lines.length;
    }

    /** The line with 1-based number {@code number}, or "" outside the text. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
