package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** A full-width callout bar: flat fill, text on it, as the house closes a figure with a key fact. */
final class BarBlock extends Block {
    final RichText text;
    final String fill;
    /** The colour of the square leading the bar's text (its text's own on the coral), or null for none. */
    private String square;

    BarBlock(RichText text, String fill) {
        this.text = text;
        this.fill = fill;
    }

    /** The bar's text led by a square in {@code color}, as the sketch's {@code ■} leads its key message. */
    BarBlock led(String color) {
        this.square = color;
        return this;
    }

    private double indent() {
        return square == null ? 0 : AccentSquare.indent(text.lead());
    }

    private double padX(Ctx ctx) {
        return ctx.pad();
    }

    private double padY(Ctx ctx) {
        return Ctx.round(ctx.pad() * 0.6);
    }

    @Override
    double height(Ctx ctx, double width) {
        return text.wrap(ctx, width - 2 * padX(ctx) - indent()).size() * ctx.lineHeight(text.lead()) + 2 * padY(ctx);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        out.rect(area.x(), area.y(), area.w(), area.h(), fill, null, 0, null);
        double lh = ctx.lineHeight(text.lead());
        List<List<Span>> lines = text.wrap(ctx, area.w() - 2 * padX(ctx) - indent());
        double y = area.y() + (area.h() - lines.size() * lh) / 2;
        if (square != null) {
            AccentSquare.draw(out, area.x() + padX(ctx), y, lh, text.lead(), square);
        }
        Box inner = new Box(area.x() + padX(ctx) + indent(), area.y(), area.w() - 2 * padX(ctx) - indent(), area.h());
        for (List<Span> line : lines) {
            out.textLine(line, inner.x(), y, lh, inner, sourceLine);
            y += lh;
        }
    }
}
