package io.figgen.layout;

/**
 * A chart that takes the room the page gives it: any extra height goes inside the plot, and it is never
 * narrower than the width its labels need ({@code minWidth} at a 1200 px canvas, scaled with the type).
 */
abstract class PlotBlock extends Block {
    private final double minWidth;

    PlotBlock(double minWidth) {
        this.minWidth = minWidth;
    }

    @Override
    final boolean stretches() {
        return true;
    }

    /** The height the chart reads best at; {@link #height} is the least it reads at. */
    double comfortable(Ctx ctx, double width) {
        return height(ctx, width);
    }

    @Override
    final boolean asks() {
        return true;
    }

    @Override
    final double want(Ctx ctx, double width) {
        return Math.max(0, comfortable(ctx, width) - height(ctx, width));
    }

    @Override
    final double minWidth(Ctx ctx) {
        return minWidth * ctx.scale;
    }
}
