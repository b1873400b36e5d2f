package io.figgen.scene;

import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading the sketch writes over the first box of a row (`SELECTED STACK` over PostHog, beside Sentry) heads
 * the whole row: read column by column it went with the first box alone, which then stood a line lower than its
 * siblings, a row of cards out of line.
 */
final class RowHeadings {
    private RowHeadings() {
    }

    static Component hoist(Component body) {
        return body == null ? null : Components.rewriteUp(body, c -> c instanceof Columns r ? named(hoisted(r)) : c);
    }

    /**
     * In a row of boxes that each say a name ("Contrastive audio repr."), a box whose capitals first line goes on
     * in lower case ({@code CLMR/CLAP} over {@code embeddings}) says a name too, set as its siblings are, not a
     * heading over a line of text.
     */
    private static Component named(Component c) {
        if (!(c instanceof Columns r)) {
            return c;
        }
        List<Node> nodes = r.children().stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        List<Component.Paragraph> names = nodes.stream().filter(n -> n.title() == null && n.body() instanceof Component.Paragraph p
                && TextRules.words(p.text().value()).size() <= 6).map(n -> (Component.Paragraph) n.body()).toList();
        if (nodes.size() < 3 || names.size() * 2 < nodes.size()) {
            return r;
        }
        String role = names.get(0).text().runs().isEmpty() ? "body" : names.get(0).text().runs().get(0).role();
        List<Component> row = new ArrayList<>();
        boolean changed = false;
        for (Component k : r.children()) {
            if (k instanceof Node n && n.title() == null && n.body() instanceof Stack s && s.children().size() == 2
                    && s.children().get(0) instanceof Heading h && s.children().get(1) instanceof Component.Paragraph p
                    && !p.text().value().isEmpty() && Character.isLowerCase(p.text().value().charAt(0))
                    && TextRules.words(h.text().value() + " " + p.text().value()).size() <= 4) {
                Component.Paragraph name = new Component.Paragraph(Text.mixed(h.text().value() + " " + p.text().value(), role), h.line());
                row.add(n.withBody(name));
                changed = true;
            } else {
                row.add(k);
            }
        }
        return changed ? new Columns(row, r.weights(), r.links(), r.minHeight(), r.line(), r.at()) : r;
    }

    private static Component hoisted(Columns r) {
        if (r.children().size() < 2 || !(r.children().get(0) instanceof Stack s) || s.children().size() != 2
                || !(s.children().get(0) instanceof Heading h) || !(s.children().get(1) instanceof Node first)) {
            return r;
        }
        // the heading's line is just over the first box, and each other column is a box on the first box's line
        if (h.line() >= first.line() || first.line() - h.line() > 2) {
            return r;
        }
        for (Component c : r.children().subList(1, r.children().size())) {
            Node n = node(c);
            if (n == null || n.line() != first.line()) {
                return r;
            }
        }
        List<Component> row = new ArrayList<>(r.children());
        row.set(0, first);
        Columns boxes = new Columns(row, r.weights(), r.links(), r.minHeight(), r.line(), r.at());
        return new Stack(List.of(h, boxes), s.gap(), false, h.line());
    }

    /** The column's box: a box, or a box between spacers (a box narrower than its column). */
    private static Node node(Component c) {
        if (c instanceof Node n) {
            return n;
        }
        if (c instanceof Columns k) {
            List<Node> nodes = k.children().stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
            boolean rest = k.children().stream().allMatch(x -> x instanceof Node || x instanceof Component.Spacer);
            return nodes.size() == 1 && rest ? nodes.get(0) : null;
        }
        return null;
    }
}
