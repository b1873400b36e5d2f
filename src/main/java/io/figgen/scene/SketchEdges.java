package io.figgen.scene;

import java.util.List;

/** The edges the sketch itself draws between named parts: arrows between nodes of a row, a flow's arrows. */
final class SketchEdges {
    private SketchEdges() {
    }

    static void collect(Component c, List<Edge> out) {
        if (c instanceof Component.Stack s) {
            s.children().forEach(x -> collect(x, out));
        } else if (c instanceof Component.Columns r) {
            for (int i = 0; i < r.links().size() && i + 1 < r.children().size(); i++) {
                Component.Link l = r.links().get(i);
                if (l != null && r.children().get(i) instanceof Component.Node a
                        && r.children().get(i + 1) instanceof Component.Node b) {
                    Edge.Kind kind = l.forward() && l.back() ? Edge.Kind.BIDIRECTIONAL : Edge.Kind.FLOW;
                    Component.Node from = l.forward() || !l.back() ? a : b;
                    Component.Node to = from == a ? b : a;
                    out.add(new Edge(name(from), name(to), from.id(), to.id(), l.label() == null ? "" : l.label().value(),
                            kind, Edge.Source.SKETCH, r.line()));
                }
            }
            r.children().forEach(x -> collect(x, out));
        } else if (c instanceof Component.Node n && n.body() != null) {
            collect(n.body(), out);
        } else if (c instanceof Component.Flow f) {
            for (int i = 0; i < f.arrows().size() && i + 1 < f.nodes().size(); i++) {
                Component.FlowArrow a = f.arrows().get(i);
                Component.FlowNode x = f.nodes().get(i);
                Component.FlowNode y = f.nodes().get(i + 1);
                Edge.Kind kind = a.forward() && a.back() ? Edge.Kind.BIDIRECTIONAL : Edge.Kind.FLOW;
                boolean forward = a.forward() || !a.back();
                Component.FlowNode from = forward ? x : y;
                Component.FlowNode to = forward ? y : x;
                out.add(new Edge(from.title().value(), to.title().value(), from.id(), to.id(),
                        a.label() == null ? "" : a.label().value(), kind, Edge.Source.SKETCH, a.line()));
            }
        }
    }

    private static String name(Component.Node n) {
        return n.title() != null ? n.title().value() : !n.element().isEmpty() ? n.element() : Names.firstHeading(n.body());
    }
}
