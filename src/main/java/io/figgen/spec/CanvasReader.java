package io.figgen.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.figgen.model.FigureException;
import io.figgen.model.Size;

/**
 * The canvas size in the template dialect's YAML: {@code canvas: {width: 1920, height: 1080}} (block or flow
 * style), {@code canvas: [1920, 1080]} or {@code canvas: "1920x1080"}. A canvas without a size is not an
 * error; one whose size is not a pair of positive whole numbers is.
 */
final class CanvasReader {

    record SizeAt(Size size, int line) {
    }

    private static final String EXPECTED = "give the canvas width and height as positive whole pixels, e.g."
            + " 'canvas: {width: 1920, height: 1080}'";

    private CanvasReader() {
    }

    static Optional<SizeAt> read(AnchorsLoader.Anchors anchors) {
        Object canvas = anchors.map().get("canvas");
        if (canvas == null) {
            return Optional.empty();
        }
        int line = keyLine(anchors);
        if (canvas instanceof Map<?, ?> m) {
            Object w = first(m, "width", "w");
            Object h = first(m, "height", "h");
            if (w == null && h == null) {
                Object size = first(m, "size", "dimensions");
                return size == null ? Optional.empty() : Optional.of(new SizeAt(pair(size, line), line));
            }
            return Optional.of(new SizeAt(new Size(pixels(w, line), pixels(h, line)), line));
        }
        return Optional.of(new SizeAt(pair(canvas, line), line));
    }

    private static Size pair(Object value, int line) {
        if (value instanceof List<?> list) {
            if (list.size() != 2) {
                throw new FigureException(line, "canvas size must be a [width, height] pair: " + EXPECTED);
            }
            return new Size(pixels(list.get(0), line), pixels(list.get(1), line));
        }
        if (value instanceof String s) {
            return DimensionsParser.parse(s, "canvas size", line);
        }
        throw new FigureException(line, "canvas size not understood: " + EXPECTED);
    }

    private static Object first(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) != null) {
                return m.get(k);
            }
        }
        return null;
    }

    private static int pixels(Object v, int line) {
        BigDecimal d = null;
        if (v instanceof Integer || v instanceof Long) {
            d = BigDecimal.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else if (v instanceof Double x && Double.isFinite(x)) {
            d = BigDecimal.valueOf(x);
        } else if (v instanceof String s) {
            d = decimal(s);
        }
        if (d == null || d.signum() <= 0 || d.stripTrailingZeros().scale() > 0
                || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new FigureException(line, "canvas width/height '" + Excerpt.of(String.valueOf(v))
                    + "' is not a pixel count: " + EXPECTED);
        }
        return d.intValueExact();
    }

    /** A quoted number such as "1920" or "1920px"; null for anything else, and for absurdly long strings. */
    private static BigDecimal decimal(String s) {
        String t = s.strip();
        if (t.regionMatches(true, Math.max(0, t.length() - 2), "px", 0, 2)) {
            t = t.substring(0, t.length() - 2).strip();
        }
        if (t.isEmpty() || t.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The spec line of the top-level {@code canvas:} key; the loaded map no longer knows where it came from. */
    private static int keyLine(AnchorsLoader.Anchors anchors) {
        String[] lines = anchors.yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("canvas:") || lines[i].startsWith("\"canvas\":")
                    || lines[i].startsWith("'canvas':")) {
                return anchors.line() + i;
            }
        }
        return anchors.line();
    }
}
