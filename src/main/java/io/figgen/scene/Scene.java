package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.model.Size;

import java.util.List;

/**
 * What a figure shows, read from the whole spec: the title block, the body, the footer, and the extras the
 * spec asks for that the sketch does not draw (callouts, labels), which the layout may drop when the figure
 * cannot hold them. Immutable, and free of sketch cells and of drawing: the layout places it.
 *
 * @param extras         the notes row, or null
 * @param extraElements  the Callout Boxes rows the notes row draws (reported as unbound when it is dropped)
 * @param edges          every relationship the spec states, resolved to components where it can be
 * @param bindings       which part of the figure each bound content element describes
 * @param unbound        content elements that match nothing the figure shows
 * @param notes          what the reader decided that a user may want to verify
 */
public record Scene(String title, String description, Size size, Title header, Component body, Footer footer,
                    Component extras, List<ContentElement> extraElements, List<Edge> edges, List<Binding> bindings,
                    List<ContentElement> unbound, List<SceneNote> notes) {
    /** A content element and the part of the figure it was bound to: its kind and spec line. */
    public record Binding(ContentElement element, String part, int line) {
    }

    public Scene {
        bindings = List.copyOf(bindings);
        extraElements = List.copyOf(extraElements);
        edges = List.copyOf(edges);
        unbound = List.copyOf(unbound);
        notes = List.copyOf(notes);
    }
}
