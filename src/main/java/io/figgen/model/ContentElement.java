package io.figgen.model;

import java.util.List;

/**
 * One row of a Content Elements table: what the element is, its semantic tags, what it says, the table it is in
 * and the spec line of the row. {@code position} is the row's Position cell ("right of CMO node", "top-right
 * margin"), "" for none: where the spec wants a callout, which the layout honours where it can.
 */
public record ContentElement(String element, List<String> tags, String description, String table, int line, String position) {
    public ContentElement {
        tags = List.copyOf(tags);
    }

    public ContentElement(String element, List<String> tags, String description, String table, int line) {
        this(element, tags, description, table, line, "");
    }

    public String primaryTag() {
        return tags.isEmpty() ? "" : tags.get(0);
    }
}
