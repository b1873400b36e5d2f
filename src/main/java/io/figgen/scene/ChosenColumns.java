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
        return body == null ? null : Components.rewriteUp(body, c -> c instanceof Table t ? chosen(t) : c);
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
