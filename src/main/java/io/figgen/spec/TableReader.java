package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.figgen.model.FigureException;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/** GFM tables as plain-text cells with the spec line of every row. */
final class TableReader {

    record Row(List<String> cells, int line) {
        /** The cell in column {@code col}, or "" when the column is absent. */
        String cell(int col) {
            return col >= 0 && col < cells.size() ? cells.get(col) : "";
        }
    }

    /** {@code header} cells are as written; {@code rows} exclude the header and delimiter rows. */
    record Table(List<String> header, List<Row> rows, int line) {
        /** Column whose header, lower-cased, equals one of {@code names}, trying the names in order; or -1. */
        int column(String... names) {
            for (String name : names) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    private TableReader() {
    }

    static Table read(TableBlock block) {
        int start = NodeLines.first(block);
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        for (Node part : NodeLines.children(block)) {
            if (part instanceof TableHead) {
                for (Node row : NodeLines.children(part)) {
                    if (row instanceof TableRow) {
                        header = cells(row);
                    }
                }
            } else if (part instanceof TableBody) {
                for (Node row : NodeLines.children(part)) {
                    if (row instanceof TableRow) {
                        int line = NodeLines.first(row);
                        // The header and delimiter rows come first, should a row lack its span.
                        rows.add(new Row(cells(row), line > 0 ? line : start + 2 + rows.size()));
                    }
                }
            }
        }
        return new Table(header, rows, start);
    }

    /**
     * The tables among {@code blocks}, in order. A pipe-led paragraph means a table that commonmark could not
     * read (no delimiter row, or one whose cell count differs from the header's); silently skipping it would
     * drop content, so it is an error at its first pipe line.
     */
    static List<Table> tablesIn(List<Node> blocks, SourceText source) {
        List<Table> out = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof TableBlock t) {
                out.add(read(t));
            } else if (block instanceof Paragraph p) {
                rejectPipeLines(p, source);
            }
        }
        return out;
    }

    private static void rejectPipeLines(Paragraph p, SourceText source) {
        for (SourceSpan span : p.getSourceSpans()) {
            int line = span.getLineIndex() + 1;
            String text = source.line(line);
            // The span column skips block-quote and list markers, so a quoted table is judged like any other.
            int col = Math.min(span.getColumnIndex(), text.length());
            if (text.substring(col).stripLeading().startsWith("|")) {
                throw new FigureException(line, "table row outside a valid table: put a delimiter row like"
                        + " |---|---| right under the header row, with as many cells as the header row");
            }
        }
    }

    private static List<String> cells(Node row) {
        List<String> out = new ArrayList<>();
        for (Node cell : NodeLines.children(row)) {
            out.add(PlainText.of(cell));
        }
        return out;
    }
}
