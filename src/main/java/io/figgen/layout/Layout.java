package io.figgen.layout;

import io.figgen.model.ContentElement;
import io.figgen.model.Figure;

import java.util.List;

/**
 * A laid-out figure and what the layout learnt on the way: content elements it could not bind to anything
 * in the sketch, and the fit factor it had to shrink type to (1 when the content fitted at full size).
 */
public record Layout(Figure figure, List<ContentElement> unbound, double fit) {
    public Layout {
        unbound = List.copyOf(unbound);
    }
}
