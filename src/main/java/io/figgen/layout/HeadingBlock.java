package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** A section label (tracked capitals) with a thin coral rule under it, as the house marks sections. */
final class HeadingBlock extends Block {
    final RichText text;
    final String rule;

    HeadingBlock(RichText text, String rule) {
        this.text = text;
        this.rule = rule;
    }

    private double ruleGap(Ctx ctx) {
        return Ctx.round(6 * ctx.scale);
    }

    @Override
    double minWidth(Ctx ctx) {
        return text.widestWord(ctx);
    }

    @Override
    double height(Ctx ctx, double width) {
        return text.wrap(ctx, width).size() * ctx.lineHeight(text.lead()) + (rule == null ? 0 : ruleGap(ctx) + 2);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double lh = ctx.lineHeight(text.lead());
        double y = area.y();
        double widest = 0;
        for (List<Span> line : text.wrap(ctx, area.w())) {
            widest = Math.max(widest, out.textLine(line, area.x(), y, lh, area, sourceLine));
            y += lh;
        }
        double bottom = y;
        if (rule != null) {
            double w = Math.min(widest - text.lead().letterSpacing(), area.w());
            out.rect(area.x(), y + ruleGap(ctx) - 2, w, 2, rule, null, 0, null);
            bottom = y + ruleGap(ctx);
        }
        // an edge to a heading ends on its words (and its rule), not on the width of its column
        out.node(nodeId, new Box(area.x(), area.y(), Math.min(widest, area.w()), bottom - area.y()));
    }
}
