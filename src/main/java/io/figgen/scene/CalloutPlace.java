package io.figgen.scene;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Callout Boxes row's Position cell asks for its callout, read as a place on the page: the top right
 * (beside the title), the page's right, its foot, beside a named box ("right of CMO node"), or nowhere in
 * particular. The dialects write it freely ("Top-right corner", "top-right margin", "bottom-full-width",
 * "footer bar", "right of CMO node"), so it is read by its words. {@code near} is the named box's words and
 * {@code right} whether the callout stands right of it, for {@link Kind#BESIDE} only.
 */
public record CalloutPlace(Kind kind, String near, boolean right) {
    public enum Kind { TOP_RIGHT, RIGHT, FOOT, BESIDE, ANY }

    private static final Pattern BESIDE = Pattern.compile("^(right|left) of (?:the )?(.+?)(?: node| box| card| panel)?$");

    public static CalloutPlace of(String position) {
        String p = position.toLowerCase(Locale.ROOT).strip();
        Matcher m = BESIDE.matcher(p);
        if (m.find()) {
            return new CalloutPlace(Kind.BESIDE, m.group(2).strip(), m.group(1).equals("right"));
        }
        boolean top = p.matches(".*\\b(?:top|upper)\\b.*");
        boolean right = p.matches(".*\\bright\\b.*");
        if (top && right) {
            return new CalloutPlace(Kind.TOP_RIGHT, "", false);
        }
        if (p.matches(".*\\b(?:bottom|footer|foot|lower)\\b.*")) {
            return new CalloutPlace(Kind.FOOT, "", false);
        }
        return new CalloutPlace(right ? Kind.RIGHT : Kind.ANY, "", false);
    }

    /** {@link #besideTitle} of a callout the spec puts at the top right: the place beside the title is its own. */
    public static final int TOP_RIGHT_SCORE = 3;

    /** How well the place beside the title suits the callout: higher is better, below 0 never. */
    public int besideTitle() {
        return switch (kind) {
            case TOP_RIGHT -> TOP_RIGHT_SCORE;
            case RIGHT -> 2;
            case ANY -> 1;
            case BESIDE -> 0;
            case FOOT -> -1;
        };
    }
}
