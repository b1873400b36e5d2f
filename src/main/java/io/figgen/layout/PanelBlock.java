package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.theme.Style;

import java.util.ArrayList;
import java.util.List;

/** A zone: a flat fill or outline around content, with an optional title inside its top edge. */
final class PanelBlock extends Block {
    final Style style;
    final Block title;
    final Block content;

    /** The heading's most share of the inner width when it stands beside the text (see {@link #beside}). */
    private static final double SIDE_TITLE_SHARE = 0.25;
    /** Whether the title may stand left of the content, a callout's band, when that makes the panel shorter. */
    private boolean sideTitle;

    /** The colour of the pull-quote rule down the panel's left edge (the sketch's [accent line]), or null. */
    private String rule;

    /** The panel with a rule down its left edge, as a pull quote's accent line. */
    PanelBlock ruled(String color) {
        this.rule = color;
        return this;
    }

    PanelBlock(Style style, Block title, Block content) {
        this.style = style;
        this.title = title;
        this.content = content;
    }

    /**
     * A callout's panel: wide enough, its heading stands left of its text, as a band reads ("SIMILARITY ≠
     * CAUSATION  Embedding similarity shows..."), rather than over a line or two of text across the figure.
     */
    PanelBlock sideTitle() {
        this.sideTitle = true;
        return this;
    }

    /**
     * Layers of a stack whose headings stand in one column left of their rows: the column is as wide as the
     * widest heading, so every layer's row starts at one x; null when the panel stands alone.
     */
    private List<PanelBlock> layers;

    /** The titled panels among {@code parts}, each a row of boxes, set with their headings in one column beside them. */
    static void headingsBeside(List<Block> parts) {
        List<PanelBlock> layers = new ArrayList<>();
        for (Block b : parts) {
            if (b instanceof PanelBlock p && p.title instanceof HeadingBlock && p.content instanceof RowBlock) {
                layers.add(p);
            }
        }
        if (layers.size() >= 2) {
            layers.forEach(p -> p.layers = layers);
        }
    }

    /** The heading's column when it stands beside the content, or 0 when it stands over it. */
    private double beside(Ctx ctx, double inner) {
        if (layers != null) {
            double col = 0;
            for (PanelBlock p : layers) {
                col = Math.max(col, Ctx.ceil(((HeadingBlock) p.title).text.naturalWidth(ctx)));
            }
            return col > SIDE_TITLE_SHARE * inner ? 0 : col;
        }
        if (!sideTitle || !(title instanceof HeadingBlock h)) {
            return 0;
        }
        double col = Ctx.ceil(h.text.naturalWidth(ctx));
        if (col > SIDE_TITLE_SHARE * inner) {
            return 0;
        }
        double rest = inner - col - 1.5 * ctx.gap();
        double side = Math.max(h.height(ctx, col), content.height(ctx, rest));
        double over = h.height(ctx, inner) + ctx.gap() * 0.6 + content.height(ctx, inner);
        return side < over ? col : 0;
    }

    @Override
    double minWidth(Ctx ctx) {
        return Math.max(content.minWidth(ctx), title == null ? 0 : title.minWidth(ctx)) + 2 * ctx.pad();
    }

    @Override
    double height(Ctx ctx, double width) {
        double inner = width - 2 * ctx.pad();
        double col = beside(ctx, inner);
        if (col > 0) {
            return Math.max(title.height(ctx, col), content.height(ctx, inner - col - 1.5 * ctx.gap())) + 2 * ctx.pad();
        }
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
        if (rule != null) {
            // over the outline's left side, inside the panel's box: a thicker edge, not a line beside it
            out.rect(area.x(), area.y(), Ctx.round(Math.max(3, 5 * ctx.scale)), area.h(), rule, null, 0, null);
        }
        double inner = area.w() - 2 * ctx.pad();
        double y = area.y() + ctx.pad();
        double col = beside(ctx, inner);
        if (col > 0) {
            double cw = inner - col - 1.5 * ctx.gap();
            double h = Math.max(title.height(ctx, col), content.height(ctx, cw));
            // the pair centred in a panel stretched beyond it, the text's first line level with the heading
            double top = y + Math.max(0, (area.bottom() - ctx.pad() - y - h) / 2);
            title.draw(ctx, out, new Box(area.x() + ctx.pad(), top, col, title.height(ctx, col)));
            content.draw(ctx, out, new Box(area.right() - ctx.pad() - cw, top, cw, content.height(ctx, cw)));
            return;
        }
        if (title != null) {
            double th = title.height(ctx, inner);
            title.draw(ctx, out, new Box(area.x() + ctx.pad(), y, inner, th));
            y += th + ctx.gap() * 0.6;
        }
        double ch = content.height(ctx, inner);
        double room = area.bottom() - ctx.pad() - y;
        // centre content vertically when the panel is stretched beyond what the content needs, unless a heading
        // opens it: a section reads from its top, level with its siblings' headings (MCP SERVER beside FASTAPI);
        // text under the panel's own title is that title's, so it follows it too, as its siblings' does
        boolean headed = title != null || opensWithHeading(content);
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
