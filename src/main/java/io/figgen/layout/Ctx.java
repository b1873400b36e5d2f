package io.figgen.layout;

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

    double lineHeight(TextStyle s) {
        return round(s.size() * theme.spacing().lineHeight());
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
