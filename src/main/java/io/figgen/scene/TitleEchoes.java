package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A box whose first line says its title again: the sketch wrote the heading in the box ({@code ■ MIGRATION
 * WINDOW} over its text) and the callout or element it is bound to titles it with the same words. The title
 * is drawn once, as the box's heading; the first line goes.
 */
final class TitleEchoes {
    private TitleEchoes() {
    }

    static Component drop(Component body) {
        return body == null ? null : Components.rewriteUp(body, c -> c instanceof Component.Node n && n.title() != null && n.body() != null
                ? n.withBody(without(n.body(), key(n.title().value()))) : c);
    }

    /** The body without its first part when that part says {@code title} and something follows it. */
    private static Component without(Component body, String title) {
        if (title.isEmpty()) {
            return body;
        }
        if (body instanceof Component.Stack s && !s.children().isEmpty() && s.children().get(0) instanceof Component.Stack inner) {
            // a stack opening with a stack: the first line is the inner one's
            List<Component> kids = new ArrayList<>(s.children());
            kids.set(0, without(inner, title));
            return new Component.Stack(kids, s.gap(), s.spread(), s.line());
        }
        if (body instanceof Component.Stack s && s.children().size() >= 2) {
            Component first = s.children().get(0);
            if (says(first, title)) {
                return new Component.Stack(s.children().subList(1, s.children().size()), s.gap(), s.spread(), s.line());
            }
            if (first instanceof Component.Items l && l.items().size() >= 2 && key(l.items().get(0).text().value()).equals(title)) {
                List<Component> rest = new ArrayList<>(s.children());
                rest.set(0, new Component.Items(l.items().subList(1, l.items().size()), l.line()));
                return new Component.Stack(rest, s.gap(), s.spread(), s.line());
            }
        }
        return body;
    }

    private static boolean says(Component c, String title) {
        return c instanceof Component.Items l && l.items().size() == 1 && key(l.items().get(0).text().value()).equals(title)
                || c instanceof Component.Paragraph p && key(p.text().value()).equals(title)
                || c instanceof Component.Heading h && key(h.text().value()).equals(title);
    }

    private static String key(String s) {
        return String.join(" ", TextRules.words(s));
    }
}
