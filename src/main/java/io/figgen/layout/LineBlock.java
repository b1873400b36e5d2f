package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/**
 * A rule or arrow the sketch draws on a line of its own ({@code ──────>}), spanning the same share of the width
 * as in the sketch: a divider, or a direction that the text under it names.
 */
final class LineBlock extends Block {
    final double from;
    final double to;
    final boolean arrow;
    final String color;

    /** {@code from} and {@code to} are fractions of the width. */
    LineBlock(double from, double to, boolean arrow, String color) {
        this.from = from;
        this.to = to;
        this.arrow = arrow;
        this.color = color;
    }

    @Override
    double height(Ctx ctx, double width) {
        return Ctx.round(14 * ctx.scale);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double y = area.y() + area.h() / 2;
        double weight = arrow ? Ctx.round(2 * ctx.scale) : 1;
        out.polyline(List.of(new double[] {area.x() + from * area.w(), y}, new double[] {area.x() + to * area.w(), y}),
                color, weight, null, arrow, false, io.figgen.model.Shape.Role.RULE, sourceLine);
    }
}
