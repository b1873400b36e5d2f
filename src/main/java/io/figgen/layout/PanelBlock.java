package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.theme.Style;

/** A zone: a flat fill or outline around content, with an optional title inside its top edge. */
final class PanelBlock extends Block {
    final Style style;
    final Block title;
    final Block content;

    PanelBlock(Style style, Block title, Block content) {
        this.style = style;
        this.title = title;
        this.content = content;
    }

    @Override
    double minWidth(Ctx ctx) {
        return Math.max(content.minWidth(ctx), title == null ? 0 : title.minWidth(ctx)) + 2 * ctx.pad();
    }

    @Override
    double height(Ctx ctx, double width) {
        double inner = width - 2 * ctx.pad();
        double h = content.height(ctx, inner) + 2 * ctx.pad();
        if (title != null) {
            h += title.height(ctx, inner) + ctx.gap() * 0.6;
        }
        return h;
    }

    @Override
    boolean asks() {
        return content.asks();
    }

    @Override
    double want(Ctx ctx, double width) {
        return content.want(ctx, width - 2 * ctx.pad());
    }

    @Override
    boolean stretches() {
        return true;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        out.node(nodeId, area);
        out.rect(area.x(), area.y(), area.w(), area.h(), style.fill(), style.stroke(), style.strokeWidth(), style.dash());
        double inner = area.w() - 2 * ctx.pad();
        double y = area.y() + ctx.pad();
        if (title != null) {
            double th = title.height(ctx, inner);
            title.draw(ctx, out, new Box(area.x() + ctx.pad(), y, inner, th));
            y += th + ctx.gap() * 0.6;
        }
        double ch = content.height(ctx, inner);
        double room = area.bottom() - ctx.pad() - y;
        // centre content vertically when the panel is stretched beyond what the content needs, unless a heading
        // opens it: a section reads from its top, level with its siblings' headings (MCP SERVER beside FASTAPI)
        boolean headed = opensWithHeading(content);
        double offset = content.stretches() || headed ? 0 : Math.max(0, (room - ch) / 2);
        content.draw(ctx, out, new Box(area.x() + ctx.pad(), y + offset, inner, content.stretches() ? room : ch));
    }

    /** A heading and more under it; a heading alone is a label, centred like a node's name. */
    private static boolean opensWithHeading(Block b) {
        Block first = b;
        while (first instanceof StackBlock s && !s.children.isEmpty()) {
            first = s.children.get(0);
        }
        return first instanceof HeadingBlock && parts(b) > 1;
    }

    private static int parts(Block b) {
        return b instanceof StackBlock s ? s.children.stream().mapToInt(PanelBlock::parts).sum() : 1;
    }
}
