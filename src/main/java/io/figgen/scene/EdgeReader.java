package io.figgen.scene;

import io.figgen.model.Relationship;
import io.figgen.model.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relationships a spec states: the rows of its Relationships / Flows tables and the connections of its
 * YAML (any mapping with {@code from} and {@code to}, with {@code type} and {@code label}), each with its spec
 * line. Endpoint names are resolved to scene components by {@link Names}; a YAML endpoint that is an anchor
 * id is first read as that anchor's label ({@code cmo_stim} → {@code CMO (STIM exemplar)}).
 */
final class EdgeReader {
    private EdgeReader() {
    }

    static List<Edge> read(Spec spec, Names names) {
        List<Edge> out = new ArrayList<>();
        for (Relationship r : spec.relationships()) {
            out.add(edge(r.from(), r.to(), names.resolve(r.from()), names.resolve(r.to()), r.label(), r.type(),
                    Edge.Source.FLOWS_TABLE, r.line()));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<Map<?, ?>> connections = new ArrayList<>();
        spec.anchors().ifPresent(yaml -> walk(yaml, labels, connections, 0));
        YamlLines lines = new YamlLines(spec.anchorsText(), spec.anchorsLine());
        for (Map<?, ?> c : connections) {
            String from = scalar(c.get("from"));
            String to = scalar(c.get("to"));
            String fromName = labels.getOrDefault(from, from.replace('_', ' '));
            String toName = labels.getOrDefault(to, to.replace('_', ' '));
            out.add(edge(fromName, toName, names.resolve(fromName), names.resolve(toName), scalar(c.get("label")),
                    scalar(c.get("type")), Edge.Source.YAML, lines.of("from", from)));
        }
        return out;
    }

    /** The spec line of a YAML key with a value ({@code id: cmo_stim}), or the YAML's first line. */
    static int lineOf(Spec spec, String key, String value) {
        return new YamlLines(spec.anchorsText(), spec.anchorsLine()).of(key, value);
    }

    private static Edge edge(String from, String to, String fromNode, String toNode, String label, String type,
                             Edge.Source source, int line) {
        return new Edge(from, to, fromNode, toNode, label, kind(type), source, line);
    }

    /** Types that relate by placement: the shared specs write these in their Type column (position: 6, timeline: 7). */
    private static final List<String> PLACEMENTS = List.of("position", "timeline", "annotation", "concentric", "frontier",
            "grouping", "radial", "contrast", "emphasis", "placement", "axis");

    /**
     * The kind a type names: bidirectional, dashed (optional, async), feedback (loop, return), a placement (a
     * position, a ring, a grouping: no line), else a flow.
     */
    static Edge.Kind kind(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (PLACEMENTS.stream().anyMatch(t::contains)) {
            return Edge.Kind.PLACEMENT;
        }
        if (t.contains("bidirect") || t.contains("both") || t.contains("two-way") || t.contains("mutual")) {
            return Edge.Kind.BIDIRECTIONAL;
        }
        if (t.contains("feedback") || t.contains("loop") || t.contains("return") || t.contains("back")) {
            return Edge.Kind.FEEDBACK;
        }
        if (t.contains("dash") || t.contains("optional") || t.contains("async") || t.contains("dotted")) {
            return Edge.Kind.OPTIONAL;
        }
        return Edge.Kind.FLOW;
    }

    private static final int MAX_DEPTH = 20;

    private static void walk(Object node, Map<String, String> labels, List<Map<?, ?>> connections, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            if (m.get("from") != null && m.get("to") != null && !scalar(m.get("from")).isEmpty()) {
                connections.add(m);
            } else if (m.get("id") != null) {
                String label = scalar(m.get("label"));
                labels.putIfAbsent(scalar(m.get("id")), label.isEmpty() ? scalar(m.get("content")) : label);
            }
            for (Object v : m.values()) {
                walk(v, labels, connections, depth + 1);
            }
        } else if (node instanceof List<?> l) {
            for (Object v : l) {
                walk(v, labels, connections, depth + 1);
            }
        }
    }

    private static String scalar(Object o) {
        return o instanceof String || o instanceof Number || o instanceof Boolean ? String.valueOf(o).strip() : "";
    }

    /** Finds the spec line of a YAML key with a given value, in document order. */
    private static final class YamlLines {
        private final String[] lines;
        private final int first;
        private int next;

        YamlLines(String yaml, int first) {
            this.lines = yaml.split("\n", -1);
            this.first = first;
        }

        int of(String key, String value) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = pass == 0 ? next : 0; i < lines.length; i++) {
                    String l = lines[i].strip();
                    if (l.startsWith("- ")) {
                        l = l.substring(2).strip();
                    }
                    if (l.startsWith(key + ":") && l.substring(key.length() + 1).strip().replaceAll("^[\"']|[\"']$", "")
                            .equals(value)) {
                        next = i + 1;
                        return first + i;
                    }
                }
            }
            return first;
        }
    }
}
