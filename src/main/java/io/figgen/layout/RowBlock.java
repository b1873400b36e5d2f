package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks side by side, as boxes stand in a row of the sketch. Widths follow the sketch's column proportions;
 * every child gets the row's full height, so cards in a row line up top and bottom.
 */
final class RowBlock extends Block {
    final List<Block> children;
    final double[] weights;

    RowBlock(List<Block> children, double[] weights) {
        this.children = new ArrayList<>(children);
        this.weights = weights.clone();
    }

    private double gap(Ctx ctx) {
        return Ctx.round(ctx.gap() * 0.9);
    }

    double[] widths(Ctx ctx, double width) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double avail = width - gap(ctx) * (children.size() - 1);
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = Ctx.round(avail * weights[i] / sum);
        }
        return out;
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] w = widths(ctx, width);
        double h = 0;
        for (int i = 0; i < children.size(); i++) {
            h = Math.max(h, children.get(i).height(ctx, w[i]));
        }
        return h;
    }

    @Override
    boolean stretches() {
        return true;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] w = widths(ctx, area.w());
        double x = area.x();
        for (int i = 0; i < children.size(); i++) {
            Block b = children.get(i);
            double h = b.stretches() ? area.h() : b.height(ctx, w[i]);
            b.draw(ctx, out, new Box(x, area.y(), w[i], h));
            x += w[i] + gap(ctx);
        }
    }
}
