package io.figgen.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed figure spec. Immutable; every part carries the spec line it came from.
 *
 * @param file      the spec's file name as given by the user, for messages
 * @param title     the H1 heading text (without the leading id), or the metadata title
 * @param relationships the rows of the Relationships / Flows tables
 * @param anchors   the YAML spatial anchors, when the spec has them, loaded safely
 * @param anchorsText the YAML as written ("" without one), so that its items can be found by line
 * @param sections  every section by heading, in order, including ones figgen does not use
 */
public record Spec(
        String file,
        String title,
        Metadata metadata,
        String purpose,
        String keyMessage,
        Optional<SketchSource> sketch,
        List<ContentElement> elements,
        List<Relationship> relationships,
        List<Rule> rules,
        String altText,
        int altTextLine,
        Optional<Map<String, Object>> anchors,
        int anchorsLine,
        String anchorsText,
        List<Label> labels,
        List<Section> sections) {

    public Spec {
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
        rules = List.copyOf(rules);
        labels = List.copyOf(labels);
        sections = List.copyOf(sections);
    }

    public Size size() {
        return metadata.size().orElse(Size.DEFAULT);
    }
}
