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
            return new Reader(map, yaml).theme();
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
            return new Reader(merged, houseText() + "\n---\n" + yaml).theme();
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
        if (!m.find()) {
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
        private Map<String, String> palette;

        Reader(Map<?, ?> root, String source) {
            this.root = root;
            this.source = source;
        }

        Theme theme() {
            palette = new LinkedHashMap<>();
            map(root, "palette").forEach((k, v) -> palette.put(String.valueOf(k), hex(v, "palette." + k)));
            String background = color(root.get("background"), "background");
            Map<String, TypeRole> type = new LinkedHashMap<>();
            map(root, "type").forEach((k, v) -> type.put(String.valueOf(k), role((Map<?, ?>) asMap(v, "type." + k), "type." + k)));
            Map<?, ?> sp = map(root, "spacing");
            Spacing spacing = new Spacing(num(sp, "marginX"), num(sp, "marginTop"), num(sp, "marginBottom"), num(sp, "gap"),
                    num(sp, "padding"), num(sp, "lineHeight"), num(sp, "itemGap"), num(sp, "minFont"));
            Map<String, Style> styles = new LinkedHashMap<>();
            map(root, "styles").forEach((k, v) -> styles.put(String.valueOf(k), style(String.valueOf(k), asMap(v, "styles." + k))));
            Map<String, String> tags = new LinkedHashMap<>();
            map(root, "tags").forEach((k, v) -> tags.put(String.valueOf(k).toLowerCase(Locale.ROOT), known(styles, v, "tags." + k)));
            List<Theme.Family> families = new ArrayList<>();
            Object fam = root.get("families");
            if (fam instanceof List<?> list) {
                for (Object o : list) {
                    Map<?, ?> f = asMap(o, "families");
                    families.add(new Theme.Family(pattern(f.get("pattern")), known(styles, f.get("style"), "families.style")));
                }
            }
            String def = known(styles, root.get("default"), "default");
            Map<String, Object> house = new LinkedHashMap<>();
            if (root.get("house") instanceof Map<?, ?> h) {
                h.forEach((k, v) -> house.put(String.valueOf(k), v));
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

        private static double num(Map<?, ?> m, String key) {
            if (!(m.get(key) instanceof Number n)) {
                throw new FigureException(1, "theme key 'spacing." + key + "' must be a number");
            }
            return n.doubleValue();
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
            double size = m.get("size") instanceof Number n ? n.doubleValue() : 16;
            double tracking = m.get("tracking") instanceof Number n ? n.doubleValue() : 0;
            return new TypeRole(face, size, color(m.get("color"), key + ".color"), tracking);
        }

        private Style style(String name, Map<?, ?> m) {
            double[] dash = null;
            if (m.get("dash") instanceof List<?> l && !l.isEmpty()) {
                dash = l.stream().mapToDouble(o -> o instanceof Number n ? n.doubleValue() : 4).toArray();
            }
            double width = m.get("strokeWidth") instanceof Number n ? n.doubleValue() : 0;
            String key = "styles." + name;
            return new Style(name, String.valueOf(m.get("kind")), color(m.get("fill"), key + ".fill"),
                    color(m.get("stroke"), key + ".stroke"), width, dash, color(m.get("accent"), key + ".accent"),
                    color(m.get("text"), key + ".text"), color(m.get("title"), key + ".title"),
                    color(m.get("badge"), key + ".badge"));
        }

        private static String known(Map<String, Style> styles, Object v, String key) {
            String s = String.valueOf(v);
            if (!styles.containsKey(s)) {
                throw new FigureException(1, "theme key '" + key + "' names style '" + s + "', which 'styles' does not define");
            }
            return s;
        }

        private static Pattern pattern(Object v) {
            try {
                return Pattern.compile(String.valueOf(v));
            } catch (PatternSyntaxException e) {
                throw new FigureException(1, "theme family pattern '" + v + "' is not a valid regular expression");
            }
        }
    }
}
