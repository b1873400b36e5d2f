package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/**
 * Code as the sketch writes it: monospace lines keeping their relative indentation, on an elevated panel.
 * Lines are never re-wrapped (that would change the code); the type shrinks to fit the width instead, down to
 * the minimum size, and only then does a line wrap.
 */
final class CodeBlock extends Block {
    record Line(int indent, String text, int line) {
    }

    final List<Line> lines;
    final TextStyle base;
    final String fill;
    final String stroke;

    CodeBlock(List<Line> lines, TextStyle base, String fill, String stroke) {
        this.lines = List.copyOf(lines);
        this.base = base;
        this.fill = fill;
        this.stroke = stroke;
    }

    private double pad(Ctx ctx) {
        return Ctx.round(ctx.pad() * 0.7);
    }

    /** The largest size up to the role's own at which every line fits the inner width. */
    private TextStyle fitted(Ctx ctx, double width) {
        double inner = width - 2 * pad(ctx);
        double size = base.size();
        while (size > ctx.minFont) {
            TextStyle s = new TextStyle(base.role(), base.face(), size, base.color(), 0);
            double cell = ctx.width("m", s);
            boolean fits = true;
            for (Line l : lines) {
                fits &= l.indent() * cell + ctx.width(l.text(), s) <= inner;
            }
            if (fits) {
                return s;
            }
            size = Math.max(ctx.minFont, Ctx.round(size - 0.5));
        }
        return new TextStyle(base.role(), base.face(), ctx.minFont, base.color(), 0);
    }

    @Override
    double height(Ctx ctx, double width) {
        TextStyle s = fitted(ctx, width);
        double cell = ctx.width("m", s);
        double h = 0;
        for (Line l : lines) {
            h += RichText.of(l.text(), s).wrap(ctx, width - 2 * pad(ctx) - l.indent() * cell).size() * ctx.lineHeight(s);
        }
        return h + 2 * pad(ctx);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        out.rect(area.x(), area.y(), area.w(), area.h(), fill, stroke, 1, null);
        TextStyle s = fitted(ctx, area.w());
        double cell = ctx.width("m", s);
        double lh = ctx.lineHeight(s);
        double y = area.y() + pad(ctx);
        Box inner = new Box(area.x() + pad(ctx), area.y(), area.w() - 2 * pad(ctx), area.h());
        for (Line l : lines) {
            double x = inner.x() + l.indent() * cell;
            for (List<Span> part : RichText.of(l.text(), s).wrap(ctx, inner.w() - l.indent() * cell)) {
                out.textLine(part, x, y, lh, inner, l.line());
                y += lh;
            }
        }
    }
}
