package io.figgen.sketch;

import java.util.List;

/** The tokens of one grid row inside an area, outside any box the area holds. */
public record Row(int row, List<Token> tokens) {
    public Row {
        tokens = List.copyOf(tokens);
    }

    public boolean isBlank() {
        return tokens.isEmpty();
    }

    /** True when the row holds words (not only lines and arrows). */
    public boolean hasText() {
        return tokens.stream().anyMatch(t -> t instanceof Token.Text);
    }
}
