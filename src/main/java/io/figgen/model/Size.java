package io.figgen.model;

/** A canvas size in CSS pixels. */
public record Size(int width, int height) {
    public static final Size DEFAULT = new Size(1200, 900);

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
