package io.figgen.model;

/** A text-content label of the template dialect: a key (or element name) and the exact text to draw. */
public record Label(String key, String text, int line) {
}
