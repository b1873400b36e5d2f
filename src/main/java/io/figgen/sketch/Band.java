package io.figgen.sketch;

import java.util.List;

/**
 * A horizontal band of the frame, between full-width separators. A band split by vertical dividers
 * ({@code +----+----+}) has one area per panel, left to right.
 */
public record Band(int top, int bottom, List<Area> panels) {
    public Band {
        panels = List.copyOf(panels);
    }
}
