package io.figgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.CorpusReport;
import io.figgen.check.FigureChecker;
import io.figgen.check.Finding;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/spec-format.md tells the truth: its tag tables are the house theme's (regenerate them with
 * {@code -Dfiggen.updateDocs=true}), every marked sketch example renders with all its words drawn and nothing
 * overlapping, and its whole spec passes check.
 */
class SpecFormatDocTest {
    private static final Path DOC = Path.of("docs/spec-format.md");
    private static final Path HOUSE = Path.of("src/main/resources/io/figgen/theme/house.yaml");
    private static final String BEGIN = "<!-- figgen:theme-tables:begin";
    private static final String END = "<!-- figgen:theme-tables:end -->";
    private static final Pattern EXAMPLE = Pattern.compile("<!-- figgen:example -->\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SPEC = Pattern.compile("<!-- figgen:spec[^>]*-->\\n````markdown\\n(.*?)````", Pattern.DOTALL);

    @Test
    void theTagTablesAreTheHouseThemes() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/spec-format.md has the generated section's markers");
        int from = doc.indexOf('\n', begin) + 1;
        String want = tables(Files.readString(HOUSE, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("figgen.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, from) + want + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(want, doc.substring(from, end), "house.yaml and docs/spec-format.md disagree: regenerate with "
                + "mvn -B test -Dtest=SpecFormatDocTest -Dfiggen.updateDocs=true");
    }

    @Test
    void everyExampleRendersWithEveryWordDrawn() throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        Renderer renderer = new Renderer(ThemeLoader.house());
        int examples = 0;
        while (m.find()) {
            examples++;
            String sketch = m.group(1);
            byte[] spec = spec(sketch.startsWith("+") ? sketch : framed(sketch)).getBytes(StandardCharsets.UTF_8);
            CorpusReport r = CorpusReport.of(renderer, "example " + examples, spec);
            assertTrue(r.passes(), "example " + examples + " (" + sketch.lines().findFirst().orElse("") + "): " + r.row());
        }
        assertTrue(examples >= 12, "the constructs that can be shown alone each have an example; found " + examples);
    }

    @Test
    void theWholeSpecPassesCheck() throws Exception {
        Matcher m = SPEC.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        assertTrue(m.find(), "the document shows a whole spec");
        RenderedFigure fig = new Renderer(ThemeLoader.house()).render("spec.md", m.group(1).getBytes(StandardCharsets.UTF_8), true, 1);
        List<Finding> findings = new FigureChecker(ThemeLoader.house()).check("spec.md", fig);
        assertFalse(findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR), findings.toString());
    }

    /** A sketch fragment inside a frame under an EXAMPLE title band, as the document says. */
    static String framed(String fragment) {
        List<String> lines = fragment.lines().toList();
        int width = Math.max(40, lines.stream().mapToInt(String::length).max().orElse(0) + 4);
        String bar = "+" + "-".repeat(width) + "+";
        StringBuilder sb = new StringBuilder(bar).append('\n').append(row("EXAMPLE", width)).append(bar).append('\n')
                .append(row("", width));
        lines.forEach(l -> sb.append(row(l, width)));
        return sb.append(row("", width)).append(bar).append('\n').toString();
    }

    private static String row(String text, int width) {
        return "|  " + text + " ".repeat(Math.max(0, width - 2 - text.length())) + "|\n";
    }

    private static String spec(String sketch) {
        return "# fig-example: Example\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **ID** | fig-example |\n"
                + "| **Dimensions** | 1200 x 675px (16:9) |\n\n## Visual Concept (ASCII Layout)\n\n```\n" + sketch
                + "```\n\n## Alt Text\n\nAn example figure.\n";
    }

    // ---- the generated tables ----

    @SuppressWarnings("unchecked")
    static String tables(String houseYaml) {
        Map<String, Object> theme = new Yaml().load(houseYaml);
        Map<String, String> palette = (Map<String, String>) theme.get("palette");
        Map<String, Map<String, Object>> styles = (Map<String, Map<String, Object>>) theme.get("styles");
        StringBuilder sb = new StringBuilder();
        sb.append("\nTags listed in the theme, each with its style:\n\n| tag | style | how it is drawn |\n|---|---|---|\n");
        ((Map<String, String>) theme.get("tags")).forEach((tag, style) ->
                sb.append("| `").append(tag).append("` | `").append(style).append("` | ")
                        .append(describe(styles.get(style), palette)).append(" |\n"));
        sb.append("\nFamilies, tried in order for any other tag (the first pattern found in the tag wins):\n\n")
                .append("| pattern | style | how it is drawn |\n|---|---|---|\n");
        for (Map<String, String> f : (List<Map<String, String>>) theme.get("families")) {
            sb.append("| `").append(f.get("pattern").replace("|", "\\|")).append("` | `").append(f.get("style")).append("` | ")
                    .append(describe(styles.get(f.get("style")), palette)).append(" |\n");
        }
        String def = String.valueOf(theme.get("default"));
        sb.append("\nA tag no family matches gets the default style, `").append(def).append("`: ")
                .append(describe(styles.get(def), palette)).append(".\n\n");
        return sb.toString();
    }

    /** A style in words: what it is and its colours, by palette name with the hex value. */
    private static String describe(Map<String, Object> style, Map<String, String> palette) {
        List<String> parts = new ArrayList<>();
        String kind = String.valueOf(style.get("kind"));
        parts.add(switch (kind) {
            case "title" -> "the figure's title, in the display serif";
            case "card" -> "a card";
            case "panel" -> "a panel";
            case "bar" -> "a full-width bar";
            case "node" -> "a node (a filled box in a flow)";
            default -> "plain text";
        });
        Object fill = style.get("fill");
        if (fill != null) {
            parts.add("none".equals(fill) ? "no fill" : "filled " + color(fill, palette));
        }
        if (style.get("stroke") != null && !"none".equals(style.get("stroke"))) {
            parts.add((style.get("dash") != null ? "dashed " : "") + color(style.get("stroke"), palette) + " outline "
                    + style.get("strokeWidth") + " px");
        }
        for (String key : List.of("accent", "title", "badge", "text")) {
            if (style.get(key) != null) {
                parts.add(color(style.get(key), palette) + " " + (key.equals("title") ? "card title" : key));
            }
        }
        return String.join(", ", parts);
    }

    private static String color(Object token, Map<String, String> palette) {
        String t = String.valueOf(token);
        return palette.containsKey(t) ? t + " (" + palette.get(t) + ")" : t;
    }
}
