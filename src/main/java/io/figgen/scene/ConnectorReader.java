package io.figgen.scene;

import io.figgen.scene.Component.Connector;
import io.figgen.scene.Component.Mark;
import io.figgen.scene.Component.MarkKind;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of the sketch that only connect: vertical lines ({@code │}), buses that fan in or out
 * ({@code └───┬───┘}), arrowheads ({@code ▼ v ▲}) and the short labels written beside them.
 */
final class ConnectorReader {
    private ConnectorReader() {
    }

    /** The run of connector rows as a connector, its strokes at column offsets from {@code left}. */
    static Connector connector(List<Row> run, int left, int right, int line) {
        List<List<Mark>> rows = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        for (Row r : run) {
            List<Mark> marks = new ArrayList<>();
            for (Token t : r.tokens()) {
                int col = t.col() - left;
                if (t instanceof Token.VLine v) {
                    marks.add(new Mark(MarkKind.VERTICAL, col, col, v.head() == Token.Direction.UP,
                            v.head() == Token.Direction.DOWN));
                } else if (t instanceof Token.Arrow a && a.col() == a.end()
                        && (a.direction() == Token.Direction.DOWN || a.direction() == Token.Direction.UP)) {
                    marks.add(new Mark(MarkKind.HEAD, col, col, a.direction() == Token.Direction.UP,
                            a.direction() == Token.Direction.DOWN));
                } else if (t instanceof Token.Rule || t instanceof Token.Arrow) {
                    boolean headRight = t instanceof Token.Arrow a && a.direction() != Token.Direction.LEFT;
                    boolean headLeft = t instanceof Token.Arrow a2 && (a2.direction() == Token.Direction.LEFT
                            || a2.direction() == Token.Direction.BOTH);
                    marks.add(new Mark(MarkKind.HORIZONTAL, col, t.end() - left, headLeft, headRight));
                } else if (t instanceof Token.Text x) {
                    marks.add(new Mark(MarkKind.LABEL, col, t.end() - left, false, false));
                    labels.add(Text.mixed(x.text(), "caption"));
                }
            }
            rows.add(marks);
        }
        return new Connector(rows, right - left + 1, labels, line);
    }

    /**
     * A row that only connects: lines, buses and arrowheads, with at most one short label, written right after
     * a line and last on the row ({@code │ delegate}). Text between lines is a table row, not a connector.
     */
    static boolean isConnectorRow(Row row) {
        if (!row.art().isEmpty()) {
            // its lines belong to a drawing (rings, a pyramid) the sketch makes of characters
            return false;
        }
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
}
