package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines between stacked parts of a diagram: vertical connectors ({@code │}), buses that fan in or out
 * ({@code └───┬───┘}), arrowheads ({@code ▼ v ▲}) and the short labels written beside them. Drawn where the
 * sketch puts them: a sketch column maps to the same fraction of the block's width.
 */
final class ConnectorBlock extends Block {
    private static final double ROW = 13;

    final List<Row> rows;
    final int left;
    final int right;
    final List<RichText> labels;
    final String color;

    ConnectorBlock(List<Row> rows, int left, int right, List<RichText> labels, String color) {
        this.rows = List.copyOf(rows);
        this.left = left;
        this.right = right;
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
        return area.x() + (col - left + 0.5) / Math.max(1, right - left + 1) * area.w();
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double rh = area.h() / rows.size();
        double stroke = Ctx.round(1.75 * ctx.scale);
        int label = 0;
        for (int i = 0; i < rows.size(); i++) {
            double top = area.y() + i * rh;
            double mid = top + rh / 2;
            for (Token t : rows.get(i).tokens()) {
                if (t instanceof Token.VLine v) {
                    double x = x(area, v.col());
                    Token.Direction head = v.head();
                    double end = head == Token.Direction.DOWN ? top + rh : head == Token.Direction.UP ? top : top + rh;
                    double start = head == Token.Direction.UP ? top + rh : top;
                    out.polyline(List.of(new double[] {x, start}, new double[] {x, end}), color, stroke, null, head != null, false);
                } else if (t instanceof Token.Arrow a && a.col() == a.end()
                        && (a.direction() == Token.Direction.DOWN || a.direction() == Token.Direction.UP)) {
                    double x = x(area, a.col());
                    boolean down = a.direction() == Token.Direction.DOWN;
                    out.polyline(List.of(new double[] {x, down ? top : top + rh}, new double[] {x, down ? top + rh : top}),
                            color, stroke, null, true, false);
                } else if (t instanceof Token.Rule || t instanceof Token.Arrow) {
                    double x1 = x(area, t.col());
                    double x2 = x(area, t.end());
                    boolean headRight = t instanceof Token.Arrow a && a.direction() != Token.Direction.LEFT;
                    boolean headLeft = t instanceof Token.Arrow a2 && (a2.direction() == Token.Direction.LEFT
                            || a2.direction() == Token.Direction.BOTH);
                    out.polyline(List.of(new double[] {x1, mid}, new double[] {x2, mid}), color, stroke, null, headRight, headLeft);
                } else if (t instanceof Token.Text && label < labels.size()) {
                    RichText text = labels.get(label++);
                    double lh = ctx.lineHeight(text.lead());
                    double x = x(area, t.col()) - cell(area) / 2;
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
        return area.w() / Math.max(1, right - left + 1);
    }

    /**
     * A row that only connects: lines, buses and arrowheads, with at most one short label, written right after
     * a line and last on the row ({@code │ delegate}). Text between lines is a table row, not a connector.
     */
    static boolean isConnectorRow(Row row) {
        boolean line = false;
        int texts = 0;
        Token prev = null;
        List<Token> tokens = row.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t instanceof Token.VLine || t instanceof Token.Rule) {
                line = true;
            } else if (t instanceof Token.Arrow a) {
                if (!a.label().isEmpty()) {
                    return false;
                }
                line = true;
            } else if (t instanceof Token.Text x) {
                boolean besideLine = prev instanceof Token.VLine && x.col() - prev.end() <= 2
                        || prev instanceof Token.Arrow && x.col() - prev.end() <= 2;
                if (++texts > 1 || !besideLine || i != tokens.size() - 1 || TextRules.SPACES.split(x.text()).length > 4) {
                    return false;
                }
            } else {
                return false;
            }
            prev = t;
        }
        return line && tokens.stream().anyMatch(t -> t instanceof Token.VLine
                || t instanceof Token.Arrow a && (a.direction() == Token.Direction.DOWN || a.direction() == Token.Direction.UP)
                || t instanceof Token.Rule r && hasJoint(r));
    }

    private static boolean hasJoint(Token.Rule r) {
        return r.glyph() == '└' || r.glyph() == '┌' || r.glyph() == '├';
    }

    /** The labels written in connector rows, in reading order. */
    static List<String> labelTexts(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    out.add(x.text());
                }
            }
        }
        return out;
    }
}
