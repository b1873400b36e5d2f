package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites every text of a scene the sketch gave it with the words the spec spells in full
 * ({@link Vocabulary}), noting each expansion with both spec lines; or, given another rewrite of a text (the
 * commands of {@link CommandWords}), with that, through the same walk over the scene.
 */
final class WordExpander {
    private final Vocabulary vocabulary;
    private final List<SceneNote> notes;
    private final java.util.function.UnaryOperator<Text> rewrite;

    WordExpander(Vocabulary vocabulary, List<SceneNote> notes) {
        this.vocabulary = vocabulary;
        this.notes = notes;
        this.rewrite = null;
    }

    WordExpander(java.util.function.UnaryOperator<Text> rewrite) {
        this.vocabulary = null;
        this.notes = null;
        this.rewrite = rewrite;
    }

    Text text(Text t, int line) {
        if (t == null) {
            return null;
        }
        if (rewrite != null) {
            return rewrite.apply(t);
        }
        List<Text.Run> runs = new ArrayList<>(t.runs().size());
        boolean changed = false;
        for (Text.Run r : t.runs()) {
            String v = words(r.value(), line);
            changed |= !v.equals(r.value());
            runs.add(new Text.Run(v, r.role(), r.mixed()));
        }
        return changed ? new Text(runs) : t;
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("[^\\s'\"`(\\[]{6,}?(?:\\.{2,}|…)");

    private String elided(String text, int line) {
        java.util.regex.Matcher m = DOTTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = vocabulary.elided(m.group());
            if (full != null) {
                notes.add(new SceneNote(SceneNote.Kind.EXPANDED, line, vocabulary.lineOf(full),
                        "'" + m.group() + "' drawn in full as '" + full + "', as the spec writes it", m.group(), full));
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(full == null ? m.group() : full));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String words(String value, int line) {
        value = TextRules.dashes(value);
        String[] parts = value.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            // keep what wraps the word: "(IDENT.)" or "RESOLN," keep their brackets and commas
            int a = 0;
            while (a < p.length() && "(\"'[".indexOf(p.charAt(a)) >= 0) {
                a++;
            }
            int b = p.length();
            while (b > a && ",;:)\"']".indexOf(p.charAt(b - 1)) >= 0) {
                b--;
            }
            String core = p.substring(a, b);
            String full = vocabulary.greek(core);
            if (full == null) {
                full = vocabulary.elided(core);
            }
            if (full == null) {
                full = vocabulary.joined(core);
            }
            if (full == null) {
                full = vocabulary.full(core);
            }
            if (full == null && i > 0 && !parts[i - 1].isEmpty() && a == 0 && b == p.length()) {
                full = vocabulary.fullAfter(parts[i - 1].replaceAll("[^\\p{L}\\p{N}]", ""), core);
            }
            if (full == null && i == parts.length - 1) {
                // only a line's last word meets the box's edge
                full = vocabulary.clipped(core);
            }
            if (full != null) {
                notes.add(new SceneNote(SceneNote.Kind.EXPANDED, line, vocabulary.lineOf(full),
                        "'" + core + "' drawn in full as '" + full + "', as the spec spells it", core, full));
                parts[i] = p.substring(0, a) + full + p.substring(b);
            }
        }
        return String.join(" ", parts);
    }

    Component expand(Component c) {
        if (c instanceof Component.Code code && vocabulary != null) {
            // code is drawn as written, but for a value the sketch cut short with dots that the spec gives whole
            // ('anthropic:claude-....' for the rules' "anthropic:claude-haiku-4-5")
            List<Component.CodeLine> lines = new ArrayList<>();
            boolean changed = false;
            for (Component.CodeLine l : code.lines()) {
                String text = elided(l.text(), l.line());
                changed |= !text.equals(l.text());
                lines.add(new Component.CodeLine(l.indent(), text, l.line()));
            }
            return changed ? new Component.Code(lines, code.line()) : c;
        }
        if (c instanceof Component.Stack s) {
            return new Component.Stack(Components.map(s.children(), this::expand), s.gap(), s.spread(), s.line());
        }
        if (c instanceof Component.Columns r) {
            return new Component.Columns(Components.map(r.children(), this::expand), r.weights(), r.links(), r.minHeight(), r.line(), r.at());
        }
        if (c instanceof Component.Node n) {
            return new Component.Node(n.id(), n.style(), n.tag(), n.element(), n.elementLine(), text(n.title(), n.line()),
                    n.badge(), n.body() == null ? null : expand(n.body()), n.line());
        }
        if (c instanceof Component.Heading h) {
            return new Component.Heading(text(h.text(), h.line()), h.ruled(), h.line());
        }
        if (c instanceof Component.Paragraph p) {
            return new Component.Paragraph(text(p.text(), p.line()), p.line());
        }
        if (c instanceof Component.Items l) {
            List<Component.Item> items = new ArrayList<>();
            for (Component.Item i : l.items()) {
                items.add(new Component.Item(i.marker(), text(i.text(), i.line()), i.line()));
            }
            return new Component.Items(items, l.line());
        }
        if (c instanceof Component.Table t) {
            List<List<Text>> rows = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                int line = t.lines().get(r);
                rows.add(t.rows().get(r).stream().map(x -> text(x, line)).toList());
            }
            return new Component.Table(rows, t.weights(), t.lines(), t.header(), t.tones(), t.spread(), t.selected(), t.line());
        }
        if (c instanceof Component.Flow f) {
            List<Component.FlowNode> nodes = new ArrayList<>();
            for (Component.FlowNode n : f.nodes()) {
                nodes.add(new Component.FlowNode(n.id(), text(n.title(), n.line()), text(n.detail(), n.line()), n.line()));
            }
            return new Component.Flow(nodes, f.arrows(), f.line());
        }
        if (c instanceof Component.Plot p && p.chart() instanceof io.figgen.scene.chart.Chart.Rings r) {
            // a ring's name the chart completed from its element (FACTUAL for "Factual Grounding ring") is noted
            // like any word drawn in full, so the sketch's own words count as drawn
            List<io.figgen.scene.chart.Chart.Ring> rings = new ArrayList<>();
            for (io.figgen.scene.chart.Chart.Ring g : r.rings()) {
                String drawn = g.label().value();
                if (notes != null && !drawn.equals(g.written())) {
                    notes.add(new SceneNote(SceneNote.Kind.EXPANDED, g.line(), g.nameLine(),
                            "'" + g.written() + "' drawn in full as '" + drawn + "', as the spec names the ring", g.written(), drawn));
                }
                // the lines under a ring's name are sketch words like any ("Revenue: SaaS subs")
                List<Text> details = g.details().stream().map(d -> text(d, g.line())).toList();
                rings.add(details.equals(g.details()) ? g : new io.figgen.scene.chart.Chart.Ring(g.label(), g.note(), details,
                        g.highlight(), g.line(), g.written(), g.nameLine(), g.noteLine()));
            }
            return rings.equals(r.rings()) ? c
                    : new Component.Plot(new io.figgen.scene.chart.Chart.Rings(rings, r.low(), r.high(), r.line()), p.line());
        }
        if (c instanceof Component.Plot p && p.chart() instanceof io.figgen.scene.chart.Chart.Radar r) {
            // a radar's labels are sketch words too: PROBABIL- / ISTIC PRD reads as the spec spells it
            List<Text> spokes = r.spokes().stream().map(t -> text(t, r.line())).toList();
            List<io.figgen.scene.chart.Chart.Series> series = r.series().stream()
                    .map(s -> new io.figgen.scene.chart.Chart.Series(text(s.name(), r.line()), s.values(), s.highlight(), s.dashed()))
                    .toList();
            return new Component.Plot(new io.figgen.scene.chart.Chart.Radar(spokes, series, r.centre(), text(r.legend(), r.line()),
                    r.line()), p.line());
        }
        return c;
    }


    Title title(Title t) {
        if (t == null) {
            return null;
        }
        List<Title.Subtitle> subs = new ArrayList<>();
        for (Title.Subtitle s : t.subtitles()) {
            subs.add(new Title.Subtitle(text(s.text(), t.line()), s.square()));
        }
        return new Title(text(t.title(), t.line()), subs, t.line(), t.square());
    }
}
