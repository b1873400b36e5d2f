package io.figgen.sketch;

import java.util.List;

/**
 * A region of the sketch: a band, a panel or a box interior. It holds the boxes found directly inside it and
 * the rows of whatever lies outside those boxes, both in reading order. {@code left} and {@code right} are
 * the interior's outer columns (rows may be ragged within them).
 */
public record Area(int top, int bottom, int left, int right, List<Box> boxes, List<Row> rows) {
    public Area {
        boxes = List.copyOf(boxes);
        rows = List.copyOf(rows);
    }

    public int width() {
        return right - left + 1;
    }

    /** Whether a box of the area starts in its right half: a note standing beside what fills the left. */
    public boolean besideRight(Box b) {
        return b.left() > left + (right - left) / 2;
    }

    public boolean isEmpty() {
        return boxes.isEmpty() && rows.stream().allMatch(Row::isBlank);
    }
}
