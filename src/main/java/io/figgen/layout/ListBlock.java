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

    /** A list this wide (at a 1200 px canvas) may be set in two columns. */
    private static final double WIDE_LIST = 600;
    /** A list of short facts (each within a third of the width) may be set in two columns from this width. */
    private static final double SHORT_LIST = 450;

    /** The last answer of {@link #twoColumns}: a layout asks it at one scale and width many times over. */
    private Ctx askedCtx;
    private double askedWidth = -1;
    private boolean answer;

    /**
     * Whether the list is set in two columns: a list of three or more items in a wide box (a gallery's
     * full-width card) whose lines fill only its left half makes the figure tall where it has width to
     * spare. Set in two columns it must come out at most three quarters as tall, so a list of long items,
     * which would only wrap more, stays in one. Only a list of facts (square markers, words in every item)
     * is set so: numbered or arrowed steps read as a sequence down one column, and a list of glyphs is a
     * picture whose rows must stay together. A half-width card's list of four or more qualifies too when every item
     * is short (within a third of the width), so each stays on one line at half width (theory-21's HTTP
     * methods); three there would stand two and one, lopsided.
     */
    private boolean twoColumns(Ctx ctx, double width) {
        if (items.size() < 3 || width < SHORT_LIST * ctx.scale) {
            return false;
        }
        if (ctx != askedCtx || width != askedWidth) {
            answer = decideColumns(ctx, width);
            askedCtx = ctx;
            askedWidth = width;
        }
        return answer;
    }

    private boolean decideColumns(Ctx ctx, double width) {
        if (width < WIDE_LIST * ctx.scale && (items.size() < 4 || !allShort(ctx, width))) {
            return false;
        }
        double text = columnWidth(ctx, width) - indent(ctx);
        for (Item item : items) {
            if (!square(item) || item.text().plain().codePoints().noneMatch(Character::isLetter) || item.text().widestWord(ctx) > text) {
                return false;
            }
        }
        int split = split();
        double two = Math.max(height(ctx, items.subList(0, split), text), height(ctx, items.subList(split, items.size()), text));
        return two <= 0.75 * height(ctx, items, width - indent(ctx));
    }

    /** Whether every item's line is within a third of the width. */
    private boolean allShort(Ctx ctx, double width) {
        for (Item item : items) {
            if (item.text().naturalWidth(ctx) + indent(ctx) > width / 3) {
                return false;
            }
        }
        return true;
    }

    private int split() {
        return (items.size() + 1) / 2;
    }

    private double gutter(Ctx ctx) {
        return Ctx.round(2 * ctx.gap());
    }

    private double columnWidth(Ctx ctx, double width) {
        return Ctx.round((width - gutter(ctx)) / 2);
    }

    /** The items of each column, top to bottom: the first column takes the larger half, read down then across. */
    private List<List<Item>> columns(Ctx ctx, double width) {
        if (!twoColumns(ctx, width)) {
            return List.of(items);
        }
        int split = split();
        return List.of(items.subList(0, split), items.subList(split, items.size()));
    }

    @Override
    double height(Ctx ctx, double width) {
        List<List<Item>> columns = columns(ctx, width);
        double column = columns.size() == 1 ? width : columnWidth(ctx, width);
        double h = 0;
        for (List<Item> part : columns) {
            h = Math.max(h, height(ctx, part, column - indent(ctx)));
        }
        return h;
    }

    private double height(Ctx ctx, List<Item> items, double textWidth) {
        double h = 0;
        for (Item item : items) {
            h += item.text().wrap(ctx, textWidth).size() * ctx.lineHeight(item.text().lead());
        }
        return h + ctx.itemGap() * Math.max(0, items.size() - 1);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        List<List<Item>> columns = columns(ctx, area.w());
        if (columns.size() == 1) {
            draw(ctx, out, area, items);
            return;
        }
        double column = columnWidth(ctx, area.w());
        double x = area.x();
        for (List<Item> part : columns) {
            draw(ctx, out, new Box(x, area.y(), column, area.h()), part);
            x = Ctx.round(x + column + gutter(ctx));
        }
    }

    /**
     * Whether the items share a taller room evenly, as the sketch spreads them down a tall box (a side panel's
     * signals, one level with each tier), rather than bunching at its top.
     */
    boolean spread;

    @Override
    boolean stretches() {
        return spread;
    }

    private void draw(Ctx ctx, Canvas out, Box area, List<Item> items) {
        double indent = indent(ctx);
        double y = area.y();
        double gap = ctx.itemGap();
        if (spread && items.size() > 1) {
            double extra = area.h() - height(ctx, items, area.w() - indent);
            // one share after the last item too, so what follows the list (a footnote) stands apart from it as
            // the items do from each other; at most four lines apart, further they stop reading as one list
            gap += Math.max(0, Math.min(extra / items.size(), 4 * ctx.lineHeight(items.get(0).text().lead())));
        }
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
            y += gap;
        }
    }
}
