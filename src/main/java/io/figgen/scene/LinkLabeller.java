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
    private final boolean joinNeighbours;

    /**
     * {@code joinNeighbours}: also link neighbouring nodes the spec relates and the sketch does not join (a
     * second pass, after the sketch's own edges are collected, so those stay what the sketch draws).
     */
    LinkLabeller(List<Edge> edges, boolean joinNeighbours) {
        this.joinNeighbours = joinNeighbours;
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
            if (joinNeighbours) {
                joinNeighbours(children, links);
            }
            return new Component.Columns(children, r.weights(), links, r.minHeight(), r.line(), r.at());
        }
        if (c instanceof Component.Node n && n.body() != null) {
            return n.withBody(label(n.body()));
        }
        return c;
    }

    /**
     * Neighbours the spec relates and the sketch leaves apart: the relation is drawn as their link, across
     * the gap between them, which widens for its label. The list is left as it was when none is added.
     */
    private void joinNeighbours(List<Component> children, List<Component.Link> links) {
        List<Component.Link> joined = new ArrayList<>(links);
        boolean added = false;
        for (int i = 0; i + 1 < children.size(); i++) {
            while (joined.size() <= i) {
                joined.add(null);
            }
            if (joined.get(i) == null && children.get(i) instanceof Component.Node a && children.get(i + 1) instanceof Component.Node b) {
                Component.Link l = unsketched(a.id(), b.id());
                joined.set(i, l);
                added |= l != null;
            }
        }
        if (added) {
            links.clear();
            links.addAll(joined);
        }
    }

    /** The link for a stated relation between two neighbours, or null when the spec states none. */
    private Component.Link unsketched(String left, String right) {
        for (Edge e : stated) {
            boolean rightward = e.fromNode().equals(left) && e.toNode().equals(right);
            boolean leftward = e.fromNode().equals(right) && e.toNode().equals(left);
            if ((rightward || leftward) && e.kind().connects()) {
                boolean both = e.kind() == Edge.Kind.BIDIRECTIONAL;
                Text label = e.label().isEmpty() ? null : Text.mixed(e.label(), "caption");
                return new Component.Link(rightward || both, leftward || both, label, e.kind() == Edge.Kind.OPTIONAL);
            }
        }
        return null;
    }

    private Component.Link stated(Component.Link l, String left, String right) {
        for (Edge e : stated) {
            boolean rightward = e.fromNode().equals(left) && e.toNode().equals(right);
            boolean leftward = e.fromNode().equals(right) && e.toNode().equals(left);
            if (!rightward && !leftward) {
                continue;
            }
            if (l.divider()) {
                return l;
            }
            Text label = l.label() != null || e.label().isEmpty() ? l.label() : Text.mixed(e.label(), "caption");
            boolean both = e.kind() == Edge.Kind.BIDIRECTIONAL;
            return new Component.Link(l.forward() || both || rightward && !l.back(), l.back() || both || leftward && !l.forward(),
                    label, l.dashed() || e.kind() == Edge.Kind.OPTIONAL);
        }
        return l;
    }

}
