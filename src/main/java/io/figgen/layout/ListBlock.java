package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A list with hanging indents. A marker is either a small accent square (the house's punctuation, standing
 * for {@code ■ • ● -} and friends) or text such as {@code 1.} or {@code ✓}, drawn in the accent colour.
 */
final class ListBlock extends Block {
    record Item(String marker, RichText text, int line) {
    }

    final List<Item> items;
    String accent;

    ListBlock(List<Item> items, String accent) {
        this.items = new ArrayList<>(items);
        this.accent = accent;
    }

    private static boolean square(Item item) {
        return item.marker() == null;
    }

    /**
     * A tick, a cross and a question mark say yes, no and ask: they take the confidence colours (high, low,
     * medium) whatever the list's accent, so a permission list reads at a glance.
     */
    private String markerColor(Ctx ctx, Item item) {
        return switch (item.marker() == null ? "" : item.marker()) {
            case "✓", "✔" -> ctx.color("high");
            case "✗", "✘", "✕", "×" -> ctx.color("low");
            case "?" -> ctx.color("medium");
            default -> accent;
        };
    }

    private TextStyle markerStyle(Ctx ctx, Item item) {
        TextStyle body = item.text().lead();
        TextStyle strong = ctx.style("strong");
        // never larger than the item's own text (a code item is set smaller): the marker stands in its line
        return strong.withColor(markerColor(ctx, item)).withSize(Math.min(strong.size(), body.size())).withFace(body.face() == io.figgen.model.FontFace.MONO
                ? io.figgen.model.FontFace.MONO_MEDIUM : io.figgen.model.FontFace.SANS_SEMIBOLD);
    }

    private double indent(Ctx ctx) {
        double indent = 0;
        for (Item item : items) {
            TextStyle body = item.text().lead();
            double m = square(item) ? body.size() * 0.4 : ctx.width(item.marker(), markerStyle(ctx, item));
            indent = Math.max(indent, m + body.size() * 0.55);
        }
        return Ctx.round(indent);
    }

    @Override
    double minWidth(Ctx ctx) {
        double w = 0;
        for (Item item : items) {
            w = Math.max(w, item.text().widestWord(ctx));
        }
        return w + indent(ctx);
    }

    @Override
    double height(Ctx ctx, double width) {
        double indent = indent(ctx);
        double h = 0;
        for (Item item : items) {
            h += item.text().wrap(ctx, width - indent).size() * ctx.lineHeight(item.text().lead());
        }
        return h + ctx.itemGap() * Math.max(0, items.size() - 1);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double indent = indent(ctx);
        double y = area.y();
        for (Item item : items) {
            TextStyle body = item.text().lead();
            double lh = ctx.lineHeight(body);
            if (square(item)) {
                double sq = Ctx.round(body.size() * 0.4);
                out.rect(area.x(), y + (lh - sq) / 2, sq, sq, accent, null, 0, null);
            } else {
                out.textLine(List.of(new Span(item.marker(), markerStyle(ctx, item))), area.x(), y, lh, area, item.line());
            }
            for (List<Span> line : item.text().wrap(ctx, area.w() - indent)) {
                out.textLine(line, area.x() + indent, y, lh, area, item.line());
                y += lh;
            }
            y += ctx.itemGap();
        }
    }
}
