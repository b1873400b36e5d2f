package io.figgen.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of the sketch that names two boxes drawn elsewhere and the arrow between them ({@code I DRAMATIQ ────
 * revisit at 500k jobs/day ────▶ II CELERY} under the option cards) is that arrow, between those boxes: not a
 * second pair of boxes of the same names. Read as a flow of its own, it drew the two names again as dark nodes.
 * The flow goes from the body, and its arrows join the boxes as the sketch's edges, routed around what stands
 * between them.
 */
final class FlowEchoes {
    private FlowEchoes() {
    }

    /**
     * The body without its flows that echo boxes drawn elsewhere; their arrows are added to {@code edges}, and a
     * note for each flow to {@code notes}, so the check counts its names as drawn (they are, on the boxes).
     */
    static Component drop(Component body, List<Edge> edges, List<SceneNote> notes) {
        if (body == null) {
            return null;
        }
        Map<String, Component.Node> titled = new HashMap<>();
        Components.walk(body, c -> {
            if (c instanceof Component.Node n && n.title() != null) {
                titled.putIfAbsent(TextRules.squeeze(n.title().value()), n);
            }
        });
        List<Edge> found = new ArrayList<>();
        Component rest = Components.rewriteUp(body, c -> {
            if (!(c instanceof Component.Stack s) || s.children().stream().noneMatch(k -> echoes(k, titled))) {
                return c;
            }
            List<Component> kept = new ArrayList<>();
            for (Component k : s.children()) {
                if (echoes(k, titled)) {
                    Component.Flow f = (Component.Flow) k;
                    arrows(f, titled, found);
                    String names = String.join(" ", f.nodes().stream().map(n -> n.title().value()).toList());
                    notes.add(new SceneNote(SceneNote.Kind.JOINED, f.line(), 0, "the line naming " + String.join(" and ",
                            f.nodes().stream().map(n -> n.title().value()).toList()) + " is drawn as the arrow between those boxes",
                            names, ""));
                } else {
                    kept.add(k);
                }
            }
            return kept.size() == 1 ? kept.get(0) : new Component.Stack(kept, s.gap(), s.spread(), s.line());
        });
        // an arrow between neighbours in a row is the row's link, whose gap makes room for its label; any other
        // is routed around what stands between its boxes
        List<Edge> linked = new ArrayList<>();
        rest = Components.rewriteUp(rest, c -> c instanceof Component.Columns cols ? linked(cols, found, linked) : c);
        found.removeAll(linked);
        edges.addAll(found);
        return rest;
    }

    private static Component linked(Component.Columns cols, List<Edge> found, List<Edge> linked) {
        List<Component.Link> links = new ArrayList<>(cols.links());
        boolean changed = false;
        for (Edge e : found) {
            for (int i = 0; i + 1 < cols.children().size(); i++) {
                if (!(cols.children().get(i) instanceof Component.Node a) || !(cols.children().get(i + 1) instanceof Component.Node b)
                        || i < links.size() && links.get(i) != null) {
                    continue;
                }
                boolean forward = a.id().equals(e.fromNode()) && b.id().equals(e.toNode());
                boolean back = a.id().equals(e.toNode()) && b.id().equals(e.fromNode());
                if (forward || back) {
                    while (links.size() <= i) {
                        links.add(null);
                    }
                    boolean both = e.kind() == Edge.Kind.BIDIRECTIONAL;
                    links.set(i, new Component.Link(forward || both, back || both,
                            e.label().isEmpty() ? null : Text.mixed(e.label(), "caption")));
                    linked.add(e);
                    changed = true;
                }
            }
        }
        return changed ? new Component.Columns(cols.children(), cols.weights(), links, cols.minHeight(), cols.line(), cols.at()) : cols;
    }

    /** Whether c is a flow whose every part is only a name, each the title of a box drawn elsewhere. */
    private static boolean echoes(Component c, Map<String, Component.Node> titled) {
        return c instanceof Component.Flow f && f.nodes().size() >= 2 && f.arrows().size() == f.nodes().size() - 1
                && f.nodes().stream().allMatch(n -> n.detail() == null && titled.containsKey(TextRules.squeeze(n.title().value())));
    }

    private static void arrows(Component.Flow f, Map<String, Component.Node> titled, List<Edge> edges) {
        for (int i = 0; i < f.arrows().size(); i++) {
            Component.FlowArrow a = f.arrows().get(i);
            boolean forward = a.forward() || !a.back();
            Component.Node x = titled.get(TextRules.squeeze(f.nodes().get(i).title().value()));
            Component.Node y = titled.get(TextRules.squeeze(f.nodes().get(i + 1).title().value()));
            Component.Node from = forward ? x : y;
            Component.Node to = forward ? y : x;
            Edge.Kind kind = a.forward() && a.back() ? Edge.Kind.BIDIRECTIONAL : Edge.Kind.FLOW;
            edges.add(new Edge(from.title().value(), to.title().value(), from.id(), to.id(),
                    a.label() == null ? "" : a.label().value(), kind, Edge.Source.SKETCH_LINE, a.line()));
        }
    }
}
