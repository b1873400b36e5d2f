package io.figgen.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.figgen.model.FigureException;
import io.figgen.model.Size;

/** The {@code | Field | Value |} table under the Metadata heading, and the size its Dimensions (or Aspect Ratio) row gives. */
final class MetadataReader {

    /**
     * {@code size} and {@code sizeLine} are null and 0 when the table has no Dimensions row; {@code ratioSize}
     * and {@code ratioLine} likewise for an Aspect Ratio row (the canvas its ratio gives, for want of a size).
     */
    record Result(Map<String, String> fields, Map<String, Integer> fieldLines, int line, Size size, int sizeLine,
                  Size ratioSize, int ratioLine) {
    }

    private static final String MISSING = "no Metadata table: add '## Metadata' with a | Field | Value | table";
    /** Header words of a key column; any other first header cell is a field written in the header row. */
    private static final Set<String> KEY_HEADERS = Set.of("field", "key", "property", "name", "attribute",
            "parameter", "item");

    private MetadataReader() {
    }

    static Result read(Outline outline) {
        Outline.Head head = outline.find(t -> t.startsWith("metadata"))
                .orElseThrow(() -> new FigureException(1, MISSING));
        List<TableReader.Table> tables = TableReader.tablesIn(outline.ownBody(head), outline.source());
        if (tables.isEmpty()) {
            throw new FigureException(head.line(), MISSING);
        }
        TableReader.Table table = tables.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        Size size = null;
        int sizeLine = 0;
        Size ratio = null;
        int ratioLine = 0;
        boolean headerIsField = !table.header().isEmpty()
                && !KEY_HEADERS.contains(table.header().get(0).toLowerCase(Locale.ROOT));
        List<TableReader.Row> rows = new java.util.ArrayList<>();
        if (headerIsField) {
            rows.add(new TableReader.Row(table.header(), table.line()));
        }
        rows.addAll(table.rows());
        for (TableReader.Row row : rows) {
            String key = key(row.cell(0));
            String value = row.cell(1).strip();
            if (key.isEmpty() || fields.containsKey(key)) {
                continue;
            }
            fields.put(key, value);
            fieldLines.put(key, row.line());
            if (key.equalsIgnoreCase("dimensions") || key.equalsIgnoreCase("dimension")) {
                size = DimensionsParser.parse(value, "Dimensions", row.line());
                sizeLine = row.line();
            }
            if (key.equalsIgnoreCase("aspect ratio") || key.equalsIgnoreCase("aspect")) {
                // a ratio that is no W:H ("landscape") leaves the canvas to the other rows or the default
                ratio = DimensionsParser.fromRatio(value);
                ratioLine = ratio == null ? 0 : row.line();
            }
        }
        return new Result(fields, fieldLines, head.line(), size, sizeLine, ratio, ratioLine);
    }

    /** Bold markers are already gone with the markup; a trailing colon is a writing habit, not part of the key. */
    private static String key(String cell) {
        String k = cell.strip();
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k;
    }
}
