package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Stack;
import io.figgen.sketch.Band;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.theme.Style;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The figure's key message: the footer band, in the style the element bound to it asks for, with the rest of
 * a callout's content under its title; or, where the sketch writes the message as the last line of its body,
 * that line taken out to be the footer.
 */
final class KeyMessage {
    private final Theme theme;

    KeyMessage(Theme theme) {
        this.theme = theme;
    }

    record KeyLine(Component body, Footer footer) {
    }

    /**
     * The key message the sketch writes as the last line of its last band ({@code ■ The artist sets the rules
     * ONCE...}) rather than in a band of its own: when a callout element says it, it is the figure's footer, a
     * designed callout, not a bullet at the foot of the body.
     */
    KeyLine keyLine(Component body, List<ContentElement> elements, List<ContentElement> callouts) {
        if (!(body instanceof Stack top) || top.children().isEmpty()) {
            return null;
        }
        List<Stack> path = new ArrayList<>();
        Component c = body;
        while (c instanceof Stack s && !s.children().isEmpty()) {
            path.add(s);
            c = s.children().get(s.children().size() - 1);
        }
        Stack parent = path.get(path.size() - 1);
        if (parent.children().size() < 2) {
            return null;
        }
        String text = c instanceof Component.Paragraph p ? p.text().value()
                : c instanceof Component.Items l && l.items().size() == 1 ? l.items().get(0).text().value() : null;
        if (text == null) {
            return null;
        }
        Set<String> said = new java.util.HashSet<>(TextRules.words(text));
        for (ContentElement e : elements) {
            Style style = theme.styleForTag(e.primaryTag());
            boolean box = e.table().toLowerCase(Locale.ROOT).contains("callout");
            boolean callout = style.name().equals("callout") || style.kind().equals("bar")
                    || Binder.FOOTER_ROLE.matcher(e.element().strip()).matches();
            java.util.regex.Matcher q = java.util.regex.Pattern.compile("\"([^\"]{8,})\"").matcher(e.description());
            String quote = q.find() ? q.group(1) : null;
            List<String> w = TextRules.words(quote != null ? quote : e.description());
            long hit = w.stream().filter(said::contains).count();
            // a bar's quoted words the line only half says ("Set size signals uncertainty" over "Set size = 2 ->
            // model is uncertain"): the bar says its words, the line under them as what shows it
            boolean keyed = quote != null && style.kind().equals("bar") && w.size() >= 3 && hit * 2 >= w.size()
                    && hit * 10 < w.size() * 8;
            // or a Callout Boxes row whose title the line is: the line heads the callout, its content under it
            List<String> title = TextRules.words(e.element());
            boolean titled = box && title.size() >= 3 && title.stream().filter(said::contains).count() * 10 >= title.size() * 9
                    && said.stream().filter(title::contains).count() * 10 >= said.size() * 9;
            if (!titled && !keyed && (!callout || w.size() < 3 || hit * 10 < w.size() * 8)) {
                continue;
            }
            Style shown = style.kind().equals("bar") || style.name().equals("callout") ? style : theme.style("callout");
            String role = shown.kind().equals("bar") ? "footer" : "body";
            Text said2 = Text.mixed(text, role);
            if (titled) {
                String full = withCalloutContent(text, e.description());
                int br = full.indexOf(TextRules.ITEM_BREAK);
                said2 = br < 0 ? said2 : Text.concat(Text.mixed(full.substring(0, br), role.equals("footer") ? "footerKey" : "strong"),
                        Text.mixed(full.substring(br), role));
                callouts.remove(e);
            } else if (keyed) {
                said2 = Text.concat(Text.mixed(quote, "footerKey"), Text.mixed(TextRules.ITEM_BREAK + text, role));
                callouts.remove(e);
            }
            Footer footer = new Footer(said2, shown.name(), e.primaryTag(), c.line());
            // the body without its last line: each stack on the way down loses its last part
            Component rest = null;
            for (int i = path.size() - 1; i >= 0; i--) {
                Stack s = path.get(i);
                List<Component> kids = new ArrayList<>(s.children());
                kids.remove(kids.size() - 1);
                if (rest != null) {
                    kids.add(rest);
                }
                rest = kids.size() == 1 && i > 0 ? kids.get(0) : new Stack(kids, s.gap(), s.spread(), s.line());
            }
            return new KeyLine(rest, footer);
        }
        return null;
    }

    /**
     * The footer's words, and under them the sentences of its callout's content the footer does not already say
     * (the sketch writes the callout's title there; its content is the rest of the key message).
     */
    static String withCalloutContent(String footer, String content) {
        Set<String> said = new java.util.HashSet<>(TextRules.words(footer.toLowerCase(Locale.ROOT)));
        List<String> rest = new ArrayList<>();
        for (String sentence : content.strip().split("(?<=[.!?])\\s+")) {
            List<String> w = TextRules.words(sentence.toLowerCase(Locale.ROOT));
            long hit = w.stream().filter(said::contains).count();
            if (!w.isEmpty() && hit * 10 < w.size() * 6) {
                rest.add(sentence.strip());
            }
        }
        return rest.isEmpty() ? footer : footer + TextRules.ITEM_BREAK + String.join(" ", rest);
    }

    /** The widest gap, in cells, the sketch leaves inside one phrase of a key message; a wider one parts two. */
    private static final int PHRASE_GAP = 4;

    /**
     * A key message's line with its phrases parted by a middle dot where the sketch sets them apart with a wide
     * gap ({@code 14.2 min down to 3.4 min    Only option under 5 min target}): two statements, which a plain
     * space would run together. A key and its value ({@code DRILL TARGETS:   RPO 24 h}) stay one phrase, as
     * does a sentence the author spaced out.
     */
    private static String parted(Row row) {
        // (a placeholder, [sq], is no phrase)
        List<io.figgen.sketch.Token.Text> texts = row.tokens().stream().filter(t -> t instanceof io.figgen.sketch.Token.Text x
                && !TextRules.stripPlaceholders(x.text()).isBlank()).map(t -> (io.figgen.sketch.Token.Text) t).toList();
        if (row.tokens().stream().anyMatch(t -> !(t instanceof io.figgen.sketch.Token.Text)) || texts.size() < 2) {
            return TextGroupComposer.texts(row);
        }
        StringBuilder sb = new StringBuilder(texts.get(0).text());
        for (int i = 1; i < texts.size(); i++) {
            String before = texts.get(i - 1).text().strip();
            String next = texts.get(i).text().strip();
            // a phrase ends on a word or a number, and the next opens as a statement does; a comma or a dash
            // before the gap, or a lower-case word after it, carries one sentence across the author's alignment
            boolean ends = Character.isLetterOrDigit(before.codePointAt(before.length() - 1)) || before.endsWith("%") || before.endsWith(")");
            boolean opens = Character.isUpperCase(next.codePointAt(0)) || Character.isDigit(next.codePointAt(0));
            boolean wide = texts.get(i).col() - texts.get(i - 1).end() - 1 >= PHRASE_GAP;
            sb.append(wide && ends && opens ? " · " : " ").append(texts.get(i).text());
        }
        return TextRules.stripPlaceholders(sb.toString());
    }

    Footer footer(Sketch sketch, Band band, ContentElement bound, List<ContentElement> callouts) {
        List<String> lines = MessageText.punctuated(
                band.panels().get(0).rows().stream().filter(Row::hasText).map(KeyMessage::parted).toList(), callouts);
        // the sketch's square before a key message is its emphasis, which the callout draws: not a glyph in it
        String text = TextRules.joinSeparated(lines).replaceFirst("^[\u25a0\u25aa]\\s+", "");
        // a later line that opens with its own key ("PRD Node: docs_generator = ...") is a line of its own
        for (int i = 1; i < lines.size(); i++) {
            if (TextRules.startsWithKey(lines.get(i).strip()) && !TextRules.startsWithKey(lines.get(0).strip())) {
                text = TextRules.joinSeparated(lines.subList(0, i)).replaceFirst("^[\u25a0\u25aa]\\s+", "").strip()
                        + TextRules.ITEM_BREAK + TextRules.joinSeparated(lines.subList(i, lines.size())).strip();
                break;
            }
        }
        if (bound != null && bound.table().toLowerCase(Locale.ROOT).contains("callout")) {
            text = withCalloutContent(text, bound.description());
        }
        int line = sketch.specLine(band.top());
        Style style = bound == null ? theme.style("bar") : theme.styleForTag(bound.primaryTag());
        boolean bar = style.kind().equals("bar");
        // the figure's last band is its key message: on the bar, or in body type in a callout, never a caption
        int br = text.indexOf(TextRules.ITEM_BREAK);
        // a callout's title over its content: the title in the strong face, the content under it
        Text shown = br < 0 ? Text.mixed(text, bar ? "footer" : "body")
                : Text.concat(Text.mixed(text.substring(0, br), bar ? "footerKey" : "strong"),
                        Text.mixed(text.substring(br), bar ? "footer" : "body"));
        return new Footer(shown, style.name(), bound == null ? "" : bound.primaryTag(), line);
    }
}
