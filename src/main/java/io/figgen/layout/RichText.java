package io.figgen.layout;

import io.figgen.scene.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * Text made of styled spans, wrapped greedily at word boundaries to a width. Words keep their span's style,
 * so a bold key or a monospace command stays styled wherever the line breaks.
 */
final class RichText {
    private final List<Span> spans;

    RichText(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    static RichText concat(RichText a, RichText b) {
        List<Span> spans = new ArrayList<>(a.spans);
        spans.addAll(b.spans);
        return new RichText(spans);
    }

    static RichText of(String text, TextStyle style) {
        return new RichText(List.of(new Span(text, style)));
    }

    List<Span> spans() {
        return spans;
    }

    String plain() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0 && !s.text().isEmpty()) {
                sb.append(' ');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isBlank());
    }

    /** The largest font size among the spans; lines are as tall as their tallest style. */
    TextStyle lead() {
        TextStyle best = spans.get(0).style();
        for (Span s : spans) {
            if (s.style().size() > best.size()) {
                best = s.style();
            }
        }
        return best;
    }

    private record Word(String text, TextStyle style) {
    }

    private static List<Word> fitted(Ctx ctx, List<Word> words, double width) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (isBreak(w) || ctx.width(w.text(), w.style()) <= width + 0.01 || w.text().codePointCount(0, w.text().length()) < 2) {
                out.add(w);
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < w.text().length(); ) {
                int cp = w.text().codePointAt(i);
                String next = piece.toString() + new String(Character.toChars(cp));
                if (piece.length() > 0 && ctx.width(next, w.style()) > width + 0.01) {
                    out.add(new Word(piece.toString(), w.style()));
                    piece.setLength(0);
                }
                piece.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            out.add(new Word(piece.toString(), w.style()));
        }
        return out;
    }

    private static final String BREAK = TextRules.ITEM_BREAK;

    private static boolean isBreak(Word w) {
        return w.text().equals(BREAK);
    }

    /** The words, with a word of its own for each item break (a table cell's items each start a line). */
    private List<Word> words() {
        List<Word> out = new ArrayList<>();
        for (Span s : spans) {
            for (String w : TextRules.SPACES.split(s.text().replace(BREAK, " " + BREAK + " ").trim())) {
                if (!w.isEmpty()) {
                    out.add(new Word(w, s.style()));
                }
            }
        }
        return out;
    }

    /**
     * Lines of spans no wider than {@code width}. Lines break between words; a single word wider than the
     * width (a glyph matrix in a narrow cell) breaks between characters as a last resort.
     */
    List<List<Span>> wrap(Ctx ctx, double width) {
        List<List<Span>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        double used = 0;
        for (Word w : fitted(ctx, words(), width)) {
            if (isBreak(w)) {
                if (!line.isEmpty()) {
                    lines.add(merge(line));
                    line = new ArrayList<>();
                    used = 0;
                }
                continue;
            }
            double ww = ctx.width(w.text(), w.style());
            double space = line.isEmpty() ? 0 : gap(ctx, line.get(line.size() - 1).style(), w.style());
            if (!line.isEmpty() && used + space + ww > width + 0.01) {
                lines.add(merge(line));
                line = new ArrayList<>();
                used = 0;
                space = 0;
            }
            line.add(w);
            used += space + ww;
        }
        if (!line.isEmpty()) {
            lines.add(merge(line));
        }
        return lines;
    }

    private static List<Span> merge(List<Word> words) {
        List<Span> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextStyle style = null;
        for (Word w : words) {
            if (style != null && !w.style().equals(style)) {
                out.add(new Span(sb.toString(), style));
                sb.setLength(0);
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            style = w.style();
            sb.append(w.text());
        }
        if (style != null) {
            out.add(new Span(sb.toString(), style));
        }
        return out;
    }

    /**
     * The space between two words: the next word's space, or where the face changes (a value in the data face
     * before a word in the sans) the mean of the two faces' spaces, so "P=0.20 reflect" does not read as one
     * word; the sans space beside a mono cell's side bearing is too narrow to see.
     */
    static double gap(Ctx ctx, TextStyle before, TextStyle after) {
        double next = ctx.width(" ", after);
        return before.face() == after.face() ? next : (ctx.width(" ", before) + next) / 2;
    }

    /** Width of one line of spans, with a space between spans. */
    static double width(Ctx ctx, List<Span> line) {
        double w = 0;
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) {
                w += gap(ctx, line.get(i - 1).style(), line.get(i).style());
            }
            w += ctx.width(line.get(i).text(), line.get(i).style());
        }
        return w;
    }

    /** Width of the widest single word, the least a line can be. */
    double widestWord(Ctx ctx) {
        double w = 0;
        for (Word word : words()) {
            if (!isBreak(word)) {
                w = Math.max(w, ctx.width(word.text(), word.style()));
            }
        }
        return w;
    }

    /** Width of the text unwrapped: its widest item, when a break sets items on lines of their own. */
    double naturalWidth(Ctx ctx) {
        double widest = 0;
        List<Word> item = new ArrayList<>();
        for (Word w : words()) {
            if (isBreak(w)) {
                widest = Math.max(widest, width(ctx, merge(item)));
                item.clear();
            } else {
                item.add(w);
            }
        }
        return Math.max(widest, width(ctx, merge(item)));
    }
}
