package io.figgen.model;

/**
 * The ASCII layout as written: the fenced block's text, and the spec line (1-based) of its first text line,
 * so that sketch positions map back to spec lines.
 */
public record SketchSource(String text, int firstLine) {
}
