package io.figgen.scene;

import io.figgen.scene.Component.Table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose heading rows mark one column as the recommendation ({@code HNSW ★} over {@code RECOMMENDED},
 * {@code Postgres (selected)}) has that column chosen: drawn in the selected card's style, as a chosen band
 * column is, rather than level with the alternatives it was picked from.
 */
final class ChosenColumns {
    private static final Pattern MARK = Pattern.compile("(?is).*(?:★|\\brecommended\\b|\\(selected\\)|\\bchosen\\b|\\bour pick\\b).*");
    /** The heading rows a mark may stand in: the header and the line under it. */
    private static final int HEAD_ROWS = 2;

    private ChosenColumns() {
    }

    static Component mark(Component body) {
        if (body == null) {
            return null;
        }
        Component out = Components.rewriteUp(body, c -> c instanceof Table t ? chosen(t) : c);
        return Components.rewriteUp(out, c -> c instanceof Component.Stack s ? pointed(s) : c);
    }

    /**
     * A short line under a table that chose a column, saying so ("chosen here" under its ▲): the chosen
     * column's badge, on the column, not a line apart from it.
     */
    private static Component pointed(Component.Stack s) {
        List<Component> kids = new java.util.ArrayList<>(s.children());
        boolean changed = false;
        for (int i = 1; i < kids.size(); i++) {
            Component.Paragraph p = pointer(kids.get(i));
            if (p == null || TextRules.words(p.text().value()).size() > 3 || !MARK.matcher(p.text().value()).matches()) {
                continue;
            }
            List<Table> tables = new java.util.ArrayList<>();
            Components.walk(kids.get(i - 1), c -> {
                if (c instanceof Table t && t.selected() >= 0 && t.badge() == null) {
                    tables.add(t);
                }
            });
            if (tables.size() != 1) {
                continue;
            }
            Table t = tables.get(0);
            Table badged = t.badged(Text.plain(p.text().value().strip().toUpperCase(java.util.Locale.ROOT), "badge"));
            kids.set(i - 1, Components.rewriteUp(kids.get(i - 1), c -> c == t ? badged : c));
            kids.remove(i);
            i--;
            changed = true;
        }
        return changed ? new Component.Stack(kids, s.gap(), s.spread(), s.line()) : s;
    }

    /** The line of a pointer: a line alone, or a line under the arrowhead pointing up at what it names. */
    private static Component.Paragraph pointer(Component c) {
        if (c instanceof Component.Paragraph p) {
            return p;
        }
        if (c instanceof Component.Stack s && s.children().size() == 2 && s.children().get(0) instanceof Component.Connector k
                && k.labels().isEmpty() && s.children().get(1) instanceof Component.Paragraph p) {
            return p;
        }
        return null;
    }

    private static Component chosen(Table t) {
        if (!t.header() || t.selected() >= 0 || t.rows().isEmpty()) {
            return t;
        }
        int pick = -1;
        for (int r = 0; r < Math.min(HEAD_ROWS, t.rows().size()); r++) {
            List<Text> row = t.rows().get(r);
            // the first column names the rows, it is no option
            for (int c = 1; c < row.size(); c++) {
                if (MARK.matcher(row.get(c).value()).matches()) {
                    if (pick >= 0 && pick != c) {
                        return t;
                    }
                    pick = c;
                }
            }
        }
        return pick < 0 ? t : new Table(t.rows(), t.weights(), t.lines(), t.header(), t.tones(), t.spread(), pick, t.badge(), t.line());
    }
}
