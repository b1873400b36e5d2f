package io.figgen.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.figgen.model.FigureException;
import org.commonmark.node.FencedCodeBlock;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The Spatial Anchors YAML of the template dialect. Specs are untrusted input: the safe constructor builds
 * plain maps, lists and scalars only, and the limits stop alias bombs and runaway nesting.
 */
final class AnchorsLoader {

    /** The anchors map and the spec line of the YAML's first line; {@code yaml} is the text as written. */
    record Anchors(Map<String, Object> map, String yaml, int line) {
    }

    private AnchorsLoader() {
    }

    static Optional<Anchors> load(Outline outline) {
        for (Outline.Head h : outline.findAll(t -> t.contains("spatial anchors"))) {
            Optional<FencedCodeBlock> fence = Fences.first(outline.body(h), AnchorsLoader::isYaml);
            if (fence.isPresent()) {
                Fences.requireClosed(fence.get(), outline.source(), "Spatial Anchors YAML");
                String yaml = Fences.content(fence.get());
                int line = Fences.contentLine(fence.get());
                return Optional.of(new Anchors(parse(yaml, line), yaml, line));
            }
        }
        return Optional.empty();
    }

    private static boolean isYaml(FencedCodeBlock f) {
        String lang = Fences.language(f);
        return lang.equals("yaml") || lang.equals("yml");
    }

    private static Map<String, Object> parse(String yaml, int firstLine) {
        Object doc;
        try {
            doc = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // A problem found at the end of the stream is reported past the last line; keep it inside the fence.
            int lastLine = firstLine + (int) yaml.chars().filter(c -> c == '\n').count();
            int line = mark == null ? firstLine : Math.min(firstLine + mark.getLine(), lastLine);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new FigureException(line, "invalid Spatial Anchors YAML: " + Excerpt.of(problem)
                    + "; fix the YAML (indentation, ':' after keys, '- ' before list items)");
        } catch (RuntimeException e) {
            throw new FigureException(firstLine, "Spatial Anchors YAML cannot be loaded (" + Excerpt.of(e.getMessage())
                    + "): simplify it to plain maps and lists");
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new FigureException(firstLine, "Spatial Anchors YAML must be a mapping with keys such as 'canvas:'"
                    + " and 'zones:', not " + describe(doc));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<Object, Object> copies = new IdentityHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), frozen(e.getValue(), copies));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String describe(Object doc) {
        return doc == null ? "empty" : doc instanceof List ? "a list" : "a single value";
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(1_000_000);
        return new Yaml(new SafeConstructor(options));
    }

    /**
     * An unmodifiable copy, so the Spec stays immutable. Shared (aliased) collections are copied once: copying
     * each use would let a few aliases multiply into millions of nodes. Recursion is bounded by the
     * nesting-depth limit above.
     */
    @SuppressWarnings("unchecked")
    private static Object frozen(Object value, Map<Object, Object> copies) {
        if (!(value instanceof Map) && !(value instanceof List)) {
            return value;
        }
        Object done = copies.get(value);
        if (done != null) {
            return done;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            Object result = Collections.unmodifiableMap(copy);
            copies.put(value, result);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                copy.put(e.getKey(), frozen(e.getValue(), copies));
            }
            return result;
        }
        List<Object> copy = new ArrayList<>();
        Object result = Collections.unmodifiableList(copy);
        copies.put(value, result);
        for (Object o : (List<Object>) value) {
            copy.add(frozen(o, copies));
        }
        return result;
    }
}
