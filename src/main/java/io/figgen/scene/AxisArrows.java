package io.figgen.scene;

import io.figgen.scene.Component.Connector;
import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.MarkKind;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of nothing but vertical lines, an arrowhead and one word written letter by letter down it
 * ({@code ▲ │ M A T U R I T Y │}) is an axis the figure draws for itself: its lines join no parts, and the
 * page keeps them (as an axis) instead of dropping them as connectors that reach nothing.
 */
final class AxisArrows {
    private AxisArrows() {
    }

    static Component mark(Component body) {
        return Components.rewriteUp(body, c -> c instanceof Stack s && axis(s) ? asAxis(s) : c);
    }

    private static boolean axis(Stack s) {
        List<Component> leaves = new ArrayList<>();
        leaves(s, leaves);
        long headings = leaves.stream().filter(AxisArrows::word).count();
        boolean lines = leaves.stream().allMatch(c -> word(c) || c instanceof Connector k
                && k.rows().stream().flatMap(List::stream).allMatch(m -> m.kind() == MarkKind.VERTICAL || m.kind() == MarkKind.HEAD));
        boolean head = leaves.stream().anyMatch(c -> c instanceof Connector k && k.rows().stream().flatMap(List::stream)
                .anyMatch(m -> m.kind() == MarkKind.HEAD || m.headStart() || m.headEnd()));
        return headings == 1 && leaves.size() >= 2 && lines && head && leaves.stream().anyMatch(Connector.class::isInstance);
    }

    /** The axis's name: one capitals word, as a heading or a line. */
    private static boolean word(Component c) {
        String t = c instanceof Heading h ? h.text().value() : c instanceof Component.Paragraph p ? p.text().value() : "";
        return t.matches("[A-Z]{4,}");
    }

    private static void leaves(Component c, List<Component> out) {
        if (c instanceof Stack s) {
            s.children().forEach(k -> leaves(k, out));
        } else {
            out.add(c);
        }
    }

    private static Component asAxis(Component c) {
        if (c instanceof Stack s) {
            return new Stack(s.children().stream().map(AxisArrows::asAxis).toList(), s.gap(), s.spread(), s.line());
        }
        return c instanceof Connector k ? new Connector(k.rows(), k.columns(), k.labels(), true, k.line()) : c;
    }
}
