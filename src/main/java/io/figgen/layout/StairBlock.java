package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Stages the sketch draws as a ladder, one to a row and each further along than the one under it (maturity
 * levels climbing to the right), set as a staircase: each stage on its own share of the width, in the order
 * of their places, and each a step higher than the one before it. Stacked one under another at the sketch's
 * widths they take the whole height and leave half of every row empty; side by side they fill the width and
 * the rise still reads, so the type stays larger.
 */
final class StairBlock extends Block {
    /**
     * The step up from a stage to the one above it, as a stated relationship says it: its label (null for
     * none), and whether its arrow points up the stair (from the lower stage to the higher).
     */
    record Step(RichText label, boolean up, int line) {
    }

    /** The stages top to bottom, as the sketch stacks them. */
    private final List<Block> stages;
    /** For each stage (top to bottom), its slot from the left. */
    private final int[] slots;
    /** For each stage but the last, the step from the stage under it up to it; null where nothing relates them. */
    private final List<Step> steps;
    private final String color;

    StairBlock(List<Block> stages, int[] slots, List<Step> steps, String color) {
        this.stages = new ArrayList<>(stages);
        this.slots = slots.clone();
        this.steps = new ArrayList<>(steps);
        this.color = color;
    }

    private double gap(Ctx ctx) {
        return Ctx.round(ctx.gap() * 1.2);
    }

    private double slotWidth(Ctx ctx, double width) {
        return Ctx.round((width - gap(ctx) * (stages.size() - 1)) / stages.size());
    }

    @Override
    double minWidth(Ctx ctx) {
        double w = 0;
        for (Block b : stages) {
            w = Math.max(w, b.minWidth(ctx));
        }
        return w * stages.size() + gap(ctx) * (stages.size() - 1);
    }

    private double[] heights(Ctx ctx, double width) {
        double slot = slotWidth(ctx, width);
        double[] h = new double[stages.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = stages.get(i).height(ctx, slot);
        }
        return h;
    }

    /** The rise from one stage to the next: enough that each stands clearly above the one before it. */
    private static double step(double[] heights) {
        double tallest = 0;
        for (double h : heights) {
            tallest = Math.max(tallest, h);
        }
        return tallest * 0.33;
    }

    private static double extent(double[] heights, double step) {
        double bottom = 0;
        for (int i = 0; i < heights.length; i++) {
            bottom = Math.max(bottom, i * step + heights[i]);
        }
        return bottom;
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] h = heights(ctx, width);
        return extent(h, step(h));
    }

    @Override
    boolean stretches() {
        return true;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] h = heights(ctx, area.w());
        double step = step(h);
        // room to spare widens the rise, up to a stage's full height (then the stages no longer overlap in height)
        double spare = area.h() - extent(h, step);
        if (spare > 0 && stages.size() > 1) {
            double tallest = 0;
            for (double x : h) {
                tallest = Math.max(tallest, x);
            }
            step = Math.min(tallest, step + spare / (stages.size() - 1));
        }
        double slot = slotWidth(ctx, area.w());
        Box[] at = new Box[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            double x = Ctx.round(area.x() + slots[i] * (slot + gap(ctx)));
            double y = Ctx.round(area.y() + i * step);
            at[i] = new Box(x, y, slot, h[i]);
            stages.get(i).draw(ctx, out, at[i]);
        }
        for (int i = 0; i + 1 < stages.size(); i++) {
            if (steps.get(i) != null) {
                step(ctx, out, at[i + 1], at[i], steps.get(i));
            }
        }
    }

    /**
     * The step from {@code lower} up to {@code upper}: out of the lower stage's top near its far end, up, and
     * across into the upper stage's near side, its label over the lower stage beside the rising line. Where
     * the two stand too close in height for a rise, nothing is drawn here and the page routes the relation.
     */
    private void step(Ctx ctx, Canvas out, Box lower, Box upper, Step s) {
        boolean right = upper.x() > lower.x();
        double inset = Math.min(lower.w() * 0.2, 60 * ctx.scale);
        double x0 = right ? lower.right() - inset : lower.x() + inset;
        double entry = Math.min(upper.y() + upper.h() * 0.3, lower.y() - 2 * ctx.gap());
        if (entry <= upper.y() + 4 * ctx.scale) {
            return;
        }
        double x1 = right ? upper.x() : upper.right();
        List<double[]> path = List.of(new double[] {x0, lower.y()}, new double[] {x0, entry}, new double[] {x1, entry});
        out.polyline(s.up() ? path : reversed(path), color, Ctx.round(1.75 * ctx.scale), null, true, false,
                io.figgen.model.Shape.Role.CONNECTOR, s.line());
        if (s.label() == null) {
            return;
        }
        double pad = Ctx.round(8 * ctx.scale);
        double room = right ? x0 - pad - lower.x() : lower.right() - x0 - pad;
        List<List<Span>> lines = s.label().wrap(ctx, room);
        double lh = ctx.lineHeight(s.label().lead());
        // over the lower stage, on the near side of the rising line: the stages further up stand beyond the line,
        // so that corner is free however tall the label
        double y = Ctx.round(lower.y() - pad - lines.size() * lh);
        Box clip = right ? new Box(lower.x(), y, room, lines.size() * lh) : new Box(x0 + pad, y, room, lines.size() * lh);
        for (List<Span> line : lines) {
            double w = RichText.width(ctx, line);
            double x = right ? x0 - pad - w : x0 + pad;
            out.textLine(line, x, y, lh, clip, s.line());
            y += lh;
        }
    }

    private static List<double[]> reversed(List<double[]> path) {
        List<double[]> out = new ArrayList<>(path);
        java.util.Collections.reverse(out);
        return out;
    }
}
