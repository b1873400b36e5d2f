package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.theme.Style;

import java.util.List;

/**
 * A decision: its question centred in a diamond, whose four corners are where the flow enters and leaves. The
 * question stays inside a rectangle the diamond holds; the diamond is as tall as that needs, and never
 * flatter than two to one, so it reads as a diamond and not a sliver.
 */
final class DecisionBlock extends Block {
    private final Style style;
    private final RichText question;

    DecisionBlock(Style style, RichText question) {
        this.style = style;
        this.question = question;
    }

    private double pad(Ctx ctx) {
        return Ctx.round(0.5 * ctx.pad());
    }

    /** The most of the diamond's width the question's rectangle takes: the diamond is then four times as tall. */
    private static final double MOST_SHARE = 0.75;

    @Override
    double minWidth(Ctx ctx) {
        return Ctx.ceil((question.widestWord(ctx) + 2 * pad(ctx)) / MOST_SHARE);
    }

    /**
     * The question's rectangle in a diamond {@code width} wide, as shares of the diamond's width and height: a
     * rectangle w wide and h tall fits a diamond W by H when w/W + h/H is at most 1. The question wraps to half
     * the width, or its widest word where that is more.
     */
    private double share(Ctx ctx, double width) {
        double wrapped = widest(ctx, question.wrap(ctx, Math.max(width / 2 - 2 * pad(ctx), question.widestWord(ctx))));
        return Math.min(MOST_SHARE, Math.max(0.5, (wrapped + 2 * pad(ctx)) / width));
    }

    private static double widest(Ctx ctx, List<List<Span>> lines) {
        double w = 0;
        for (List<Span> line : lines) {
            w = Math.max(w, RichText.width(ctx, line));
        }
        return w;
    }

    private List<List<Span>> lines(Ctx ctx, double width) {
        return question.wrap(ctx, Math.max(width / 2 - 2 * pad(ctx), question.widestWord(ctx)));
    }

    @Override
    double height(Ctx ctx, double width) {
        double textHeight = lines(ctx, width).size() * ctx.lineHeight(question.lead());
        double s = share(ctx, width);
        return Ctx.ceil(Math.max((textHeight + 2 * pad(ctx)) / (1 - s), width / 2));
    }

    @Override
    boolean stretches() {
        return true;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        // stretched beside a taller neighbour, the diamond keeps its own height at the middle of its room, where
        // the row's arrows meet its side corners
        double h = Math.min(area.h(), Math.max(height(ctx, area.w()), 0.75 * area.w()));
        Box d = new Box(area.x(), Ctx.round(area.y() + (area.h() - h) / 2), area.w(), h);
        out.node(nodeId, d);
        double cx = d.x() + d.w() / 2;
        double cy = d.y() + d.h() / 2;
        out.outline(List.of(new double[] {cx, d.y()}, new double[] {d.right(), cy}, new double[] {cx, d.bottom()},
                new double[] {d.x(), cy}), style.fill(), style.stroke(), style.strokeWidth());
        double s = share(ctx, d.w());
        Box inner = new Box(cx - s * d.w() / 2, cy - (1 - s) * d.h() / 2, s * d.w(), (1 - s) * d.h());
        List<List<Span>> lines = lines(ctx, d.w());
        double lh = ctx.lineHeight(question.lead());
        double y = cy - lines.size() * lh / 2;
        for (List<Span> line : lines) {
            out.textLine(line, cx - RichText.width(ctx, line) / 2, y, lh, inner, sourceLine);
            y += lh;
        }
    }
}
