package io.figgen.model;

import java.util.List;

/**
 * A laid-out figure: the canvas, its background and the shapes to draw, plus the accessible title and
 * description. Everything a backend or a check needs, nothing of how it was derived.
 */
public record Figure(Size size, String background, String title, String description, List<Shape> shapes) {
    public Figure {
        shapes = List.copyOf(shapes);
    }

    public List<Shape.Text> texts() {
        return shapes.stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast).toList();
    }
}
