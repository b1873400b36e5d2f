package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.figgen.model.Label;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * The Labels of the template dialect's Text Content section. They come as list items, either
 * {@code - Label 3: "Token Flow Tracking"} or the bare text {@code - OPEN-SOURCE} (key ""), or as a table
 * of key and text.
 */
final class LabelReader {
    private LabelReader() {
    }

    static List<Label> read(Outline outline) {
        List<Label> out = new ArrayList<>();
        var text = outline.find(t -> t.startsWith("text content"));
        if (text.isEmpty()) {
            return out;
        }
        List<Outline.Head> labelHeads = new ArrayList<>();
        for (Outline.Head h : outline.subheads(text.get())) {
            if (h.key().startsWith("labels")) {
                labelHeads.add(h);
            }
        }
        List<Node> blocks = labelHeads.isEmpty() ? outline.ownBody(text.get()) : outline.ownBody(labelHeads.get(0));
        for (Node block : blocks) {
            if (block instanceof BulletList || block instanceof OrderedList) {
                for (Node item : NodeLines.children(block)) {
                    if (item instanceof ListItem) {
                        fromItem(PlainText.of(item), NodeLines.first(item), out);
                    }
                }
            } else if (block instanceof TableBlock t) {
                fromTable(TableReader.read(t), out);
            }
        }
        return out;
    }

    private static void fromItem(String item, int line, List<Label> out) {
        int colon = item.indexOf(':');
        if (colon > 0) {
            String key = item.substring(0, colon).strip();
            String rest = item.substring(colon + 1).strip();
            // "STT: ACCURACY vs LATENCY" is one label; only a quoted text or a "Label n" key marks a key.
            if (isQuoted(rest) || key.toLowerCase(Locale.ROOT).startsWith("label")) {
                add(out, key, rest, line);
                return;
            }
        }
        add(out, "", item, line);
    }

    private static void fromTable(TableReader.Table table, List<Label> out) {
        int text = table.column("text", "label text", "content", "value", "exact text");
        int key = table.column("key", "label", "element", "name", "id");
        if (text < 0) {
            text = table.header().size() > 1 ? 1 : 0;
        }
        if (key == text) {
            key = -1;
        }
        if (key < 0 && table.header().size() > 1) {
            key = text == 0 ? 1 : 0;
        }
        for (TableReader.Row row : table.rows()) {
            add(out, key < 0 ? "" : row.cell(key), row.cell(text), row.line());
        }
    }

    private static void add(List<Label> out, String key, String text, int line) {
        String t = unquoted(text.strip());
        if (!t.isEmpty()) {
            out.add(new Label(key, t, line));
        }
    }

    private static boolean isQuoted(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"));
    }

    private static String unquoted(String s) {
        return isQuoted(s) ? s.substring(1, s.length() - 1).strip() : s;
    }
}
