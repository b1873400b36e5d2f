package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** A paragraph: rich text wrapped to the block's width, optionally centred. */
final class TextBlock extends Block {
    final RichText text;
    final boolean centred;
    /** The colour of the accent square leading the paragraph, or null for none. */
    private String square;

    TextBlock(RichText text, boolean centred) {
        this.text = text;
        this.centred = centred;
    }

    /** The paragraph led by the accent square in {@code color}, its lines indented past it. */
    TextBlock led(String color) {
        this.square = color;
        return this;
    }

    private double indent() {
        return square == null ? 0 : AccentSquare.indent(text.lead());
    }

    @Override
    double minWidth(Ctx ctx) {
        return text.widestWord(ctx) + indent();
    }

    @Override
    double height(Ctx ctx, double width) {
        return text.wrap(ctx, width - indent()).size() * ctx.lineHeight(text.lead());
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double lh = ctx.lineHeight(text.lead());
        double y = area.y();
        if (square != null) {
            AccentSquare.draw(out, area.x(), y, lh, text.lead(), square);
            area = new Box(area.x() + indent(), area.y(), area.w() - indent(), area.h());
        }
        for (List<Span> line : text.wrap(ctx, area.w())) {
            double x = centred ? area.x() + (area.w() - RichText.width(ctx, line)) / 2 : area.x();
            out.textLine(line, x, y, lh, area, sourceLine);
            y += lh;
        }
    }
}
