package io.figgen.layout;

import io.figgen.model.FontFace;
import io.figgen.theme.Spacing;
import io.figgen.theme.Theme;
import io.figgen.theme.TypeRole;

/**
 * What blocks lay themselves out with: the theme, the text measurer and the scale. {@code scale} multiplies
 * every type size and spacing token; type never goes below the theme's minimum at this canvas width.
 */
final class Ctx {
    final Theme theme;
    final TextMeasurer measurer;
    final double scale;
    final double minFont;
    /** Multiplies gaps and padding; below 1 only when content does not fit even at the smallest type. */
    final double spacing;

    /** {@code widthScale} is the canvas width over 1200: the minimum type size is set at 1200 px wide. */
    Ctx(Theme theme, TextMeasurer measurer, double canvasScale, double widthScale, double fit, double spacing) {
        this.theme = theme;
        this.measurer = measurer;
        this.scale = canvasScale * fit;
        this.minFont = theme.spacing().minFont() * widthScale;
        this.spacing = spacing;
    }

    TextStyle style(String role) {
        TypeRole r = theme.role(role);
        double size = Math.max(minFont, round(r.size() * scale));
        return new TextStyle(role, r.face(), size, r.color(), round(r.tracking() * size));
    }

    Spacing spacing() {
        return theme.spacing();
    }

    /**
     * The share of the theme's spacing the page keeps, at most 1: lengths that are room rather than content (a
     * bar row's gap, a connector's run) shrink with it, so a dense figure gives them up before its type.
     */
    double roomy() {
        return Math.min(1, spacing);
    }

    double gap() {
        return theme.spacing().gap() * scale * spacing;
    }

    double pad() {
        return theme.spacing().padding() * scale * spacing;
    }

    double itemGap() {
        return theme.spacing().itemGap() * scale * spacing;
    }

    /**
     * Leading gives way with spacing (0.25 of the line per unit of spacing lost), since a dense figure's line
     * gaps are room like its padding; but never below the tallest house face's ascent plus descent at the
     * size, so a line's text boxes never reach into the next line's, whatever mix of faces it holds.
     */
    double lineHeight(TextStyle s) {
        double lh = theme.spacing().lineHeight();
        if (spacing < 1) {
            lh = Math.max(tallestExtent(s.size()) / s.size(), lh - LEADING_GIVE * (1 - spacing));
        }
        return round(s.size() * lh);
    }

    private static final double LEADING_GIVE = 0.25;
    private static final FontFace[] HOUSE_FACES = {FontFace.SERIF, FontFace.SANS, FontFace.MONO};

    private double tallestExtent(double size) {
        double e = 0;
        for (FontFace f : HOUSE_FACES) {
            e = Math.max(e, measurer.ascent(f, size) + measurer.descent(f, size));
        }
        return ceil(e);
    }

    double width(String text, TextStyle s) {
        return measurer.width(text, s.face(), s.size(), s.letterSpacing());
    }

    String color(String token) {
        return theme.color(token);
    }

    /** Quarter-pixel grid: keeps coordinates short in the SVG and identical across runs. */
    static double round(double v) {
        return Math.round(v * 4) / 4.0;
    }

    /** Rounds up to the quarter-pixel grid, for widths that must still hold what was measured. */
    static double ceil(double v) {
        return Math.ceil(v * 4 - 1e-9) / 4.0;
    }
}
