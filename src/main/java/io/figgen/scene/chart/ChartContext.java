package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.model.Relationship;
import io.figgen.model.Spec;
import io.figgen.sketch.Sketch;

import java.util.List;
import java.util.Locale;

/**
 * What a chart reader needs beyond the sketch: the spec's words about the figure (purpose, visual concept,
 * layout), its elements (whose tags single points out), its stated relationships (a frontier through
 * named points) and its text-content labels (the exact texts it names, where a timeline's title ends).
 */
public record ChartContext(Sketch sketch, String prose, List<ContentElement> elements, List<Relationship> relationships,
                           Object yaml, String yamlText, int yamlLine, List<String> labels, java.util.Map<String, Boolean> said) {
    /**
     * {@code said}: each word pattern asked about and whether the prose says it, filled as the readers ask (they
     * ask the same few for every part of the sketch); one spec's, never shared between renders.
     */
    public ChartContext {
        said = said == null ? new java.util.HashMap<>() : said;
        prose = prose.toLowerCase(Locale.ROOT);
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
        labels = List.copyOf(labels);
    }

    public ChartContext(Sketch sketch, String prose, List<ContentElement> elements, List<Relationship> relationships) {
        this(sketch, prose, elements, relationships, null, "", 0, List.of(), null);
    }

    public static ChartContext of(Spec spec, Sketch sketch) {
        StringBuilder prose = new StringBuilder(spec.purpose()).append('\n');
        spec.sections().stream()
                .filter(s -> s.heading().toLowerCase(Locale.ROOT).matches(".*(visual|concept|layout|purpose).*"))
                // the prose only: a fenced block (the sketch itself, a YAML block) is no word about the figure
                .forEach(s -> prose.append(s.text().replaceAll("(?s)```.*?(```|$)", " ")).append('\n'));
        prose.append(spec.metadata().toString());
        return new ChartContext(sketch, prose.toString(), spec.elements(), spec.relationships(), spec.anchors().orElse(null),
                spec.anchorsText() == null ? "" : spec.anchorsText(), spec.anchorsLine(),
                spec.labels().stream().map(io.figgen.model.Label::text).toList(), null);
    }

    /** The spec line of the YAML line that writes {@code text} (a marker's label), or the YAML block's first line. */
    int yamlLine(String text) {
        String[] lines = yamlText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return yamlLine + i;
            }
        }
        return yamlLine;
    }

    /** Every list the YAML holds under {@code key}, at any depth ({@code quadrant_chart: markers:}). */
    List<List<?>> yamlLists(String key) {
        List<List<?>> out = new java.util.ArrayList<>();
        collect(yaml, key, out, 0);
        return out;
    }

    private static void collect(Object node, String key, List<List<?>> out, int depth) {
        if (depth > 8) {
            return;
        }
        if (node instanceof java.util.Map<?, ?> m) {
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                if (key.equals(String.valueOf(e.getKey())) && e.getValue() instanceof List<?> l) {
                    out.add(l);
                } else {
                    collect(e.getValue(), key, out, depth + 1);
                }
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                collect(o, key, out, depth + 1);
            }
        }
    }

    /** The word patterns the readers ask about (a handful of constants), compiled once. */
    private static final java.util.Map<String, java.util.regex.Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the spec's prose names this kind of chart ("radar", "scatter plot"...). */
    boolean says(String... words) {
        for (String w : words) {
            // a search for the word, not a match of the whole prose around it (which backtracks over every
            // line), and once per spec
            boolean found = said.computeIfAbsent(w, k -> WORDS.computeIfAbsent(k, x -> java.util.regex.Pattern.compile("\\b(?:" + x + ")\\b"))
                    .matcher(prose).find());
            if (found) {
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
