package io.figgen.spec;

import io.figgen.model.FigureException;
import io.figgen.model.Size;

/**
 * Reads a canvas size written as {@code WIDTH x HEIGHT}: "1200 x 900px (4:3)", "1200x675", "1920 × 1080 px".
 * Anything after the numbers and an optional unit is commentary (the aspect ratio, mostly). Hand-written
 * rather than a regex so that a hostile value costs one linear scan.
 */
final class DimensionsParser {
    static final String EXPECTED = "write WIDTH x HEIGHT in pixels, e.g. '1200 x 900px (4:3)'";
    private static final int MAX_DIGITS = 9;

    private DimensionsParser() {
    }

    /** The size in {@code value}; a FigureException at {@code line} naming {@code what} when it is not one. */
    static Size parse(String value, String what, int line) {
        Size size = tryParse(value);
        if (size == null) {
            throw new FigureException(line, what + " '" + Excerpt.of(value) + "' is not a size: " + EXPECTED);
        }
        return size;
    }

    /**
     * The canvas an Aspect Ratio row asks for ("16:9", "16:10", "3:4 (portrait, for print)"), or null when the
     * value is no ratio: the family draws its wide figures 1920 px wide (16:9 at 1920 x 1080, as their YAML
     * canvases say) and its tall ones 1440 px tall (3:4 at 1080 x 1440).
     */
    static Size fromRatio(String value) {
        Cursor c = new Cursor(value == null ? "" : value.strip());
        int w = c.number();
        c.spaces();
        if (w <= 0 || !c.colon()) {
            return null;
        }
        c.spaces();
        int h = c.number();
        if (h <= 0 || !c.atCommentary() || w > 100 * h || h > 100 * w) {
            return null;
        }
        return w >= h ? new Size(1920, (int) Math.round(1920.0 * h / w)) : new Size((int) Math.round(1440.0 * w / h), 1440);
    }

    /** The size in {@code value}, or null. Widths and heights must be positive; upper limits are not ours. */
    static Size tryParse(String value) {
        Cursor c = new Cursor(value == null ? "" : value.strip());
        int w = c.number();
        c.spaces();
        if (w <= 0 || !c.separator()) {
            return null;
        }
        c.spaces();
        int h = c.number();
        if (h <= 0) {
            return null;
        }
        c.spaces();
        if (!c.word("pixels")) {
            c.word("px");
        }
        return c.atCommentary() ? new Size(w, h) : null;
    }

    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        /** A run of ASCII digits, or -1 when absent or too long to be a pixel count. */
        int number() {
            int start = i;
            long n = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start >= MAX_DIGITS) {
                    return -1;
                }
                n = n * 10 + (s.charAt(i) - '0');
                i++;
            }
            return i == start ? -1 : (int) n;
        }

        void spaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        boolean separator() {
            if (i < s.length() && "xX×*✕".indexOf(s.charAt(i)) >= 0) {
                i++;
                return true;
            }
            return false;
        }

        boolean colon() {
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                return true;
            }
            return false;
        }

        boolean word(String w) {
            if (s.regionMatches(true, i, w, 0, w.length())) {
                i += w.length();
                return true;
            }
            return false;
        }

        /** At the end, or at something that cannot continue a number or a unit, such as "(4:3)". */
        boolean atCommentary() {
            spaces();
            return i == s.length() || !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '.';
        }
    }
}
