package io.figgen.scene.chart;

import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.sketch.Area;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A spectrum: one row holding a name, a double-headed arrow across much of the area and a name
 * ({@code CAUSAL ◄──────► CORROBORATIVE}), and, on the row right under it, words marking positions along it.
 * Not a link between two nodes: the arrow spans at least {@value #SPAN} of the area's width.
 */
final class SpectrumReader {
    private static final double SPAN = 0.4;

    private SpectrumReader() {
    }

    static Charts.Found read(ChartContext cx, Area area) {
        for (Row r : area.rows()) {
            List<Token> t = r.tokens();
            if (t.size() != 3 || !(t.get(0) instanceof Token.Text low) || !(t.get(1) instanceof Token.Arrow a)
                    || !(t.get(2) instanceof Token.Text high) || a.direction() != Token.Direction.BOTH || !a.label().isBlank()) {
                continue;
            }
            int row = r.row();
            if (a.end() - a.col() + 1 < area.width() * SPAN
                    || area.boxes().stream().anyMatch(b -> b.top() <= row && b.bottom() >= row)) {
                continue;
            }
            int line = cx.sketch().specLine(row);
            List<Chart.Note> marks = new ArrayList<>();
            int bottom = row;
            for (Row under : area.rows()) {
                if (under.row() == row + 1 && !under.tokens().isEmpty()
                        && area.boxes().stream().noneMatch(b -> b.top() <= row + 1 && b.bottom() >= row + 1)
                        && under.tokens().stream().allMatch(k -> k instanceof Token.Text && (k.col() + k.end()) / 2 >= a.col()
                        && (k.col() + k.end()) / 2 <= a.end())) {
                    for (Token k : under.tokens()) {
                        double at = ((k.col() + k.end()) / 2.0 - a.col()) / Math.max(1, a.end() - a.col());
                        marks.add(new Chart.Note(Text.mixed(TextRules.stripScaffolding(((Token.Text) k).text()), "caption"), at, 0,
                                cx.sketch().specLine(under.row())));
                    }
                    bottom = row + 1;
                }
            }
            return new Charts.Found(row, bottom, new Chart.Spectrum(Text.mixed(low.text(), "strong"), Text.mixed(high.text(), "strong"),
                    marks, line));
        }
        return null;
    }
}
