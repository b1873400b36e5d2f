package io.figgen.sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells words from line art inside a run of text. Sketches draw curves, pyramids, scatter lines and boxes of
 * ASCII with the same characters prose uses ({@code / \ | + - _ ~ ^ .}), and an author's run of words may
 * hold some ({@code * Voxtral / / / * Speechmatics}, {@code |IDENT.|}, {@code +-- VAD}). A piece (between
 * single spaces) made only of such characters is art, except a lone operator between two words
 * ({@code Up + Down}, {@code Desktop / Tablet}); art glued to the ends of a word ({@code |IDENT.|}) is cut off.
 * Words on either side of art are separate items, so a run is split there.
 */
public final class LineArt {
    private static final String ASCII_ART = "/\\|+-_=~^`'.:<>*";
    private static final String OPERATORS = "+/|-=&:";
    /** Signs of an expression, wherever they stand ("P >= 1-a" wraps as "P >=" / "1-a"). */
    private static final java.util.Set<String> COMPARISON = java.util.Set.of("=", ">=", "<=", "!=", "==", "=>", "+/-");
    /** Characters that draw even alone: curves, waves, axis heads. */
    private static final String DRAWN = "\\~^╱╲╳";

    private LineArt() {
    }

    static boolean isArtChar(int c) {
        return ASCII_ART.indexOf(c) >= 0 || Glyphs.isStructural(c) || c == '╱' || c == '╲' || c == '╳';
    }

    /** A piece between spaces; {@code glued} when it was cut off the end of a word ({@code |} of {@code |IDENT.|}). */
    private record Piece(int col, int end, String text, boolean art, boolean glued) {
        Piece(int col, int end, String text, boolean art) {
            this(col, end, text, art, false);
        }
    }

    /** The tokens of the text run at cells {@code c..end} of a row: words and art, in order. */
    static List<Token> split(Grid grid, int row, int c, int end) {
        List<Piece> pieces = pieces(grid, row, c, end);
        if (!classify(pieces)) {
            return List.of(new Token.Text(c, end, grid.text(row, c, end).strip()));
        }
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            boolean isArt = pieces.get(i).art;
            while (j + 1 < pieces.size() && pieces.get(j + 1).art == isArt) {
                j++;
            }
            int from = pieces.get(i).col;
            int to = pieces.get(j).end;
            String text = grid.text(row, from, to).strip();
            out.add(isArt ? new Token.Art(from, to, text) : new Token.Text(from, to, text));
            i = j + 1;
        }
        // cells that hold zero-width characters can defeat the mapping from characters to cells: then the
        // run is kept whole rather than cut into tokens that overlap or leave it
        int last = c - 1;
        for (Token t : out) {
            if (t.col() <= last || t.end() < t.col() || t.end() > end) {
                return List.of(new Token.Text(c, end, grid.text(row, c, end).strip()));
            }
            last = t.end();
        }
        return out;
    }

    /**
     * The line art a drawn text still holds, by the rules the sketch reader splits runs with: empty when the
     * text is words (and their punctuation) only.
     */
    public static List<String> artIn(String text) {
        List<Piece> pieces = new ArrayList<>();
        int k = 0;
        while (k < text.length()) {
            if (text.charAt(k) == ' ') {
                k++;
                continue;
            }
            int start = k;
            while (k < text.length() && text.charAt(k) != ' ') {
                k++;
            }
            pieces.addAll(trimmed(text.substring(start, k), start));
        }
        List<String> out = new ArrayList<>();
        if (classify(pieces)) {
            for (Piece p : pieces) {
                if (p.art) {
                    out.add(p.text);
                }
            }
        }
        return out;
    }

    /**
     * The line art in one drawn line of a figure: as {@link #artIn}, but a line that is only an operator
     * ({@code +}) is what is left when a layout wraps an expression, not a drawing.
     */
    public static List<String> artInLine(String line) {
        String t = line.strip();
        if (t.length() == 1 && OPERATORS.indexOf(t.charAt(0)) >= 0) {
            return List.of();
        }
        return artIn(line);
    }

    /**
     * Marks the operators between words as text, and tells whether the pieces hold art worth splitting off:
     * one stray mark beside words ("prompt |", "Hetzner +") is punctuation of the text, not a drawing.
     */
    private static boolean classify(List<Piece> pieces) {
        int art = 0;
        boolean drawn = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.art && isOperator(pieces, i)) {
                pieces.set(i, new Piece(p.col, p.end, p.text, false));
            } else if (p.art) {
                art++;
                drawn |= p.text.codePointCount(0, p.text.length()) > 1 || DRAWN.indexOf(p.text.codePointAt(0)) >= 0
                        || Glyphs.isStructural(p.text.codePointAt(0));
            }
        }
        return !(art == 0 || art == 1 && !drawn && art < pieces.size());
    }

    /**
     * Punctuation of the text, not a drawing: a dash written {@code --}, a comment's {@code //} and the signs of an
     * expression anywhere; a
     * short operator between two words ({@code Up + Down}, {@code P >= 1-a}, {@code A -> B}).
     */
    private static boolean isOperator(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (p.glued) {
            return false;
        }
        if (p.text.equals("--") || p.text.equals("//") || COMPARISON.contains(p.text)) {
            return true;
        }
        boolean between = i > 0 && i + 1 < pieces.size() && !pieces.get(i - 1).art && !pieces.get(i + 1).art;
        return between && (p.text.length() == 1 && OPERATORS.indexOf(p.text.charAt(0)) >= 0
                || p.text.length() <= 3 && !p.text.chars().allMatch(ch -> ch == p.text.charAt(0)));
    }

    private static List<Piece> pieces(Grid grid, int row, int c, int end) {
        List<Piece> out = new ArrayList<>();
        int k = c;
        while (k <= end) {
            if (grid.cp(row, k) == ' ') {
                k++;
                continue;
            }
            int start = k;
            while (k + 1 <= end && grid.cp(row, k + 1) != ' ') {
                k++;
            }
            out.addAll(trimmed(grid, row, start, k));
            k++;
        }
        return out;
    }

    /** A piece, with art glued to either end of a word ({@code |IDENT.|}, {@code ──label}) split off. */
    private static List<Piece> trimmed(Grid grid, int row, int start, int end) {
        // cells map to characters one to one but for wide characters, which are never art
        List<Piece> out = new ArrayList<>();
        String text = grid.text(row, start, end);
        int last = start - 1;
        for (Piece p : trimmed(text, 0)) {
            int from = start + cellsBefore(grid, row, start, p.col);
            int to = Math.max(from, Math.min(end, start + cellsBefore(grid, row, start, p.col + p.text.length()) - 1));
            if (from <= last) {
                // a cell holding more than one character (a mark combined onto it) cannot be cut: keep it whole
                return List.of(new Piece(start, end, text, !hasWord(text)));
            }
            out.add(new Piece(from, to, p.text, p.art, p.glued));
            last = to;
        }
        return out;
    }

    /** The cell offset from {@code start} at which the character at {@code chars} of the run's text stands. */
    private static int cellsBefore(Grid grid, int row, int start, int chars) {
        int n = 0;
        int cell = start;
        while (n < chars) {
            n += grid.at(row, cell).length();
            cell++;
        }
        return cell - start;
    }

    private static boolean hasWord(String text) {
        for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp) || !isArtChar(cp)) {
                return true;
            }
        }
        return false;
    }

    private static List<Piece> trimmed(String text, int col) {
        if (!hasWord(text)) {
            // a short run of dots is an ellipsis, not a dotted line
            boolean ellipsis = text.matches("\\.{1,3}|\u2026");
            return List.of(new Piece(col, col + text.length() - 1, text, !ellipsis));
        }
        int a = 0;
        while (a < text.length() - 1 && isFrame(text.charAt(a))) {
            a++;
        }
        int b = text.length() - 1;
        while (b > a && isFrame(text.charAt(b))) {
            b--;
        }
        List<Piece> out = new ArrayList<>();
        if (a > 0) {
            out.add(new Piece(col, col + a - 1, text.substring(0, a), true, true));
        }
        out.add(new Piece(col + a, col + b, text.substring(a, b + 1), false));
        if (b < text.length() - 1) {
            out.add(new Piece(col + b + 1, col + text.length() - 1, text.substring(b + 1), true, true));
        }
        return out;
    }

    /** Characters that only frame a word when glued to it: bars, box lines and slashes, never punctuation. */
    private static boolean isFrame(int c) {
        return c == '|' || c == '\\' || Glyphs.isStructural(c) || c == '╱' || c == '╲';
    }
}
