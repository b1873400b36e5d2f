package io.figgen.scene.chart;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the words and numbers a chart writes: names to match, values to plot. */
final class Labels {
    /** A number with the units specs write around it: {@code €500+}, {@code <250ms}, {@code 5.63%}, {@code 418x}, {@code 1.2k}. */
    private static final Pattern NUMBER = Pattern.compile(
            "^[~<>≤≥≈+]*\\s*[$€£]?\\s*(-?\\d+(?:[.,]\\d+)?)\\s*([kKmMbB](?![a-zA-Z])|)\\s*(?:%|ms|s|x|×|[a-zA-Z]{0,3})?\\+?$");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Labels() {
    }

    /** The value a tick or value label writes, or NaN when it is no number. */
    static double number(String s) {
        Matcher m = NUMBER.matcher(s.strip());
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        return switch (m.group(2)) {
            case "k", "K" -> v * 1e3;
            case "m", "M" -> v * 1e6;
            case "b", "B" -> v * 1e9;
            default -> v;
        };
    }

    /** Lower-case words only: what names are matched by. */
    static String key(String s) {
        return WORDS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
