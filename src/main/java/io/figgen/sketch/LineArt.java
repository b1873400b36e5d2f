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
final class LineArt {
    private static final String ASCII_ART = "/\\|+-_=~^`'.:<>*";
    private static final String OPERATORS = "+/|-=&:";
    /** Characters that draw even alone: curves, waves, axis heads. */
    private static final String DRAWN = "\\~^╱╲╳";

    private LineArt() {
    }

    static boolean isArtChar(int c) {
        return ASCII_ART.indexOf(c) >= 0 || Glyphs.isStructural(c) || c == '╱' || c == '╲' || c == '╳';
    }

    private record Piece(int col, int end, String text, boolean art) {
    }

    /** The tokens of the text run at cells {@code c..end} of a row: words and art, in order. */
    static List<Token> split(Grid grid, int row, int c, int end) {
        List<Piece> pieces = pieces(grid, row, c, end);
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
        // one stray mark beside words ("prompt |", "Hetzner +") is punctuation of the text, not a drawing
        if (art == 0 || art == 1 && !drawn && art < pieces.size()) {
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
        return out;
    }

    /**
     * Punctuation of the text, not a drawing: a dash written {@code --} and a comment's {@code //} anywhere; a
     * short operator between two words ({@code Up + Down}, {@code P >= 1-a}, {@code A -> B}).
     */
    private static boolean isOperator(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (p.text.equals("--") || p.text.equals("//")) {
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
        boolean word = false;
        for (int k = start; k <= end; k++) {
            int cp = grid.cp(row, k);
            word |= Character.isLetterOrDigit(cp) || !isArtChar(cp) && grid.at(row, k) != Grid.CONTINUATION;
        }
        String text = grid.text(row, start, end);
        if (!word) {
            // a short run of dots is an ellipsis, not a dotted line
            boolean ellipsis = text.matches("\\.{1,3}|…");
            return List.of(new Piece(start, end, text, !ellipsis));
        }
        int a = start;
        while (a < end && isFrame(grid.cp(row, a))) {
            a++;
        }
        int b = end;
        while (b > a && isFrame(grid.cp(row, b))) {
            b--;
        }
        List<Piece> out = new ArrayList<>();
        if (a > start) {
            out.add(new Piece(start, a - 1, grid.text(row, start, a - 1), true));
        }
        out.add(new Piece(a, b, grid.text(row, a, b), false));
        if (b < end) {
            out.add(new Piece(b + 1, end, grid.text(row, b + 1, end), true));
        }
        return out;
    }

    /** Characters that only frame a word when glued to it: bars, box lines and slashes, never punctuation. */
    private static boolean isFrame(int c) {
        return c == '|' || c == '\\' || Glyphs.isStructural(c) || c == '╱' || c == '╲';
    }
}
