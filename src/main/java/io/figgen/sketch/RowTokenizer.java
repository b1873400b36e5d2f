package io.figgen.sketch;

import io.figgen.sketch.Token.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of one row, between two columns and outside masked cells (boxes already found), into
 * tokens. Words separated by two or more spaces become separate runs, because sketches align columns with
 * spaces while prose uses single ones.
 */
final class RowTokenizer {
    private static final int MASKED = -1;
    private static final int MAX_LABEL = 48;

    private final Grid grid;
    private final int row;
    private final int from;
    private final int to;
    private final boolean[] masked;

    private RowTokenizer(Grid grid, int row, int from, int to, boolean[] masked) {
        this.grid = grid;
        this.row = row;
        this.from = from;
        this.to = to;
        this.masked = masked;
    }

    static List<Token> tokenize(Grid grid, int row, int from, int to, boolean[] masked) {
        return new RowTokenizer(grid, row, from, to, masked).read();
    }

    private int cp(int c) {
        if (c < from || c > to) {
            return ' ';
        }
        if (masked != null && c < masked.length && masked[c]) {
            return MASKED;
        }
        return grid.cp(row, c);
    }

    private List<Token> read() {
        List<Token> out = new ArrayList<>();
        int c = from;
        while (c <= to) {
            int ch = cp(c);
            if (ch == MASKED || ch == ' ') {
                c++;
                continue;
            }
            Token t = arrowAt(c);
            if (t == null) {
                t = lineAt(c);
            }
            if (t == null) {
                t = barAt(c);
            }
            if (t == null) {
                t = textAt(c);
            }
            if (t instanceof Token.Text x) {
                out.addAll(LineArt.split(grid, row, x.col(), x.end()));
            } else {
                out.add(t);
            }
            c = t.end() + 1;
        }
        return out;
    }

    private static boolean isBoxShaft(int c) {
        return c == '─' || c == '═' || c == '━' || c == '╌' || c == '┄' || c == '┈' || c == '╍';
    }

    private static boolean isAsciiShaft(int c) {
        return c == '-' || c == '=';
    }

    private static boolean isRightHead(int c) {
        return c == '>' || c == '▶' || c == '►' || c == '→' || c == '▸';
    }

    private static boolean isLeftHead(int c) {
        return c == '<' || c == '◄' || c == '◀' || c == '←' || c == '◂';
    }

    private boolean startsShaft(int c) {
        int ch = cp(c);
        if (isBoxShaft(ch)) {
            return true;
        }
        int before = cp(c - 1);
        return isAsciiShaft(ch) && (before == ' ' || before == MASKED || isLeftHead(before));
    }

    /** End column of a shaft starting at c, or c - 1 when none starts there. */
    private int shaftEnd(int c) {
        int k = c;
        while (k <= to && (isBoxShaft(cp(k)) || isAsciiShaft(cp(k)))) {
            k++;
        }
        return k - 1;
    }

    private Token arrowAt(int c) {
        int ch = cp(c);
        boolean left = isLeftHead(ch) && startsShaftAfterHead(c + 1);
        int shaftStart = left ? c + 1 : c;
        if (!left && !startsShaft(c)) {
            return standaloneHead(c, ch);
        }
        int end = shaftEnd(shaftStart);
        boolean ascii = isAsciiShaft(cp(shaftStart));
        if (isRightHead(cp(end + 1))) {
            if (ascii && end - shaftStart < 0) {
                return null;
            }
            return new Token.Arrow(c, end + 1, left ? Direction.BOTH : Direction.RIGHT, "");
        }
        if (cp(end + 1) == ' ') {
            Token labelled = labelledShaft(c, end + 2, left);
            if (labelled != null) {
                return labelled;
            }
        }
        if (left) {
            return new Token.Arrow(c, end, Direction.LEFT, "");
        }
        return null;
    }

    private boolean startsShaftAfterHead(int c) {
        return isBoxShaft(cp(c)) || isAsciiShaft(cp(c));
    }

    /** {@code ──── label ────>}: a label written inside the shaft, closed by a second shaft with a head. */
    private Token labelledShaft(int start, int labelStart, boolean left) {
        for (int m = labelStart; m <= Math.min(to, labelStart + MAX_LABEL); m++) {
            int ch = cp(m);
            if (ch == MASKED) {
                return null;
            }
            if (ch == ' ' && cp(m + 1) == ' ') {
                return null;
            }
            if (ch == ' ' && (isBoxShaft(cp(m + 1)) || isAsciiShaft(cp(m + 1)) && isAsciiShaft(cp(m + 2)))) {
                int end = shaftEnd(m + 1);
                String label = grid.text(row, labelStart, m - 1).trim();
                if (label.isEmpty()) {
                    return null;
                }
                if (isRightHead(cp(end + 1))) {
                    return new Token.Arrow(start, end + 1, left ? Direction.BOTH : Direction.RIGHT, label);
                }
                return left ? new Token.Arrow(start, end, Direction.LEFT, label) : null;
            }
        }
        return null;
    }

    private Token standaloneHead(int c, int ch) {
        Direction d = switch (ch) {
            case '→', '▶', '►', '⟶', '⇒' -> Direction.RIGHT;
            case '←', '◄', '◀', '⟵', '⇐' -> Direction.LEFT;
            case '↔', '⟷', '⇔' -> Direction.BOTH;
            case '▼', '↓' -> Direction.DOWN;
            case '▲', '↑' -> Direction.UP;
            default -> null;
        };
        return d == null ? null : new Token.Arrow(c, c, d, "");
    }

    private Token lineAt(int c) {
        int ch = cp(c);
        if (ch == '│' || ch == '┃' || ch == '║' || ch == '┊' || ch == '╎' || ch == '┆') {
            return new Token.VLine(c, c, null, ch == '┊' || ch == '╎' || ch == '┆');
        }
        if (isBoxShaft(ch) || Glyphs.isStructural(ch)) {
            int k = c;
            while (k + 1 <= to && cp(k + 1) != MASKED && Glyphs.isStructural(cp(k + 1)) && !isVerticalOnly(cp(k + 1))) {
                k++;
            }
            return new Token.Rule(c, k, ch);
        }
        if (isAsciiShaft(ch) && startsShaft(c)) {
            int end = shaftEnd(c);
            boolean wordAfter = Character.isLetterOrDigit(cp(end + 1));
            if (end - c >= 2 && !wordAfter) {
                return new Token.Rule(c, end, ch);
            }
        }
        return null;
    }

    private static boolean isVerticalOnly(int c) {
        return c == '│' || c == '┃' || c == '║' || c == '┊' || c == '╎' || c == '┆';
    }

    private Token barAt(int c) {
        if (!isBlock(cp(c))) {
            return null;
        }
        int k = c;
        while (k + 1 <= to && isBlock(cp(k + 1))) {
            k++;
        }
        return new Token.Bar(c, k, grid.text(row, c, k));
    }

    private static boolean isBlock(int c) {
        return c >= 0x2580 && c <= 0x259F;
    }

    private Token textAt(int c) {
        if (cp(c) == '|' && cp(c + 1) == ' ' && isVerticalLine(c)) {
            // the side of a box drawn in ASCII, with words beside it ("| CORE" inside nested rings)
            return new Token.VLine(c, c, null);
        }
        int end = c;
        for (int k = c + 1; k <= to; k++) {
            int ch = cp(k);
            if (ch == MASKED || isVerticalOnly(ch) || isBlock(ch)) {
                break;
            }
            if (ch == ' ') {
                if (cp(k + 1) == ' ') {
                    break;
                }
                continue;
            }
            if (cp(k - 1) == ' ' && (startsShaft(k) && arrowOrRuleAt(k) || isLeftHead(ch) && startsShaftAfterHead(k + 1))) {
                break;
            }
            if (isBoxShaft(ch) && cp(k - 1) != ' ') {
                break;
            }
            if (cp(k - 1) == ' ' && cp(k + 1) == ' ' && standaloneHead(k, ch) != null) {
                break;
            }
            if (ch == '|' && cp(k - 1) == ' ' && isVerticalLine(k)) {
                break;
            }
            end = k;
        }
        String text = grid.text(row, c, end).strip();
        if (text.equals("|")) {
            return new Token.VLine(c, end, null);
        }
        if (text.equals("v")) {
            return new Token.VLine(c, end, Direction.DOWN);
        }
        if (text.equals("^")) {
            return new Token.VLine(c, end, Direction.UP);
        }
        return new Token.Text(c, end, text);
    }

    /** An ASCII {@code |} is a drawn line, not a pipe in text, when the line continues above or below it. */
    private boolean isVerticalLine(int c) {
        for (int r : new int[] {row - 1, row + 1}) {
            int x = grid.cp(r, c);
            if (x == '|' || x == '^' || x == '+' || x == '│' || x == 'v') {
                return true;
            }
        }
        return false;
    }

    private boolean arrowOrRuleAt(int k) {
        return arrowAt(k) != null || lineAt(k) != null;
    }
}
