package io.figgen.scene;

import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Items;
import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boxes side by side whose first lines carry a status ({@code App Router (selected)} beside {@code Pages Router
 * (legacy)}): the first line is each box's title, its status its badge, and the selected box is drawn as the
 * chosen card, the others as the quiet alternatives. Left as the first items of two alike boxes, the choice
 * the sketch marks does not show.
 */
final class MarkedBoxes {
    private MarkedBoxes() {
    }

    private static final Pattern STATUS = Pattern.compile(
            "^(.+?)\\s*\\((selected|chosen|recommended|legacy|deprecated|deferred|rejected|old|current)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHOSEN = Pattern.compile("(?i)selected|chosen|recommended");

    static Component rewrite(Component body) {
        return Components.rewriteUp(body, c -> c instanceof Columns cols ? marked(cols) : c);
    }

    private static Component marked(Columns cols) {
        List<Component> kids = new ArrayList<>(cols.children());
        List<Integer> boxes = new ArrayList<>();
        int chosen = 0;
        for (int i = 0; i < kids.size(); i++) {
            String first = kids.get(i) instanceof Node n && n.title() == null ? firstLine(n.body()) : null;
            if (first != null && STATUS.matcher(first).matches()) {
                boxes.add(i);
                Matcher m = STATUS.matcher(first);
                m.matches();
                chosen += CHOSEN.matcher(m.group(2)).matches() ? 1 : 0;
            }
        }
        // two or more such boxes, exactly one of them chosen
        if (boxes.size() < 2 || chosen != 1) {
            return cols;
        }
        for (int i : boxes) {
            Node n = (Node) kids.get(i);
            Matcher m = STATUS.matcher(firstLine(n.body()));
            m.matches();
            boolean pick = CHOSEN.matcher(m.group(2)).matches();
            Component rest = rest(n.body());
            kids.set(i, new Node(n.id(), pick ? "card-selected" : "card-deferred", n.tag(), n.element(), n.elementLine(),
                    Text.plain(m.group(1), "cardTitle"), Text.plain(m.group(2).toUpperCase(Locale.ROOT), "badge"), rest, n.line()));
        }
        return new Columns(kids, cols.weights(), cols.links(), cols.minHeight(), cols.line(), cols.at());
    }

    /** A box's first line when more follow it: its list's first item, or its first paragraph; else null. */
    private static String firstLine(Component body) {
        if (body instanceof Items l && l.items().size() >= 2) {
            return l.items().get(0).text().value().strip();
        }
        if (body instanceof Component.Stack s && s.children().size() >= 2 && s.children().get(0) instanceof Component.Paragraph p
                && !p.text().value().contains(TextRules.ITEM_BREAK)) {
            return p.text().value().strip();
        }
        return null;
    }

    /** The box's body without its first line. */
    private static Component rest(Component body) {
        if (body instanceof Items l) {
            return new Items(l.items().subList(1, l.items().size()), l.line());
        }
        Component.Stack s = (Component.Stack) body;
        List<Component> more = s.children().subList(1, s.children().size());
        return more.size() == 1 ? more.get(0) : new Component.Stack(more, s.gap(), s.spread(), s.line());
    }
}
