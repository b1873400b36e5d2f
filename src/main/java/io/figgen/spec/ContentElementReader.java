package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import io.figgen.model.ContentElement;
import io.figgen.model.FigureException;
import io.figgen.model.Limits;
import io.figgen.model.Relationship;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Rows of every table in the Content Elements section. Columns are found by their header, because the
 * dialects name them differently: Element/Name/Title for what is drawn, Semantic Tag/Type for its role,
 * Description/Content/Label for what it says. Relationship tables (From/To) become one element per edge.
 */
final class ContentElementReader {
    private static final String[] ELEMENT = {"element", "component", "name", "title", "item", "field", "region",
        "zone", "panel", "box", "node"};
    private static final String[] TAG = {"semantic tag", "semantic tags", "tag", "tags", "semantic role", "role",
        "type", "kind"};
    private static final String[] DESCRIPTION = {"description", "notes", "note", "content", "contents", "details",
        "text", "purpose", "label"};
    private static final String[] POSITION = {"position", "placement", "location"};

    private ContentElementReader() {
    }

    /** The section's rows: the elements, and the relationships of its From/To tables. */
    record Result(List<ContentElement> elements, List<Relationship> relationships) {
    }

    static Result read(Outline outline) {
        List<ContentElement> out = new ArrayList<>();
        List<Relationship> edges = new ArrayList<>();
        var head = outline.find(t -> t.startsWith("content elements"));
        if (head.isEmpty()) {
            return new Result(out, edges);
        }
        List<Node> body = outline.body(head.get());
        // Validate every table first: a broken one anywhere in the section is an error even after good ones.
        TableReader.tablesIn(body, outline.source());
        String tableName = "";
        for (Node block : body) {
            if (block instanceof Heading h) {
                tableName = PlainText.of(h);
            } else if (block instanceof TableBlock t) {
                readTable(TableReader.read(t), tableName, out, edges);
            }
        }
        return new Result(out, edges);
    }

    private static void readTable(TableReader.Table table, String name, List<ContentElement> out,
                                  List<Relationship> relationships) {
        int from = table.column("from", "source");
        int to = table.column("to", "target");
        boolean edges = from >= 0 && to >= 0;
        if (edges) {
            int type = table.column(TAG);
            int label = table.column("label", "description", "notes", "text");
            for (TableReader.Row row : table.rows()) {
                if (!row.cell(from).isEmpty() || !row.cell(to).isEmpty()) {
                    requireRoom(out, relationships, row);
                    relationships.add(new Relationship(row.cell(from), row.cell(to), type < 0 ? "" : row.cell(type),
                            label < 0 ? "" : label(row.cell(label)), name, row.line()));
                }
            }
            return;
        }
        int tag = table.column(TAG);
        int description = table.column(DESCRIPTION);
        int element = table.column(ELEMENT);
        if (element < 0) {
            element = firstOtherColumn(table.header().size(), tag, description);
        }
        int position = table.column(POSITION);
        for (TableReader.Row row : table.rows()) {
            String what = row.cell(element);
            if (what.isEmpty() || isNote(row, element)) {
                continue;
            }
            String said = description >= 0 ? row.cell(description) : rest(row, element, tag, position);
            requireRoom(out, relationships, row);
            out.add(new ContentElement(what, Tags.split(row.cell(tag)), said, name, row.line(),
                    position < 0 ? "" : row.cell(position)));
        }
    }

    /**
     * At most {@link Limits#MAX_CONTENT_ELEMENTS} rows, elements and relationships together: each is matched
     * against every sketch part, so bounding them here keeps the binding fast.
     */
    private static void requireRoom(List<ContentElement> elements, List<Relationship> relationships, TableReader.Row row) {
        if (elements.size() + relationships.size() >= Limits.MAX_CONTENT_ELEMENTS) {
            throw new FigureException(row.line(), "more than " + Limits.MAX_CONTENT_ELEMENTS
                    + " content elements, the limit: split the figure");
        }
    }

    /** A cell that says there is no label ({@code --}, {@code —}, {@code n/a}, {@code (none)}) is no label. */
    private static final java.util.regex.Pattern NO_LABEL = java.util.regex.Pattern.compile(
            "(?i)[-–—]+|n/?a|none|\\(none\\)|\\(no label\\)");

    /**
     * A relation's label, or "" for none. A cell wholly in parentheses and not quoted ({@code (telemetry)}
     * beside the quoted labels {@code "search request"}) says what the relation carries, a note to the reader
     * of the spec: drawn on the arrow it reads as words the figure invented.
     */
    private static String label(String cell) {
        String l = unquote(cell);
        String t = cell.strip();
        boolean aside = t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1;
        return NO_LABEL.matcher(l).matches() || aside ? "" : l;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static int firstOtherColumn(int columns, int tag, int description) {
        for (int i = 0; i < columns; i++) {
            if (i != tag && i != description) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A row like "| (none -- the cards ARE the content) | | |" is a remark to the reader, not an element.
     */
    private static boolean isNote(TableReader.Row row, int element) {
        if (element < 0) {
            return false;
        }
        String e = row.cell(element);
        if (!(e.startsWith("(") && e.endsWith(")"))) {
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (i != element && !row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Without a description column, the cells nobody else claimed describe the element. */
    private static String rest(TableReader.Row row, int... taken) {
        StringBuilder b = new StringBuilder();
        outer:
        for (int i = 0; i < row.cells().size(); i++) {
            for (int t : taken) {
                if (t == i) {
                    continue outer;
                }
            }
            String c = row.cell(i);
            if (!c.isEmpty()) {
                b.append(b.length() > 0 ? "; " : "").append(c);
            }
        }
        return b.toString();
    }
}
