package io.figgen.scene;

/**
 * The figure's last band: the key message or a note, drawn in {@code style} (a bar, or a caption line).
 * {@code square}: the sketch marks it with an accent square (a leading {@code ■}, or {@code [sq]}), which leads
 * its text as a subtitle's does; {@code rule}: the sketch's {@code [accent line]} asks for a coral rule, which a
 * callout draws down its left edge, a pull quote's bar (a bar is coral already).
 */
public record Footer(Text text, String style, String tag, int line, boolean square, boolean rule) {
    public Footer(Text text, String style, String tag, int line) {
        this(text, style, tag, line, false, false);
    }

    /** The footer with the sketch's marks. */
    public Footer marked(boolean sq, boolean accentLine) {
        return new Footer(text, style, tag, line, sq, accentLine);
    }
}
