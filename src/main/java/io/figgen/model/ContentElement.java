package io.figgen.model;

import java.util.List;

/** One row of a Content Elements table: what the element is, its semantic tags, and the spec line of the row. */
public record ContentElement(String element, List<String> tags, String description, String table, int line) {
    public ContentElement {
        tags = List.copyOf(tags);
    }

    public String primaryTag() {
        return tags.isEmpty() ? "" : tags.get(0);
    }
}
