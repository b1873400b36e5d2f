package io.figgen.sketch;

/**
 * One thing on a sketch row, with the cells it spans ({@code col} to {@code end}, inclusive). Rows are read
 * into tokens once, so later stages reason about words, arrows and rules rather than characters.
 */
public sealed interface Token {
    int col();

    int end();

    /** A run of words; runs are separated by two or more spaces, so aligned columns stay apart. */
    record Text(int col, int end, String text) implements Token {
    }

    /** An arrow; {@code label} is the text written inside its shaft, or empty. */
    record Arrow(int col, int end, Direction direction, String label) implements Token {
    }

    /** A horizontal rule or underline drawn with {@code ─ ═ ━ -}. */
    record Rule(int col, int end, int glyph) implements Token {
    }

    /** A vertical connector cell ({@code │ ▼ ▲ v ^}); {@code head} is the arrowhead's direction or null. */
    /** {@code dashed}: drawn in a dotted or dashed glyph ({@code ┊ ╎ ┆}), a zone's edge rather than a solid line. */
    record VLine(int col, int end, Direction head, boolean dashed) implements Token {
        public VLine(int col, int end, Direction head) {
            this(col, end, head, false);
        }
    }

    /** A run of block characters ({@code █▓▒░}), as used for bars and heat cells. */
    record Bar(int col, int end, String cells) implements Token {
    }

    /**
     * Line art the sketch draws with characters that are not words: {@code / \ | +--+ ~~~}, a {@code [____]}
     * placeholder. Never drawn as text; kept so that what is left out can be reported.
     */
    record Art(int col, int end, String text) implements Token {
    }

    enum Direction { LEFT, RIGHT, BOTH, UP, DOWN }
}
