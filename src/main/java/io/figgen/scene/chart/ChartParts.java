package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The named parts of a chart (points, bars, spokes, events, axis titles, curve labels): what the chart's words
 * are, and which content elements and stated edges it draws, so that the binder and the edge checks count
 * a frontier through named points or an axis element as drawn.
 */
public final class ChartParts {
    /** Words an element's name adds to what it names: "Canary-Qwen Node", "Y-Axis (Accuracy)", "Competitor markers". */
    private static final Pattern GENERIC = Pattern.compile(
            "\\b(node|nodes|point|points|marker|markers|mark|marks|label|labels|line|lines|bar|bars|dot|dots|axis|axes|"
                    + "series|polygon|spoke|spokes|event|events|milestone|milestones|segment|x|y|chart|plot|curve)\\b");

    private ChartParts() {
    }

    /** Every text the chart draws. */
    public static List<Text> texts(Chart chart) {
        List<Text> out = new ArrayList<>();
        if (chart instanceof Chart.Cartesian c) {
            axis(c.x(), out);
            axis(c.y(), out);
            c.points().forEach(p -> add(out, p.label(), p.note()));
            c.bars().forEach(b -> add(out, b.label(), b.value()));
            c.curves().forEach(k -> add(out, k.label()));
            c.levels().forEach(l -> add(out, l.label()));
            c.notes().forEach(n -> add(out, n.text()));
        } else if (chart instanceof Chart.Bars b) {
            axis(b.scale(), out);
            b.bars().forEach(x -> add(out, x.label(), x.value()));
            b.levels().forEach(l -> add(out, l.label()));
            b.notes().forEach(n -> add(out, n.text()));
        } else if (chart instanceof Chart.Radar r) {
            r.spokes().forEach(s -> add(out, s));
            r.series().forEach(s -> add(out, s.name()));
            add(out, r.centre(), r.legend());
        } else if (chart instanceof Chart.Gauge g) {
            add(out, g.number(), g.label());
        } else if (chart instanceof Chart.Vectors v) {
            add(out, v.origin(), v.cloudName());
            v.arrows().forEach(a -> add(out, a.label(), a.note(), a.relation()));
        } else if (chart instanceof Chart.Rings r) {
            r.rings().forEach(g -> add(out, g.label(), g.note()));
            add(out, r.low(), r.high());
        } else if (chart instanceof Chart.Spectrum s) {
            add(out, s.low(), s.high());
            s.marks().forEach(n -> add(out, n.text()));
        } else if (chart instanceof Chart.Timeline t) {
            for (Chart.Event e : t.events()) {
                add(out, e.date(), e.title());
                e.detail().forEach(d -> add(out, d));
            }
            t.phases().forEach(p -> add(out, p.label()));
        } else if (chart instanceof Chart.Venn v) {
            for (Chart.VennSet s : v.sets()) {
                add(out, s.label(), s.name(), s.note());
                s.items().forEach(i -> add(out, i));
            }
            for (Chart.VennRegion r : v.regions()) {
                add(out, r.title(), r.question(), r.callout());
                r.items().forEach(i -> add(out, i));
            }
        }
        return out;
    }

    /** The names a stated edge or an element may use for a part: point names, bar and spoke labels, event titles. */
    public static List<String> names(Chart chart) {
        List<String> out = new ArrayList<>();
        if (chart instanceof Chart.Cartesian c) {
            c.points().forEach(p -> add(out, p.label()));
            c.bars().forEach(b -> add(out, b.label()));
            c.curves().forEach(k -> add(out, k.label()));
        } else if (chart instanceof Chart.Bars b) {
            b.bars().forEach(x -> add(out, x.label()));
        } else if (chart instanceof Chart.Radar r) {
            r.spokes().forEach(s -> add(out, s));
        } else if (chart instanceof Chart.Vectors v) {
            add(out, v.origin());
            v.arrows().forEach(a -> add(out, a.label()));
        } else if (chart instanceof Chart.Rings r) {
            r.rings().forEach(g -> add(out, g.label()));
        } else if (chart instanceof Chart.Spectrum s) {
            add(out, s.low());
            add(out, s.high());
        } else if (chart instanceof Chart.Timeline t) {
            t.events().forEach(e -> add(out, e.title()));
            t.events().forEach(e -> add(out, e.date()));
        } else if (chart instanceof Chart.Venn v) {
            v.sets().forEach(s -> add(out, s.label()));
            for (Chart.VennRegion r : v.regions()) {
                add(out, r.title());
                // "MIR+XAI intersection", "Triple center": a region by the sets it lies in
                out.add(String.join("+", r.sets().stream().map(i -> v.sets().get(i).label().value()).toList()));
                if (r.sets().size() == 3) {
                    out.add("triple");
                }
            }
        }
        return out;
    }

    /** Whether the chart draws what {@code name} names (a flows row's endpoint, say). */
    public static boolean names(Chart chart, String name) {
        String k = Labels.key(name);
        if (k.isEmpty()) {
            return false;
        }
        for (String n : names(chart)) {
            String l = Labels.key(n);
            if (!l.isEmpty() && (l.equals(k) || l.contains(k) || k.contains(l))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the chart draws the element: it names a part, or it is one of the chart's own axes, marks or lines. */
    public static boolean draws(Chart chart, ContentElement e) {
        String name = e.element().toLowerCase(Locale.ROOT);
        String rest = GENERIC.matcher(Labels.key(name)).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (!rest.isEmpty() && names(chart, rest)) {
            return true;
        }
        for (Text t : texts(chart)) {
            String l = Labels.key(t.value());
            if (!rest.isEmpty() && !l.isEmpty() && (l.contains(rest) || rest.contains(l) && l.length() >= 4)) {
                return true;
            }
        }
        boolean axis = name.matches(".*\\b(axis|axes|x-axis|y-axis)\\b.*");
        boolean marks = name.matches(".*\\b(markers?|marks?|dots?|points?|nodes?|bars?|spokes?|series|polygons?|rings?|grid)\\b.*");
        if (chart instanceof Chart.Venn && name.matches(".*\\b(venn|circles?|sets?|intersections?|overlaps?|zones?)\\b.*")) {
            return true;
        }
        return axis && (chart instanceof Chart.Cartesian || chart instanceof Chart.Bars)
                || marks || name.matches(".*\\b(chart|plot|radar|spider|timeline|scatter|frontier|curve|trend|spectrum|scale|arc|gauge|meter|score)\\b.*")
                || chart instanceof Chart.Vectors && name.matches(".*\\b(vectors?|directions?|origin)\\b.*");
    }

    private static void axis(Chart.Axis a, List<Text> out) {
        add(out, a.title(), a.low());
        a.ticks().forEach(t -> add(out, t.label()));
    }

    private static void add(List<Text> out, Text... ts) {
        for (Text t : ts) {
            if (t != null && !t.value().isBlank()) {
                out.add(t);
            }
        }
    }

    private static void add(List<String> out, Text t) {
        if (t != null && !t.value().isBlank()) {
            out.add(t.value());
        }
    }

    /**
     * Whether the chart writes {@code label}, word for word or in short ("800 ACCEPTABLE" for the label
     * "800ms ACCEPTABLE": each word the start of the label's), so the notes row need not repeat it.
     */
    public static boolean writes(Chart chart, String label) {
        return texts(chart).stream().anyMatch(t -> begins(t.value(), label));
    }

    /** Whether each word of {@code written} begins the same word of {@code label} ("800 ACCEPTABLE", "800ms ACCEPTABLE"). */
    private static boolean begins(String written, String label) {
        String[] l = Labels.key(label).split(" ");
        String[] w = Labels.key(written).split(" ");
        boolean same = l.length == w.length && !w[0].isEmpty();
        for (int i = 0; same && i < w.length; i++) {
            same = l[i].startsWith(w[i]);
        }
        return same;
    }

    /**
     * A bar's name as the Text Content label that states its value writes it, where the sketch cut it short:
     * the bar {@code Static} at {@code 53%} is {@code Static secrets} when exactly one label reads {@code 53%
     * Static secrets}, its value, the sketch's words and more. Else the name as written.
     */
    static String named(String name, String value, List<String> labels) {
        if (name.isEmpty() || value == null || value.isBlank()) {
            return name;
        }
        String lead = Labels.key(value + " " + name) + " ";
        List<String> fits = labels.stream().filter(l -> Labels.key(l).startsWith(lead)).distinct().toList();
        if (fits.size() != 1) {
            return name;
        }
        // the label's own words after the value, in the label's case: the sketch's words and those it left off
        String full = fits.get(0).strip();
        int at = full.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? name : full.substring(at);
    }

    /**
     * A chart's words as the Text Content label writes them, where the sketch shortened them ("800 ACCEPTABLE"
     * for the label "800ms ACCEPTABLE"): the one label whose words each go on from the sketch's; else as written.
     */
    static String spelled(String written, List<String> labels) {
        List<String> fits = labels.stream().filter(l -> !l.equalsIgnoreCase(written) && begins(written, l)).distinct().toList();
        return fits.size() == 1 ? fits.get(0) : written;
    }
}
