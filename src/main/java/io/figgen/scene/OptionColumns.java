package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Stack;
import io.figgen.scene.Component.Table;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Columns the spec relates are options, not a table. A sketch that writes four paths side by side under a
 * question ({@code PATH A MANAGED  PATH B FRAMEWORK ...}, their vendors, prices and trade-offs below) reads as
 * a table of columns; but when the spec's relationships run to those columns' heads ({@code Decision Node ->
 * Path A: Managed}), each column is a thing the figure connects: a card, its cells its body, and the question
 * the edges come from a node above them. The edges then attach to boxes, as a decision tree's should.
 */
final class OptionColumns {
    private OptionColumns() {
    }

    /** The rewritten body, and the elements now bound to the cards and the question it made. */
    record Result(Component body, Map<ContentElement, Integer> bound) {
    }

    /** The body with every related table of columns made cards, or null when there is none. */
    static Result rewrite(Component body, List<Edge> edges, List<ContentElement> unbound, Theme theme, Ids ids) {
        if (body == null || edges.isEmpty()) {
            return null;
        }
        Map<ContentElement, Integer> bound = new LinkedHashMap<>();
        boolean[] changed = {false};
        Component out = Components.rewriteUp(body, c -> {
            if (!(c instanceof Stack s)) {
                return c;
            }
            List<Component> kids = new ArrayList<>(s.children());
            boolean any = false;
            for (int i = 0; i < kids.size(); i++) {
                if (kids.get(i) instanceof Table t && related(t, edges)) {
                    kids.set(i, cards(t, unbound, bound, theme, ids));
                    if (i > 0) {
                        kids.set(i - 1, question(kids.get(i - 1), t, edges, unbound, bound, theme, ids));
                    }
                    any = true;
                }
            }
            if (!any) {
                return c;
            }
            changed[0] = true;
            return new Stack(kids, s.gap(), s.spread(), s.line());
        });
        return changed[0] ? new Result(out, bound) : null;
    }

    /** The columns' heads, as a table writes them. */
    private static List<String> heads(Table t) {
        return t.rows().get(0).stream().map(Text::value).toList();
    }

    /** A resolver over the heads alone: which column a name means, or -1. */
    private static int column(Table t, String name) {
        Names n = new Names();
        List<String> heads = heads(t);
        for (int i = 0; i < heads.size(); i++) {
            n.addNamed("col" + i, heads.get(i));
        }
        String id = n.resolve(name);
        return id.startsWith("col") ? Integer.parseInt(id.substring(3)) : -1;
    }

    /**
     * A table with a header, two to six columns, whose heads the edges reach: at least half of its columns
     * (two or more), and at least one edge from outside the table.
     */
    static boolean related(Table t, List<Edge> edges) {
        if (!t.header() || t.rows().size() < 2) {
            return false;
        }
        int cols = t.rows().get(0).size();
        if (cols < 2 || cols > 6 || heads(t).stream().anyMatch(String::isBlank)) {
            return false;
        }
        Set<Integer> hit = new LinkedHashSet<>();
        boolean outside = false;
        for (Edge e : edges) {
            if (!e.kind().connects()) {
                continue;
            }
            int a = column(t, e.from());
            int b = column(t, e.to());
            if (a >= 0) {
                hit.add(a);
            }
            if (b >= 0) {
                hit.add(b);
            }
            outside |= (a >= 0) != (b >= 0);
        }
        return outside && hit.size() >= Math.max(2, (cols + 1) / 2);
    }

    private static Component cards(Table t, List<ContentElement> unbound,
                                   Map<ContentElement, Integer> bound, Theme theme, Ids ids) {
        int cols = t.rows().get(0).size();
        List<Component> cards = new ArrayList<>();
        double[] weights = new double[cols];
        for (int j = 0; j < cols; j++) {
            Text head = t.rows().get(0).get(j);
            ContentElement e = null;
            for (ContentElement u : unbound) {
                if (!bound.containsKey(u) && column(t, u.element()) == j) {
                    e = u;
                    break;
                }
            }
            String style = e != null && theme.styleForTag(e.primaryTag()).kind().equals("card")
                    ? theme.styleNameForTag(e.primaryTag()) : t.selected() == j ? "card-selected" : "card";
            if (e != null) {
                bound.put(e, t.line());
            }
            List<Component> body = new ArrayList<>();
            Text badge = null;
            for (int r = 1; r < t.rows().size(); r++) {
                Text cell = t.rows().get(r).get(j);
                if (cell.value().isBlank()) {
                    continue;
                }
                int line = t.lines().get(r);
                Marked marked = Marked.of(cell.value());
                if (marked != null) {
                    // the sketch's selection mark in a cell ("SWEET SPOT ■ Flexible RECOMMENDED"): the card is the
                    // chosen one, its last capitals phrase its badge, the rest its lines
                    style = style.equals("card") ? "card-selected" : style;
                    badge = Text.plain(marked.badge(), "badge");
                    for (String caps : marked.phrases()) {
                        body.add(new Component.Paragraph(Text.plain(caps, "strong"), line));
                    }
                    if (!marked.rest().isEmpty()) {
                        body.add(new Component.Paragraph(Text.mixed(marked.rest(), "body"), line));
                    }
                    continue;
                }
                // the cell's items stay on lines of their own (a break, not a list: the sketch marks none)
                body.add(new Component.Paragraph(Text.mixed(cell.value(), "body"), line));
            }
            Text title = Text.plain(head.value(), "cardTitle");
            cards.add(new Node(ids.of(head.value()), style, e == null ? "" : e.primaryTag(), e == null ? "" : e.element(),
                    e == null ? 0 : e.line(), title, badge, body.isEmpty() ? null : new Stack(body, 0.5, false, 0), t.line()));
            weights[j] = 1;
        }
        return new Columns(cards, weights, List.of(), 0, t.line());
    }

    /**
     * The heading just above the columns, when an edge runs from it to them: the question they answer, made a
     * node (centred, as wide as its words) so that the edges leave a box.
     */
    private static Component question(Component above, Table t, List<Edge> edges, List<ContentElement> unbound,
                                      Map<ContentElement, Integer> bound, Theme theme, Ids ids) {
        if (above instanceof Stack s && !s.children().isEmpty()) {
            List<Component> kids = new ArrayList<>(s.children());
            for (int i = kids.size() - 1; i >= 0; i--) {
                Component q = question(kids.get(i), t, edges, unbound, bound, theme, ids);
                if (q != kids.get(i)) {
                    kids.set(i, q);
                    for (int k = i + 1; k < kids.size(); k++) {
                        if (kids.get(k) instanceof Component.Connector c) {
                            // the sketch's bus gives way to the edges, fanned from the question's box; one empty
                            // row of it keeps room for the fan between them
                            kids.set(k, new Component.Connector(List.of(List.<Component.Mark>of()),
                                    c.columns(), List.of(), c.line()));
                        }
                    }
                    return new Stack(kids, s.gap(), s.spread(), s.line());
                }
            }
            return above;
        }
        if (!(above instanceof Heading h)) {
            return above;
        }
        String text = unquoted(h.text().value());
        ContentElement e = null;
        for (ContentElement u : unbound) {
            if (!bound.containsKey(u) && TextRules.words(u.description()).containsAll(TextRules.words(text))) {
                e = u;
                break;
            }
        }
        Names n = new Names();
        n.addNamed("q", text, e == null ? "" : e.element());
        boolean source = false;
        for (Edge edge : edges) {
            source |= column(t, edge.to()) >= 0 && n.resolve(edge.from()).equals("q") && column(t, edge.from()) < 0;
        }
        if (!source) {
            return above;
        }
        if (e != null) {
            bound.put(e, h.line());
        }
        String style = e != null && theme.styleForTag(e.primaryTag()).kind().equals("node") ? theme.styleNameForTag(e.primaryTag()) : "node";
        Node node = new Node(ids.of(text), style, e == null ? "" : e.primaryTag(), e == null ? "" : e.element(),
                e == null ? 0 : e.line(), null, null, new Component.Paragraph(Text.mixed(text, "node"), h.line()), h.line());
        return new Columns(List.of(new Component.Spacer(0), node, new Component.Spacer(0)), new double[] {1, 1, 1},
                List.of(), 0, h.line());
    }

    /** A cell holding the selection mark: its capitals phrases but the last, that last one, and its other words. */
    record Marked(List<String> phrases, String badge, String rest) {
        static Marked of(String cell) {
            if (!cell.contains("\u25a0")) {
                return null;
            }
            List<String> phrases = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            StringBuilder run = new StringBuilder();
            for (String w : cell.replace("\u25a0", " ").replace(TextRules.ITEM_BREAK, " ").trim().split("\\s+")) {
                boolean caps = w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        && w.chars().filter(Character::isLetter).count() >= 2;
                if (caps) {
                    run.append(run.length() > 0 ? " " : "").append(w);
                } else {
                    if (run.length() > 0) {
                        phrases.add(run.toString());
                        run.setLength(0);
                    }
                    rest.append(rest.length() > 0 ? " " : "").append(w);
                }
            }
            if (run.length() > 0) {
                phrases.add(run.toString());
            }
            if (phrases.isEmpty()) {
                return null;
            }
            String badge = phrases.remove(phrases.size() - 1);
            return new Marked(phrases, badge, rest.toString());
        }
    }

    private static String unquoted(String s) {
        String t = s.strip();
        if (t.length() > 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("\u201c") && t.endsWith("\u201d"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
