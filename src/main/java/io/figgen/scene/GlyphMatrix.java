package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A matrix of glyph cells ({@code L2 ARCHITECTURE} over {@code [■][■][▧]  [□]} over {@code S  S  Sh  V}): each
 * band one row of a table, its label the row header, each {@code [glyph]} a filled cell holding the letter the
 * sketch writes under it, what the sketch writes after the letters the row's note. The cells' tone comes from
 * the spec: the sketch's legend ({@code ■ Stable  ▧ Shifting}) names each glyph, and a content element named
 * by that word whose tag names a theme colour ({@code confidence_high} is {@code high}) gives it; a glyph the
 * spec gives no tone stays a glyph.
 */
final class GlyphMatrix {
    private static final Pattern CELL = Pattern.compile("\\[([^\\sA-Za-z0-9\\[\\]_])\\]");

    private GlyphMatrix() {
    }

    static int cells(Sketch sketch, Row r) {
        if (!r.hasText()) {
            return 0;
        }
        Matcher m = CELL.matcher(line(sketch, r));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String line(Sketch sketch, Row r) {
        return sketch.grid().text(r.row(), 0, Math.max(0, sketch.grid().rowLength(r.row()) - 1));
    }

    private static boolean isLabel(Sketch sketch, Row r) {
        return r.hasText() && cells(sketch, r) == 0 && r.tokens().stream().filter(t -> t instanceof Token.Text).count() == 1;
    }

    /** The end (exclusive) of a glyph matrix starting at {@code rows.get(from)}, or {@code from} when none does. */
    static int end(Sketch sketch, List<Row> rows, int from) {
        int i = from;
        int units = 0;
        int end = from;
        while (i < rows.size()) {
            int k = i;
            if (isLabel(sketch, rows.get(k)) && k + 1 < rows.size() && cells(sketch, rows.get(k + 1)) >= 3) {
                k++;
            }
            if (cells(sketch, rows.get(k)) < 3) {
                break;
            }
            k++;
            // the letters under the cells, then notes, until a blank row
            while (k < rows.size() && rows.get(k).hasText() && cells(sketch, rows.get(k)) == 0
                    && !(isLabel(sketch, rows.get(k)) && k + 1 < rows.size() && cells(sketch, rows.get(k + 1)) >= 3)) {
                k++;
            }
            units++;
            end = k;
            while (k < rows.size() && !rows.get(k).hasText()) {
                k++;
            }
            i = k;
        }
        return units >= 2 ? end : from;
    }

    static Component.Table of(Sketch sketch, List<Row> rows) {
        List<String> labels = new ArrayList<>();
        List<List<String>> glyphs = new ArrayList<>();
        List<List<String>> letters = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Row r = rows.get(i);
            if (!r.hasText()) {
                i++;
                continue;
            }
            String label = "";
            if (isLabel(sketch, r)) {
                label = TextRules.stripScaffolding(TextGroupComposer.texts(r));
                lines.add(sketch.specLine(r.row()));
                i++;
                r = rows.get(i);
            } else {
                lines.add(sketch.specLine(r.row()));
            }
            String text = line(sketch, r);
            List<int[]> spans = new ArrayList<>();
            List<String> gs = new ArrayList<>();
            Matcher m = CELL.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end() - 1});
                gs.add(m.group(1));
            }
            String[] ls = new String[gs.size()];
            List<String> note = new ArrayList<>();
            i++;
            boolean first = true;
            while (i < rows.size() && rows.get(i).hasText() && cells(sketch, rows.get(i)) == 0
                    && !(isLabel(sketch, rows.get(i)) && i + 1 < rows.size() && cells(sketch, rows.get(i + 1)) >= 3)) {
                Row under = rows.get(i);
                int noteFrom = Integer.MAX_VALUE;
                // the letters under the cells: one per cell, in order, when the sketch writes as many as it
                // draws cells (its letters drift from its cells by a column or more); else each under its cell
                List<Token.Text> letterRun = new ArrayList<>();
                for (Token t : under.tokens()) {
                    if (!(t instanceof Token.Text x) || x.text().length() > 3) {
                        break;
                    }
                    letterRun.add(x);
                }
                boolean byOrder = first && letterRun.size() == spans.size();
                int order = 0;
                for (Token t : under.tokens()) {
                    if (!(t instanceof Token.Text x)) {
                        noteFrom = Math.min(noteFrom, t.col());
                        continue;
                    }
                    int at = byOrder && order < letterRun.size() && letterRun.get(order) == x ? order++
                            : first && !byOrder && x.text().length() <= 3 ? cellUnder(spans, x) : -1;
                    if (at >= 0 && ls[at] == null && x.col() < noteFrom) {
                        ls[at] = x.text();
                    } else {
                        noteFrom = Math.min(noteFrom, x.col());
                    }
                }
                if (noteFrom != Integer.MAX_VALUE) {
                    int last = under.tokens().get(under.tokens().size() - 1).end();
                    note.add(TextRules.collapse(sketch.grid().text(under.row(), noteFrom, last)));
                }
                first = false;
                i++;
            }
            labels.add(label);
            glyphs.add(gs);
            letters.add(java.util.Arrays.asList(ls));
            notes.add(TextRules.stripScaffolding(TextRules.join(note)));
        }
        int width = glyphs.stream().mapToInt(List::size).max().orElse(0);
        // each glyph's letter, where the sketch's rows agree on it (■ under S, □ under V): a row whose letters
        // drift from its cells, or stop short of them, takes its glyphs' letters, so no cell shows a letter
        // its colour contradicts, or its bare glyph
        Map<String, Map<String, Integer>> seen = new java.util.HashMap<>();
        for (int r = 0; r < glyphs.size(); r++) {
            for (int c = 0; c < glyphs.get(r).size(); c++) {
                String l = letters.get(r).get(c);
                if (l != null) {
                    seen.computeIfAbsent(glyphs.get(r).get(c), g -> new java.util.HashMap<>()).merge(l, 1, Integer::sum);
                }
            }
        }
        Map<String, String> agreed = new java.util.HashMap<>();
        seen.forEach((g, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.forEach((l, n) -> {
                if (n >= 3 && n * 10 >= total * 7) {
                    agreed.put(g, l);
                }
            });
        });
        if (!agreed.isEmpty()) {
            for (int r = 0; r < glyphs.size(); r++) {
                List<String> ls = new ArrayList<>(letters.get(r));
                for (int c = 0; c < glyphs.get(r).size(); c++) {
                    String want = agreed.get(glyphs.get(r).get(c));
                    if (want != null) {
                        ls.set(c, want);
                    }
                }
                letters.set(r, ls);
            }
        }
        List<List<Text>> cells = new ArrayList<>();
        List<List<String>> tones = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            List<Text> row = new ArrayList<>();
            List<String> tone = new ArrayList<>();
            row.add(labels.get(r).isEmpty() ? new Text(List.of()) : Text.plain(labels.get(r), "strong"));
            tone.add("");
            for (int c = 0; c < width; c++) {
                boolean has = c < glyphs.get(r).size();
                String letter = has ? letters.get(r).get(c) : null;
                row.add(has ? Text.plain(letter != null ? letter : glyphs.get(r).get(c), "body") : new Text(List.of()));
                tone.add(has ? "glyph:" + glyphs.get(r).get(c) : "");
            }
            row.add(notes.get(r).isEmpty() ? new Text(List.of()) : Text.mixed(notes.get(r), "caption"));
            tone.add("");
            cells.add(row);
            tones.add(tone);
        }
        double[] weights = new double[width + 2];
        java.util.Arrays.fill(weights, 3);
        weights[0] = 16;
        weights[width + 1] = 20;
        return new Component.Table(cells, weights, lines, false, tones, false, -1, lines.get(0));
    }

    private static int cellUnder(List<int[]> spans, Token.Text x) {
        int best = -1;
        double bestD = 3;
        for (int k = 0; k < spans.size(); k++) {
            double mid = (spans.get(k)[0] + spans.get(k)[1]) / 2.0;
            double d = Math.abs(mid - (x.col() + x.end()) / 2.0);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    // ---- tones from the spec ----

    private static final Pattern LEGEND = Pattern.compile("([^\\s\\w\\[\\]|+\\-─│:=.,()])\\s+([A-Z][a-z]+)");

    /** Each glyph the sketch's legend names, and the theme colour the spec's content elements give that name. */
    static Map<String, String> tones(Sketch sketch, List<ContentElement> elements, Theme theme) {
        Map<String, String> out = new HashMap<>();
        for (int r = 0; r < sketch.grid().height(); r++) {
            if (sketch.grid().rowLength(r) == 0) {
                continue;
            }
            String line = sketch.grid().text(r, 0, sketch.grid().rowLength(r) - 1);
            if (CELL.matcher(line).find()) {
                continue;
            }
            Matcher m = LEGEND.matcher(line);
            while (m.find()) {
                String word = m.group(2).toLowerCase(Locale.ROOT);
                for (ContentElement e : elements) {
                    String name = e.element().toLowerCase(Locale.ROOT);
                    if (!java.util.Arrays.asList(name.split("[^a-z0-9]+")).contains(word)) {
                        continue;
                    }
                    for (String tag : e.tags()) {
                        String key = tag.substring(tag.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
                        if (tag.contains("_") && theme.palette().containsKey(key) && !out.containsKey(m.group(1))) {
                            out.put(m.group(1), key);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern LEGEND_ROW = Pattern.compile("^(LEGEND:?|KEY:?)?\\s*((?:\\S\\s+[A-Za-z][\\w-]*\\s*)+)$");
    private static final Pattern LEGEND_PAIR = Pattern.compile("(\\S)\\s+([A-Za-z][\\w-]*)");

    /**
     * The sketch's legend row ({@code LEGEND: ■ Stable  ▧ Shifting  □ Volatile}) drawn as a legend: a swatch in
     * each glyph's tone before its name; null unless every glyph of the row has a tone.
     */
    private static Component legend(Component.Columns k, Map<String, String> tones) {
        if (tones.isEmpty() || !k.links().stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Component x : k.children()) {
            if (!(x instanceof Component.Paragraph p)) {
                return null;
            }
            parts.add(p.text().value());
        }
        String all = String.join("  ", parts).strip();
        Matcher m = LEGEND_ROW.matcher(all);
        if (!m.matches()) {
            return null;
        }
        List<Text> row = new ArrayList<>();
        List<String> tone = new ArrayList<>();
        if (m.group(1) != null) {
            row.add(Text.plain(m.group(1), "strong"));
            tone.add("");
        }
        Matcher pair = LEGEND_PAIR.matcher(m.group(2));
        while (pair.find()) {
            String t = tones.get(pair.group(1));
            if (t == null) {
                return null;
            }
            row.add(new Text(List.of()));
            tone.add(t);
            row.add(Text.plain(pair.group(2), "body"));
            tone.add("");
        }
        double[] weights = new double[row.size()];
        java.util.Arrays.fill(weights, 1);
        return new Component.Table(List.of(row), weights, List.of(k.line()), false, List.of(tone), false, -1, k.line());
    }

    private static final Pattern VALUE_LEGEND = Pattern.compile(
            "(?:^|\\s)[^\\s\\w]\\s+([A-Z][A-Z0-9.&/+-]*)\\s*=\\s*([A-Za-z][\\w-]*)");

    /**
     * The values a legend of the sketch names ({@code ■ ALLOW = Permitted}) and the theme colour a content
     * element named by the value or its meaning gives it through its tag ({@code Permitted cells} tagged
     * {@code confidence_high}); a value no element names gets none.
     */
    static Map<String, String> valueTones(Sketch sketch, List<ContentElement> elements, Theme theme) {
        Map<String, String> out = new HashMap<>();
        for (int r = 0; r < sketch.grid().height(); r++) {
            if (sketch.grid().rowLength(r) == 0) {
                continue;
            }
            Matcher m = VALUE_LEGEND.matcher(sketch.grid().text(r, 0, sketch.grid().rowLength(r) - 1));
            while (m.find()) {
                String token = tagTone(elements, theme, m.group(2).toLowerCase(Locale.ROOT));
                if (token == null) {
                    token = tagTone(elements, theme, m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
                }
                if (token != null) {
                    out.putIfAbsent(m.group(1), token);
                }
            }
        }
        return out;
    }

    private static String tagTone(List<ContentElement> elements, Theme theme, String word) {
        for (ContentElement e : elements) {
            if (!java.util.Arrays.asList(e.element().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).contains(word)) {
                continue;
            }
            for (String tag : e.tags()) {
                String key = tag.substring(tag.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
                if (tag.contains("_") && theme.palette().containsKey(key)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** A table's value cells ({@code ALLOW}, {@code COND. (fee)}) filled with the tone the legend gives their value. */
    private static Component.Table valueCells(Component.Table t, Map<String, String> values) {
        if (values.isEmpty() || !t.tones().isEmpty()) {
            return t;
        }
        List<List<String>> tones = new ArrayList<>();
        int filled = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                String v = t.rows().get(r).get(c).value();
                String tone = "";
                if (!(t.header() && r == 0) && c > 0) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        if (v.equals(e.getKey()) || v.startsWith(e.getKey() + " ")) {
                            tone = e.getValue();
                        }
                    }
                }
                filled += tone.isEmpty() ? 0 : 1;
                row.add(tone);
            }
            tones.add(row);
        }
        return filled < 2 ? t : new Component.Table(t.rows(), t.weights(), t.lines(), t.header(), tones, t.spread(), t.selected(),
                t.line());
    }

    /** The scene with each glyph cell's tone resolved: a theme colour token, or none (the glyph stays a glyph). */
    static Component resolve(Component c, Map<String, String> tones, Map<String, String> values) {
        if (c instanceof Component.Stack s) {
            return new Component.Stack(Components.map(s.children(), x -> resolve(x, tones, values)), s.gap(), s.spread(), s.line());
        }
        if (c instanceof Component.Columns k) {
            Component legend = legend(k, tones);
            if (legend != null) {
                return legend;
            }
            return new Component.Columns(Components.map(k.children(), x -> resolve(x, tones, values)), k.weights(), k.links(),
                    k.minHeight(), k.line(), k.at());
        }
        if (c instanceof Component.Node n) {
            return n.body() == null ? n : n.withBody(resolve(n.body(), tones, values));
        }
        if (c instanceof Component.Table t && t.tones().stream().anyMatch(r -> r.stream().anyMatch(x -> x.startsWith("glyph:")))) {
            List<List<String>> out = new ArrayList<>();
            List<List<Text>> rows = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = new ArrayList<>();
                List<Text> cells = new ArrayList<>(t.rows().get(r));
                for (int k = 0; k < t.tones().get(r).size(); k++) {
                    String x = t.tones().get(r).get(k);
                    String glyph = x.startsWith("glyph:") ? x.substring(6) : null;
                    String token = glyph == null ? "" : tones.getOrDefault(glyph, "");
                    if (glyph != null && token.isEmpty() && k < cells.size()) {
                        // no tone given: the cell shows its glyph, with its letter
                        String letter = cells.get(k).value();
                        cells.set(k, Text.plain(letter.equals(glyph) ? glyph : glyph + " " + letter, "body"));
                    }
                    row.add(token);
                }
                out.add(row);
                rows.add(cells);
            }
            return new Component.Table(rows, t.weights(), t.lines(), t.header(), out, t.spread(), t.selected(), t.line());
        }
        if (c instanceof Component.Table t) {
            return valueCells(t, values);
        }
        return c;
    }
}
