package io.figgen.sketch;

import java.util.List;

/**
 * The tokens of one grid row inside an area, outside any box the area holds. Line art ({@link Token.Art})
 * is kept apart in {@code art}: it draws nothing as text, and the rest of the reader never sees it.
 */
public record Row(int row, List<Token> tokens, List<Token.Art> art) {
    public Row {
        tokens = List.copyOf(tokens);
        art = List.copyOf(art);
    }

    /** A row of {@code tokens}, line art split off. */
    public Row(int row, List<Token> tokens) {
        this(row, tokens.stream().filter(t -> !(t instanceof Token.Art)).toList(),
                tokens.stream().filter(t -> t instanceof Token.Art).map(t -> (Token.Art) t).toList());
    }

    public boolean isBlank() {
        return tokens.isEmpty();
    }

    /** True when the row holds words (not only lines and arrows). */
    public boolean hasText() {
        return tokens.stream().anyMatch(t -> t instanceof Token.Text);
    }
}
