package io.figgen.theme;

import io.figgen.model.FigureException;

/**
 * Text handed to a theme's regular expression with a budget of character reads proportional to its length, so
 * a pattern that backtracks catastrophically ({@code (a+)+$}) ends in an error instead of hanging the render.
 * java.util.regex reads its input only through {@code charAt}, so counting those reads bounds its work.
 */
public final class BoundedText implements CharSequence {
    /** Reads allowed per character of input: house patterns need a handful; a runaway one needs millions. */
    private static final long READS_PER_CHAR = 2_000;
    private final String text;
    private final String pattern;
    private final long[] left;

    private BoundedText(String text, String pattern, long[] left) {
        this.text = text;
        this.pattern = pattern;
        this.left = left;
    }

    /** {@code text} for matching by the theme pattern {@code pattern} (named in the error). */
    public static BoundedText of(String text, String pattern) {
        return new BoundedText(text, pattern, new long[] {READS_PER_CHAR * (text.length() + 16)});
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new FigureException(0, "the theme's pattern '" + pattern + "' takes too long to match (it backtracks "
                    + "without bound): simplify it, e.g. to a list of words separated by |");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), pattern, left);
    }

    @Override
    public String toString() {
        return text;
    }
}
