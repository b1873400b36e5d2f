package io.figgen.render;

import io.figgen.layout.Layout;
import io.figgen.model.Spec;

/** One spec rendered in memory: the parsed spec, its layout, the SVG text and, when asked for, the PNG. */
public record RenderedFigure(Spec spec, Layout layout, String svg, byte[] png) {
}
