package io.figgen.model;

/** A Markdown section of the spec, kept whole so that unknown sections survive parsing. */
public record Section(String heading, int level, int line, String text) {
}
