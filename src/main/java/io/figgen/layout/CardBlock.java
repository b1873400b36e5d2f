package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.theme.Style;

import java.util.List;

/**
 * An option card: a header (title, and a badge such as SELECTED led by an accent square), a rule under it,
 * and a body. The style says whether it is the chosen option (solid accent border, elevated fill) or a
 * deferred one (quiet dashed border).
 */
final class CardBlock extends Block {
    final Style style;
    final RichText title;
    final RichText badge;
    final Block body;
    /** Set by a row of cards so that their header rules line up; 0 when the card stands alone. */
    double headerFloor;

    CardBlock(Style style, RichText title, RichText badge, Block body) {
        this.style = style;
        this.title = title;
        this.badge = badge;
        this.body = body;
    }

    double headerHeight(Ctx ctx, double inner) {
        return Math.max(headerFloor, ownHeaderHeight(ctx, inner));
    }

    double ownHeaderHeight(Ctx ctx, double inner) {
        double h = 0;
        if (title != null && !title.isEmpty()) {
            h += title.wrap(ctx, inner).size() * ctx.lineHeight(title.lead());
        }
        if (badge != null && !badgeBeside(ctx, inner)) {
            h += ctx.lineHeight(badge.lead());
        }
        return h;
    }

    /**
     * Whether the badge stands at the right end of a one-line title rather than under it: on a wide card (a
     * gallery's full-width card, not an option among three) where the two together take under three quarters
     * of its width, and a badge under the title would leave the card's right half empty.
     */
    private boolean badgeBeside(Ctx ctx, double inner) {
        if (badge == null || title == null || title.isEmpty() || inner < WIDE_CARD * ctx.scale) {
            return false;
        }
        List<List<Span>> lines = title.wrap(ctx, inner);
        return lines.size() == 1 && RichText.width(ctx, lines.get(0)) + badgeWidth(ctx) <= inner * 0.75;
    }

    /** A card this wide inside (at a 1200 px canvas) is a row of its own, not one of a row of options. */
    private static final double WIDE_CARD = 600;

    private double badgeWidth(Ctx ctx) {
        return badge.lead().size() * 0.75 * 1.6 + badge.naturalWidth(ctx);
    }

    private double ruleGap(Ctx ctx) {
        return Ctx.round(12 * ctx.scale);
    }

    boolean hasHeader() {
        return title != null && !title.isEmpty() || badge != null;
    }

    @Override
    double minWidth(Ctx ctx) {
        double w = body == null ? 0 : body.minWidth(ctx);
        if (title != null) {
            w = Math.max(w, title.widestWord(ctx));
        }
        return w + 2 * ctx.pad();
    }

    @Override
    double height(Ctx ctx, double width) {
        double inner = width - 2 * ctx.pad();
        double h = 2 * ctx.pad();
        if (hasHeader()) {
            h += headerHeight(ctx, inner) + 2 * ruleGap(ctx);
        }
        return h + (body == null ? 0 : body.height(ctx, inner));
    }

    @Override
    boolean asks() {
        return body != null && body.asks();
    }

    @Override
    double want(Ctx ctx, double width) {
        return body == null ? 0 : body.want(ctx, width - 2 * ctx.pad());
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
        double x = area.x() + ctx.pad();
        double y = area.y() + ctx.pad();
        Box content = new Box(x, area.y(), inner, area.h());
        if (title != null && !title.isEmpty()) {
            double lh = ctx.lineHeight(title.lead());
            for (List<Span> line : title.wrap(ctx, inner)) {
                out.textLine(line, x, y, lh, content, sourceLine);
                y += lh;
            }
        }
        if (badge != null) {
            double lh = ctx.lineHeight(badge.lead());
            double sq = Ctx.round(badge.lead().size() * 0.75);
            boolean beside = badgeBeside(ctx, inner);
            // beside the title, the badge sits on the title's line, its right end at the card's inner edge
            double bx = beside ? Ctx.round(x + inner - badgeWidth(ctx)) : x;
            double by = beside ? area.y() + ctx.pad() + (ctx.lineHeight(title.lead()) - lh) / 2 : y;
            out.rect(bx, by + (lh - sq) / 2, sq, sq, badge.lead().color(), null, 0, null);
            out.textLine(badge.spans(), bx + sq * 1.6, by, lh, content, sourceLine);
            if (!beside) {
                y += lh;
            }
        }
        if (hasHeader()) {
            y = area.y() + ctx.pad() + headerHeight(ctx, inner) + ruleGap(ctx);
            double weight = style.strokeWidth() >= 2 ? 2 : 1;
            out.rect(x, y - weight / 2, inner, weight, style.accent(), null, 0, null);
            y += ruleGap(ctx);
        }
        if (body != null) {
            body.draw(ctx, out, new Box(x, y, inner, Math.max(0, area.bottom() - ctx.pad() - y)));
        }
    }
}
