package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks side by side, as boxes stand in a row of the sketch. Widths follow the sketch's column proportions;
 * every child gets the row's full height, so cards in a row line up top and bottom.
 */
final class RowBlock extends Block {
    /** An arrow drawn in the gap after child i, as a sketch joins neighbouring boxes ({@code │──►│}). */
    record Link(boolean forward, boolean back, RichText label, boolean dashed, boolean divider) {
    }

    final List<Block> children;
    final double[] weights;
    final List<Link> links;
    final String linkColor;
    /** The colour of a divider between split panels. */
    String dividerColor;
    /** The least height, when the spec's anchors give the row one. */
    double minHeight;
    /**
     * Where each child starts in the sketch's columns and, last, the row's extent, or null: the row then sets
     * its children at those places, so boxes the sketch stacks at the same columns line up across rows.
     */
    double[] at;

    RowBlock(List<Block> children, double[] weights) {
        this(children, weights, List.of(), null);
    }

    /** {@code links.get(i)} joins child i to child i + 1, or is null for none. */
    RowBlock(List<Block> children, double[] weights, List<Link> links, String linkColor) {
        this.children = new ArrayList<>(children);
        this.weights = weights.clone();
        this.links = new ArrayList<>(links);
        this.linkColor = linkColor;
    }

    private Link link(int i) {
        return i < links.size() ? links.get(i) : null;
    }

    private double gap(Ctx ctx, int i, double width) {
        Link l = link(i);
        double plain = Ctx.round(ctx.gap() * 0.9);
        if (l == null) {
            return plain;
        }
        if (l.divider()) {
            return Ctx.round(plain * 2);
        }
        // a label of several words stands over its line in two or three short lines rather than widening the gap
        // the row's boxes need: at most 130 px, or an eighth of a wide row (its longest word always); a label
        // on three lines would make the whole row three lines taller
        double cap = Math.max(130 * ctx.scale, width / 8);
        double label = l.label() == null ? 0 : Math.max(l.label().widestWord(ctx),
                Math.min(l.label().naturalWidth(ctx), cap)) + 12 * ctx.scale;
        return Ctx.ceil(Math.max(Math.max(plain, 52 * ctx.scale), label));
    }

    /**
     * The children's left edges and widths at their sketch places (see {@link #at}), or null when a child
     * would be narrower than its widest word, or a link's gap too short for its arrow and label: the row
     * then shares its width by weights, as a row the sketch does not place.
     */
    private double[][] placed(Ctx ctx, double width) {
        if (at == null) {
            return null;
        }
        double extent = at[at.length - 1];
        double[] xs = new double[children.size()];
        double[] ws = new double[children.size()];
        for (int i = 0; i < children.size(); i++) {
            xs[i] = Ctx.round(at[i] / extent * width);
            ws[i] = Ctx.round(Math.min(weights[i], (i + 1 < children.size() ? at[i + 1] : extent) - at[i]) / extent * width);
            if (!(children.get(i) instanceof SpacerBlock) && ws[i] < children.get(i).minWidth(ctx) + 1) {
                return null;
            }
        }
        for (int i = 0; i + 1 < children.size(); i++) {
            double gap = xs[i + 1] - xs[i] - ws[i];
            // two boxes keep a gap between them; a strip of rows (a stack) brings its own room on its right
            boolean boxes = boxed(children.get(i)) && boxed(children.get(i + 1));
            if (gap < 0 || link(i) != null && gap < gap(ctx, i, width) || boxes && gap < ctx.gap() * 0.45) {
                return null;
            }
        }
        return new double[][] {xs, ws};
    }

    /**
     * Whether child i is a box of text with no box of its kind in the row (a note beside a chart), or a box beside
     * a decision: it keeps the height its words need, where stretched to the chart's (the diamond's) it would be
     * a frame left half empty. Boxes side by side share one height.
     */
    private boolean lone(int i) {
        if (!(children.get(i) instanceof PanelBlock || children.get(i) instanceof CardBlock)) {
            return false;
        }
        if (decides()) {
            return true;
        }
        boolean chart = false;
        for (int j = 0; j < children.size(); j++) {
            Block b = children.get(j);
            if (j == i || b instanceof SpacerBlock) {
                continue;
            }
            if (!b.plot) {
                return false;
            }
            chart = true;
        }
        return chart;
    }


    /**
     * Whether a decision stands in the row: the boxes its corners lead to keep their own height, centred on the
     * diamond's side corners, where stretched to the diamond's height they would be frames half empty.
     */
    private boolean decides() {
        for (Block b : children) {
            if (b instanceof DecisionBlock) {
                return true;
            }
        }
        return false;
    }

    private static boolean boxed(Block b) {
        return !(b instanceof SpacerBlock) && !(b instanceof StackBlock);
    }

    /** The room between child i and child i + 1: its place's, or the link's or the theme's gap. */
    private double gapAfter(Ctx ctx, int i, double width, double[][] placed) {
        return placed == null ? gap(ctx, i, width) : placed[0][i + 1] - placed[0][i] - placed[1][i];
    }

    double[] widths(Ctx ctx, double width) {
        double[][] placed = placed(ctx, width);
        if (placed != null) {
            return placed[1];
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double gaps = 0;
        for (int i = 0; i + 1 < children.size(); i++) {
            gaps += gap(ctx, i, width);
        }
        double avail = width - gaps;
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = avail * weights[i] / sum;
        }
        // a child narrower than its widest word takes the room from the others, in proportion
        double deficit = 0;
        double spare = 0;
        double[] min = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            min[i] = children.get(i).minWidth(ctx) + 1;
            deficit += Math.max(0, min[i] - out[i]);
            spare += Math.max(0, out[i] - min[i]);
        }
        if (deficit > 0 && spare > deficit) {
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] < min[i] ? min[i] : out[i] - (out[i] - min[i]) * deficit / spare;
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Ctx.round(out[i]);
        }
        return out;
    }

    /** Cards side by side share one header height, so their rules and first bullets line up. */
    private void alignHeaders(Ctx ctx, double[] w) {
        double floor = 0;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof CardBlock c && c.hasHeader()) {
                c.headerFloor = 0;
                floor = Math.max(floor, c.ownHeaderHeight(ctx, w[i] - 2 * ctx.pad()));
            }
        }
        for (Block b : children) {
            if (b instanceof CardBlock c && c.hasHeader()) {
                c.headerFloor = floor;
            }
        }
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] w = widths(ctx, width);
        alignHeaders(ctx, w);
        double h = minHeight;
        for (int i = 0; i < children.size(); i++) {
            h = Math.max(h, children.get(i).height(ctx, w[i]));
        }
        // a link's label stands over its line at the row's middle: the row is tall enough to hold it
        double[][] placed = placed(ctx, width);
        for (int i = 0; i + 1 < children.size(); i++) {
            Link l = link(i);
            if (l != null && l.label() != null) {
                double lines = l.label().wrap(ctx, gapAfter(ctx, i, width, placed)).size() * ctx.lineHeight(l.label().lead());
                h = Math.max(h, 2 * (lines + Ctx.round(6 * ctx.scale)));
            }
        }
        return h;
    }

    @Override
    boolean asks() {
        return children.stream().anyMatch(Block::asks);
    }

    @Override
    double want(Ctx ctx, double width) {
        if (!asks()) {
            return 0;
        }
        double[] w = widths(ctx, width);
        double h = height(ctx, width);
        double most = 0;
        for (int i = 0; i < children.size(); i++) {
            Block b = children.get(i);
            most = Math.max(most, b.height(ctx, w[i]) + b.want(ctx, w[i]) - h);
        }
        return Math.max(0, most);
    }

    /** Rows stretch with the page, except one whose height the spec's anchors prescribe. */
    @Override
    boolean stretches() {
        return minHeight == 0;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] w = widths(ctx, area.w());
        alignHeaders(ctx, w);
        double x = area.x();
        double[] hs = new double[children.size()];
        for (int i = 0; i < children.size(); i++) {
            Block b = children.get(i);
            hs[i] = b.stretches() && !lone(i) ? area.h() : b.height(ctx, w[i]);
        }
        double[][] placed = placed(ctx, area.w());
        for (int i = 0; i < children.size(); i++) {
            Block b = children.get(i);
            boolean centred = decides() && hs[i] < area.h();
            b.draw(ctx, out, new Box(x, centred ? Ctx.round(area.y() + (area.h() - hs[i]) / 2) : area.y(), w[i], hs[i]));
            x += w[i];
            if (i + 1 < children.size()) {
                // the link runs at the middle of the shorter neighbour, so both its ends are on a border (beside
                // a decision, every box is centred on the row's middle)
                double mid = decides() ? Ctx.round(area.y() + area.h() / 2) : area.y() + Math.min(hs[i], hs[i + 1]) / 2;
                double gap = gapAfter(ctx, i, area.w(), placed);
                drawLink(ctx, out, link(i), x, gap, mid, area);
                x += gap;
            }
        }
    }

    private void drawLink(Ctx ctx, Canvas out, Link l, double x, double gap, double mid, Box area) {
        if (l == null) {
            return;
        }
        if (l.divider()) {
            // the accent rule between split panels, their full height, at the gap's middle
            double cx = Ctx.round(x + gap / 2);
            out.polyline(List.of(new double[] {cx, area.y()}, new double[] {cx, area.bottom()}), dividerColor,
                    Ctx.round(2 * ctx.scale), null, false, false, io.figgen.model.Shape.Role.RULE, sourceLine);
            return;
        }
        double[] a = {x, mid};
        double[] b = {x + gap, mid};
        boolean forward = l.forward() || !l.back();
        double[] dash = l.dashed() ? new double[] {Ctx.round(6 * ctx.scale), Ctx.round(4 * ctx.scale)} : null;
        out.polyline(forward ? List.of(a, b) : List.of(b, a), linkColor, Ctx.round(2 * ctx.scale), dash, l.forward() || l.back(),
                forward && l.back(),
                io.figgen.model.Shape.Role.CONNECTOR, sourceLine);
        if (l.label() != null) {
            double lh = ctx.lineHeight(l.label().lead());
            List<List<Span>> lines = l.label().wrap(ctx, gap);
            double apart = Ctx.round(6 * ctx.scale);
            double y = mid - apart - lines.size() * lh;
            if (y < area.y() && mid + apart + lines.size() * lh <= area.bottom()) {
                // no room above the line within the row: the label goes under it
                y = mid + apart;
            }
            for (List<Span> line : lines) {
                out.textLine(line, x + (gap - RichText.width(ctx, line)) / 2, y, lh, new Box(x, area.y(), gap, area.h()), sourceLine);
                y += lh;
            }
        }
    }
}
