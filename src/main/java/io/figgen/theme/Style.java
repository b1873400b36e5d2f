package io.figgen.theme;

/**
 * How a kind of element is drawn. Colours are resolved {@code #rrggbb} values, or null for none;
 * {@code dash} is null for solid strokes.
 */
public record Style(String name, String kind, String fill, String stroke, double strokeWidth, double[] dash,
                    String accent, String text, String title, String badge) {
}
