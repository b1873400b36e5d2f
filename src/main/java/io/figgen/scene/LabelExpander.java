package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a sketch's cut labels in full: a label the sketch writes beside a connector, a link or a flow arrow
 * ({@code delegate}) that begins a label the spec states in full for an edge ({@code delegate rights}) is drawn
 * as the full label, and the expansion is noted with both lines. Nothing is invented: a label matching no
 * stated edge, or more than one, stays as the sketch writes it.
 */
final class LabelExpander {
    private final List<Edge> stated;
    private final List<SceneNote> notes;

    LabelExpander(List<Edge> edges, List<SceneNote> notes) {
        this.stated = edges.stream().filter(e -> e.source() != Edge.Source.SKETCH && !e.label().isEmpty()).toList();
        this.notes = notes;
    }

    Component expand(Component c) {
        if (c instanceof Component.Stack s) {
            return new Component.Stack(Components.map(s.children(), this::expand), s.gap(), s.spread(), s.line());
        }
        if (c instanceof Component.Columns r) {
            List<Component.Link> links = new ArrayList<>();
            for (Component.Link l : r.links()) {
                links.add(l == null || l.label() == null ? l : new Component.Link(l.forward(), l.back(), full(l.label(), r.line()),
                        l.dashed()));
            }
            return new Component.Columns(Components.map(r.children(), this::expand), r.weights(), links, r.minHeight(), r.line(), r.at());
        }
        if (c instanceof Component.Node n) {
            return n.body() == null ? n : n.withBody(expand(n.body()));
        }
        if (c instanceof Component.Connector k) {
            return new Component.Connector(k.rows(), k.columns(), k.labels().stream().map(t -> full(t, k.line())).toList(),
                    k.axis(), k.line());
        }
        if (c instanceof Component.Flow f) {
            List<Component.FlowArrow> arrows = new ArrayList<>();
            for (Component.FlowArrow a : f.arrows()) {
                arrows.add(a.label() == null ? a
                        : new Component.FlowArrow(full(a.label(), a.line()), a.detail(), a.forward(), a.back(), a.line()));
            }
            return new Component.Flow(f.nodes(), arrows, f.line());
        }
        return c;
    }


    private Text full(Text label, int line) {
        List<String> have = TextRules.words(label.value());
        if (have.isEmpty() || stated.stream().anyMatch(e -> TextRules.words(e.label()).equals(have))) {
            // a label some edge states as it is ("no" for the gate's no-branch) is whole, not the start of another's
            return label;
        }
        Edge match = null;
        for (Edge e : stated) {
            List<String> want = TextRules.words(e.label());
            if (want.size() > have.size() && want.subList(0, have.size()).equals(have)) {
                if (match != null && !match.label().equalsIgnoreCase(e.label())) {
                    return label;
                }
                match = e;
            }
        }
        if (match == null) {
            return label;
        }
        notes.add(new SceneNote(SceneNote.Kind.EXPANDED, line, match.line(),
                "'" + label.value() + "' drawn in full as '" + match.label() + "', as the spec states it", label.value(),
                match.label()));
        List<Text.Run> runs = new ArrayList<>();
        runs.add(new Text.Run(match.label(), label.role(), label.runs().get(0).mixed()));
        return new Text(runs);
    }
}
