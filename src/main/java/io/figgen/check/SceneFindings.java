package io.figgen.check;

import io.figgen.check.Finding.Severity;
import io.figgen.layout.Layout;
import io.figgen.model.Shape;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Edge;
import io.figgen.scene.Scene;
import io.figgen.scene.SceneNote;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.sketch.LineArt;

import java.util.List;

/**
 * What a reader sees that the sketch's words alone do not tell: line art, placeholders and layout notes drawn
 * as text, one label drawn in two styles, words left broken at a hyphen, stated relationships the figure does
 * not draw, and what the scene reader decided (labels drawn in full, line art left out, sources that disagree).
 */
final class SceneFindings {
    private SceneFindings() {
    }

    /** A finding at a spec line. */
    interface Sink {
        void add(int line, String rule, Severity severity, String message);
    }

    static void check(Layout layout, Sink out) {
        Scene scene = layout.scene();
        drawnText(layout.figure().texts(), out);
        twoStyles(scene, out);
        edges(layout, out);
        for (SceneNote n : scene.notes()) {
            String also = n.otherLine() > 0 ? " (see line " + n.otherLine() + ")" : "";
            switch (n.kind()) {
                case EXPANDED -> out.add(n.line(), "text/expanded", Severity.NOTE, n.message() + also);
                case DROPPED -> out.add(n.line(), "sketch/line-art", Severity.NOTE, n.message());
                case CONFLICT -> out.add(n.line(), "scene/conflict", Severity.WARNING, n.message() + also);
                case UNRESOLVED -> out.add(n.line(), "edges/unresolved", Severity.WARNING, n.message()
                        + ": name a component the figure shows, as its title or content element reads");
                case CLAMPED -> out.add(n.line(), "anchors/clamped", Severity.WARNING, n.message());
                case JOINED -> out.add(n.line(), "sketch/line-as-edge", Severity.NOTE, n.message());
            }
        }
    }

    /** Text that is not words: line art, placeholders, layout and style notes, a word left broken at a hyphen. */
    private static void drawnText(List<Shape.Text> texts, Sink out) {
        for (Shape.Text t : texts) {
            if ("code".equals(t.role())) {
                continue;
            }
            List<String> art = LineArt.artInLine(t.text());
            if (!art.isEmpty()) {
                out.add(t.sourceLine(), "text/line-art", Severity.ERROR, "line art drawn as text: '" + String.join(" ", art)
                        + "' in \"" + t.text() + "\"");
            }
            if (!TextRules.stripScaffolding(t.text()).equals(TextRules.collapse(t.text()))) {
                out.add(t.sourceLine(), "text/scaffolding", Severity.ERROR, "a placeholder or layout note drawn as text: \""
                        + t.text() + "\"");
            }
        }
    }

    /** A label the layout would set in two styles because the sketch wrapped it: a strong lead running on. */
    private static void twoStyles(Scene scene, Sink out) {
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Items l) {
                for (Component.Item i : l.items()) {
                    List<Text.Run> runs = i.text().runs();
                    if (runs.size() > 1 && runs.get(0).role().equals("strong")
                            && TextRules.wrapped(runs.get(0).value(), runs.get(1).value())) {
                        out.add(i.line(), "text/two-styles", Severity.ERROR, "one label drawn in two styles: \""
                                + i.text().value() + "\"");
                    }
                }
            }
        });
    }

    /**
     * Every relationship the spec states is drawn: routed by the layout, its label standing in the figure, or
     * the sketch joining its two components. A relation of placement (a position, a ring) draws no line. One the
     * figure cannot draw (an end it does not show) is a warning at its row; so is a routed edge whose label
     * found no free place.
     */
    private static void edges(Layout layout, Sink out) {
        Scene scene = layout.scene();
        for (Edge e : layout.unlabelled()) {
            out.add(e.line(), "edges/label", Severity.WARNING, "the label \"" + e.label() + "\" of '" + e.from() + "' -> '"
                    + e.to() + "' found no free place beside its line: shorten it, or give the figure more room");
        }
        for (Edge e : scene.edges()) {
            if (e.source() == Edge.Source.SKETCH || !e.resolved() || !e.kind().connects() || layout.routed().contains(e)
                    || layout.joined().contains(e)) {
                continue;
            }
            String what = e.source() == Edge.Source.YAML ? "YAML connection" : e.source() == Edge.Source.SKETCH_LINE
                    ? "sketch line" : "Relationships / Flows row";
            out.add(e.line(), "edges/not-drawn", Severity.WARNING, what + " '" + e.from() + "' -> '" + e.to() + "'"
                    + (e.label().isEmpty() ? "" : " (\"" + e.label() + "\")") + " is not drawn");
        }
    }
}
