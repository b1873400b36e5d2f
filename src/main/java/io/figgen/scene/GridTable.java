package io.figgen.scene;

import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A box whose rows are ruled into columns ({@code │ Source │ Rate │ Capacity │}): at least two rows with
 * words on both sides of the same inner vertical lines. Each row becomes a table row, each span between the
 * lines a cell; rows above the box's first divider are the header.
 */
final class GridTable {
    private static final int DRIFT = 1;

    private GridTable() {
    }

    static Component.Table of(Sketch sketch, Box box) {
        if (!box.interior().boxes().isEmpty()) {
            return null;
        }
        List<Row> rows = box.interior().rows().stream().filter(Row::hasText).toList();
        TreeSet<Integer> lines = new TreeSet<>();
        int ruled = 0;
        for (Row r : rows) {
            List<Integer> inner = innerLines(r);
            if (!inner.isEmpty()) {
                ruled++;
                for (int c : inner) {
                    if (lines.floor(c + DRIFT) == null || lines.floor(c + DRIFT) < c - DRIFT) {
                        lines.add(c);
                    }
                }
            }
        }
        if (ruled < 2 || ruled * 2 < rows.size()) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>(lines);
        int header = box.dividers().isEmpty() ? -1 : box.dividers().get(0);
        List<List<Text>> cells = new ArrayList<>();
        List<Integer> specLines = new ArrayList<>();
        // the header may take two lines above the first divider (a name over its qualifier): one header row,
        // each cell's lines kept as lines
        List<StringBuilder> headParts = null;
        for (Row r : rows) {
            List<StringBuilder> parts = new ArrayList<>();
            for (int i = 0; i <= cuts.size(); i++) {
                parts.add(new StringBuilder());
            }
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    int col = column(cuts, x.col());
                    parts.get(col).append(parts.get(col).length() > 0 ? " " : "").append(x.text());
                }
            }
            boolean head = r.row() < header;
            if (head && headParts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i).length() > 0) {
                        headParts.get(i).append(headParts.get(i).length() > 0 ? TextRules.ITEM_BREAK : "").append(parts.get(i));
                    }
                }
                cells.set(cells.size() - 1, row(headParts, true));
                continue;
            }
            if (head) {
                headParts = parts;
            }
            cells.add(row(parts, head));
            specLines.add(sketch.specLine(r.row()));
        }
        double[] weights = new double[cuts.size() + 1];
        int from = box.left() + 1;
        for (int i = 0; i <= cuts.size(); i++) {
            int to = i < cuts.size() ? cuts.get(i) : box.right() - 1;
            weights[i] = Math.max(1, to - from);
            from = to + 1;
        }
        return new Component.Table(cells, weights, specLines, specLines.get(0));
    }

    private static List<Text> row(List<StringBuilder> parts, boolean head) {
        List<Text> row = new ArrayList<>();
        for (StringBuilder sb : parts) {
            String text = TextRules.stripScaffolding(sb.toString());
            row.add(text.isEmpty() ? new Text(List.of()) : head ? Text.plain(text, "strong") : Text.mixed(text, "body"));
        }
        return row;
    }

    /** The widest cell, in characters, of a row of slots: a token's letter and a space either side. */
    private static final int SLOT = 4;

    /**
     * A box of one row ruled into three or more narrow cells, some holding a letter ({@code │T│T│ │}, a bucket's
     * tokens): a row of slots, each letter a filled cell and each empty cell left open, drawn as cells rather
     * than as the letters alone with the rules between them lost.
     */
    static Component.Table slots(Sketch sketch, Box box) {
        if (!box.interior().boxes().isEmpty()) {
            return null;
        }
        List<Row> rows = box.interior().rows().stream().filter(Row::hasText).toList();
        if (rows.size() != 1) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>();
        for (Token t : rows.get(0).tokens()) {
            if (t instanceof Token.VLine v && v.head() == null) {
                cuts.add(v.col());
            } else if (!(t instanceof Token.Text x) || x.text().length() > 2 || x.text().contains(" ")) {
                return null;
            }
        }
        if (cuts.size() < 2) {
            return null;
        }
        int from = box.left() + 1;
        for (int i = 0; i <= cuts.size(); i++) {
            int to = i < cuts.size() ? cuts.get(i) : box.right();
            if (to - from > SLOT) {
                return null;
            }
            from = to + 1;
        }
        List<Text> cells = new ArrayList<>();
        List<String> tones = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            cells.add(new Text(List.of()));
            tones.add(Component.Table.OPEN + "navy");
        }
        for (Token t : rows.get(0).tokens()) {
            if (t instanceof Token.Text x) {
                int col = column(cuts, x.col());
                cells.set(col, Text.plain(x.text(), "strong"));
                tones.set(col, "navy");
            }
        }
        double[] weights = new double[cells.size()];
        java.util.Arrays.fill(weights, 1);
        int line = sketch.specLine(rows.get(0).row());
        return new Component.Table(List.of(cells), weights, List.of(line), false, List.of(tones), false, -1, line);
    }

    /** Columns of the vertical lines that stand between two runs of words on the row. */
    private static List<Integer> innerLines(Row r) {
        List<Integer> out = new ArrayList<>();
        List<Token> ts = r.tokens();
        for (int i = 1; i + 1 < ts.size(); i++) {
            if (ts.get(i) instanceof Token.VLine v && v.head() == null && ts.subList(0, i).stream().anyMatch(t -> t instanceof Token.Text)
                    && ts.subList(i + 1, ts.size()).stream().anyMatch(t -> t instanceof Token.Text)) {
                out.add(v.col());
            }
        }
        return out;
    }

    private static int column(List<Integer> cuts, int col) {
        int i = 0;
        while (i < cuts.size() && col > cuts.get(i)) {
            i++;
        }
        return i;
    }
}
