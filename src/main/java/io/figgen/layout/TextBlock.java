package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** A paragraph: rich text wrapped to the block's width, optionally centred. */
final class TextBlock extends Block {
    final RichText text;
    final boolean centred;

    TextBlock(RichText text, boolean centred) {
        this.text = text;
        this.centred = centred;
    }

    @Override
    double minWidth(Ctx ctx) {
        return text.widestWord(ctx);
    }

    @Override
    double height(Ctx ctx, double width) {
        return text.wrap(ctx, width).size() * ctx.lineHeight(text.lead());
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double lh = ctx.lineHeight(text.lead());
        double y = area.y();
        for (List<Span> line : text.wrap(ctx, area.w())) {
            double x = centred ? area.x() + (area.w() - RichText.width(ctx, line)) / 2 : area.x();
            out.textLine(line, x, y, lh, area, sourceLine);
            y += lh;
        }
    }
}
