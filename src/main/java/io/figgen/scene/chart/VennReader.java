package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart.Venn;
import io.figgen.scene.chart.Chart.VennRegion;
import io.figgen.scene.chart.Chart.VennSet;
import io.figgen.sketch.Area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Venn diagram of two or three sets. A sketch cannot draw overlapping circles in characters (it draws nested
 * boxes, ragged arcs), so the diagram is read from what the spec says of it: the prose names a Venn diagram,
 * and the sets and the regions where they meet come from the YAML (entries with a {@code center} and a
 * {@code radius} are circles; entries with a {@code center} inside two or more of them, or named
 * {@code intersection}, are regions) or else from the content elements ({@code MIR circle},
 * {@code MIR+XAI intersection}, {@code Triple intersection}), the description giving the region's title before
 * its colon. The diagram takes the area's rows from the first that writes a set's name to the last written.
 */
final class VennReader {
    private static final Pattern SET_NAME = Pattern.compile("(?i)^(.+?)\\s+(circle|set|field|domain)$");
    private static final Pattern REGION_NAME = Pattern.compile("(?i)^(.+?)\\s*(intersection|overlap|centre|center)$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("^(.*?)\\s*(\\([^()]*\\))$");

    private final ChartContext cx;
    private final Area area;

    private VennReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.area = area;
    }

    static Charts.Found read(ChartContext cx, Area area) {
        if (!cx.says("venn")) {
            return null;
        }
        return new VennReader(cx, area).read();
    }

    private Charts.Found read() {
        List<VennSet> sets = new ArrayList<>();
        List<VennRegion> regions = new ArrayList<>();
        fromYaml(sets, regions);
        if (sets.size() < 2) {
            sets.clear();
            regions.clear();
            fromElements(sets, regions);
        }
        if (sets.size() < 2 || sets.size() > 3) {
            return null;
        }
        int[] rows = rows(sets);
        if (rows == null) {
            return null;
        }
        List<VennSet> noted = new ArrayList<>();
        for (VennSet s : sets) {
            noted.add(withSketchNote(s, rows));
        }
        return new Charts.Found(rows[0], rows[1], new Venn(noted, regions, cx.sketch().specLine(rows[0])));
    }

    // ---- the YAML ----

    private void fromYaml(List<VennSet> sets, List<VennRegion> regions) {
        if (!(cx.yaml() instanceof Map<?, ?> root)) {
            return;
        }
        List<Map.Entry<String, Map<?, ?>>> regionEntries = new ArrayList<>();
        for (Map.Entry<?, ?> e : root.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m) || !(m.get("label") instanceof String label)) {
                continue;
            }
            double[] c = point(m.get("center"));
            double r = number(m.get("radius"));
            String key = String.valueOf(e.getKey());
            if (c != null && r > 0) {
                List<Text> items = new ArrayList<>();
                for (Object v : m.values()) {
                    if (v instanceof List<?> l) {
                        for (Object o : l) {
                            String t = text(o);
                            if (t != null) {
                                items.add(Text.plain(t, "code"));
                            }
                        }
                    }
                }
                String sub = m.get("sublabel") instanceof String s ? s : null;
                sets.add(new VennSet(Text.plain(label, "strong"), sub == null ? null : Text.plain(sub, "body"), null, items,
                        c[0], c[1], r, cx.yamlLine(key + ":")));
            } else if (c != null || key.toLowerCase(Locale.ROOT).matches(".*(intersection|overlap).*")) {
                regionEntries.add(Map.entry(key, m));
            }
        }
        for (Map.Entry<String, Map<?, ?>> e : regionEntries) {
            Map<?, ?> m = e.getValue();
            List<Integer> in = new ArrayList<>();
            double[] c = point(m.get("center"));
            for (int i = 0; i < sets.size(); i++) {
                VennSet s = sets.get(i);
                if (c != null ? Math.hypot(c[0] - s.x(), c[1] - s.y()) < s.r()
                        : e.getKey().toLowerCase(Locale.ROOT).contains(Labels.key(s.label().value()))) {
                    in.add(i);
                }
            }
            if (in.size() < 2) {
                continue;
            }
            String title = (String) m.get("label");
            Text question = null;
            Text callout = null;
            List<Text> items = new ArrayList<>();
            if (m.get("sublabel") instanceof String sub) {
                question = Text.plain(sub, "body");
            }
            if (m.get("elements") instanceof List<?> l) {
                for (Object o : l) {
                    String t = text(o);
                    String type = o instanceof Map<?, ?> om ? String.valueOf(om.get("type")) : "";
                    if (t == null || Labels.key(t).equals(Labels.key(title))) {
                        continue;
                    }
                    if (type.startsWith("callout")) {
                        callout = Text.plain(t, "strong");
                    } else if (type.startsWith("label") && question == null) {
                        question = Text.plain(t, "body");
                    } else if (type.startsWith("label")) {
                        items.add(0, Text.plain(t, "body"));
                    } else {
                        items.add(Text.plain(t, "code"));
                    }
                }
            }
            regions.add(new VennRegion(in, Text.plain(title, "strong"), question, items, callout,
                    selected(in.size() == sets.size(), title), cx.yamlLine(e.getKey() + ":")));
        }
    }

    /** Whether the element naming this region is the selected one (or the centre of all sets when no element says). */
    private boolean selected(boolean all, String title) {
        for (ContentElement e : cx.elements()) {
            boolean sel = e.tags().stream().anyMatch(t -> t.startsWith("selected") || t.startsWith("highlight"));
            String d = Labels.key(e.element() + " " + e.description());
            if (sel && (d.contains(Labels.key(title)) || all && d.matches(".*\\b(triple|all|centre|center)\\b.*"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Object o) {
        if (o instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (o instanceof Map<?, ?> m && m.get("text") instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        return null;
    }

    private static double[] point(Object o) {
        if (o instanceof List<?> l && l.size() == 2) {
            double x = number(l.get(0));
            double y = number(l.get(1));
            return Double.isNaN(x) || Double.isNaN(y) ? null : new double[] {x, y};
        }
        return null;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    // ---- the content elements ----

    private void fromElements(List<VennSet> sets, List<VennRegion> regions) {
        List<ContentElement> regionRows = new ArrayList<>();
        for (ContentElement e : cx.elements()) {
            Matcher s = SET_NAME.matcher(e.element().strip());
            Matcher r = REGION_NAME.matcher(e.element().strip());
            if (r.matches()) {
                regionRows.add(e);
            } else if (s.matches()) {
                String[] d = split(e.description());
                List<Text> items = new ArrayList<>();
                if (d[1] != null) {
                    for (String item : d[1].split("\\s*,\\s*")) {
                        if (!item.isBlank()) {
                            items.add(Text.plain(item.strip(), "code"));
                        }
                    }
                }
                sets.add(new VennSet(Text.plain(s.group(1).strip(), "strong"), d[0] == null ? null : Text.plain(d[0], "body"),
                        null, items, Double.NaN, Double.NaN, Double.NaN, e.line()));
            }
        }
        for (ContentElement e : regionRows) {
            String name = Labels.key(e.element());
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if ((" " + name + " ").contains(" " + Labels.key(sets.get(i).label().value()) + " ")) {
                    in.add(i);
                }
            }
            if (in.isEmpty() && name.matches(".*\\b(triple|all|centre|center)\\b.*")) {
                for (int i = 0; i < sets.size(); i++) {
                    in.add(i);
                }
            }
            if (in.size() < 2) {
                continue;
            }
            String[] d = split(e.description());
            if (d[0] == null) {
                continue;
            }
            boolean sel = e.tags().stream().anyMatch(t -> t.startsWith("selected") || t.startsWith("highlight"));
            // the question as a sentence ("why does this sound like X?" as "Why does...")
            String q = d[1] == null ? null : Character.toUpperCase(d[1].charAt(0)) + d[1].substring(1);
            regions.add(new VennRegion(in, Text.plain(d[0], "strong"), q == null ? null : Text.plain(q, "body"),
                    List.of(), null, sel, e.line()));
        }
    }

    /** A description's title (before its colon) and the rest. */
    private static String[] split(String description) {
        String d = description == null ? "" : description.strip();
        int colon = d.indexOf(':');
        if (colon <= 0) {
            return new String[] {d.isEmpty() ? null : d, null};
        }
        String rest = d.substring(colon + 1).strip();
        return new String[] {d.substring(0, colon).strip(), rest.isEmpty() ? null : rest};
    }

    // ---- the sketch ----

    private String row(int r) {
        StringBuilder sb = new StringBuilder();
        Cells cells = new Cells(cx.sketch().grid());
        for (int c = area.left(); c <= area.right(); c++) {
            sb.append(cells.at(r, c));
        }
        return sb.toString();
    }

    /** The first row of the area that writes a set's name (as a word), and its last non-blank row. */
    private int[] rows(List<VennSet> sets) {
        int top = -1;
        int bottom = -1;
        for (int r = area.top(); r <= area.bottom(); r++) {
            String text = " " + Labels.key(row(r)) + " ";
            if (top < 0) {
                for (VennSet s : sets) {
                    String k = Labels.key(s.label().value());
                    if (!k.isEmpty() && text.contains(" " + k + " ")) {
                        top = r;
                        break;
                    }
                }
            }
            if (top >= 0 && !row(r).replaceAll("[\\s|│┃]", "").isEmpty()) {
                bottom = r;
            }
        }
        return top < 0 ? null : new int[] {top, bottom};
    }

    /**
     * The note the sketch writes under a set's name ({@code (25 years, ISMIR)}) is what the figure shows beside
     * it; the YAML's longer name keeps its words but for the parenthesis the note replaces.
     */
    private VennSet withSketchNote(VennSet s, int[] rows) {
        String k = Labels.key(s.label().value());
        for (int r = rows[0]; r < rows[1]; r++) {
            String here = row(r);
            Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(s.label().value()) + "(?![\\p{L}\\p{N}])").matcher(here);
            if (k.isEmpty() || !m.find()) {
                continue;
            }
            int col = m.start();
            String below = row(r + 1);
            Matcher p = Pattern.compile("\\([^()]{1,40}\\)").matcher(below);
            while (p.find()) {
                if (Math.abs(p.start() - col) <= 12) {
                    Text name = s.name();
                    if (name != null) {
                        Matcher t = TRAILING_NOTE.matcher(name.value());
                        if (t.matches() && !t.group(1).isBlank()) {
                            name = Text.plain(t.group(1), "body");
                        }
                    }
                    return new VennSet(s.label(), name, Text.plain(p.group(), "caption"), s.items(), s.x(), s.y(), s.r(),
                            s.line());
                }
            }
        }
        return s;
    }
}
