package io.figgen.scene;

import io.figgen.scene.Component.Connector;
import io.figgen.scene.Component.MarkKind;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A loop the sketch draws round the figure (down from a box, along the bottom, up the margin into another) is
 * read band by band, so its return line comes out as a fragment under a row it does not join, its label
 * floating. When the spec states that loop (a feedback relationship with the same label), the fragment goes
 * and the stated loop is routed, attached at both its ends.
 */
final class LoopFragments {
    private LoopFragments() {
    }

    static Component drop(Component body, List<Edge> edges) {
        if (body == null) {
            return null;
        }
        List<Edge> loops = edges.stream().filter(e -> e.kind() == Edge.Kind.FEEDBACK && e.resolved()
                && e.source() != Edge.Source.SKETCH && e.label() != null && !e.label().isBlank()).toList();
        if (loops.isEmpty()) {
            return body;
        }
        List<Connector> dropped = new ArrayList<>();
        Component out = Components.rewriteUp(body, c -> c instanceof Stack s ? without(s, loops, dropped) : c);
        if (dropped.isEmpty()) {
            return out;
        }
        // the loop's verticals down the margin, left in the connectors between the bands it passed, go with it
        Set<String> sides = new HashSet<>();
        for (Connector k : dropped) {
            k.rows().forEach(r -> r.stream().filter(m -> m.kind() == MarkKind.RETURN).forEach(m -> {
                sides.add(k.columns() + ":" + m.col());
                sides.add(k.columns() + ":" + m.end());
            }));
        }
        return Components.rewriteUp(out, c -> c instanceof Connector k ? withoutSides(k, sides) : c);
    }

    private static Component withoutSides(Connector k, Set<String> sides) {
        List<List<Component.Mark>> rows = new ArrayList<>();
        boolean changed = false;
        for (List<Component.Mark> r : k.rows()) {
            List<Component.Mark> kept = r.stream().filter(m -> !(m.kind() == MarkKind.VERTICAL && !m.headStart() && !m.headEnd()
                    && sides.contains(k.columns() + ":" + m.col()))).toList();
            changed |= kept.size() != r.size();
            rows.add(kept);
        }
        return changed ? new Connector(rows, k.columns(), k.labels(), k.axis(), k.line()) : k;
    }

    private static Component without(Stack s, List<Edge> loops, List<Connector> dropped) {
        List<Component> kept = new ArrayList<>();
        for (int i = 0; i < s.children().size(); i++) {
            Component c = s.children().get(i);
            Component before = i > 0 ? s.children().get(i - 1) : null;
            if (c instanceof Connector k && fragment(k, before, loops)) {
                dropped.add(k);
                continue;
            }
            kept.add(c);
        }
        return kept.size() == s.children().size() ? s : new Stack(kept, s.gap(), s.spread(), s.line());
    }

    /** A return line labelled as a stated loop, under a part holding neither of the loop's ends. */
    private static boolean fragment(Connector k, Component before, List<Edge> loops) {
        boolean returns = k.rows().stream().anyMatch(r -> r.stream().anyMatch(m -> m.kind() == MarkKind.RETURN));
        if (!returns || k.labels().isEmpty() || before == null) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        Components.walk(before, x -> {
            if (x instanceof Component.Node n) {
                ids.add(n.id());
            } else if (x instanceof Component.Flow f) {
                f.nodes().forEach(n -> ids.add(n.id()));
            }
        });
        for (Text label : k.labels()) {
            boolean stated = loops.stream().anyMatch(e -> key(e.label()).equals(key(label.value()))
                    && !ids.contains(e.fromNode()) && !ids.contains(e.toNode()));
            if (!stated) {
                return false;
            }
        }
        return true;
    }

    /** Letters and digits only, lower case: quotes round a label and its spacing do not tell labels apart. */
    private static String key(String s) {
        return TextRules.squeeze(s);
    }
}
