package io.figgen.sketch;

import java.util.List;

/**
 * A sketch read into structure. {@code framed} is false when no outer frame was found, in which case the
 * single band covers the whole drawing. {@code frameLeft/frameRight} are the frame's columns (for proportions).
 */
public record Sketch(Grid grid, int firstLine, boolean framed, int frameLeft, int frameRight, List<Band> bands) {
    public Sketch {
        bands = List.copyOf(bands);
    }

    /** The spec line of a grid row. */
    public int specLine(int row) {
        return firstLine + row;
    }

    public int frameWidth() {
        return frameRight - frameLeft + 1;
    }
}
