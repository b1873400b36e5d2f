package io.figgen.layout;

/** A stretch of text in one style. */
record Span(String text, TextStyle style) {
}
