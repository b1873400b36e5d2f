package io.figgen.theme;

/** Spacing tokens in pixels at a 1200 px wide canvas. */
public record Spacing(double marginX, double marginTop, double marginBottom, double gap, double padding,
                      double lineHeight, double itemGap, double minFont) {
}
