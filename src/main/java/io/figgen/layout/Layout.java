package io.figgen.layout;

import io.figgen.model.ContentElement;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.scene.Scene;

import java.util.List;

/**
 * A laid-out figure, the scene it shows, and what the layout learnt on the way: content elements nothing
 * draws (the scene's unbound ones, and callouts of a notes row it had to drop), and the fit factor it had to
 * shrink type to (1 when the content fitted at full size). {@code dropped} are the sketch's lines it left out
 * because they joined nothing it could attach them to.
 */
public record Layout(Scene scene, Figure figure, List<ContentElement> unbound, double fit, List<Shape.Line> dropped) {
    public Layout {
        unbound = List.copyOf(unbound);
        dropped = List.copyOf(dropped);
    }
}
