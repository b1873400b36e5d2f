package io.figgen.theme;

import io.figgen.model.FigureException;
import io.figgen.model.FontFace;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a theme YAML (the bundled house theme, or the user's {@code --theme FILE}) into a {@link Theme}. */
public final class ThemeLoader {
    private static final String HOUSE = "io/figgen/theme/house.yaml";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Upper bounds of theme numbers, in px at a 1200 px canvas: generous, but a figure stays finite. */
    private static final double MAX_SPACE = 400;
    private static final double MAX_FONT = 400;
    private static final double MAX_STROKE = 50;
    private static final double MAX_DASH = 1000;
    private static final int MAX_FAMILIES = 200;
    private static volatile Theme house;
    private static volatile String houseText;

    private ThemeLoader() {
    }

    /** The bundled house theme, read once: a caller that arrives while the start-up thread reads it waits. */
    public static Theme house() {
        Theme t = house;
        if (t == null) {
            synchronized (ThemeLoader.class) {
                t = house;
                if (t == null) {
                    t = parse(houseText(), HOUSE);
                    house = t;
                }
            }
        }
        return t;
    }

    /** The house theme's YAML text, which also feeds output hashes. */
    public static String houseText() {
        String s = houseText;
        if (s == null) {
            try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(HOUSE)) {
                if (in == null) {
                    throw new IllegalStateException("house theme missing from the jar");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                houseText = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    /** Parses a complete theme YAML; problems are reported as {@link FigureException} with a line of the theme file. */
    public static Theme parse(String yaml, String source) {
        Map<?, ?> map = load(yaml, source);
        try {
            return new Reader(map, yaml, yaml).theme();
        } catch (FigureException e) {
            throw atKey(e, yaml);
        }
    }

    /**
     * A user's theme file over the house theme: the keys it gives replace the house theme's (mappings merge key by
     * key, anything else is replaced whole), every other key stays the house's. So a file holding only
     * {@code palette: {coral: "#d9480f"}} changes one colour. Errors point at the line of the offending key.
     */
    public static Theme over(String yaml, String source) {
        Map<?, ?> user = load(yaml, source);
        Map<Object, Object> merged = merge(load(houseText(), HOUSE), user);
        try {
            // the hash of outputs covers both texts: a change to either makes figures stale
            return new Reader(merged, houseText() + "\n---\n" + yaml, yaml).theme();
        } catch (FigureException e) {
            throw atKey(e, yaml);
        }
    }

    private static Map<Object, Object> merge(Map<?, ?> base, Map<?, ?> over) {
        Map<Object, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && out.get(k) instanceof Map<?, ?> b) {
                out.put(k, merge(b, m));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<?, ?> load(String yaml, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options())).load(yaml);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new FigureException(line, "theme is not valid YAML (" + firstLine(e.getProblem()) + "): fix " + source);
        } catch (RuntimeException e) {
            throw new FigureException(1, "theme is not valid YAML (" + firstLine(e.getMessage()) + "): fix " + source);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new FigureException(1, "theme must be a YAML mapping with palette, type, spacing, styles and tags");
        }
        return map;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        return options;
    }

    private static final Pattern KEY = Pattern.compile("theme key '([^']+)'");

    /** The same error, at the line of the theme file where the key it names (or its nearest parent) is written. */
    private static FigureException atKey(FigureException e, String yaml) {
        java.util.regex.Matcher m = KEY.matcher(e.getMessage());
        // an error the reader already placed (a range check at its key, a pattern inside a list) keeps its line
        if (e.line() > 1 || !m.find()) {
            return e;
        }
        Map<String, Integer> lines = KeyLines.of(yaml, options());
        for (String key = m.group(1); !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
            Integer line = lines.get(key);
            if (line != null) {
                return new FigureException(line, e.getMessage());
            }
        }
        return e;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        return s.lines().findFirst().orElse("unreadable").trim();
    }

    /** Walks the YAML tree; every missing or mistyped key is named in the error. */
    private static final class Reader {
        private final Map<?, ?> root;
        private final String source;
        /** The YAML text the user wrote (the house theme's, or the --theme file's), where error lines point. */
        private final String yaml;
        private Map<String, Integer> keyLines;
        private Map<String, String> palette;

        Reader(Map<?, ?> root, String source, String yaml) {
            this.root = root;
            this.source = source;
            this.yaml = yaml;
        }

        /**
         * 1-based line of the key at {@code path} in the user's YAML, or of its nearest parent written there; 1 when
         * none is. Looked up in {@link KeyLines}'s path-to-line map, built only when an error needs it.
         */
        private int line(String path) {
            if (keyLines == null) {
                keyLines = KeyLines.of(yaml, options());
            }
            for (String key = path; !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
                Integer line = keyLines.get(key);
                if (line != null) {
                    return line;
                }
            }
            return 1;
        }

        /** 1-based line holding {@code text} at or after {@code fromLine}, else {@code fromLine}: a value inside a list. */
        private int containing(String text, int fromLine) {
            String[] lines = yaml.split("\n", -1);
            for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
                if (lines[i].contains(text)) {
                    return i + 1;
                }
            }
            return fromLine;
        }

        Theme theme() {
            palette = new LinkedHashMap<>();
            map(root, "palette").forEach((k, v) -> palette.put(String.valueOf(k), hex(v, "palette." + k)));
            String background = color(root.get("background"), "background");
            Map<String, TypeRole> type = new LinkedHashMap<>();
            map(root, "type").forEach((k, v) -> type.put(String.valueOf(k), role((Map<?, ?>) asMap(v, "type." + k), "type." + k)));
            Map<?, ?> sp = map(root, "spacing");
            Spacing spacing = new Spacing(num(sp, "marginX", 0, MAX_SPACE), num(sp, "marginTop", 0, MAX_SPACE),
                    num(sp, "marginBottom", 0, MAX_SPACE), num(sp, "gap", 0, MAX_SPACE), num(sp, "padding", 0, MAX_SPACE),
                    num(sp, "lineHeight", 0.8, 4), num(sp, "itemGap", 0, MAX_SPACE), num(sp, "minFont", 4, MAX_FONT));
            Map<String, Style> styles = new LinkedHashMap<>();
            map(root, "styles").forEach((k, v) -> styles.put(String.valueOf(k), style(String.valueOf(k), asMap(v, "styles." + k))));
            Map<String, String> tags = new LinkedHashMap<>();
            map(root, "tags").forEach((k, v) -> tags.put(String.valueOf(k).toLowerCase(Locale.ROOT), known(styles, v, "tags." + k)));
            List<Theme.Family> families = new ArrayList<>();
            Object fam = root.get("families");
            if (fam instanceof List<?> list) {
                if (list.size() > MAX_FAMILIES) {
                    // every unknown tag is tried against each family in turn
                    throw new FigureException(line("families"), "theme key 'families' lists " + list.size()
                            + " patterns, more than the limit of " + MAX_FAMILIES + ": map tags in 'tags' instead");
                }
                for (Object o : list) {
                    Map<?, ?> f = asMap(o, "families");
                    families.add(new Theme.Family(pattern(f.get("pattern"), "families.pattern"), known(styles, f.get("style"), "families.style")));
                }
            }
            String def = known(styles, root.get("default"), "default");
            Map<String, Object> house = new LinkedHashMap<>();
            if (root.get("house") instanceof Map<?, ?> h) {
                h.forEach((k, v) -> house.put(String.valueOf(k), v));
                checkHouse(h);
            }
            return new Theme(String.valueOf(root.get("name")), background, palette, type, spacing, styles, tags, families, def,
                    house, source);
        }

        private static Map<?, ?> map(Map<?, ?> m, String key) {
            return asMap(m.get(key), key);
        }

        private static Map<?, ?> asMap(Object o, String key) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new FigureException(1, "theme key '" + key + "' must be a mapping");
            }
            return m;
        }

        private double num(Map<?, ?> m, String key, double min, double max) {
            if (!(m.get(key) instanceof Number n)) {
                throw new FigureException(line("spacing." + key), "theme key 'spacing." + key + "' must be a number");
            }
            return ranged(n.doubleValue(), min, max, "spacing." + key);
        }

        /** An optional number: {@code fallback} when absent, an error at its line when not a number in range. */
        private double optional(Map<?, ?> m, String key, double fallback, double min, double max, String path) {
            Object v = m.get(key);
            if (v == null) {
                return fallback;
            }
            if (!(v instanceof Number n)) {
                throw new FigureException(line(path), "theme key '" + path + "' must be a number, not '" + v + "'");
            }
            return ranged(n.doubleValue(), min, max, path);
        }

        /**
         * Every theme number has a range: NaN, infinities and sizes that would make a figure unbounded (a type
         * size of 1e9, a dash of 1e-9 px that cuts every line into billions of pieces) are refused here, at the
         * key's line, rather than met in the layout or the rasteriser.
         */
        private double ranged(double v, double min, double max, String path) {
            if (!(v >= min && v <= max)) {
                throw new FigureException(line(path), "theme key '" + path + "' is " + v + ", outside " + min + ".." + max
                        + ": give a number in that range");
            }
            return v;
        }

        private static String hex(Object v, String key) {
            String s = String.valueOf(v);
            if (!HEX.matcher(s).matches()) {
                throw new FigureException(1, "theme key '" + key + "' must be a #rrggbb colour, not '" + s + "'");
            }
            return s.toLowerCase(Locale.ROOT);
        }

        /** A palette token or a literal hex colour; "none" is no colour. */
        private String color(Object v, String key) {
            if (v == null || "none".equals(v)) {
                return null;
            }
            String s = String.valueOf(v);
            if (palette.containsKey(s)) {
                return palette.get(s);
            }
            return hex(s, key);
        }

        private TypeRole role(Map<?, ?> m, String key) {
            FontFace face;
            try {
                face = FontFace.valueOf(String.valueOf(m.get("face")));
            } catch (IllegalArgumentException e) {
                throw new FigureException(1, "theme key '" + key + ".face' must be one of " + List.of(FontFace.values()));
            }
            String[] at = key.split("\\.");
            double size = optional(m, "size", 16, 4, MAX_FONT, key + ".size");
            double tracking = optional(m, "tracking", 0, -0.5, 2, key + ".tracking");
            return new TypeRole(face, size, color(m.get("color"), key + ".color"), tracking);
        }

        private Style style(String name, Map<?, ?> m) {
            String key = "styles." + name;
            double[] dash = dash(m.get("dash"), key + ".dash");
            double width = optional(m, "strokeWidth", 0, 0, MAX_STROKE, key + ".strokeWidth");
            return new Style(name, String.valueOf(m.get("kind")), color(m.get("fill"), key + ".fill"),
                    color(m.get("stroke"), key + ".stroke"), width, dash, color(m.get("accent"), key + ".accent"),
                    color(m.get("text"), key + ".text"), color(m.get("title"), key + ".title"),
                    color(m.get("badge"), key + ".badge"));
        }

        /**
         * A dash pattern: at most 16 lengths, each at least half a pixel, so that a dashed line is never cut into
         * more pieces than its length in pixels (Java2D allocates per dash).
         */
        private double[] dash(Object v, String path) {
            if (v == null || v instanceof List<?> empty && empty.isEmpty()) {
                return null;
            }
            if (!(v instanceof List<?> list) || list.size() > 16) {
                throw new FigureException(line(path), "theme key '" + path + "' must be a list of at most 16 lengths, like [7, 5]");
            }
            double[] out = new double[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw new FigureException(line(path), "theme key '" + path + "' must hold numbers, not '" + list.get(i) + "'");
                }
                out[i] = ranged(n.doubleValue(), 0.5, MAX_DASH, path);
            }
            return out;
        }

        private static String known(Map<String, Style> styles, Object v, String key) {
            String s = String.valueOf(v);
            if (!styles.containsKey(s)) {
                throw new FigureException(1, "theme key '" + key + "' names style '" + s + "', which 'styles' does not define");
            }
            return s;
        }

        /** A regular expression from the theme; it runs under a budget (BoundedText), so it cannot hang a render. */
        private Pattern pattern(Object v, String path) {
            String text = String.valueOf(v);
            try {
                return Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw new FigureException(containing(text, line(path.split("\\.")[0])), "theme key '" + path + "' value '"
                        + text + "' is not a valid regular expression (" + e.getDescription() + "): fix it, or list words separated by |");
            }
        }

        /** The house rules' numbers and caption pattern, checked here so that check meets only valid ones. */
        private void checkHouse(Map<?, ?> h) {
            if (h.get("captionPattern") != null) {
                pattern(h.get("captionPattern"), "house.captionPattern");
            }
            optional(h, "minBackgroundShare", 0.3, 0, 1, "house.minBackgroundShare");
            optional(h, "maxLabelChars", 30, 1, 100_000, "house.maxLabelChars");
            optional(h, "maxAltTextChars", 125, 1, 1_000_000, "house.maxAltTextChars");
        }
    }
}
