package io.figgen.scene;

import io.figgen.scene.Component.Chart;
import io.figgen.scene.Component.ChartLabel;
import io.figgen.scene.Component.ChartMark;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart the sketch draws with axes: a y axis of {@code |} under a {@code ^}, an x axis of {@code +────>},
 * tick labels beside them, and boxes or text at data positions. Unlike the rest of a figure, a chart keeps
 * the sketch's coordinates: its marks and labels are placed on the grid of the strip it stands in.
 */
final class ChartReader {
    /** Where the axes are in the sketch. */
    record Axes(int col, int top, int xRow, int xEnd) {
    }

    private ChartReader() {
    }

    /** Boxes become marks at their sketch positions, text becomes tick and axis labels. */
    static Chart chart(Sketch sketch, Area strip, Axes axes) {
        int left = strip.left();
        int top = strip.top();
        List<ChartMark> marks = new ArrayList<>();
        for (Box b : strip.boxes()) {
            List<Text> lines = new ArrayList<>();
            for (Row r : b.interior().rows()) {
                String t = TextGroupComposer.texts(r);
                if (!t.isEmpty()) {
                    lines.add(Text.mixed(t, lines.isEmpty() ? "strong" : "body"));
                }
            }
            marks.add(new ChartMark(b.top() - top, b.left() - left, b.bottom() - top, b.right() - left, lines,
                    sketch.specLine(b.top())));
        }
        List<ChartLabel> labels = new ArrayList<>();
        for (Row r : strip.rows()) {
            for (Token t : r.tokens()) {
                String text = t instanceof Token.Text x ? x.text() : t instanceof Token.Arrow a ? a.label() : "";
                if (text.isEmpty() || text.equals("+") || r.row() == axes.xRow() && t.col() == axes.col()) {
                    continue;
                }
                boolean tick = t.end() < axes.col() && r.row() > axes.top() && r.row() < axes.xRow();
                String role = TextRules.isCapsLabel(text) ? "strong" : "caption";
                labels.add(new ChartLabel(r.row() - top, t.col() - left, Text.mixed(text, role), tick, sketch.specLine(r.row())));
            }
        }
        return new Chart(strip.width(), strip.bottom() - strip.top() + 1, axes.col() - left, axes.top() - top,
                axes.xRow() - top, axes.xEnd() - left, marks, labels, sketch.specLine(strip.top()));
    }

    /** The axes of a chart in an area: a vertical run of {@code |} (with {@code ^} above) meeting a horizontal axis. */
    static Axes find(Area area) {
        for (Row r : area.rows()) {
            for (Token t : r.tokens()) {
                boolean up = t instanceof Token.VLine v && v.head() == Token.Direction.UP
                        || t instanceof Token.Arrow a && a.col() == a.end() && a.direction() == Token.Direction.UP;
                if (up) {
                    Axes axes = down(area, r.row(), t.col());
                    // a chart's y axis stands left of what it plots, under nothing; a line with boxes on its left,
                    // or whose head points into the box above it, is the return leg of a loop
                    // (└── retry ──► ... ▲), not an axis
                    if (axes != null && area.boxes().stream().noneMatch(b -> b.left() < axes.col()
                            && b.bottom() >= axes.top() && b.top() <= axes.xRow()
                            || b.bottom() >= axes.top() - 2 && b.bottom() < axes.top() && b.left() <= axes.col()
                            && b.right() >= axes.col())) {
                        return axes;
                    }
                }
            }
        }
        return null;
    }

    private static Axes down(Area area, int top, int col) {
        int run = 0;
        for (Row r : area.rows()) {
            if (r.row() <= top) {
                continue;
            }
            Token at = r.tokens().stream().filter(t -> Math.abs(t.col() - col) <= 1).findFirst()
                    .orElse(r.art().stream().filter(t -> Math.abs(t.col() - col) <= 1).findFirst().orElse(null));
            if (at instanceof Token.VLine) {
                run++;
                continue;
            }
            if ((at instanceof Token.Rule || at instanceof Token.Arrow || at instanceof Token.Art x && x.text().startsWith("+"))
                    && run >= 3) {
                int end = at.end();
                for (Token t : r.tokens()) {
                    if ((t instanceof Token.Rule || t instanceof Token.Arrow) && t.col() >= col) {
                        end = Math.max(end, t.end());
                    }
                }
                return new Axes(col, top, r.row(), end);
            }
            return null;
        }
        return null;
    }
}
