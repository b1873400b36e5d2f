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
        String caption = null;
        for (int at = 0; at < run.size(); at++) {
            Row r = run.get(at);
            List<Mark> marks = new ArrayList<>();
            if (at + 1 < run.size() && isReturnLine(run.get(at + 1)) && isLoopCaption(run, at)) {
                // a loop's caption over its return line heads that line's label, one label in two lines
                Token.Text x = (Token.Text) r.tokens().get(1);
                caption = x.text();
                for (Token t : List.of(r.tokens().get(0), r.tokens().get(2))) {
                    marks.add(new Mark(MarkKind.VERTICAL, t.col() - left, t.col() - left, false, false));
                }
                rows.add(marks);
                continue;
            }
            if (isReturnLine(r)) {
                // one line from corner to corner, its label written along it; the heads are the verticals' own
                List<Token> tokens = r.tokens();
                Token first = tokens.get(0);
                Token last = tokens.get(tokens.size() - 1);
                boolean headed = !rows.isEmpty() && rows.get(rows.size() - 1).stream().anyMatch(m -> m.headStart() || m.headEnd());
                boolean headLeft = !headed && tokens.stream()
                        .anyMatch(t -> t instanceof Token.Arrow a && a.direction() == Token.Direction.LEFT);
                boolean headRight = !headed && tokens.stream()
                        .anyMatch(t -> t instanceof Token.Arrow a && a.direction() == Token.Direction.RIGHT);
                marks.add(new Mark(MarkKind.RETURN, first.col() - left, last.end() - left, headLeft, headRight));
                for (Token t : tokens) {
                    if (t instanceof Token.Text x) {
                        marks.add(new Mark(MarkKind.LABEL, x.col() - left, x.end() - left, false, false));
                        labels.add(Text.mixed(caption == null ? x.text() : caption + TextRules.ITEM_BREAK + x.text(), "caption"));
                        caption = null;
                    }
                }
                rows.add(marks);
                continue;
            }
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
     * A row that only connects: lines, buses and arrowheads, with a short label written right after a line and
     * last on the row ({@code │ delegate}), and perhaps one more opening the row against the first line
     * ({@code corrections  │    ▼ conf < 0.85}). Text between lines is a table row, not a connector.
     */
    /** A loop's label says what comes back and when ("throttle agents if lag > 30s"): longer than a branch's. */
    private static final int RETURN_LABEL_WORDS = 6;

    /** A label's words, not the separators between them ("gRPC · 2.4k req/s peak" is four). */
    private static int labelWords(String text) {
        int n = 0;
        for (String w : TextRules.SPACES.split(text.strip())) {
            n += w.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return n;
    }

    /**
     * A caption written between a loop's two verticals ({@code │  FEEDBACK: BACKPRESSURE  │}) with the loop
     * going on above and below it: the loop's label, not a table's cell.
     */
    static boolean isLoopCaption(List<Row> rows, int i) {
        if (i == 0 || i + 1 >= rows.size()) {
            return false;
        }
        List<Token> ts = rows.get(i).tokens();
        if (ts.size() != 3 || !(ts.get(0) instanceof Token.VLine a) || !(ts.get(1) instanceof Token.Text x)
                || !(ts.get(2) instanceof Token.VLine b) || labelWords(x.text()) > 5) {
            return false;
        }
        for (Row r : List.of(rows.get(i - 1), rows.get(i + 1))) {
            if (!isConnectorRow(r) || !reaches(r, a.col()) || !reaches(r, b.col())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row's line art stands at column {@code col}: the vertical goes on there. */
    private static boolean reaches(Row r, int col) {
        return r.tokens().stream().anyMatch(t -> !(t instanceof Token.Text) && t.col() <= col && t.end() >= col);
    }

    /** The most words a label after a vertical arrowhead has (see isConnectorRow). */
    private static final int HEADED_LABEL_WORDS = 6;

    static boolean isConnectorRow(Row row) {
        if (isReturnLine(row)) {
            return true;
        }
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
                boolean after = (prev instanceof Token.VLine || prev instanceof Token.Arrow) && x.col() - prev.end() <= 2;
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean before = (next instanceof Token.VLine || next instanceof Token.Arrow) && next.col() - x.end() <= 3;
                // a label right after a line and last on the row ({@code │ delegate}), or two labels, one each
                // side of the lines, each against its own ({@code corrections  │    ▼ conf < 0.85}); words
                // between two lines are a table's cell
                // a row's only label against the line before it, far from the next ({@code │ yes      │}): the
                // next is another run, not the cell's other wall
                boolean beside = after && next != null && next.col() - x.end() > 12
                        && tokens.stream().filter(Token.Text.class::isInstance).count() == 1;
                // before another run's arrowhead ({@code │ cache miss    ▲ HIT}) it is the first run's label: a
                // table's cell has a wall there, never a head
                boolean headNext = next instanceof Token.Arrow n && (n.direction() == Token.Direction.UP
                        || n.direction() == Token.Direction.DOWN) && next.col() - x.end() > 3;
                // labels each right after its own line, the row ending on the last of them ({@code │ 80 conns
                // │ 40 conns}, two runs down into a bus): a table's row ends on its wall
                boolean eachAfter = after && next instanceof Token.VLine && next.col() - x.end() > 3
                        && tokens.get(tokens.size() - 1) instanceof Token.Text;
                boolean labels = after && (next == null || beside || headNext || eachAfter) || texts == 0 && before && !after && i == 0;
                // a label after an arrowhead down or up ({@code ▼ ages out after 7 days}) names the step it points
                // to and may run a little longer; after a bare line four words are the most a label has
                boolean headed = prev instanceof Token.Arrow a && (a.direction() == Token.Direction.DOWN
                        || a.direction() == Token.Direction.UP);
                if (++texts > 2 || !labels || labelWords(x.text()) > (headed ? HEADED_LABEL_WORDS : 4)) {
                    return false;
                }
            } else {
                return false;
            }
            prev = t;
        }
        // a label opening the row goes with one closing it: alone against a line it is an axis's tick (€500+ │)
        boolean opened = !tokens.isEmpty() && tokens.get(0) instanceof Token.Text;
        return line && (!opened || texts == 2) && tokens.stream().anyMatch(t -> t instanceof Token.VLine
                || t instanceof Token.Arrow a && (a.direction() == Token.Direction.DOWN || a.direction() == Token.Direction.UP)
                || t instanceof Token.Rule r && hasJoint(r));
    }

    /**
     * A line that returns under what it joins, its label written in its run: {@code └── retry ◄──┘},
     * {@code +--- retry <--+}. It starts and ends at a corner, and one short label interrupts it.
     */
    static boolean isReturnLine(Row row) {
        List<Token> tokens = row.tokens();
        if (tokens.size() < 3 || !(tokens.get(0) instanceof Token.Rule first) || !isCorner(first.glyph())) {
            return false;
        }
        // an ASCII corner also opens a box's titled top ({@code +-- TITLE --+}): only a line with a head returns
        if (first.glyph() == '+' && tokens.stream().noneMatch(Token.Arrow.class::isInstance)) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        int texts = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            if (t instanceof Token.Text x) {
                if (++texts > 1 || x.col() - prev.end() > 2 || labelWords(x.text()) > RETURN_LABEL_WORDS) {
                    return false;
                }
            } else if (t instanceof Token.Rule || t instanceof Token.Arrow a && a.label().isEmpty()) {
                if (prev instanceof Token.Text && t.col() - prev.end() > 2) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return texts == 1 && !(last instanceof Token.Text) && endsAtCorner(row, last);
    }

    /**
     * A row of branch labels: one vertical line with a short label on each side ({@code YES │ NO}), as a
     * decision's stem carries over the bus that splits it. Read as a connector row only over one. (A line
     * with words on one side only is a panel's divider or a labelled line, read as such.)
     */
    static boolean isBranchLabels(Row row) {
        List<Token> tokens = row.tokens();
        if (tokens.size() != 3 || !(tokens.get(1) instanceof Token.VLine) || !row.art().isEmpty()) {
            return false;
        }
        return tokens.get(0) instanceof Token.Text a && tokens.get(2) instanceof Token.Text b
                && TextRules.SPACES.split(a.text().trim()).length <= 3 && TextRules.SPACES.split(b.text().trim()).length <= 3;
    }

    private static boolean isCorner(int glyph) {
        return glyph == '└' || glyph == '╰' || glyph == '+';
    }

    private static boolean endsAtCorner(Row row, Token last) {
        return last instanceof Token.Rule r && (r.glyph() == '┘' || r.glyph() == '╯' || r.glyph() == '┐' || r.glyph() == '+')
                || last instanceof Token.Rule r2 && r2.end() > r2.col()
                || last instanceof Token.Arrow;
    }

    private static boolean hasJoint(Token.Rule r) {
        return r.glyph() == '└' || r.glyph() == '┌' || r.glyph() == '├';
    }
}
