package io.figgen.layout;

import io.figgen.model.Box;

/**
 * A piece of the figure that can measure and draw itself: given a width it knows its natural height, and
 * it draws into any box at least that tall. Blocks are built per render and not shared between threads.
 */
abstract class Block {
    /** The spec line this block came from, for findings; 0 when synthesised. */
    int sourceLine;
    /** The scene node this block draws (edges are routed to it), or null. */
    String nodeId;
    /** Whether the block plots a chart (set where charts' blocks are made): a note beside it keeps its own height. */
    boolean plot;

    abstract double height(Ctx ctx, double width);

    abstract void draw(Ctx ctx, Canvas out, Box area);

    /** The narrowest width the block can take without a word leaving it. */
    double minWidth(Ctx ctx) {
        return 0;
    }

    /**
     * How much taller than {@link #height} the block reads best, given the room: a chart's natural height is
     * the least it reads at (so it never shrinks the type), and it asks for this much more from any slack.
     */
    double want(Ctx ctx, double width) {
        return 0;
    }

    /** Whether {@link #want} can be more than 0: a chart is in the block; the rest skip measuring for it. */
    boolean asks() {
        return false;
    }

    /** Whether extra height given to the block may go inside it (cards in a row stretch to equal height). */
    boolean stretches() {
        return false;
    }

    Block at(int line) {
        this.sourceLine = line;
        return this;
    }
}
