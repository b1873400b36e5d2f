package io.figgen.scene;

/**
 * A relationship the spec states between two components: from a Relationships / Flows row, a YAML
 * connection, or an arrow the sketch draws between named parts. {@code from} and {@code to} are the names the
 * source uses; {@code fromNode} and {@code toNode} the scene components they resolve to ("" when none does).
 */
public record Edge(String from, String to, String fromNode, String toNode, String label, Kind kind, Source source,
                   int line) {
    /**
     * {@code PLACEMENT}: a relation the figure shows by where things stand, not by a line (a position on a
     * spectrum, a ring, a grouping, an annotation, a frontier through points): no line is routed for it.
     */
    public enum Kind { FLOW, OPTIONAL, BIDIRECTIONAL, FEEDBACK, PLACEMENT;

        /** Whether the figure draws this relation as a line between its two ends. */
        public boolean connects() {
            return this != PLACEMENT;
        }
    }

    /**
     * {@code SKETCH}: an arrow the sketch draws between parts that the figure draws there too; {@code SKETCH_LINE}:
     * one it writes as a line of names under the parts (see FlowEchoes), which the layout routes as a stated one.
     */
    public enum Source { FLOWS_TABLE, YAML, SKETCH, SKETCH_LINE }

    public boolean resolved() {
        return !fromNode.isEmpty() && !toNode.isEmpty();
    }
}
