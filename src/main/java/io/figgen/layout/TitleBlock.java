package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/** The figure's display title, with subtitle lines each led by a coral accent square. */
final class TitleBlock extends Block {
    private static final double TITLE_LEADING = 1.1;
    final RichText title;
    /** A subtitle line; {@code square} when the sketch marks it with an accent square. */
    record Sub(RichText text, boolean square) {
    }

    final List<Sub> subtitles;
    final String accent;

    TitleBlock(RichText title, List<Sub> subtitles, String accent) {
        this.title = title;
        this.subtitles = List.copyOf(subtitles);
        this.accent = accent;
    }

    /** Display type sets tight, but never tighter than the face's own ascent and descent. */
    private double titleLead(Ctx ctx) {
        TextStyle s = title.lead();
        double extent = ctx.measurer.ascent(s.face(), s.size()) + ctx.measurer.descent(s.face(), s.size());
        return Ctx.ceil(Math.max(s.size() * TITLE_LEADING, extent));
    }

    private double square(TextStyle s) {
        return Ctx.round(s.size() * 0.55);
    }

    private double indent(Sub sub) {
        return sub.square() ? square(sub.text().lead()) * 1.9 : 0;
    }

    /** The width the title and its subtitles take unwrapped: what a callout beside them leaves room for. */
    double naturalWidth(Ctx ctx) {
        double w = title.isEmpty() ? 0 : title.naturalWidth(ctx);
        for (Sub sub : subtitles) {
            w = Math.max(w, indent(sub) + sub.text().naturalWidth(ctx));
        }
        return w;
    }

    @Override
    double height(Ctx ctx, double width) {
        double h = title.isEmpty() ? 0 : title.wrap(ctx, width).size() * titleLead(ctx);
        for (Sub sub : subtitles) {
            RichText s = sub.text();
            h += ctx.gap() * 0.25 + s.wrap(ctx, width - indent(sub)).size() * ctx.lineHeight(s.lead());
        }
        return h;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double y = area.y();
        if (!title.isEmpty()) {
            for (List<Span> line : title.wrap(ctx, area.w())) {
                out.textLine(line, area.x(), y, titleLead(ctx), area, sourceLine);
                y += titleLead(ctx);
            }
        }
        for (Sub sub : subtitles) {
            RichText s = sub.text();
            y += ctx.gap() * 0.25;
            double lh = ctx.lineHeight(s.lead());
            double sq = square(s.lead());
            double indent = indent(sub);
            if (sub.square()) {
                out.rect(area.x(), y + (lh - sq) / 2, sq, sq, accent, null, 0, null);
            }
            for (List<Span> line : s.wrap(ctx, area.w() - indent)) {
                out.textLine(line, area.x() + indent, y, lh, area, sourceLine);
                y += lh;
            }
        }
    }
}
