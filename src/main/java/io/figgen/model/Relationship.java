package io.figgen.model;

/**
 * A row of a Relationships / Flows table: an edge the spec states between two of its components, by the
 * names the author uses ({@code CMO (STIM)} for the box titled {@code CMO (STIM exemplar)}).
 */
public record Relationship(String from, String to, String type, String label, String table, int line) {
}
