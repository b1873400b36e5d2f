package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the sketch's arrows between neighbouring nodes what the spec states of them: an arrow the sketch
 * draws bare between two boxes ({@code ◄─┤}) takes the label of the Relationships / Flows row or YAML
 * connection between those two boxes (a flows row first), and both heads when that edge runs both ways.
 * Nothing is drawn that the spec does not state.
 */
final class LinkLabeller {
    private final List<Edge> stated;

    LinkLabeller(List<Edge> edges) {
        List<Edge> s = new ArrayList<>();
        // a flows row says it first, then the YAML
        edges.stream().filter(e -> e.source() == Edge.Source.FLOWS_TABLE && e.resolved()).forEach(s::add);
        edges.stream().filter(e -> e.source() == Edge.Source.YAML && e.resolved()).forEach(s::add);
        this.stated = s;
    }

    Component label(Component c) {
        if (c instanceof Component.Stack s) {
            return new Component.Stack(Components.map(s.children(), this::label), s.gap(), s.spread(), s.line());
        }
        if (c instanceof Component.Columns r) {
            List<Component> children = Components.map(r.children(), this::label);
            List<Component.Link> links = new ArrayList<>();
            for (int i = 0; i < r.links().size(); i++) {
                Component.Link l = r.links().get(i);
                if (l != null && i + 1 < children.size() && children.get(i) instanceof Component.Node a
                        && children.get(i + 1) instanceof Component.Node b) {
                    l = stated(l, a.id(), b.id());
                }
                links.add(l);
            }
            return new Component.Columns(children, r.weights(), links, r.minHeight(), r.line());
        }
        if (c instanceof Component.Node n && n.body() != null) {
            return new Component.Node(n.id(), n.style(), n.tag(), n.element(), n.elementLine(), n.title(), n.badge(),
                    label(n.body()), n.line());
        }
        return c;
    }

    private Component.Link stated(Component.Link l, String left, String right) {
        for (Edge e : stated) {
            boolean rightward = e.fromNode().equals(left) && e.toNode().equals(right);
            boolean leftward = e.fromNode().equals(right) && e.toNode().equals(left);
            if (!rightward && !leftward) {
                continue;
            }
            Text label = l.label() != null || e.label().isEmpty() ? l.label() : Text.mixed(e.label(), "caption");
            boolean both = e.kind() == Edge.Kind.BIDIRECTIONAL;
            return new Component.Link(l.forward() || both || rightward && !l.back(), l.back() || both || leftward && !l.forward(),
                    label);
        }
        return l;
    }

}
