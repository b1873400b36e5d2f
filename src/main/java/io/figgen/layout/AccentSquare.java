package io.figgen.layout;

/**
 * The house's coral square as punctuation leading a line (a subtitle's, a key message's): sized to the line's
 * type, centred on its first line, the text indented past it. One measure for every line it leads, so the
 * squares of a figure match.
 */
final class AccentSquare {
    private AccentSquare() {
    }

    static double size(TextStyle s) {
        return Ctx.round(s.size() * 0.55);
    }

    /** How far the text it leads starts right of the square's left edge. */
    static double indent(TextStyle s) {
        return size(s) * 1.9;
    }

    /** Draws the square at {@code x}, level with the middle of the line whose top is {@code top}. */
    static void draw(Canvas out, double x, double top, double lineHeight, TextStyle s, String color) {
        double sq = size(s);
        out.rect(x, top + (lineHeight - sq) / 2, sq, sq, color, null, 0, null);
    }
}
