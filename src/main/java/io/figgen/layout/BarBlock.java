package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** A full-width callout bar: flat fill, text on it, as the house closes a figure with a key fact. */
final class BarBlock extends Block {
    final RichText text;
    final String fill;

    BarBlock(RichText text, String fill) {
        this.text = text;
        this.fill = fill;
    }

    private double padX(Ctx ctx) {
        return ctx.pad();
    }

    private double padY(Ctx ctx) {
        return Ctx.round(ctx.pad() * 0.6);
    }

    @Override
    double height(Ctx ctx, double width) {
        return text.wrap(ctx, width - 2 * padX(ctx)).size() * ctx.lineHeight(text.lead()) + 2 * padY(ctx);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        out.rect(area.x(), area.y(), area.w(), area.h(), fill, null, 0, null);
        double lh = ctx.lineHeight(text.lead());
        List<List<Span>> lines = text.wrap(ctx, area.w() - 2 * padX(ctx));
        double y = area.y() + (area.h() - lines.size() * lh) / 2;
        Box inner = new Box(area.x() + padX(ctx), area.y(), area.w() - 2 * padX(ctx), area.h());
        for (List<Span> line : lines) {
            out.textLine(line, inner.x(), y, lh, inner, sourceLine);
            y += lh;
        }
    }
}
