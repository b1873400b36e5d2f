package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.scene.Component.Mark;
import io.figgen.scene.Component.MarkKind;

import java.util.List;

/**
 * The lines between stacked parts of a diagram: vertical connectors, buses that fan in or out, arrowheads
 * and the short labels written beside them. Drawn where the sketch puts them: a column of the connector's
 * grid maps to the same fraction of the block's width.
 */
final class ConnectorBlock extends Block {
    private static final double ROW = 13;

    final List<List<Mark>> rows;
    final int columns;
    final List<RichText> labels;
    final String color;

    ConnectorBlock(List<List<Mark>> rows, int columns, List<RichText> labels, String color) {
        this.rows = List.copyOf(rows);
        this.columns = columns;
        this.labels = List.copyOf(labels);
        this.color = color;
    }

    private double rowHeight(Ctx ctx) {
        double label = labels.isEmpty() ? 0 : ctx.lineHeight(labels.get(0).lead());
        return Math.max(ROW * ctx.scale, label * 0.75);
    }

    @Override
    double height(Ctx ctx, double width) {
        double labels = this.labels.stream().mapToDouble(l -> ctx.lineHeight(l.lead())).max().orElse(0);
        return Math.max(Math.max(rows.size() * rowHeight(ctx), 30 * ctx.scale), labels);
    }

    private double x(Box area, double col) {
        return area.x() + (col + 0.5) / Math.max(1, columns) * area.w();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double rh = area.h() / rows.size();
        double stroke = Ctx.round(1.75 * ctx.scale);
        int label = 0;
        for (int i = 0; i < rows.size(); i++) {
            double top = area.y() + i * rh;
            double mid = top + rh / 2;
            for (Mark m : rows.get(i)) {
                if (m.kind() == MarkKind.VERTICAL) {
                    double x = x(area, m.col());
                    double end = m.headStart() ? top : top + rh;
                    double start = m.headStart() ? top + rh : top;
                    out.polyline(List.of(new double[] {x, start}, new double[] {x, end}), color, stroke, null,
                            m.headStart() || m.headEnd(), false);
                } else if (m.kind() == MarkKind.HEAD) {
                    double x = x(area, m.col());
                    boolean down = m.headEnd();
                    out.polyline(List.of(new double[] {x, down ? top : top + rh}, new double[] {x, down ? top + rh : top}),
                            color, stroke, null, true, false);
                } else if (m.kind() == MarkKind.HORIZONTAL) {
                    double x1 = x(area, m.col());
                    double x2 = x(area, m.end());
                    out.polyline(List.of(new double[] {x1, mid}, new double[] {x2, mid}), color, stroke, null, m.headEnd(),
                            m.headStart());
                } else if (label < labels.size()) {
                    RichText text = labels.get(label++);
                    double lh = ctx.lineHeight(text.lead());
                    double x = x(area, m.col()) - cell(area) / 2;
                    Box box = new Box(x, area.y(), area.right() - x, area.h());
                    List<List<Span>> lines = text.wrap(ctx, box.w());
                    double y = Math.max(area.y(), Math.min(mid - lh / 2, area.bottom() - lines.size() * lh));
                    for (List<Span> line : lines) {
                        out.textLine(line, x, y, lh, box, sourceLine);
                        y += lh;
                    }
                }
            }
        }
    }

    private double cell(Box area) {
        return area.w() / Math.max(1, columns);
    }
}
