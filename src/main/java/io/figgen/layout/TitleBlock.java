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
    /** Whether the title ends on the accent square the sketch's {@code [sq]} asks for. */
    final boolean square;

    TitleBlock(RichText title, List<Sub> subtitles, String accent) {
        this(title, subtitles, accent, false);
    }

    TitleBlock(RichText title, List<Sub> subtitles, String accent, boolean square) {
        this.title = title;
        this.subtitles = List.copyOf(subtitles);
        this.accent = accent;
        this.square = square;
    }

    /** The room the title's square takes after it: a gap and the square. */
    private double after(Ctx ctx) {
        return square && !title.isEmpty() ? Ctx.round(AccentSquare.size(title.lead()) * 0.5 * 2.2) : 0;
    }

    /** Display type sets tight, but never tighter than the face's own ascent and descent. */
    private double titleLead(Ctx ctx) {
        TextStyle s = title.lead();
        double extent = ctx.measurer.ascent(s.face(), s.size()) + ctx.measurer.descent(s.face(), s.size());
        return Ctx.ceil(Math.max(s.size() * TITLE_LEADING, extent));
    }

    private double indent(Sub sub) {
        return sub.square() ? AccentSquare.indent(sub.text().lead()) : 0;
    }

    /** The width the title and its subtitles take unwrapped: what a callout beside them leaves room for. */
    double naturalWidth(Ctx ctx) {
        double w = title.isEmpty() ? 0 : title.naturalWidth(ctx) + after(ctx);
        for (Sub sub : subtitles) {
            w = Math.max(w, indent(sub) + sub.text().naturalWidth(ctx));
        }
        return w;
    }

    @Override
    double height(Ctx ctx, double width) {
        double h = title.isEmpty() ? 0 : title.wrap(ctx, width - after(ctx)).size() * titleLead(ctx);
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
            List<List<Span>> lines = title.wrap(ctx, area.w() - after(ctx));
            for (List<Span> line : lines) {
                out.textLine(line, area.x(), y, titleLead(ctx), area, sourceLine);
                y += titleLead(ctx);
            }
            if (square) {
                // the accent square as the title's punctuation, after its last line, on the capitals' middle
                TextStyle s = title.lead();
                double sq = Ctx.round(AccentSquare.size(s) * 0.5);
                double end = area.x() + RichText.width(ctx, lines.get(lines.size() - 1));
                double cap = ctx.measurer.ascent(s.face(), s.size()) * 0.72;
                double base = y - titleLead(ctx) + (titleLead(ctx) + ctx.measurer.ascent(s.face(), s.size())
                        - ctx.measurer.descent(s.face(), s.size())) / 2;
                out.rect(Ctx.round(end + sq * 1.2), Ctx.round(base - cap / 2 - sq / 2), sq, sq, accent, null, 0, null);
            }
        }
        for (Sub sub : subtitles) {
            RichText s = sub.text();
            y += ctx.gap() * 0.25;
            double lh = ctx.lineHeight(s.lead());
            double indent = indent(sub);
            if (sub.square()) {
                AccentSquare.draw(out, area.x(), y, lh, s.lead(), accent);
            }
            for (List<Span> line : s.wrap(ctx, area.w() - indent)) {
                out.textLine(line, area.x() + indent, y, lh, area, sourceLine);
                y += lh;
            }
        }
    }
}
