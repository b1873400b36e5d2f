package io.figgen.layout;

import io.figgen.model.ContentElement;
import io.figgen.model.Figure;
import io.figgen.scene.Scene;

import java.util.List;

/**
 * A laid-out figure, the scene it shows, and what the layout learnt on the way: content elements nothing
 * draws (the scene's unbound ones, and callouts of a notes row it had to drop), and the fit factor it had to
 * shrink type to (1 when the content fitted at full size).
 */
public record Layout(Scene scene, Figure figure, List<ContentElement> unbound, double fit) {
    public Layout {
        unbound = List.copyOf(unbound);
    }
}
