package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Ring;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concentric rings (nested sets, an onion, tree rings, defence in depth), drawn in the sketch as boxes nested
 * one inside the other, each holding exactly one box and a short name in the band around it:
 * <pre>
 *   +-------------------+
 *   | +--------------+  |
 *   | | +------+     |  |
 *   | | | CORE |     |  |
 *   | | +------+     |  |
 *   | |  MIDDLE      |  |
 *   | +--------------+  |
 *   |   OUTER           |
 *   +-------------------+
 *     BEYOND
 * </pre>
 * The boxes are traced on the sketch's cells, so boxes only a column apart (which the box reader takes for one
 * box and its rules) are read too. Three nested boxes or more, each band one or two short lines of words and
 * nothing else, when the spec's prose says concentric, rings, layers, onion or nested, or two of its elements
 * are named "... ring" or "... layer"; four or more need no word. A line right under (or over) the outer box
 * naming a ring element the boxes do not is one more ring, outside them; a row {@code heaviest <<<>>> lightest}
 * under them names the scale's inner and outer end.
 * <p>
 * Names are the sketch's, completed from the content element they begin ({@code COMM STYLE} for
 * "Communication Style ring", {@code FACTUAL} for "Factual Grounding ring": each written word the start of the
 * element's word in order, one element only); a ring's note is the capitals word its element's description
 * closes on as a sentence of its own ({@code ... conformal prediction. STABLE}). Nothing else is added.
 */
final class RingsReader {
    private static final String TL = "+┌╔╭┏";
    private static final String TR = "+┐╗╮┓";
    private static final String BL = "+└╚╰┗";
    private static final String BR = "+┘╝╯┛";
    private static final String H = "-─═━┄┈╌";
    private static final String V = "|│║┃┆┊╎";
    private static final String LEFT_TEE = "├╟╠┣";
    private static final int MAX_LABEL = 28;
    /** Lines about a ring under its name, at most. */
    private static final int MAX_DETAILS = 3;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'&/()+:-]*");
    private static final Pattern RING_ELEMENT = Pattern.compile("(?i)^(.*\\S)\\s+(rings?|layers?)$");
    /** A description closing on a capitals word as a sentence of its own: {@code ... prediction. STABLE}. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:[.!?…\"'”)]|--|—|–)\\s+(\\p{Lu}[\\p{Lu}_-]{2,}(?:\\s\\p{Lu}[\\p{Lu}_-]{2,})?)\\.?\\s*$");
    private static final Pattern SCALE_ART = Pattern.compile("[<>◄►←→◀▶\\-─=~.]+");
    private static final Pattern HIGHLIGHT = Pattern.compile("selected.*|highlight.*|.*_primary|emphasis.*|recommend.*");

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;

    /** A box traced on the cells: its corners (the right edge may be ragged by two columns) and its outline. */
    private record Rect(int top, int left, int bottom, int right, Set<Long> outline) {
        boolean within(Rect o) {
            return top > o.top && bottom < o.bottom && left > o.left && right < o.right;
        }

        boolean covers(int row, int col) {
            return row >= top && row <= bottom && col >= left && col <= right;
        }

        int size() {
            return (bottom - top + 1) * (right - left + 1);
        }
    }

    /** A ring's name as the sketch writes it, with the sketch row it starts on. */
    private record Written(String text, int row, List<String> details) {
        Written(String text, int row) {
            this(text, row, List.of());
        }
    }

    private RingsReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
    }

    static Charts.Found read(ChartContext cx, Area area) {
        return new RingsReader(cx, area).read();
    }

    private static long key(int row, int col) {
        return (long) row << 32 | (col & 0xffffffffL);
    }

    /** What the sketch draws: the rings' names innermost first, and the rows and columns the drawing takes. */
    private record Drawn(List<Written> names, int top, int left, int bottom, int right) {
    }

    private Charts.Found read() {
        long ringElements = cx.elements().stream().filter(e -> RING_ELEMENT.matcher(e.element().strip()).matches()).count();
        boolean said = cx.says("concentric", "rings?", "onion", "nested", "layers?", "shells?", "defen[cs]e in depth");
        Drawn d = boxes(said || ringElements >= 2);
        if (d == null && (said || ringElements >= 2)) {
            d = curves();
        }
        if (d == null) {
            return null;
        }
        List<Written> names = new ArrayList<>(d.names());
        Rect outer = new Rect(d.top(), d.left(), d.bottom(), d.right(), Set.of());
        int top = outer.top();
        int bottom = outer.bottom();
        // one more ring outside the boxes: a line right under or over them naming a ring element they do not
        Written beyond = null;
        for (int row : new int[] {outer.bottom() + 1, outer.top() - 1}) {
            Token.Text t = lone(row, outer);
            if (t == null) {
                continue;
            }
            String s = TextRules.stripScaffolding(t.text());
            ContentElement e = element(s, true);
            if (e != null && names.stream().noneMatch(n -> element(n.text(), true) == e)) {
                beyond = new Written(s, row);
                top = Math.min(top, row);
                bottom = Math.max(bottom, row);
                break;
            }
        }
        if (beyond != null) {
            names.add(beyond);
        }
        if (!claimable(top, bottom, outer)) {
            return null;
        }
        // the scale under them: heaviest <<<>>> lightest
        Token.Text low = null;
        Token.Text high = null;
        for (int row = bottom + 1; row <= Math.min(area.bottom(), bottom + 3); row++) {
            Row r = row(row);
            if (r == null || r.tokens().isEmpty() && r.art().isEmpty()) {
                continue;
            }
            Token.Text[] ends = scale(r);
            if (ends != null) {
                low = ends[0];
                high = ends[1];
                bottom = row;
            }
            break;
        }
        List<Ring> rings = new ArrayList<>();
        for (Written w : names) {
            rings.add(ring(w));
        }
        int line = cx.sketch().specLine(top);
        return new Charts.Found(top, bottom, new Chart.Rings(rings,
                low == null ? null : Text.plain(TextRules.stripScaffolding(low.text()), "caption"),
                high == null ? null : Text.plain(TextRules.stripScaffolding(high.text()), "caption"), line));
    }

    /** Boxes nested one in another, each holding one box and a name: three deep when the spec says so, else four. */
    private Drawn boxes(boolean said) {
        List<Rect> rects = rects();
        if (rects.size() < 3) {
            return null;
        }
        List<Rect> chain = longestChain(rects);
        if (chain.size() < 3 || chain.size() < 4 && !said) {
            return null;
        }
        Set<Long> outline = new HashSet<>();
        chain.forEach(r -> outline.addAll(r.outline()));
        // the name in each band, innermost first
        List<Written> names = new ArrayList<>();
        for (int k = chain.size() - 1; k >= 0; k--) {
            Written w = band(chain.get(k), k + 1 < chain.size() ? chain.get(k + 1) : null, outline);
            if (w == null) {
                return null;
            }
            names.add(w);
        }
        Rect outer = chain.get(0);
        return new Drawn(names, outer.top(), outer.left(), outer.bottom(), outer.right());
    }

    /** A run of a row: a wall of a curve ({@code ( | / .'}), or words. */
    private record Run(int col, int end, boolean wall, String text) {
    }

    /** Whether a glyph can draw a curve's wall: {@code ( ) / \ | . ' ` - _ ~}. */
    private static boolean curve(String g) {
        return g.length() == 1 && "()/\\|.'`-_~".contains(g);
    }

    /** Whether a glyph is always a wall, never part of a word. */
    private static boolean hard(String g) {
        return g.length() == 1 && "()/\\|`~_".contains(g);
    }

    private boolean letter(int row, int col) {
        String g = cells.at(row, col);
        return !g.isBlank() && Character.isLetterOrDigit(g.codePointAt(0));
    }

    /** The runs of a row from {@code left} to {@code right}: walls, and words (a {@code .} or {@code -} that ends or joins a word is the word's). */
    private List<Run> runs(int row, int left, int right) {
        List<Run> out = new ArrayList<>();
        // a ragged frame's (or divider's) right edge standing a column or two inside the area is no wall
        int last = right;
        while (last >= left && cells.at(row, last).isBlank()) {
            last--;
        }
        if (last >= right - 2 && last >= left && Cells.VERTICAL.contains(cells.at(row, last))) {
            right = last - 1;
        }
        int c = left;
        while (c <= right) {
            String g = cells.at(row, c);
            if (g.isBlank()) {
                c++;
                continue;
            }
            boolean wordish = letter(row, c) || curve(g) && !hard(g) && letter(row, c - 1);
            if (wordish) {
                int start = c;
                int end = c;
                StringBuilder sb = new StringBuilder();
                while (c <= right) {
                    String h = cells.at(row, c);
                    boolean part = letter(row, c) || !h.isBlank() && !hard(h) && (letter(row, c - 1) || letter(row, c + 1))
                            || h.equals(" ") && letter(row, c - 1) && letter(row, c + 1);
                    if (!part) {
                        break;
                    }
                    sb.append(h);
                    end = c;
                    c++;
                }
                out.add(new Run(start, end, false, sb.toString()));
            } else if (curve(g)) {
                int start = c;
                while (c + 1 <= right && curve(cells.at(row, c + 1)) && !letter(row, c + 2)) {
                    c++;
                }
                out.add(new Run(start, c, true, ""));
                c++;
            } else {
                // any other glyph (a bullet, an arrow, a box corner): no curve drawing
                out.add(new Run(c, c, false, null));
                c++;
            }
        }
        return out;
    }

    /**
     * Rings drawn as curves one inside another ({@code .-~~~-.} over {@code ( CORE )} over {@code '-...-'}), a name
     * in each: every row of the drawing has as many walls left of its middle as right of it (caps across the
     * middle aside), a word's ring is how many walls stand left of it less those of the right side, and each
     * ring, three or more, holds one name of one or two lines; no word stands outside the outer curve.
     */
    private Drawn curves() {
        // the drawing: the longest block of rows with a curve glyph on each
        int bestTop = -1;
        int bestBottom = -2;
        int start = -1;
        for (int r = area.top(); r <= area.bottom() + 1; r++) {
            boolean has = false;
            if (r <= area.bottom()) {
                final int row = r;
                List<Run> runs = runs(r, area.left(), area.right());
                has = runs.stream().noneMatch(x -> !x.wall() && x.text() == null) && runs.stream().anyMatch(x -> x.wall()
                        && java.util.stream.IntStream.rangeClosed(x.col(), x.end()).anyMatch(c -> "()/\\|.'".contains(cells.at(row, c))));
            }
            if (has && start < 0) {
                start = r;
            } else if (!has && start >= 0) {
                if (r - 1 - start > bestBottom - bestTop) {
                    bestTop = start;
                    bestBottom = r - 1;
                }
                start = -1;
            }
        }
        if (bestBottom - bestTop < 4) {
            return null;
        }
        List<List<Run>> rows = new ArrayList<>();
        int widest = -1;
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (int r = bestTop; r <= bestBottom; r++) {
            List<Run> runs = runs(r, area.left(), area.right());
            if (runs.stream().anyMatch(x -> !x.wall() && x.text() == null)) {
                return null;
            }
            rows.add(runs);
            long walls = runs.stream().filter(Run::wall).count();
            if (widest < 0 || walls > rows.get(widest).stream().filter(Run::wall).count()) {
                widest = rows.size() - 1;
            }
            for (Run x : runs) {
                left = Math.min(left, x.col());
                right = Math.max(right, x.end());
            }
        }
        List<Run> middleRow = rows.get(widest).stream().filter(Run::wall).toList();
        if (middleRow.size() < 6) {
            return null;
        }
        double centre = (middleRow.get(0).col() + middleRow.get(middleRow.size() - 1).end()) / 2.0;
        int depth = middleRow.size() / 2;
        List<List<Written>> byRing = new ArrayList<>();
        for (int k = 0; k <= depth; k++) {
            byRing.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            int row = bestTop + i;
            int lefts = 0;
            int rights = 0;
            for (Run x : rows.get(i)) {
                if (x.wall()) {
                    if (x.end() < centre) {
                        lefts++;
                    } else if (x.col() > centre) {
                        rights++;
                    }
                    continue;
                }
                int ring = lefts - rights;
                String text = TextRules.stripScaffolding(x.text());
                if (ring < 1 || ring > depth || !short_(text)) {
                    return null;
                }
                byRing.get(ring).add(new Written(text, row));
            }
            if (lefts != rights || lefts > depth) {
                return null;
            }
        }
        List<Written> names = new ArrayList<>();
        for (int k = depth; k >= 1; k--) {
            List<Written> ws = byRing.get(k);
            if (ws.isEmpty() || ws.size() > 2 || ws.size() == 2 && ws.get(1).row() != ws.get(0).row() + 1) {
                return null;
            }
            String name = TextRules.join(ws.stream().map(Written::text).toList());
            if (TextRules.SPACES.split(name).length > 5) {
                return null;
            }
            names.add(new Written(name, ws.get(0).row()));
        }
        return new Drawn(names, bestTop, left, bestBottom, right);
    }

    private Row row(int row) {
        for (Row r : area.rows()) {
            if (r.row() == row) {
                return r;
            }
        }
        return null;
    }

    /** The one text on a row, within the outer box's columns, short enough to name a ring; else null. */
    private Token.Text lone(int row, Rect outer) {
        if (row < area.top() || row > area.bottom() || inAreaBox(row)) {
            return null;
        }
        Row r = row(row);
        if (r == null || r.tokens().size() != 1 || !r.art().isEmpty() || !(r.tokens().get(0) instanceof Token.Text t)) {
            return null;
        }
        String s = TextRules.stripScaffolding(t.text());
        return t.col() >= outer.left() - 2 && t.end() <= outer.right() + 2 && short_(s) ? t : null;
    }

    private boolean inAreaBox(int row) {
        return area.boxes().stream().anyMatch(b -> b.top() <= row && b.bottom() >= row);
    }

    /** A row of two words with a double-headed run of art or an arrow between them, under the rings. */
    private Token.Text[] scale(Row r) {
        List<Token> t = r.tokens();
        Token.Text a;
        Token.Text b;
        if (t.size() == 2 && t.get(0) instanceof Token.Text x && t.get(1) instanceof Token.Text y) {
            a = x;
            b = y;
            boolean between = false;
            for (Token.Art art : r.art()) {
                String s = art.text().strip();
                if (art.col() > a.end() && art.end() < b.col() && SCALE_ART.matcher(s).matches() && s.matches(".*[<◄←◀].*")
                        && s.matches(".*[>►→▶].*")) {
                    between = true;
                } else {
                    return null;
                }
            }
            if (!between) {
                return null;
            }
        } else if (t.size() == 3 && t.get(0) instanceof Token.Text x && t.get(1) instanceof Token.Arrow arrow
                && t.get(2) instanceof Token.Text y && arrow.direction() == Token.Direction.BOTH && arrow.label().isBlank()
                && r.art().isEmpty()) {
            a = x;
            b = y;
        } else {
            return null;
        }
        if (inAreaBox(r.row()) || !short_(a.text()) || !short_(b.text())
                || TextRules.SPACES.split(a.text().strip()).length > 3 || TextRules.SPACES.split(b.text().strip()).length > 3) {
            return null;
        }
        return new Token.Text[] {a, b};
    }

    private static boolean short_(String s) {
        return !s.isEmpty() && s.length() <= MAX_LABEL && LABEL.matcher(s).matches();
    }

    /**
     * Whether the rows the rings take hold nothing else: no box of the area beside them, no words beside
     * them, no row of the area's text across them but the rings' own.
     */
    private boolean claimable(int top, int bottom, Rect outer) {
        for (Box b : area.boxes()) {
            if (b.bottom() >= top && b.top() <= bottom
                    && (b.top() < outer.top() || b.bottom() > outer.bottom() || b.left() < outer.left() - 2 || b.right() > outer.right() + 2)) {
                return false;
            }
        }
        for (Row r : area.rows()) {
            if (r.row() < top || r.row() > bottom) {
                continue;
            }
            for (Token t : r.tokens()) {
                if (t.col() < outer.left() - 4 || t.end() > outer.right() + 4) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every box traced on the area's cells. */
    private List<Rect> rects() {
        List<Rect> out = new ArrayList<>();
        int lastCol = area.right() + 2;
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= lastCol; c++) {
                if (!TL.contains(cells.at(r, c)) || !H.contains(cells.at(r, c + 1)) || !V.contains(cells.at(r + 1, c))) {
                    continue;
                }
                Rect rect = trace(r, c);
                if (rect != null && rect.bottom() <= area.bottom() && rect.right() <= lastCol) {
                    out.add(rect);
                }
            }
        }
        return out;
    }

    private Rect trace(int r, int c) {
        Set<Long> outline = new HashSet<>();
        int e = c;
        outline.add(key(r, c));
        while (H.contains(cells.at(r, e + 1))) {
            e++;
            outline.add(key(r, e));
        }
        e++;
        if (!TR.contains(cells.at(r, e)) || e - c < 3) {
            return null;
        }
        outline.add(key(r, e));
        int d = r + 1;
        while (V.contains(cells.at(d, c)) || LEFT_TEE.contains(cells.at(d, c))) {
            outline.add(key(d, c));
            d++;
        }
        if (!BL.contains(cells.at(d, c)) || d - r < 2) {
            return null;
        }
        outline.add(key(d, c));
        int f = c;
        while (H.contains(cells.at(d, f + 1))) {
            f++;
            outline.add(key(d, f));
        }
        f++;
        if (!BR.contains(cells.at(d, f)) || Math.abs(f - e) > 2) {
            return null;
        }
        outline.add(key(d, f));
        // the right edge, ragged by up to two columns: a vertical on most of its rows
        int found = 0;
        for (int row = r + 1; row < d; row++) {
            for (int col = Math.min(e, f) - 2; col <= Math.max(e, f) + 2; col++) {
                if (V.contains(cells.at(row, col)) || "┤╢╣┫".contains(cells.at(row, col))) {
                    outline.add(key(row, col));
                    found++;
                    break;
                }
            }
        }
        if (found < 0.6 * (d - r - 1)) {
            return null;
        }
        return new Rect(r, c, d, Math.max(e, f), outline);
    }

    /** The longest run of boxes each holding exactly one box (and that one the next), outermost first. */
    private static List<Rect> longestChain(List<Rect> rects) {
        List<Rect> sorted = new ArrayList<>(rects);
        sorted.sort(Comparator.comparingInt(Rect::size).reversed());
        List<Rect> best = List.of();
        for (Rect start : sorted) {
            List<Rect> chain = new ArrayList<>();
            Rect at = start;
            while (at != null) {
                chain.add(at);
                List<Rect> children = children(at, rects);
                if (children.size() > 1) {
                    chain = List.of();
                    break;
                }
                at = children.isEmpty() ? null : children.get(0);
            }
            if (chain.size() > best.size()) {
                best = chain;
            }
        }
        return best;
    }

    /** The boxes directly inside {@code r}: inside it, and inside no other box inside it. */
    private static List<Rect> children(Rect r, List<Rect> rects) {
        List<Rect> inside = rects.stream().filter(x -> x.within(r)).toList();
        return inside.stream().filter(x -> inside.stream().noneMatch(y -> y != x && x.within(y))).toList();
    }

    /**
     * The name a box's band writes (inside the box, outside the box it holds): one or two lines of one short run
     * each and nothing else; null when the band holds anything more, or nothing.
     */
    private Written band(Rect box, Rect inner, Set<Long> outline) {
        List<String> lines = new ArrayList<>();
        int first = -1;
        for (int r = box.top() + 1; r < box.bottom(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = box.left() + 1; c < box.right(); c++) {
                if (outline.contains(key(r, c)) || inner != null && inner.covers(r, c)) {
                    sb.append(' ');
                    continue;
                }
                String g = cells.at(r, c);
                // a ragged right edge the tracing did not take: line art, not a word
                sb.append(V.contains(g) && c >= box.right() - 2 ? " " : g);
            }
            String s = sb.toString().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (TextRules.SPACES.split(s).length > 1 && s.contains("  ")) {
                return null;
            }
            s = TextRules.stripScaffolding(s);
            if (!short_(s)) {
                return null;
            }
            lines.add(s);
            first = first < 0 ? r : first;
        }
        if (lines.isEmpty()) {
            return null;
        }
        // a capitals name over a few lines about the ring ("RING 2: RIGHTS" / "CMOs, labels," / "independent
        // artists" / "Revenue: SaaS subs"): the name, and its details, a line the sketch wrapped joined again
        List<String> details = new ArrayList<>();
        boolean described = lines.size() > 2 || lines.size() == 2 && !TextRules.isCapsLabel(lines.get(1))
                && TextRules.words(lines.get(0)).size() >= 2;
        if (described && TextRules.isCapsLabel(lines.get(0))) {
            // the name: its capitals lines, one or two ("NEUTRAL" / "HUB")
            int named = lines.size() > 1 && TextRules.isCapsLabel(lines.get(1)) ? 2 : 1;
            for (String l : lines.subList(named, lines.size())) {
                if (!details.isEmpty() && Character.isLowerCase(l.codePointAt(0))) {
                    details.set(details.size() - 1, details.get(details.size() - 1) + " " + l);
                } else {
                    details.add(l);
                }
            }
            lines = lines.subList(0, named);
            if (details.size() > MAX_DETAILS) {
                return null;
            }
        }
        if (lines.size() > 2) {
            return null;
        }
        String name = TextRules.join(lines);
        if (TextRules.SPACES.split(name).length > 5) {
            return null;
        }
        return new Written(name, first, details);
    }

    /** The element a written name begins, word by word ({@code COMM STYLE}: "Communication Style ring"), or null. */
    private ContentElement element(String written, boolean ringsOnly) {
        String[] w = Labels.key(written).split(" ");
        if (w.length == 0 || w[0].isEmpty()) {
            return null;
        }
        ContentElement found = null;
        for (ContentElement e : cx.elements()) {
            Matcher m = RING_ELEMENT.matcher(e.element().strip());
            if (ringsOnly && !m.matches()) {
                continue;
            }
            String[] full = Labels.key(m.matches() ? m.group(1) : e.element()).split(" ");
            if (!begins(w, full, ringsOnly)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        return found;
    }

    private static boolean begins(String[] written, String[] full, boolean partial) {
        if (written.length > full.length || !partial && written.length != full.length) {
            return false;
        }
        for (int i = 0; i < written.length; i++) {
            if (written[i].length() < 2 && !written[i].equals(full[i]) || !full[i].startsWith(written[i])) {
                return false;
            }
        }
        return true;
    }

    private static String core(ContentElement e) {
        Matcher m = RING_ELEMENT.matcher(e.element().strip());
        return m.matches() ? m.group(1) : e.element().strip();
    }

    private Ring ring(Written w) {
        int line = cx.sketch().specLine(w.row());
        ContentElement e = element(w.text(), true);
        if (e == null) {
            e = element(w.text(), false);
        }
        String name = w.text();
        int nameLine = line;
        Text note = null;
        int noteLine = 0;
        boolean highlight = false;
        if (e != null) {
            String full = core(e);
            if (!Labels.key(full).equals(Labels.key(name))) {
                name = TextRules.isCapsLabel(w.text()) ? full.toUpperCase(Locale.ROOT) : full;
                nameLine = e.line();
            }
            Matcher m = CLOSING.matcher(e.description().strip());
            if (m.find()) {
                note = Text.plain(m.group(1), "code");
                noteLine = e.line();
            }
            highlight = e.tags().stream().anyMatch(t -> HIGHLIGHT.matcher(t).matches());
        }
        List<Text> details = w.details().stream().map(d -> Text.mixed(d, "body")).toList();
        return new Ring(Text.plain(name, "label"), note, details, highlight, line, w.text(), nameLine, noteLine);
    }
}
