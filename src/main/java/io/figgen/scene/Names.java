package io.figgen.scene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The named components of a scene, and which of them a name in the spec means. Specs name a component
 * loosely ({@code CMO (STIM)} for the box titled {@code CMO (STIM exemplar)}, {@code Scaffold Layer} for
 * {@code SCAFFOLD CONFIDENCE LAYER}): a name resolves to the component whose name covers most of its words,
 * a word also matching a longer word it begins ({@code STIM} in {@code STIM-led}); ties go to the first in
 * reading order.
 */
final class Names {
    /** A named component: its scene id, and the words it is known by. */
    record Named(String id, String name, Set<String> words) {
    }

    private static final Set<String> STOP = Set.of("the", "and", "of", "for", "to", "in", "with", "on", "a", "an",
            "node", "box", "card", "zone", "panel", "layer", "group", "platform", "platforms");
    private static final double THRESHOLD = 0.5;
    private final List<Named> named = new ArrayList<>();
    /** Named by text only: tried when no component is named by the name. */
    private final List<Named> weak = new ArrayList<>();
    private final Ids ids = new Ids();

    static Names of(Component body) {
        Names n = new Names();
        if (body != null) {
            n.collect(body);
        }
        return n;
    }

    /** Names a component by the given names (a resolver over a few candidates of one's own). */
    void addNamed(String id, String... names) {
        add(id, names);
    }

    private void add(String id, String... names) {
        Set<String> words = new HashSet<>();
        String shown = "";
        for (String s : names) {
            if (s != null && !s.isEmpty()) {
                words.addAll(TextRules.words(s));
                shown = shown.isEmpty() ? s : shown;
            }
        }
        if (!words.isEmpty()) {
            named.add(new Named(id, shown, words));
        }
    }

    private void collect(Component c) {
        if (c instanceof Component.Node n) {
            // a box without a title is named by the heading it opens with ("SCAFFOLD CONFIDENCE LAYER")
            String heading = n.title() == null ? firstHeading(n.body()) : "";
            add(n.id(), n.title() == null ? heading : n.title().value(), n.element());
            if (n.title() == null && heading.isEmpty() && n.element().isEmpty() && n.body() != null) {
                // a box of a few words only ({@code │ Koh & Liang 2017 │}) is named by them
                List<String> words = texts(n.body());
                if (words.size() == 1 && TextRules.words(words.get(0)).size() <= 8) {
                    add(n.id(), words.get(0));
                }
            }
            if (n.body() != null) {
                collectExcept(n.body(), heading);
            }
        } else if (c instanceof Component.Stack s) {
            captions(s.children());
            s.children().forEach(this::collect);
        } else if (c instanceof Component.Columns r) {
            r.children().forEach(this::collect);
        } else if (c instanceof Component.Heading h) {
            add(Ids.headingId(h.text().value()), h.text().value());
        } else if (c instanceof Component.Flow f) {
            for (Component.FlowNode fn : f.nodes()) {
                add(fn.id(), fn.title().value());
            }
        } else {
            // text the figure shows names a thing too, more weakly: a list item, a label, a chart mark, a cell
            for (String t : texts(c)) {
                weak.add(new Named("text:" + ids.of(t), t, new HashSet<>(TextRules.words(t))));
            }
        }
    }

    /**
     * A caption written just over a box that has no title of its own ({@code II. AUTOMATED REGRESSION} over
     * the box of its facts) names that box: an edge to the caption's words is an edge to the box.
     */
    private void captions(List<Component> children) {
        for (int i = 0; i + 1 < children.size(); i++) {
            String caption = children.get(i) instanceof Component.Items l && l.items().size() == 1 ? l.items().get(0).text().value()
                    : children.get(i) instanceof Component.Paragraph p ? p.text().value() : null;
            if (caption != null && TextRules.words(caption).size() <= 8 && children.get(i + 1) instanceof Component.Node n
                    && n.title() == null && firstHeading(n.body()).isEmpty()) {
                add(n.id(), caption);
            }
        }
    }

    private static List<String> texts(Component c) {
        List<String> out = new ArrayList<>();
        if (c instanceof Component.Paragraph p) {
            out.add(p.text().value());
        } else if (c instanceof Component.Items l) {
            l.items().forEach(i -> out.add(i.text().value()));
        } else if (c instanceof Component.Chart ch) {
            ch.marks().forEach(m -> m.lines().stream().findFirst().ifPresent(t -> out.add(t.value())));
            ch.labels().forEach(l -> out.add(l.text().value()));
        } else if (c instanceof Component.Plot p) {
            // a chart's parts are named by its texts: points, bars, spokes, a timeline's dates and titles
            // ("Nov 2024" -> "Mar 2025" is a stretch of its axis)
            io.figgen.scene.chart.ChartParts.texts(p.chart()).forEach(t -> out.add(t.value()));
        } else if (c instanceof Component.Table t) {
            t.rows().forEach(r -> r.forEach(cell -> out.add(cell.value())));
        } else if (c instanceof Component.Connector k) {
            k.labels().forEach(l -> out.add(l.value()));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private void collectExcept(Component body, String heading) {
        if (!heading.isEmpty() && body instanceof Component.Stack s && !s.children().isEmpty()) {
            Component first = s.children().get(0);
            if (first instanceof Component.Heading) {
                s.children().subList(1, s.children().size()).forEach(this::collect);
                return;
            }
        }
        if (!heading.isEmpty() && body instanceof Component.Heading) {
            return;
        }
        collect(body);
    }

    /** The text of the heading a component opens with, or "". */
    static String firstHeading(Component c) {
        if (c instanceof Component.Heading h) {
            return h.text().value();
        }
        if (c instanceof Component.Stack s && !s.children().isEmpty()) {
            return firstHeading(s.children().get(0));
        }
        return "";
    }

    /** The id of the component a name means, or "" when none is named by it. */
    String resolve(String name) {
        Set<String> want = new HashSet<>();
        for (String w : TextRules.words(name)) {
            if (!STOP.contains(w)) {
                want.add(w);
            }
        }
        if (want.isEmpty()) {
            want.addAll(TextRules.words(name));
        }
        if (want.isEmpty()) {
            return "";
        }
        String best = best(named, want);
        return best.isEmpty() ? best(weak, want) : best;
    }

    private static String best(List<Named> candidates, Set<String> want) {
        String best = "";
        double bestScore = THRESHOLD - 1e-9;
        for (Named n : candidates) {
            int hit = 0;
            for (String w : want) {
                if (n.words().contains(w) || n.words().stream().anyMatch(x -> x.length() > w.length() && x.startsWith(w)
                        && w.length() >= 3)) {
                    hit++;
                }
            }
            // the share of the name found, and a little for how much of the component's name it covers
            double score = hit / (double) want.size() + 0.1 * hit / n.words().size();
            if (score > bestScore) {
                bestScore = score;
                best = n.id();
            }
        }
        return best;
    }
}
