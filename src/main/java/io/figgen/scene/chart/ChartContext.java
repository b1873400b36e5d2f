package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.model.Relationship;
import io.figgen.model.Spec;
import io.figgen.sketch.Sketch;

import java.util.List;
import java.util.Locale;

/**
 * What a chart reader needs beyond the sketch: the spec's words about the figure (purpose, visual concept,
 * layout), its elements (whose tags single points out) and its stated relationships (a frontier through
 * named points).
 */
public record ChartContext(Sketch sketch, String prose, List<ContentElement> elements, List<Relationship> relationships) {
    public ChartContext {
        prose = prose.toLowerCase(Locale.ROOT);
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
    }

    public static ChartContext of(Spec spec, Sketch sketch) {
        StringBuilder prose = new StringBuilder(spec.purpose()).append('\n');
        spec.sections().stream()
                .filter(s -> s.heading().toLowerCase(Locale.ROOT).matches(".*(visual|concept|layout|purpose).*"))
                .forEach(s -> prose.append(s.text()).append('\n'));
        prose.append(spec.metadata().toString());
        return new ChartContext(sketch, prose.toString(), spec.elements(), spec.relationships());
    }

    /** Whether the spec's prose names this kind of chart ("radar", "scatter plot"...). */
    boolean says(String... words) {
        for (String w : words) {
            if (prose.matches("(?s).*\\b" + w + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** The element a chart label names ("Canary-Qwen" for "Canary-Qwen Node"), or null. */
    ContentElement element(String label) {
        String l = Labels.key(label);
        if (l.isEmpty()) {
            return null;
        }
        for (ContentElement e : elements) {
            String k = Labels.key(e.element());
            if (k.equals(l) || k.startsWith(l + " ") || k.endsWith(" " + l) || k.contains(" " + l + " ")) {
                return e;
            }
        }
        return null;
    }
}
