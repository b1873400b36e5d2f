package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A box the sketch draws with a Callout Boxes row's content in it ({@code 4000+ open-source servers ...} for
 * "ADOPTION vs. SECURITY") is that callout: it takes the row's title and the callout style, where left alone
 * it is a quiet panel with no heading, the key message under-emphasised.
 */
final class CalloutBoxes {
    private CalloutBoxes() {
    }

    /**
     * Whether a box's first line is the callout's title, word for word, and every other word it says is a word
     * of the callout's content (or that word's inflection, "patched" for "patch").
     */
    private static boolean abridges(Node n, List<String> title, Set<String> content) {
        List<String> lines = lines(n);
        if (lines.size() < 2 || title.size() < 2 || !TextRules.words(lines.get(0)).equals(title)) {
            return false;
        }
        List<String> rest = restWords(lines);
        return rest.size() >= 3 && rest.stream().allMatch(w -> content.contains(w)
                || w.length() >= 5 && content.stream().anyMatch(c -> c.length() >= 4 && w.startsWith(c)));
    }

    /** Whether the callout's content says every word the box says under its title, as written. */
    private static boolean contentSaysAll(Node n, Set<String> content) {
        return content.containsAll(restWords(lines(n)));
    }

    /**
     * A titled box's one paragraph said as the callout's content, where the content holds every word of it: the
     * sketch breaks the content's sentences over lines without their stops ({@code ...vs cold runner} over
     * {@code 4 test shards save...}), which joined would run the two together. A box of more parts (a list)
     * keeps its own structure.
     */
    private static Component saidInFull(Component body, ContentElement e, Set<String> content) {
        List<Component> kids = body instanceof Component.Stack s ? s.children() : List.of(body);
        List<Component> paragraphs = kids.stream().filter(k -> !(k instanceof Component.Heading)).toList();
        if (paragraphs.size() != 1 || !(paragraphs.get(0) instanceof Component.Paragraph p)
                || !content.containsAll(TextRules.words(p.text().value()))) {
            return body;
        }
        Component full = new Component.Paragraph(Text.mixed(TextRules.dashes(SceneReader.unquoted(e.description())), "body"), p.line());
        if (!(body instanceof Component.Stack s)) {
            return full;
        }
        List<Component> out = new ArrayList<>(s.children());
        out.set(out.indexOf(p), full);
        return new Component.Stack(out, s.gap(), s.spread(), s.line());
    }

    private static List<String> allWords(List<String> lines) {
        List<String> all = new ArrayList<>();
        lines.forEach(l -> all.addAll(TextRules.words(l)));
        return all;
    }

    private static List<String> restWords(List<String> lines) {
        List<String> rest = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> rest.addAll(TextRules.words(l)));
        return rest;
    }

    /** The box's lines of text, in reading order. */
    private static List<String> lines(Node n) {
        List<String> lines = new ArrayList<>();
        Components.walk(n.body(), x -> {
            if (x instanceof Component.Paragraph p) {
                lines.add(p.text().value());
            } else if (x instanceof Component.Items l) {
                l.items().forEach(i -> lines.add(i.text().value()));
            }
        });
        return lines;
    }

    /** The body without its first line of text (the title the node now carries). */
    private static Component withoutFirstLine(Component body) {
        // the first paragraph or item of the box's own parts goes; a list left empty goes with it
        List<Component> kids = body instanceof Component.Stack s ? new ArrayList<>(s.children()) : new ArrayList<>(List.of(body));
        int at = -1;
        for (int i = 0; i < kids.size() && at < 0; i++) {
            if (kids.get(i) instanceof Component.Paragraph || kids.get(i) instanceof Component.Items) {
                at = i;
            }
        }
        if (at < 0) {
            return body;
        }
        if (kids.get(at) instanceof Component.Items l && l.items().size() > 1) {
            kids.set(at, new Component.Items(l.items().subList(1, l.items().size()), l.line()));
        } else {
            kids.remove(at);
        }
        return kids.size() == 1 ? kids.get(0) : body instanceof Component.Stack s
                ? new Component.Stack(kids, s.gap(), s.spread(), s.line()) : new Component.Stack(kids, 0.3, false, 0);
    }

    /**
     * Whether a paragraph opens with the callout's title and goes on to say its content: three words more at
     * least, most of them the content's (a bare heading of the title says nothing of it).
     */
    private static boolean saysAfterTitle(Component.Paragraph p, String title, Set<String> content) {
        String opener = TextRules.squeeze(title);
        if (!TextRules.squeeze(p.text().value()).startsWith(opener)) {
            return false;
        }
        List<String> all = TextRules.words(p.text().value());
        List<String> rest = all.subList(Math.min(all.size(), TextRules.words(title).size()), all.size());
        long shared = rest.stream().filter(content::contains).count();
        return rest.size() >= 3 && shared * 2 >= rest.size();
    }

    /**
     * Whether a box's body opens with a heading of the callout's title: a panel the sketch heads
     * {@code CROSS-CUTTING}, its items shorthand for the callout's sentence, is that callout.
     */
    private static boolean opensWith(Component body, String title) {
        String heading = Names.firstHeading(body);
        return !heading.isEmpty() && TextRules.squeeze(heading).equals(TextRules.squeeze(title));
    }

    /** The body with each such box made its callout; the callouts placed are removed from {@code notes}. */
    static Component place(Component body, List<ContentElement> elements, List<ContentElement> notes) {
        if (body == null) {
            return body;
        }
        Component out = body;
        for (ContentElement e : elements) {
            if (!e.table().toLowerCase(Locale.ROOT).contains("callout") || e.element().isBlank()) {
                continue;
            }
            Set<String> content = new HashSet<>(TextRules.words(e.description()));
            if (content.size() < 4) {
                continue;
            }
            // a box may write the callout's title over its content ("■ KEY RISK"): the title is no word of the content
            Set<String> titleWords = new HashSet<>(TextRules.words(e.element()));
            titleWords.removeAll(content);
            List<String> ids = new ArrayList<>();
            String title = e.element().strip().replaceAll("^[\"\u201c]|[\"\u201d]$", "");
            List<String> abridged = new ArrayList<>();
            Components.walk(out, c -> {
                if (c instanceof Node n && n.title() == null && n.body() != null && !n.style().equals("callout")
                        && abridges(n, TextRules.words(e.element()), content)) {
                    abridged.add(n.id());
                }
            });
            List<String> titled = new ArrayList<>();
            Components.walk(out, c -> {
                if (c instanceof Node n && (n.title() != null ? TextRules.squeeze(n.title().value()).equals(TextRules.squeeze(title))
                        : opensWith(n.body(), title))) {
                    titled.add(n.id());
                }
            });
            // a line of the sketch that opens with the callout's title ("Revisit when vectors outgrow RAM: ...")
            // is the callout, said where the sketch puts it: the notes row does not say it again
            boolean[] opens = {false};
            if (TextRules.words(title).size() >= 2) {
                Components.walk(out, c -> opens[0] |= c instanceof Component.Paragraph p && saysAfterTitle(p, title, content));
            }
            if (opens[0]) {
                notes.remove(e);
                continue;
            }
            if (titled.size() == 1) {
                // a box the sketch titles as the callout ("GATE RULE" over its shorthand) is that callout: the notes
                // row does not say it again
                out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(titled.get(0)) && n.element() == null
                        ? new Node(n.id(), n.style(), n.tag(), e.element(), e.line(), n.title(), n.badge(), n.body(), n.line()) : c);
                out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(titled.get(0))
                        ? n.withBody(saidInFull(n.body(), e, content)) : c);
                notes.remove(e);
                continue;
            }
            if (abridged.size() == 1) {
                // the box writes the callout's title over a shortening of its content: it is that callout, titled,
                // not a panel with the notes row saying it again; it says the content in full (the spec's words)
                // where that holds every word of the sketch's shorthand, else the shorthand, which the sketch drew
                out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(abridged.get(0))
                        ? new Node(n.id(), "callout", n.tag(), e.element(), e.line(), Text.plain(title, "section"), n.badge(),
                        contentSaysAll(n, content) ? new Component.Paragraph(Text.mixed(TextRules.dashes(SceneReader.unquoted(e.description())),
                                "body"), n.line()) : withoutFirstLine(n.body()), n.line()) : c);
                notes.remove(e);
                continue;
            }
            Components.walk(out, c -> {
                if (c instanceof Node n && n.title() == null && n.body() != null && !n.style().equals("callout")) {
                    Set<String> said = new HashSet<>();
                    Components.walk(n.body(), x -> {
                        if (x instanceof Component.Paragraph p) {
                            said.addAll(TextRules.words(p.text().value()));
                        } else if (x instanceof Component.Items l) {
                            l.items().forEach(i -> said.addAll(TextRules.words(i.text().value())));
                        }
                    });
                    said.removeAll(titleWords);
                    long inBox = said.stream().filter(content::contains).count();
                    // the box says most of the callout, and the callout most of the box
                    if (!said.isEmpty() && inBox * 10 >= said.size() * 8 && inBox * 10 >= content.size() * 5) {
                        ids.add(n.id());
                    }
                }
            });
            if (ids.size() != 1) {
                continue;
            }
            // the box says the callout's content in its own shorthand: where the content holds every word the box
            // writes, the content is said in full (the spec's words, "as of early 2026" and all), as for a titled box
            out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(ids.get(0))
                    ? new Node(n.id(), "callout", n.tag(), e.element(), e.line(), Text.plain(title, "section"), n.badge(),
                    content.containsAll(allWords(lines(n))) ? new Component.Paragraph(Text.mixed(TextRules.dashes(
                            SceneReader.unquoted(e.description())), "body"), n.line()) : n.body(),
                    n.line()) : c);
            notes.remove(e);
        }
        return out;
    }
}
