package io.figgen.sketch;

import java.util.List;

/**
 * A word written one letter per line, as sketches label a narrow sidebar ({@code S}/{@code I}/{@code D}/...).
 * Shared by the layout, which draws it as the word, and the audit, which counts it as one.
 */
public final class StackedLetters {
    private static final int MIN_LETTERS = 3;

    private StackedLetters() {
    }

    /** The word when every row holds exactly one letter and there are at least three rows, else null. */
    public static String word(List<Row> rows) {
        if (rows.size() < MIN_LETTERS) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            if (r.tokens().size() != 1 || !(r.tokens().get(0) instanceof Token.Text t)
                    || t.text().codePointCount(0, t.text().length()) != 1 || !Character.isLetter(t.text().codePointAt(0))) {
                return null;
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
