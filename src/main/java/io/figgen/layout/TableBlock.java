package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.FontFace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table: columns sized from their content with the real font metrics, a header row in the label style over
 * a hairline, hairlines between rows (no grid, no zebra), the row-header column emphasised, numbers in the data
 * face and right-aligned. A cell wraps inside its column; the narrowest a table goes is its widest words, so a
 * table too wide for its room makes the layout shrink the type before anything leaves its column. Cells given
 * a tone ({@code tones}, a colour or null) are drawn as filled cells.
 */
final class TableBlock extends Block {
    /** A number, an amount or a rate: "1.0/s", "$9,000", "~$10", "0.42", "85%", "3". */
    private static final Pattern NUMBER = Pattern.compile(
            "[~≈<>≤≥]?\\s?[-+]?[$€£]?\\s?\\d[\\d,.]*\\s?(?:%|[kKMGTB]{1,2}|/[a-z]{1,4}|x|ms|s)?");

    final List<List<RichText>> rows;
    final double[] weights;
    final List<Integer> lines;
    final boolean header;
    final List<List<String>> tones;
    /** Columns in the sketch's proportions across the room, not each its content's width. */
    final boolean spread;
    /** The table is all its box holds: spare width goes to its word columns, however much there is. */
    boolean fills;
    /** The chosen column, drawn in the selected card's style, or -1. */
    final int selected;
    private final io.figgen.theme.Style chosen;
    private final boolean[] numeric;
    private final boolean rowHeader;
    private final boolean ruled;
    private final String rule;
    private final String headColor;
    private Ctx styled;
    private List<List<RichText>> cells;
    /** A colour to underline a cell's words in (a badge system's level under its label), or null; may be null. */
    List<List<String>> underlines;
    /** Per cell, the colour of an open cell's outline (a bucket's empty slot), or null. */
    List<List<String>> outlines;
    /** An edge between two columns, drawn under the table: out of one column's foot, up into the other's. */
    record Link(int from, int to, RichText label, boolean dashed, int line) {
    }

    /** The stated edges between columns, in order; empty for most tables. */
    List<Link> links = List.of();
    /** The chosen column's mark ({@code SWEET SPOT}), drawn under its head as a card's badge, or null. */
    RichText badge;

    private boolean badged(int r, int c) {
        return badge != null && header && r == 0 && c == selected;
    }

    TableBlock(List<List<RichText>> rows, double[] weights, List<Integer> lines, boolean header, boolean spread,
               int selected, io.figgen.theme.Style chosen, List<List<String>> tones, String rule, String headColor) {
        this.spread = spread;
        this.selected = selected;
        this.chosen = chosen;
        this.rows = new ArrayList<>(rows);
        this.weights = weights.clone();
        this.lines = List.copyOf(lines);
        // a "table" whose cells are mostly marks (a scatter of ○ the sketch set in columns) is no table to rule
        int cellsWithText = 0;
        int wordy = 0;
        for (List<RichText> row : rows) {
            for (RichText t : row) {
                if (t != null && !t.isEmpty()) {
                    cellsWithText++;
                    wordy += t.plain().codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
                }
            }
        }
        // nor a matrix of filled cells: its cells part its rows
        boolean anyFill = tones != null && tones.stream().anyMatch(r -> r.stream().anyMatch(java.util.Objects::nonNull));
        this.header = header && rows.size() > 1 && wordy * 2 >= cellsWithText;
        this.ruled = wordy * 2 >= cellsWithText && !anyFill;
        this.tones = tones;
        this.rule = rule;
        this.headColor = headColor;
        int n = weights.length;
        numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            int nums = 0;
            int filled = 0;
            for (int r = this.header ? 1 : 0; r < rows.size(); r++) {
                RichText t = c < rows.get(r).size() ? rows.get(r).get(c) : null;
                if (t != null && !t.isEmpty() && tone(r, c) == null) {
                    filled++;
                    nums += isNumber(t.plain()) ? 1 : 0;
                }
            }
            numeric[c] = filled > 0 && nums * 3 >= filled * 2 && nums >= 1;
        }
        // the first column names the rows when the table has a header and the column holds words, not numbers
        // (a table spread to the sketch's proportions compares its columns: its first is a row header only
        // under an empty corner cell)
        boolean corner = !rows.isEmpty() && !rows.get(0).isEmpty() && (rows.get(0).get(0) == null || rows.get(0).get(0).isEmpty());
        this.rowHeader = this.header && n >= 3 && !numeric[0] && (!spread || corner);
    }

    static boolean isNumber(String s) {
        String t = s.strip();
        return !t.isEmpty() && (NUMBER.matcher(t).matches() || t.equals("N/A") || t.equals("—") || t.equals("-"));
    }

    private String underline(int r, int c) {
        return underlines == null || r >= underlines.size() || c >= underlines.get(r).size() ? null : underlines.get(r).get(c);
    }

    /** The height an underline takes under its words: a gap and the line. */
    private static double underlineRoom(Ctx ctx) {
        return Ctx.round(7 * ctx.scale);
    }

    private String outline(int r, int c) {
        return outlines == null || r >= outlines.size() || c >= outlines.get(r).size() ? null : outlines.get(r).get(c);
    }

    private String tone(int r, int c) {
        return tones == null || r >= tones.size() || c >= tones.get(r).size() ? null : tones.get(r).get(c);
    }

    /** The size of the column heads: a little under the body's, never under the smallest type. */
    static double headSize(Ctx ctx) {
        return Math.max(ctx.minFont, Ctx.round(ctx.style("body").size() * 0.8125));
    }

    /** The cells restyled for this context: header, row header, numbers in the data face. */
    private List<List<RichText>> cells(Ctx ctx) {
        if (styled == ctx) {
            return cells;
        }
        TextStyle body = ctx.style("body");
        TextStyle head = ctx.style("section");
        double headSize = headSize(ctx);
        head = new TextStyle("strong", FontFace.SANS_BOLD, headSize, headColor, Ctx.round(headSize * 0.06));
        TextStyle code = ctx.style("code");
        List<List<RichText>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<RichText> row = new ArrayList<>();
            for (int c = 0; c < weights.length; c++) {
                RichText t = c < rows.get(r).size() ? rows.get(r).get(c) : null;
                if (t == null || t.isEmpty()) {
                    row.add(null);
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                for (Span s : t.spans()) {
                    TextStyle st = s.style();
                    if (header && r == 0) {
                        st = c == selected && chosen != null && chosen.accent() != null ? head.withColor(chosen.accent()) : head;
                    } else if (tone(r, c) != null) {
                        st = st.withColor(ctx.color("white"));
                    } else if (numeric[c] && isNumber(t.plain())) {
                        st = new TextStyle("code", FontFace.MONO, Math.max(ctx.minFont, code.size()), st.color(), 0);
                    } else if (rowHeader && c == 0 && st.role().equals("body")) {
                        st = new TextStyle("strong", FontFace.SANS_SEMIBOLD, st.size(), ctx.style("strong").color(),
                                st.letterSpacing());
                    }
                    spans.add(new Span(s.text(), st));
                }
                row.add(new RichText(spans));
            }
            out.add(row);
        }
        styled = ctx;
        cells = out;
        return out;
    }

    private double colGap(Ctx ctx) {
        return Ctx.round(18 * ctx.scale);
    }

    /** The gap after column c: filled cells side by side stand close, like the sketch's [■][■]. */
    private double gapAfter(Ctx ctx, int c) {
        return toned(c) && toned(c + 1) ? Ctx.round(4 * ctx.scale) : toned(c) ? Ctx.round(8 * ctx.scale) : colGap(ctx);
    }

    private double gaps(Ctx ctx) {
        double g = 0;
        for (int c = 0; c + 1 < weights.length; c++) {
            g += gapAfter(ctx, c);
        }
        return g;
    }

    private boolean toned(int c) {
        if (tones == null) {
            return false;
        }
        for (List<String> row : tones) {
            if (c < row.size() && row.get(c) != null) {
                return true;
            }
        }
        for (int r = 0; outlines != null && r < outlines.size(); r++) {
            if (outline(r, c) != null) {
                return true;
            }
        }
        return false;
    }

    private double cellPad(Ctx ctx) {
        return Ctx.round(6 * ctx.scale);
    }

    @Override
    double minWidth(Ctx ctx) {
        double w = gaps(ctx);
        double cell = 0;
        for (int c = 0; c < weights.length; c++) {
            if (toned(c)) {
                cell = Math.max(cell, Ctx.ceil(columnWidth(ctx, c, true)));
            }
        }
        for (int c = 0; c < weights.length; c++) {
            w += toned(c) ? cell : Ctx.ceil(columnWidth(ctx, c, true));
        }
        return w;
    }

    private double columnWidth(Ctx ctx, int c, boolean least) {
        double w = 0;
        List<List<RichText>> cs = cells(ctx);
        for (int r = 0; r < cs.size(); r++) {
            RichText t = cs.get(r).get(c);
            if (t != null) {
                double tw = least ? t.widestWord(ctx) : t.naturalWidth(ctx);
                w = Math.max(w, tone(r, c) != null ? tw + 2 * cellPad(ctx) : tw);
            } else if (tone(r, c) != null || outline(r, c) != null) {
                // a swatch: a filled square as tall as a line (an open one, outlined)
                w = Math.max(w, Ctx.round(ctx.lineHeight(ctx.style("body")) * 0.8));
            }
        }
        return w;
    }

    /** Column widths: each its content's natural width when they fit, else its widest word plus a share of the rest. */
    double[] widths(Ctx ctx, double width) {
        int n = weights.length;
        double avail = Math.max(0, width - gaps(ctx));
        double[] nat = new double[n];
        double[] min = new double[n];
        double sumNat = 0;
        double sumMin = 0;
        for (int c = 0; c < n; c++) {
            min[c] = Ctx.ceil(columnWidth(ctx, c, true));
            nat[c] = Math.max(min[c], Ctx.ceil(columnWidth(ctx, c, false)));
            sumNat += nat[c];
            sumMin += min[c];
        }
        // filled cells are one size across the matrix
        double cellNat = 0;
        double cellMin = 0;
        for (int c = 0; c < n; c++) {
            if (toned(c)) {
                cellNat = Math.max(cellNat, nat[c]);
                cellMin = Math.max(cellMin, min[c]);
            }
        }
        for (int c = 0; c < n; c++) {
            if (toned(c)) {
                sumNat += cellNat - nat[c];
                sumMin += cellMin - min[c];
                nat[c] = cellNat;
                min[c] = cellMin;
            }
        }
        double[] out = new double[n];
        if (spread) {
            double sumW = 0;
            for (double x : weights) {
                sumW += x;
            }
            boolean fits = true;
            for (int c = 0; c < n; c++) {
                out[c] = Math.floor(avail * weights[c] / sumW * 4) / 4.0;
                fits &= out[c] >= nat[c] || out[c] >= min[c] && sumNat > avail;
            }
            if (fits) {
                return out;
            }
        }
        if (sumNat <= avail) {
            // room to spare: every column its natural width and an even share of a little air, never a spread grid
            int loose = 0;
            for (int c = 0; c < n; c++) {
                loose += toned(c) ? 0 : 1;
            }
            double extra = loose == 0 ? 0 : fills ? (avail - sumNat) / loose : Math.min((avail - sumNat) / loose, colGap(ctx) * 2);
            for (int c = 0; c < n; c++) {
                // filled cells and swatches keep their size; the words' columns take the air
                out[c] = Ctx.round(nat[c] + (toned(c) ? 0 : extra));
            }
        } else if (sumMin <= avail) {
            double spare = avail - sumMin;
            double want = sumNat - sumMin;
            for (int c = 0; c < n; c++) {
                out[c] = Math.floor((min[c] + (want <= 0 ? 0 : spare * (nat[c] - min[c]) / want)) * 4) / 4.0;
            }
        } else {
            for (int c = 0; c < n; c++) {
                out[c] = Math.floor(avail * min[c] / Math.max(1, sumMin) * 4) / 4.0;
            }
        }
        return out;
    }

    private double rowPad(Ctx ctx) {
        return Ctx.round(ctx.itemGap() * 0.25);
    }

    private double rowHeight(Ctx ctx, int r, double[] w) {
        double h = 0;
        List<RichText> row = cells(ctx).get(r);
        for (int c = 0; c < w.length; c++) {
            RichText t = row.get(c);
            if (t != null) {
                double inner = tone(r, c) != null ? w[c] - 2 * cellPad(ctx) : w[c];
                h = Math.max(h, t.wrap(ctx, inner).size() * ctx.lineHeight(t.lead()) + (underline(r, c) != null ? underlineRoom(ctx) : 0)
                        + (badged(r, c) ? ctx.lineHeight(badge.lead()) : 0));
            } else if (tone(r, c) != null) {
                h = Math.max(h, ctx.lineHeight(ctx.style("body")));
            }
        }
        return h + 2 * rowPad(ctx);
    }

    /** The rows' height, without the links under them. */
    private double rowsHeight(Ctx ctx, double width) {
        double[] w = widths(ctx, width);
        double h = 0;
        for (int r = 0; r < rows.size(); r++) {
            h += rowHeight(ctx, r, w);
        }
        // the padding stands between rows only: the table's first and last lines meet its room's edges
        return h - 2 * rowPad(ctx);
    }

    /** How far under the last row a link runs: below the chosen column's outline, clear of the words. */
    private double linkDrop(Ctx ctx) {
        return Ctx.round(ctx.itemGap() * 0.5) + Ctx.round(16 * ctx.scale);
    }

    /** The room the links take under the rows: the drop, then their labels' line. */
    private double linksHeight(Ctx ctx) {
        double label = 0;
        for (Link l : links) {
            label = Math.max(label, l.label().isEmpty() ? 0 : ctx.lineHeight(l.label().lead()));
        }
        return links.isEmpty() ? 0 : linkDrop(ctx) + Ctx.round(4 * ctx.scale) + label;
    }

    @Override
    double height(Ctx ctx, double width) {
        double h = rowsHeight(ctx, width) + linksHeight(ctx);
        // a table whose widest words do not fit side by side asks for smaller type (as a page too tall does) until
        // the type is at its minimum; there its words break and check reports them
        if (minWidth(ctx) > width + 0.5 && ctx.style("body").size() > ctx.minFont + 0.01) {
            return h + 100_000;
        }
        return h;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] w = widths(ctx, area.w());
        double total = gaps(ctx);
        for (double x : w) {
            total += x;
        }
        double hair = Math.max(0.75, Ctx.round(ctx.scale));
        List<List<RichText>> cs = cells(ctx);
        if (selected >= 0 && selected < w.length && chosen != null) {
            // the chosen column stands out as the selected card does: its fill and stroke, a little air around
            double x = area.x();
            for (int c = 0; c < selected; c++) {
                x += w[c] + gapAfter(ctx, c);
            }
            double air = Ctx.round(Math.min(gapAfter(ctx, Math.max(0, selected - 1)), colGap(ctx)) / 2);
            double top = area.y() - Ctx.round(ctx.itemGap() * 0.5);
            double h = rowsHeight(ctx, area.w()) + 2 * (area.y() - top);
            out.rect(x - air, top, w[selected] + 2 * air, h, chosen.fill(), chosen.stroke(), Math.max(1, chosen.strokeWidth() * 0.75),
                    chosen.dash());
        }
        double y = area.y() - rowPad(ctx);
        // where each column's words end in the last row: a link's end touches them
        double[] feet = new double[w.length];
        double[] centres = new double[w.length];
        for (int r = 0; r < rows.size(); r++) {
            double h = rowHeight(ctx, r, w);
            if (r > 0 && (ruled || header && r == 1) && (header || rows.size() > 2)) {
                // a hairline between rows (a two-line legend has none); the header's rule a little stronger, in the table's ink
                boolean underHead = header && r == 1;
                out.polyline(List.of(new double[] {area.x(), y}, new double[] {area.x() + total, y}), rule,
                        underHead ? hair * 1.5 : hair * 0.75, null, false, false, io.figgen.model.Shape.Role.RULE, lines.get(r));
            }
            double x = area.x();
            // the row's cells share one first baseline, whatever their faces: a price in the data face beside
            // a word in the sans ("$0.07-0.14/min" beside "Variable") sits on the same line
            double[] drop = new double[w.length];
            double lowest = 0;
            for (int c = 0; c < w.length; c++) {
                RichText t = cs.get(r).get(c);
                if (t != null && !t.isEmpty()) {
                    drop[c] = baselineDrop(ctx, t);
                    lowest = Math.max(lowest, drop[c]);
                }
            }
            for (int c = 0; c < w.length; c++) {
                RichText t = cs.get(r).get(c);
                String tone = tone(r, c);
                double inset = 0;
                if (tone != null) {
                    double p = rowPad(ctx) / 2;
                    double top = Math.max(area.y(), y + p);
                    double bottom = Math.min(area.bottom(), y + h - p);
                    out.rect(x, top, w[c], bottom - top, tone, null, 0, null);
                    inset = cellPad(ctx);
                } else if (outline(r, c) != null) {
                    double p = rowPad(ctx) / 2;
                    double top = Math.max(area.y(), y + p);
                    double bottom = Math.min(area.bottom(), y + h - p);
                    out.rect(x, top, w[c], bottom - top, null, outline(r, c), Math.max(1, hair), null);
                }
                if (t != null) {
                    double lh = ctx.lineHeight(t.lead());
                    double ly = y + rowPad(ctx) + (t.isEmpty() ? 0 : lowest - drop[c]);
                    boolean right = numeric[c] && tone == null && (isNumber(t.plain()) || header && r == 0);
                    Box cell = new Box(x, y, w[c], area.bottom() - y);
                    double widest = 0;
                    for (List<Span> line : t.wrap(ctx, w[c] - 2 * inset)) {
                        double lw = RichText.width(ctx, line);
                        double lx = right ? x + w[c] - lw : tone != null ? x + (w[c] - lw) / 2 : x;
                        out.textLine(line, Math.max(x, lx), ly, lh, cell, lines.get(r));
                        if (r == rows.size() - 1 && !line.isEmpty()) {
                            TextStyle st = t.lead();
                            feet[c] = ly + (lh + ctx.measurer.ascent(st.face(), st.size()) + ctx.measurer.descent(st.face(), st.size())) / 2;
                            centres[c] = Math.max(x, lx) + Math.min(lw, w[c]) / 2;
                        }
                        ly += lh;
                        widest = Math.max(widest, lw);
                    }
                    if (badged(r, c)) {
                        double blh = ctx.lineHeight(badge.lead());
                        double sq = Ctx.round(badge.lead().size() * 0.75);
                        out.rect(x, ly + (blh - sq) / 2, sq, sq, badge.lead().color(), null, 0, null);
                        out.textLine(badge.spans(), x + sq * 1.6, ly, blh, cell, lines.get(r));
                        ly += blh;
                    }
                    String under = underline(r, c);
                    if (under != null) {
                        // the level's colour as the badge draws it: a bar under the label, as wide as its words
                        double bar = Ctx.round(3 * ctx.scale);
                        out.rect(x, Ctx.round(ly + underlineRoom(ctx) - bar), Ctx.ceil(widest), bar, under, null, 0, null);
                    }
                }
                x += w[c] + (c + 1 < w.length ? gapAfter(ctx, c) : 0);
            }
            y += h;
        }
        drawLinks(ctx, out, area, w, feet, centres);
    }

    /**
     * Each link as the diagram draws an edge between two boxes side by side: down from under the first
     * column's last words (or the chosen column's outline), along under the table, up into the second's last
     * words, its label centred under the run.
     */
    private void drawLinks(Ctx ctx, Canvas out, Box area, double[] w, double[] feet, double[] centres) {
        if (links.isEmpty()) {
            return;
        }
        double rowsBottom = area.y() + rowsHeight(ctx, area.w());
        double outline = rowsBottom + Ctx.round(ctx.itemGap() * 0.5);
        double run = rowsBottom + linkDrop(ctx);
        double weight = Ctx.round(1.75 * ctx.scale);
        for (Link l : links) {
            if (feet[l.from()] == 0 || feet[l.to()] == 0) {
                continue;
            }
            // out of the middle of the chosen column's outline, else of the words (the end must touch them)
            double ax = l.from() == selected && chosen != null ? columnCentre(ctx, area, w, l.from()) : centres[l.from()];
            double bx = l.to() == selected && chosen != null ? columnCentre(ctx, area, w, l.to()) : centres[l.to()];
            double ay = l.from() == selected && chosen != null ? outline : feet[l.from()];
            double by = l.to() == selected && chosen != null ? outline : feet[l.to()];
            double[] dash = l.dashed() ? new double[] {Ctx.round(6 * ctx.scale), Ctx.round(4 * ctx.scale)} : null;
            out.polyline(List.of(new double[] {ax, ay}, new double[] {ax, run}, new double[] {bx, run}, new double[] {bx, by}),
                    headColor, weight, dash, true, false, io.figgen.model.Shape.Role.CONNECTOR, l.line());
            if (!l.label().isEmpty()) {
                double lh = ctx.lineHeight(l.label().lead());
                double lw = l.label().naturalWidth(ctx);
                double lx = Math.max(area.x(), Math.min((ax + bx) / 2 - lw / 2, area.right() - lw));
                out.textLine(l.label().wrap(ctx, lw + 1).get(0), lx, run + Ctx.round(4 * ctx.scale), lh, area, l.line());
            }
        }
    }

    private double columnCentre(Ctx ctx, Box area, double[] w, int col) {
        double x = area.x();
        for (int c = 0; c < col; c++) {
            x += w[c] + gapAfter(ctx, c);
        }
        return x + w[col] / 2;
    }

    /** How far below a line's top its baseline falls, for text led by this cell's style (as Canvas.textLine sets it). */
    private static double baselineDrop(Ctx ctx, RichText t) {
        TextStyle st = t.lead();
        double asc = ctx.measurer.ascent(st.face(), st.size());
        double desc = ctx.measurer.descent(st.face(), st.size());
        return (ctx.lineHeight(st) - (asc + desc)) / 2 + asc;
    }
}
