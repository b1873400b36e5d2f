package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Text aligned in columns, as sketches line up tables and legends with spaces. Column widths follow the
 * sketch's column positions; cells wrap inside their column, so neighbours never collide.
 */
final class TableBlock extends Block {
    final List<List<RichText>> rows;
    final double[] weights;
    final List<Integer> lines;

    TableBlock(List<List<RichText>> rows, double[] weights, List<Integer> lines) {
        this.rows = new ArrayList<>(rows);
        this.weights = weights.clone();
        this.lines = List.copyOf(lines);
    }

    private double colGap(Ctx ctx) {
        return Ctx.round(14 * ctx.scale);
    }

    private double[] widths(Ctx ctx, double width) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double avail = width - colGap(ctx) * (weights.length - 1);
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Ctx.round(avail * weights[i] / sum);
        }
        return out;
    }

    private double rowHeight(Ctx ctx, List<RichText> row, double[] w) {
        double h = 0;
        for (int c = 0; c < row.size() && c < w.length; c++) {
            RichText t = row.get(c);
            if (t != null && !t.isEmpty()) {
                h = Math.max(h, t.wrap(ctx, w[c]).size() * ctx.lineHeight(t.lead()));
            }
        }
        return h;
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] w = widths(ctx, width);
        double h = 0;
        for (List<RichText> row : rows) {
            h += rowHeight(ctx, row, w);
        }
        return h + ctx.itemGap() * 0.5 * Math.max(0, rows.size() - 1);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] w = widths(ctx, area.w());
        double y = area.y();
        for (int r = 0; r < rows.size(); r++) {
            List<RichText> row = rows.get(r);
            double x = area.x();
            for (int c = 0; c < row.size() && c < w.length; c++) {
                RichText t = row.get(c);
                if (t != null && !t.isEmpty()) {
                    double lh = ctx.lineHeight(t.lead());
                    double ly = y;
                    for (List<Span> line : t.wrap(ctx, w[c])) {
                        out.textLine(line, x, ly, lh, new Box(x, y, w[c], area.bottom() - y), lines.get(r));
                        ly += lh;
                    }
                }
                x += w[c] + colGap(ctx);
            }
            y += rowHeight(ctx, row, w) + ctx.itemGap() * 0.5;
        }
    }
}
