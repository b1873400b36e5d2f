package io.figgen.sketch;

import java.util.List;

/**
 * A box drawn in the sketch. {@code top/left/bottom/right} are its corner cells; {@code title} is text written
 * into its top edge; {@code dividers} are the rows of its interior rules ({@code │────│}, {@code ├──┤}), which
 * split a header from the body; {@code interior} holds everything inside.
 */
public record Box(int top, int left, int bottom, int right, String title, Border border, List<Integer> dividers,
                  Area interior) {
    public Box {
        dividers = List.copyOf(dividers);
    }

    /** {@code DIAMOND}: a decision drawn in diagonal line art, read as the box it stands for (see Diamonds). */
    public enum Border { SINGLE, DOUBLE, ROUNDED, HEAVY, ASCII, DASHED, DIAMOND }

    public int width() {
        return right - left + 1;
    }
}
