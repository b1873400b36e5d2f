package io.figgen.scene;

import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Items;
import io.figgen.scene.Component.Paragraph;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figure's title where the sketch gives it no band of its own: a sketch whose first line writes the
 * spec's title ({@code VOICE AGENT DEPLOYMENT OPTIONS} for the title "Voice Agent Deployment Options") with no
 * rule under it, or whose title band the reader could not take as one (a subtitle holding an arrow), reads that
 * line as a body text. It is the title all the same: it leaves the body for the header, and a one-line
 * paragraph or marked line right under it goes with it as its subtitle.
 */
final class TitlePromoter {
    /** The header and the body that is left. */
    record Promoted(Title header, Component body) {
    }

    private TitlePromoter() {
    }

    static Promoted promote(String title, Component body) {
        // a placeholder beside the first line ("LATENCY BUDGET ... [sq]") left an empty column: the line stands alone
        body = Components.rewriteUp(body, c -> c instanceof Component.Columns r ? alone(r) : c);
        String key = key(title);
        if (key.isEmpty() || !(body instanceof Stack)) {
            return null;
        }
        List<Integer> path = new ArrayList<>();
        Component first = first(body, path);
        Text text = first instanceof Paragraph p ? p.text() : first instanceof Heading h ? h.text() : null;
        if (text == null || !names(key, key(text.value()))) {
            return null;
        }
        Component rest = remove(body, path, 0);
        List<Title.Subtitle> subs = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        Component second = rest == null ? null : first(rest, next);
        if (second instanceof Paragraph p && p.text().value().length() <= 80) {
            subs.add(subtitle(p.text().value(), null));
            rest = remove(rest, next, 0);
        } else if (second instanceof Items it && it.items().size() == 1 && it.items().get(0).text().value().length() <= 80) {
            subs.add(subtitle(it.items().get(0).text().value(), it.items().get(0).marker()));
            rest = remove(rest, next, 0);
        }
        int line = first instanceof Paragraph p ? p.line() : ((Heading) first).line();
        return new Promoted(new Title(Text.plain(text.value(), "title"), subs, line), rest);
    }

    /**
     * A subtitle line as the header draws it. A marker of its own, or none written, that is the house's square
     * (■, or an item with no marker) leads it with the square; so does a double hyphen or a dash opening the line
     * ("-- From Ad-Hoc to Continuous"), the sketch's way of drawing a lead-in mark in ASCII.
     */
    static Title.Subtitle subtitle(String line, String marker) {
        if (marker == null && (line.startsWith("-- ") || line.startsWith("— "))) {
            return new Title.Subtitle(Text.plain(line.substring(line.indexOf(' ') + 1).strip(), "subtitle"), true);
        }
        boolean square = marker != null && (marker.isEmpty() || marker.equals("■"));
        return new Title.Subtitle(Text.plain(line, "subtitle"), square);
    }

    /**
     * The line names the title: its words, or its first two or more words ("The Convergence Thesis: MIR + ..."),
     * or its last two or more ("LATENCY BUDGET" for "Voice Agent Latency Budget").
     */
    private static boolean names(String title, String line) {
        return line.equals(title) || line.split(" ").length >= 2 && (title.startsWith(line + " ") || title.endsWith(" " + line));
    }

    /** Columns of one part and empty texts beside it: that part. */
    private static Component alone(Component.Columns r) {
        List<Component> kept = r.children().stream()
                .filter(c -> !(c instanceof Paragraph p && p.text().value().isBlank())).toList();
        return kept.size() == 1 && r.children().size() > 1 && r.links().isEmpty() ? kept.get(0) : r;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The first leaf in reading order, through the first children of stacks; its path of child indices. */
    private static Component first(Component c, List<Integer> path) {
        while (c instanceof Stack s && !s.children().isEmpty()) {
            path.add(0);
            c = s.children().get(0);
        }
        return c;
    }

    /** The tree without the leaf at {@code path}; a stack left empty goes too (null when nothing is left). */
    private static Component remove(Component c, List<Integer> path, int depth) {
        if (depth == path.size()) {
            return null;
        }
        Stack s = (Stack) c;
        List<Component> kids = new ArrayList<>(s.children());
        Component kept = remove(kids.get(path.get(depth)), path, depth + 1);
        if (kept == null) {
            kids.remove((int) path.get(depth));
        } else {
            kids.set(path.get(depth), kept);
        }
        return kids.isEmpty() ? null : new Stack(kids, s.gap(), s.spread(), s.line());
    }
}
