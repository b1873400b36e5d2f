package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema's table drawn as an entity box: a box titled with the table's name over {@code field  type  PK}
 * lines. Its fields become rows of three columns, the field and its type in the data face and the key marker
 * ({@code PK}, {@code FK}) apart in the badge style, so keys line up down the box. A table qualifies when every
 * row is an identifier and a type, and one at least carries a key marker.
 */
final class EntityTable {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TYPE_KEY = Pattern.compile("([A-Za-z][\\w()\\[\\],. ]*?)(?:\\s+((?:PK|FK|UK|NN)(?:\\s*[,/]\\s*(?:PK|FK|UK|NN))*))?");

    private EntityTable() {
    }

    static Component rewrite(Component c) {
        if (c instanceof Component.Stack s) {
            return new Component.Stack(Components.map(s.children(), EntityTable::rewrite), s.gap(), s.spread(), s.line());
        }
        if (c instanceof Component.Columns k) {
            return new Component.Columns(Components.map(k.children(), EntityTable::rewrite), k.weights(), k.links(),
                    k.minHeight(), k.line(), k.at());
        }
        if (c instanceof Component.Node n && n.body() != null) {
            Component body = n.title() != null && n.body() instanceof Component.Table t ? entity(t) : null;
            return n.withBody(body != null ? body : rewrite(n.body()));
        }
        return c;
    }

    /** The entity's fields, or null when the table is not a schema's. */
    private static Component.Table entity(Component.Table t) {
        if (t.rows().size() < 2 || t.weights().length < 2 || t.weights().length > 3 || !t.tones().isEmpty()) {
            return null;
        }
        List<List<Text>> rows = new ArrayList<>();
        boolean keyed = false;
        for (List<Text> row : t.rows()) {
            String field = row.get(0).value();
            StringBuilder rest = new StringBuilder();
            for (int k = 1; k < row.size(); k++) {
                rest.append(rest.length() > 0 ? " " : "").append(row.get(k).value());
            }
            Matcher m = TYPE_KEY.matcher(rest.toString().strip());
            if (!FIELD.matcher(field).matches() || !m.matches()) {
                return null;
            }
            String key = m.group(2) == null ? "" : m.group(2);
            keyed |= !key.isEmpty();
            rows.add(List.of(Text.plain(field, "code"), Text.plain(m.group(1).strip(), "code"),
                    key.isEmpty() ? new Text(List.of()) : Text.plain(key, "badge")));
        }
        if (!keyed) {
            return null;
        }
        return new Component.Table(rows, new double[] {3, 2, 1}, t.lines(), false, List.of(), false, -1, t.line());
    }
}
