package io.figgen.scene;

import io.figgen.sketch.Sketch;

import java.util.regex.Pattern;

/**
 * The decorations the sketch puts on its last band: a square leading the key message ({@code ■ Most papers
 * never cross...}) or a {@code [sq]} placeholder, and an {@code [accent line]}. The text reader sets them
 * aside as no words; the house draws them (DESIGN.md: placeholders are decorations to draw, not text).
 */
final class FooterMarks {
    /** The sketch's placeholder for the accent square ({@code [sq]}, {@code [coral sq]}), on the title's line or the footer's. */
    static final Pattern SQUARE = Pattern.compile("(?i).*\\[(?:coral )?sq\\].*");
    private static final Pattern LEAD = Pattern.compile("^[|│]?\\s*[\u25a0\u25aa]\\s.*");
    private static final Pattern RULE = Pattern.compile("(?i).*\\[(?:coral )?accent[ _-]?line\\].*");
    /** A band's edge: a frame or separator row, all rule characters. */
    private static final Pattern EDGE = Pattern.compile("^[+|├└┌╞╘]?\\s*[-─═+┼┴┬][-─═+┼┴┬\\s]*[+|┤┘┐╡╛]?$");

    private FooterMarks() {
    }

    /** The footer with the marks its band's rows carry, from its first line to the band's edge. */
    static Footer mark(Footer footer, Sketch sketch) {
        if (footer == null) {
            return null;
        }
        int first = footer.line() - sketch.firstLine();
        boolean square = false;
        boolean rule = false;
        for (int row = Math.max(0, first); row < sketch.grid().height(); row++) {
            String text = sketch.grid().text(row, 0, Math.max(0, sketch.grid().rowLength(row) - 1)).strip();
            if (row > first && EDGE.matcher(text).matches()) {
                break;
            }
            square |= SQUARE.matcher(text).matches() || row == first && LEAD.matcher(text).matches();
            rule |= RULE.matcher(text).matches();
        }
        return square || rule ? footer.marked(square, rule) : footer;
    }
}
