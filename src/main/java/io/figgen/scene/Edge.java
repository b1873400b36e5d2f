package io.figgen.scene;

/**
 * A relationship the spec states between two components: from a Relationships / Flows row, a YAML
 * connection, or an arrow the sketch draws between named parts. {@code from} and {@code to} are the names the
 * source uses; {@code fromNode} and {@code toNode} the scene components they resolve to ("" when none does).
 */
public record Edge(String from, String to, String fromNode, String toNode, String label, Kind kind, Source source,
                   int line) {
    public enum Kind { FLOW, OPTIONAL, BIDIRECTIONAL, FEEDBACK }

    public enum Source { FLOWS_TABLE, YAML, SKETCH }

    public boolean resolved() {
        return !fromNode.isEmpty() && !toNode.isEmpty();
    }
}
