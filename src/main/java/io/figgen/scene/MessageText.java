package io.figgen.scene;

import io.figgen.model.ContentElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a key message or a callout as the figure sets them: its title as its key, its quotes as quotes. */
final class MessageText {
    private MessageText() {
    }

    /** Words that name a place on the page, not a message ("Bottom Insight"). */
    private static final Set<String> PLACE_WORDS = Set.of("bottom", "top", "left", "right", "center", "centre", "insight",
            "footer", "key", "message", "bar", "callout", "note", "banner", "main", "box");

    /**
     * The key message led by the title of the callout it says, when the sketch writes the callout's content as
     * its footer but nowhere its title ("Unique Position" over "No competitor offers ..."): the title is the spec's
     * word for the message, set as the footer's key.
     */
    static Text titled(Text footer, List<ContentElement> drawn, Set<String> sketchWords, boolean bar) {
        if (footer.runs().size() != 1) {
            return footer;
        }
        Set<String> said = new java.util.HashSet<>(TextRules.words(footer.value()));
        for (ContentElement c : drawn) {
            List<String> content = TextRules.words(c.description());
            List<String> title = TextRules.words(c.element());
            // a row named for its place ("Bottom Insight", "Footer callout") names no message
            if (content.size() < 3 || title.isEmpty() || title.size() > 4 || PLACE_WORDS.containsAll(title)
                    || Binder.FOOTER_ROLE.matcher(c.element().strip()).matches()
                    || content.stream().filter(said::contains).count() * 10 < content.size() * 9
                    || title.stream().anyMatch(w -> said.contains(w) || sketchWords.contains(w))) {
                continue;
            }
            String name = c.element().replaceAll("^[\"“]|[\"”]$", "").strip();
            return Text.concat(Text.plain(name.toUpperCase(Locale.ROOT), bar ? "footerKey" : "strong"), footer);
        }
        return footer;
    }

    /** The marks a callout's content may part two of its phrases with, where the sketch broke the line instead. */
    private static final List<String> PARTING = List.of(";", ",", ":", ".", " ·", " —", " –");

    /**
     * The key message's lines with the spec's own marks where the sketch broke them between two phrases: the
     * sketch writes {@code RPO 24 h · RTO 45 min} over {@code scratch db destroyed after every drill}, the
     * callout's content {@code ...45 min; scratch db...}; joined bare, the two would read as one phrase.
     */
    static List<String> punctuated(List<String> lines, List<ContentElement> callouts) {
        if (callouts.isEmpty() || lines.size() < 2) {
            return lines;
        }
        List<String> contents = callouts.stream().map(c -> c.description().toLowerCase(Locale.ROOT)).toList();
        List<String> out = new ArrayList<>(lines);
        for (int i = 1; i < out.size(); i++) {
            String[] before = out.get(i - 1).strip().split("\\s+");
            String[] after = out.get(i).strip().split("\\s+");
            String a = before[before.length - 1].toLowerCase(Locale.ROOT);
            String b = after[0].toLowerCase(Locale.ROOT);
            if (a.isEmpty() || b.isEmpty() || !Character.isLetterOrDigit(a.charAt(a.length() - 1))) {
                continue;
            }
            String mark = parting(contents, a, b);
            if (mark != null) {
                out.set(i - 1, out.get(i - 1).stripTrailing() + mark);
            }
        }
        return out;
    }

    private static String parting(List<String> contents, String a, String b) {
        for (String content : contents) {
            if (content.contains(a + " " + b)) {
                return null;
            }
            for (String mark : PARTING) {
                if (content.contains(a + mark + " " + b)) {
                    return mark;
                }
            }
        }
        return null;
    }

    /**
     * A key message or a callout written as a quotation in straight quotes ("No competitor offers ...") is set
     * in the typographer's quotes, which read as a quotation rather than as typed marks.
     */
    static Text quoted(Text t) {
        List<Text.Run> runs = t.runs();
        String v = t.value();
        if (runs.isEmpty() || v.length() < 3 || !v.startsWith("\"") || !v.endsWith("\"") || v.chars().filter(c -> c == '"').count() != 2) {
            return t;
        }
        List<Text.Run> out = new ArrayList<>(runs);
        Text.Run first = out.get(0);
        out.set(0, new Text.Run("“" + first.value().substring(1), first.role(), first.mixed()));
        Text.Run last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Text.Run(last.value().substring(0, last.value().length() - 1) + "”", last.role(), last.mixed()));
        return new Text(out);
    }
}
