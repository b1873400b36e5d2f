package io.figgen.layout;

import io.figgen.model.ContentElement;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.scene.Edge;
import io.figgen.scene.Scene;

import java.util.List;

/**
 * A laid-out figure, the scene it shows, and what the layout learnt on the way: content elements nothing
 * draws (the scene's unbound ones, and callouts of a notes row it had to drop), and the fit factor it had to
 * shrink type to (1 when the content fitted at full size). {@code dropped} are the sketch's lines it left out
 * because they joined nothing it could attach them to (or a part the spec relates to none of theirs), and
 * {@code routed} the stated edges it drew as routes of its own ({@code unlabelled}: those whose label found no
 * free place beside its route, so it is not drawn); {@code joined} the other stated edges the page draws (its
 * lines or arrows join the two parts, its label stands on the page, or it restates a routed pair).
 */
public record Layout(Scene scene, Figure figure, List<ContentElement> unbound, double fit, List<Shape.Line> dropped,
                     List<Edge> routed, List<Edge> unlabelled, List<Edge> joined) {
    public Layout {
        joined = List.copyOf(joined);
        unbound = List.copyOf(unbound);
        dropped = List.copyOf(dropped);
        routed = List.copyOf(routed);
        unlabelled = List.copyOf(unlabelled);
    }
}
