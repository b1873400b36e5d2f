package io.figgen.scene;

import io.figgen.sketch.Area;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Options compared side by side in columns of words, their rows parted by blank lines
 * ({@code PATH A  PATH B  PATH C} / blank / {@code Retell  Pipecat  Pipecat} / {@code Vapi  LiveKit  faster-} ...):
 * three or more columns whose words start at the same places on every line, in three or more blank-parted
 * groups. Each group is a row of one table, each column's lines in it one cell (rejoined: {@code faster-} /
 * {@code whisper} is one word); a first group of capitals heads the columns. A phrase the sketch runs on across
 * a column's start ({@code + ElevenLabs + Orpheus}) is cut there, at the space before the column.
 */
final class ColumnTable {
    private static final int DRIFT = 2;
    private static final int MAX_LINES = 5;

    private ColumnTable() {
    }

    record Found(int top, int bottom, Component.Table table) {
    }

    /** Whether the row draws a bar: three or more block glyphs in a run. */
    private static boolean barred(Sketch sketch, Row r, Area area) {
        int run = 0;
        for (int c = area.left(); c <= area.right(); c++) {
            int cp = sketch.grid().cp(r.row(), c);
            run = cp == '█' || cp == '▓' || cp == '▒' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    static Found find(Sketch sketch, Area area) {
        List<Row> rows = area.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<Token.Text> first = texts(rows.get(i));
            if (first.size() < 3) {
                continue;
            }
            List<Integer> cols = new ArrayList<>();
            first.forEach(t -> cols.add(t.col()));
            // the region: lines whose words start on those columns, blank lines parting its groups
            List<List<Row>> groups = new ArrayList<>();
            List<Row> group = new ArrayList<>();
            int end = i;
            while (end < rows.size()) {
                Row r = rows.get(end);
                if (!r.hasText()) {
                    if (!group.isEmpty()) {
                        groups.add(group);
                        group = new ArrayList<>();
                    }
                    end++;
                    continue;
                }
                if (!fits(sketch, r, cols) || group.size() >= MAX_LINES) {
                    break;
                }
                if (barred(sketch, r, area)) {
                    // a row drawing a bar ({@code │██████   14m 30s}) is a chart's, whatever its words line up with
                    return null;
                }
                group.add(r);
                end++;
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
            if (groups.size() < 3 || groups.stream().anyMatch(g -> g.stream().noneMatch(r -> texts(r).size() >= 2))) {
                continue;
            }
            int top = groups.get(0).get(0).row();
            List<Row> last = groups.get(groups.size() - 1);
            int bottom = last.get(last.size() - 1).row();
            if (area.boxes().stream().anyMatch(b -> b.bottom() >= top && b.top() <= bottom)) {
                continue;
            }
            return new Found(top, bottom, table(sketch, groups, cols));
        }
        return null;
    }

    private static List<Token.Text> texts(Row r) {
        List<Token.Text> out = new ArrayList<>();
        for (Token t : r.tokens()) {
            if (t instanceof Token.Text x) {
                out.add(x);
            }
        }
        return out;
    }

    /** True when every word run of the row starts on one of the columns, or can be cut at one. */
    private static boolean fits(Sketch sketch, Row r, List<Integer> cols) {
        for (Token t : r.tokens()) {
            if (!(t instanceof Token.Text x)) {
                if (t instanceof Token.Art || t instanceof Token.Arrow a && a.end() > a.col()) {
                    return false;
                }
                continue;
            }
            for (String piece : pieces(sketch, r, x, cols)) {
                if (piece == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int column(List<Integer> cols, int col) {
        for (int k = cols.size() - 1; k >= 0; k--) {
            if (Math.abs(col - cols.get(k)) <= DRIFT) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The run cut at the columns it crosses, one text per column from its own (null for a run that starts off
     * every column), as an array indexed by column.
     */
    private static String[] pieces(Sketch sketch, Row r, Token.Text x, List<Integer> cols) {
        String[] out = new String[cols.size()];
        int start = column(cols, x.col());
        if (start < 0) {
            return new String[] {null};
        }
        int from = x.col();
        int k = start;
        for (int next = start + 1; next < cols.size(); next++) {
            int c = cols.get(next);
            if (c > x.end()) {
                break;
            }
            // cut at a space within the drift before the next column's start
            int cut = -1;
            for (int d = 0; d <= DRIFT && cut < 0; d++) {
                for (int s : new int[] {c - 1 - d, c - 1 + d}) {
                    if (s > from && s < x.end() && " ".equals(sketch.grid().at(r.row(), s))) {
                        cut = s;
                        break;
                    }
                }
            }
            if (cut < 0) {
                continue;
            }
            out[k] = TextRules.collapse(sketch.grid().text(r.row(), from, cut - 1));
            from = cut + 1;
            k = next;
        }
        out[k] = TextRules.collapse(sketch.grid().text(r.row(), from, x.end()));
        List<String> all = new ArrayList<>();
        for (String s : out) {
            all.add(s == null ? "" : s);
        }
        return all.toArray(new String[0]);
    }

    private static Component.Table table(Sketch sketch, List<List<Row>> groups, List<Integer> cols) {
        List<List<String>> texts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (List<Row> g : groups) {
            List<List<String>> cells = new ArrayList<>();
            cols.forEach(c -> cells.add(new ArrayList<>()));
            for (Row r : g) {
                for (Token.Text x : texts(r)) {
                    String[] ps = pieces(sketch, r, x, cols);
                    for (int k = 0; k < ps.length && k < cells.size(); k++) {
                        if (ps[k] != null && !ps[k].isEmpty()) {
                            cells.get(k).add(ps[k]);
                        }
                    }
                }
            }
            List<String> row = new ArrayList<>();
            for (List<String> c : cells) {
                row.add(TextRules.stripScaffolding(TextRules.joinCell(c)));
            }
            texts.add(row);
            lines.add(sketch.specLine(g.get(0).row()));
        }
        boolean header = texts.get(0).stream().allMatch(s -> s.isEmpty() || TextRules.isCapsLabel(s))
                && texts.get(0).stream().filter(s -> !s.isEmpty()).count() >= 2;
        List<List<Text>> cells = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            List<Text> row = new ArrayList<>();
            for (String s : texts.get(r)) {
                row.add(s.isEmpty() ? new Text(List.of()) : header && r == 0 ? Text.plain(s, "strong") : Text.mixed(s, "body"));
            }
            cells.add(row);
        }
        double[] weights = new double[cols.size()];
        for (int k = 0; k < cols.size(); k++) {
            weights[k] = k + 1 < cols.size() ? cols.get(k + 1) - cols.get(k) : 12;
        }
        return new Component.Table(cells, weights, lines, header, List.of(), true, -1, lines.get(0));
    }
}
