package io.figgen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The spec's Metadata table. {@code fields} keeps every row in order (keys without bold markers);
 * the named accessors are the fields figgen itself uses. {@code size} is the parsed Dimensions field,
 * or the YAML canvas in the template dialect, or empty when neither says. {@code fieldLines} gives each field's
 * spec line, for messages about it.
 */
public record Metadata(Map<String, String> fields, Map<String, Integer> fieldLines, int line, Optional<Size> size,
                       int sizeLine) {
    public Metadata {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fieldLines = Collections.unmodifiableMap(new LinkedHashMap<>(fieldLines));
    }

    /** The spec line of a field's row, or of the table's heading when the field is not there. */
    public int fieldLine(String name) {
        for (Map.Entry<String, Integer> e : fieldLines.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return line;
    }

    public Optional<String> field(String name) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    public String id() {
        return field("ID").orElse("");
    }

    public String title() {
        return field("Title").orElse("");
    }

    public String location() {
        return field("Location").orElse("");
    }
}
