package io.figgen.layout;

import io.figgen.model.Box;

/**
 * The title block with a callout beside it, in the room a short title leaves at the header's right: a dense
 * wide figure whose type shrank to hold a row of callouts under its body takes one up here instead (as a
 * designer sets a side note level with the title), and its body keeps the larger type.
 */
final class TitleAsideBlock extends Block {
    /** The aside's share of the width: at least this much, or the title wraps to leave it. */
    static final double MIN_SHARE = 0.24;
    private static final double MAX_SHARE = 0.5;

    private final TitleBlock title;
    private final Block aside;

    TitleAsideBlock(TitleBlock title, Block aside) {
        this.title = title;
        this.aside = aside;
        this.sourceLine = title.sourceLine;
    }

    private double asideWidth(Ctx ctx, double width) {
        double left = width - title.naturalWidth(ctx) - 2 * ctx.gap();
        return Ctx.round(Math.min(MAX_SHARE * width, Math.max(MIN_SHARE * width, left)));
    }

    private double titleWidth(Ctx ctx, double width) {
        return width - asideWidth(ctx, width) - 2 * ctx.gap();
    }

    @Override
    double minWidth(Ctx ctx) {
        return title.minWidth(ctx) + aside.minWidth(ctx) + 2 * ctx.gap();
    }

    @Override
    double height(Ctx ctx, double width) {
        return Math.max(title.height(ctx, titleWidth(ctx, width)), aside.height(ctx, asideWidth(ctx, width)));
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double aw = asideWidth(ctx, area.w());
        double tw = titleWidth(ctx, area.w());
        title.draw(ctx, out, new Box(area.x(), area.y(), tw, title.height(ctx, tw)));
        // the aside spans the header's height, a band level with the title rather than a box hung from its top
        aside.draw(ctx, out, new Box(area.right() - aw, area.y(), aw, area.h()));
    }
}
