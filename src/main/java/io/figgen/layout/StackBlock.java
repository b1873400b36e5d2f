package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Children top to bottom with a gap between them. Extra height goes to stretching children when there are
 * any; otherwise, when {@code spread}, into the gaps (so a page breathes evenly), else it stays at the bottom.
 */
final class StackBlock extends Block {
    final List<Block> children;
    final double gapFactor;
    final boolean spread;

    /** Whether the stack keeps its natural height in a taller row rather than stretching its cards. */
    private boolean held;

    StackBlock(List<Block> children, double gapFactor, boolean spread) {
        this.children = new ArrayList<>(children);
        this.gapFactor = gapFactor;
        this.spread = spread;
    }

    /** Held at its natural height, top-aligned, however tall the row beside it (an inset beside a chart). */
    StackBlock held() {
        this.held = true;
        return this;
    }

    double gap(Ctx ctx) {
        return ctx.gap() * gapFactor;
    }

    @Override
    double minWidth(Ctx ctx) {
        return children.stream().mapToDouble(b -> b.minWidth(ctx)).max().orElse(0);
    }

    @Override
    double height(Ctx ctx, double width) {
        double h = 0;
        for (Block b : children) {
            h += b.height(ctx, width);
        }
        return h + gap(ctx) * Math.max(0, children.size() - 1);
    }

    @Override
    boolean asks() {
        return children.stream().anyMatch(Block::asks);
    }

    @Override
    double want(Ctx ctx, double width) {
        return asks() ? children.stream().mapToDouble(b -> b.want(ctx, width)).sum() : 0;
    }

    @Override
    boolean stretches() {
        return !held && children.stream().anyMatch(Block::stretches);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] heights = new double[children.size()];
        double natural = 0;
        int stretchy = 0;
        for (int i = 0; i < heights.length; i++) {
            heights[i] = children.get(i).height(ctx, area.w());
            natural += heights[i];
            stretchy += children.get(i).stretches() ? 1 : 0;
        }
        double gap = gap(ctx);
        double extra = Math.max(0, area.h() - natural - gap * Math.max(0, heights.length - 1));
        // a chart asks for room beyond the least it reads at: it has the slack first, before the gaps widen
        double wanted = 0;
        double[] wants = new double[heights.length];
        for (int i = 0; i < heights.length && asks(); i++) {
            wants[i] = children.get(i).want(ctx, area.w());
            wanted += wants[i];
        }
        if (extra > 0 && wanted > 0) {
            double share = Math.min(1, extra / wanted);
            for (int i = 0; i < heights.length; i++) {
                heights[i] += wants[i] * share;
            }
            extra -= wanted * share;
        }
        double before = 0;
        if (extra > 0 && spread && heights.length > 0) {
            // A page breathes evenly: the slack first widens the gaps, then lets rows of cards grow a
            // little, then opens the top a little; what is left stays below, above the footer.
            double perGap = heights.length > 1 ? Math.min(extra * 0.6 / (heights.length - 1), gap * 1.5) : 0;
            extra -= perGap * (heights.length - 1);
            gap += perGap;
            for (int i = 0; i < heights.length && stretchy > 0; i++) {
                if (children.get(i).stretches()) {
                    double grow = Math.min(extra / stretchy, heights[i] * 0.2);
                    heights[i] += grow;
                    extra -= grow;
                }
            }
            before = Math.min(extra / 2, gap);
            extra = 0;
        } else if (extra > 0 && stretchy > 0) {
            for (int i = 0; i < heights.length; i++) {
                if (children.get(i).stretches()) {
                    heights[i] += extra / stretchy;
                }
            }
            extra = 0;
        }
        double y = area.y() + before;
        // what the page drew just above the stack: a connector opening the stack starts on it
        int start = out.shapes().size();
        Box[] at = new Box[heights.length];
        List<List<Box>> drawn = new ArrayList<>();
        for (int i = 0; i < heights.length; i++) {
            at[i] = new Box(area.x(), y, area.w(), heights[i]);
            y += heights[i] + gap;
            int from = out.shapes().size();
            if (!(children.get(i) instanceof ConnectorBlock)) {
                children.get(i).draw(ctx, out, at[i]);
            }
            drawn.add(Attach.boxes(out.shapes().subList(from, out.shapes().size()), ctx.scale));
        }
        // connectors last, once the parts they join are placed: their lines end on those parts' borders
        for (int i = 0; i < heights.length; i++) {
            if (children.get(i) instanceof ConnectorBlock c) {
                List<Box> above = i > 0 ? drawn.get(i - 1) : justAbove(out.shapes().subList(0, start), at[i].y(), Math.max(2 * gap, 3 * ctx.gap()) + 1, ctx.scale);
                List<Box> below = i + 1 < heights.length ? drawn.get(i + 1) : List.of();
                c.draw(ctx, out, at[i], above, below);
            }
        }
    }

    /**
     * The boxes drawn before the stack whose bottom lies within {@code reach} above {@code top}: the part above a
     * stack that opens with a connector (a step's box, then the arrow down to the next step's heading).
     */
    private static List<Box> justAbove(List<Shape> before, double top, double reach, double scale) {
        List<Shape> near = new ArrayList<>();
        for (Shape s : before) {
            if (s instanceof Shape.Rect r && r.box().bottom() <= top + 1 && r.box().bottom() >= top - reach) {
                near.add(s);
            }
        }
        return near.isEmpty() ? List.of() : Attach.boxes(near, scale);
    }
}
