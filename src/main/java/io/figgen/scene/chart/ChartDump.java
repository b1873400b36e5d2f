package io.figgen.scene.chart;

import io.figgen.scene.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's data as lines a reader can verify: each value with where it came from ("position L35": read from
 * the mark's place on spec line 35 against the ticks; "written L12": the number the spec writes there).
 */
public final class ChartDump {
    private ChartDump() {
    }

    /** The kind of chart, as {@code inspect} and {@code check} name it. */
    public static String kind(Chart chart) {
        if (chart instanceof Chart.Cartesian c) {
            return !c.bars().isEmpty() ? "bar chart" : !c.levels().isEmpty() && c.curves().isEmpty() ? "quadrant chart"
                    : !c.curves().isEmpty() && c.points().stream().allMatch(p -> p.label() == null) ? "line chart" : "scatter plot";
        }
        if (chart instanceof Chart.Bars) {
            return "horizontal bar chart";
        }
        if (chart instanceof Chart.Spectrum) {
            return "spectrum";
        }
        if (chart instanceof Chart.Gauge) {
            return "gauge";
        }
        if (chart instanceof Chart.Venn) {
            return "venn diagram";
        }
        if (chart instanceof Chart.Vectors) {
            return "vector plot";
        }
        if (chart instanceof Chart.Rings) {
            return "concentric rings";
        }
        return chart instanceof Chart.Radar ? "radar chart" : "timeline";
    }

    /** One line per value: what it is, the value, its source and line. */
    public static List<String> values(Chart chart) {
        List<String> out = new ArrayList<>();
        if (chart instanceof Chart.Cartesian c) {
            out.add("x axis " + axis(c.x()));
            out.add("y axis " + axis(c.y()));
            for (Chart.Point p : c.points()) {
                out.add("point " + q(p.label()) + (p.highlight() ? " (highlighted)" : "") + ": x " + value(p.x()) + ", y " + value(p.y()));
            }
            for (Chart.Bar b : c.bars()) {
                out.add("bar " + q(b.label()) + ": " + value(b.to()));
            }
            for (Chart.Curve k : c.curves()) {
                out.add("curve " + q(k.label()) + ": " + k.points().size() + " points from L" + k.line() + (k.highlight() ? " (highlighted)" : ""));
            }
            for (Chart.Level l : c.levels()) {
                out.add("level " + q(l.label()) + ": " + value(l.at()));
            }
        } else if (chart instanceof Chart.Bars b) {
            out.add("scale " + axis(b.scale()));
            for (Chart.Bar x : b.bars()) {
                out.add("bar " + q(x.label()) + ": " + value(x.from()) + " to " + value(x.to()));
            }
            for (Chart.Level l : b.levels()) {
                out.add("level " + q(l.label()) + ": " + value(l.at()));
            }
            for (Chart.Key k : b.keys()) {
                out.add("key " + k.glyph() + " " + q(k.label()) + " L" + k.line());
            }
        } else if (chart instanceof Chart.Radar r) {
            for (Chart.Series s : r.series()) {
                List<String> vs = new ArrayList<>();
                for (int i = 0; i < s.values().size(); i++) {
                    vs.add((i < r.spokes().size() ? r.spokes().get(i).value() : "?") + " " + value(s.values().get(i)));
                }
                out.add("series " + q(s.name()) + ": " + String.join("; ", vs));
            }
        } else if (chart instanceof Chart.Gauge g) {
            out.add("value " + q(g.label()) + ": " + value(g.value()));
        } else if (chart instanceof Chart.Rings r) {
            for (int i = 0; i < r.rings().size(); i++) {
                Chart.Ring g = r.rings().get(i);
                String where = i == 0 ? " (innermost)" : i == r.rings().size() - 1 ? " (outermost)" : "";
                out.add("ring " + (i + 1) + where + " " + q(g.label()) + " L" + g.line()
                        + (g.written().equals(g.label().value()) ? "" : " (the sketch writes \"" + g.written() + "\", named L" + g.nameLine() + ")")
                        + (g.note() == null ? "" : ", note " + q(g.note()) + " L" + g.noteLine()) + (g.highlight() ? " (highlighted)" : "")
                        + g.details().stream().map(d -> ", " + q(d)).collect(java.util.stream.Collectors.joining()));
            }
            if (r.low() != null || r.high() != null) {
                out.add("scale from " + q(r.low()) + " at the core to " + q(r.high()) + " at the edge");
            }
        } else if (chart instanceof Chart.Spectrum s) {
            out.add("from " + q(s.low()) + " to " + q(s.high()) + " L" + s.line());
            for (Chart.Note n : s.marks()) {
                out.add("mark " + q(n.text()) + ": " + num(n.x()) + " (position L" + n.line() + ")");
            }
        } else if (chart instanceof Chart.Vectors v) {
            out.add((v.origin() == null ? "origin" : "origin " + q(v.origin())) + " L" + v.originLine());
            for (Chart.Arrow a : v.arrows()) {
                double deg = Math.toDegrees(Math.atan2(a.dy().v(), a.dx().v()));
                int line = a.dx().line();
                out.add("arrow " + q(a.label()) + (a.highlight() ? " (principal)" : "") + (a.tone() == null ? "" : " (" + a.tone() + ")")
                        + String.format(Locale.ROOT, ": %.0f° (anticlockwise from the right), length %s (dx %s, dy %s)",
                        deg < 0 ? deg + 360 : deg, num(Math.hypot(a.dx().v(), a.dy().v())), num(a.dx().v()), num(a.dy().v()))
                        + " (" + a.dx().source().name().toLowerCase(Locale.ROOT) + " L" + line
                        + (line == a.line() ? "" : ", arrowhead L" + a.line()) + ")");
            }
            if (!v.cloud().isEmpty()) {
                int first = v.cloud().stream().mapToInt(Chart.Point::line).min().getAsInt();
                int last = v.cloud().stream().mapToInt(Chart.Point::line).max().getAsInt();
                out.add("cloud" + (v.cloudName() == null ? "" : " " + q(v.cloudName())) + ": " + v.cloud().size() + " marks from L"
                        + first + (last > first ? "-L" + last : "") + (v.region() > 0
                        ? ", the sketch's pattern in the YAML region at L" + v.region() : ", where the sketch puts them"));
            }
        } else if (chart instanceof Chart.Timeline t) {
            for (Chart.Event e : t.events()) {
                out.add("event " + q(e.date()) + " " + q(e.title()) + " L" + e.line());
            }
            for (Chart.Phase p : t.phases()) {
                out.add("phase " + q(p.label()) + " events " + (p.from() + 1) + "-" + (p.to() + 1) + " L" + p.line());
            }
        } else if (chart instanceof Chart.Venn v) {
            for (Chart.VennSet s : v.sets()) {
                out.add("set " + q(s.label()) + ": " + s.items().size() + " items"
                        + (Double.isNaN(s.r()) ? ", spaced evenly" : ", circle at " + num(s.x()) + "," + num(s.y()) + " r " + num(s.r()))
                        + " (L" + s.line() + ")");
            }
            for (Chart.VennRegion r : v.regions()) {
                out.add("region " + q(r.title()) + " in " + String.join(" + ", r.sets().stream().map(i -> v.sets().get(i).label().value()).toList())
                        + (r.highlight() ? " (highlighted)" : "") + " (L" + r.line() + ")");
            }
        }
        return out;
    }

    private static String axis(Chart.Axis a) {
        String title = a.title() == null ? "untitled" : q(a.title());
        if (!a.numeric()) {
            return title + ": no numbers in the sketch, positions as shares of the axis" + (a.ticks().isEmpty() ? ""
                    : ", " + a.ticks().size() + " categories");
        }
        return title + String.format(Locale.ROOT, ": %s to %s%s from %d ticks (L%d)", num(a.min()), num(a.max()),
                a.log() ? " (log)" : "", a.ticks().size(), a.ticks().isEmpty() ? a.line() : a.ticks().get(0).line());
    }

    private static String value(Chart.Value v) {
        return num(v.v()) + " (" + v.source().name().toLowerCase(Locale.ROOT) + " L" + v.line() + ")";
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
    }

    private static String q(Text t) {
        return t == null ? "(unnamed)" : '"' + t.value() + '"';
    }
}
