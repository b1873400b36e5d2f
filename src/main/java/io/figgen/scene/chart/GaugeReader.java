package io.figgen.scene.chart;

import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.sketch.Area;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A gauge: an arch of rounded corners ({@code ╭───╮} over {@code ╭─╯ ... ╰─╮} steps, three rows or more, each
 * wider than the one above) with a share written under it ({@code arc 95%}). The share is the gauge's value;
 * the other words under the arch are its label.
 */
final class GaugeReader {
    private GaugeReader() {
    }

    static Charts.Found read(ChartContext cx, Area area) {
        Cells cells = new Cells(cx.sketch().grid());
        List<Row> rows = area.rows();
        for (int i = 0; i < rows.size(); i++) {
            int top = rows.get(i).row();
            int[] span = arch(cells, top, area);
            if (span == null || span[1] - span[0] < 8) {
                continue;
            }
            int bottom = top;
            int left = span[0];
            int right = span[1];
            for (int r = top + 1; r <= area.bottom(); r++) {
                int[] s = steps(cells, r, area);
                if (s == null || s[0] > left || s[1] < right) {
                    break;
                }
                left = s[0];
                right = s[1];
                bottom = r;
            }
            if (bottom - top < 2) {
                continue;
            }
            List<String> words = new ArrayList<>();
            String number = null;
            int valueLine = 0;
            for (Row r : rows) {
                if (r.row() < top || r.row() > bottom) {
                    continue;
                }
                for (Token t : r.tokens()) {
                    if (t instanceof Token.Text x && x.col() > left && x.end() < right) {
                        String text = TextRules.stripScaffolding(x.text());
                        if (number == null && text.matches("\\d+(?:\\.\\d+)?\\s*%")) {
                            number = text;
                            valueLine = cx.sketch().specLine(r.row());
                        } else if (!text.isEmpty()) {
                            words.add(text);
                        }
                    }
                }
            }
            if (number == null) {
                continue;
            }
            double v = Labels.number(number) / 100;
            if (Double.isNaN(v) || v < 0 || v > 1) {
                continue;
            }
            int line = cx.sketch().specLine(top);
            return new Charts.Found(top, bottom, new Chart.Gauge(new Chart.Value(v, Chart.Source.WRITTEN, valueLine),
                    Text.mixed(number, "strong"), words.isEmpty() ? null : Text.mixed(String.join(" ", words), "caption"), line));
        }
        return null;
    }

    /** The top of an arch: {@code ╭} then only {@code ─} to a {@code ╮}; its corners' columns. */
    private static int[] arch(Cells cells, int row, Area area) {
        for (int c = area.left(); c <= area.right(); c++) {
            if (cells.at(row, c).equals("╭")) {
                int e = c + 1;
                while (e <= area.right() && cells.at(row, e).equals("─")) {
                    e++;
                }
                if (e <= area.right() && cells.at(row, e).equals("╮")) {
                    return new int[] {c, e};
                }
                return null;
            }
        }
        return null;
    }

    /** A step of the arch: the leftmost {@code ╯} or {@code ─╯} and the rightmost {@code ╰}; their columns. */
    private static int[] steps(Cells cells, int row, Area area) {
        int l = -1;
        int r = -1;
        for (int c = area.left(); c <= area.right(); c++) {
            String g = cells.at(row, c);
            if (l < 0 && (g.equals("╯") || g.equals("╭"))) {
                l = c;
            }
            if (g.equals("╰") || g.equals("╮")) {
                r = c;
            }
        }
        return l >= 0 && r > l ? new int[] {l, r} : null;
    }
}
