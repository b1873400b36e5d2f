package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Item;
import io.figgen.scene.Component.Items;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A box's line of terms written as its element's description writes them. A sketch stacks a list of terms one
 * to a line under a narrow column ("Pipecat" / "faster-" / "whisper" / "+ Orpheus") and so loses the marks
 * between them; the Content Elements row spells the same terms in the same order with their marks ("Pipecat +
 * faster-whisper + Orpheus + vLLM", "Pipecat/LiveKit + Deepgram/ElevenLabs"). Where a line's words are, in
 * order, a run of the description's words, the description's text of that run is drawn. Only marks change:
 * no word is added, dropped or reordered.
 */
final class DescribedTerms {
    /** A word: letters and digits, with the dots, hyphens and dollar signs inside names and prices. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$€][\\p{L}\\p{N}.\\-$€]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    /** The marks between terms that a stacked list loses. */
    private static final Pattern JOINS = Pattern.compile("[\\s+/,]*");

    private DescribedTerms() {
    }

    static Component apply(Component body, List<ContentElement> elements) {
        if (body == null) {
            return null;
        }
        return Components.rewriteUp(body, c -> c instanceof Node n && !n.element().isEmpty() && n.body() != null
                ? described(n, elements) : c);
    }

    private static Component described(Node n, List<ContentElement> elements) {
        String description = elements.stream().filter(e -> e.element().equals(n.element()) && e.line() == n.elementLine())
                .map(ContentElement::description).findFirst().orElse("");
        if (description.isEmpty()) {
            return n;
        }
        Component body = rewrite(n.body(), description);
        return body == n.body() ? n : n.withBody(body);
    }

    /** The box's own lines rewritten; a box inside it answers to its own element. */
    private static Component rewrite(Component c, String description) {
        if (c instanceof Paragraph p && p.text().runs().size() == 1 && p.text().runs().get(0).mixed()) {
            String done = asDescribed(p.text().value(), description);
            return done == null ? p : new Paragraph(Text.mixed(done, p.text().role()), p.line());
        }
        if (c instanceof Items l) {
            List<Item> items = new ArrayList<>();
            List<Item> given = phrased(l.items(), description);
            boolean changed = given != l.items();
            for (Item i : given) {
                String done = i.text().runs().size() == 1 && i.text().runs().get(0).mixed() ? asDescribed(i.text().value(), description) : null;
                changed |= done != null;
                items.add(done == null ? i : new Item(i.marker(), Text.mixed(done, i.text().role()), i.line()));
            }
            return changed ? new Items(items, l.line()) : l;
        }
        if (c instanceof Component.Stack s) {
            List<Component> kids = Components.map(s.children(), k -> rewrite(k, description));
            return kids.equals(s.children()) ? s : new Component.Stack(kids, s.gap(), s.spread(), s.line());
        }
        return c;
    }

    /**
     * The items with two neighbours joined where the description writes them as one phrase between its commas
     * ({@code Budget-Conscious} over {@code Startup}, the description's {@code Budget-Conscious Startup, managed
     * K8s}): a name the sketch wrapped onto a second line of an unmarked list. The same list when none are.
     */
    private static List<Item> phrased(List<Item> items, String description) {
        java.util.Set<String> phrases = new java.util.HashSet<>();
        for (String p : description.split("[,;:()]|\\s--\\s|\\s—\\s")) {
            String k = key(p);
            if (k.contains(" ")) {
                phrases.add(k);
            }
        }
        if (phrases.isEmpty()) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        boolean changed = false;
        for (int k = 0; k < items.size(); k++) {
            Item a = items.get(k);
            Item b = k + 1 < items.size() ? items.get(k + 1) : null;
            if (b != null && a.marker() == null && b.marker() == null && plain(a) && plain(b)
                    && phrases.contains(key(a.text().value() + " " + b.text().value()))) {
                out.add(new Item(null, Text.mixed(a.text().value() + " " + b.text().value(), a.text().role()), a.line()));
                k++;
                changed = true;
            } else {
                out.add(a);
            }
        }
        return changed ? out : items;
    }

    private static boolean plain(Item i) {
        return i.text().runs().size() == 1 && i.text().runs().get(0).mixed() && !i.text().value().contains(TextRules.ITEM_BREAK);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the line sets its words apart with marks of its own that a stacked list does not lose (the colon
     * of {@code Measures: Causal contribution}): such a line says what it says, the description's marks
     * would drop its own.
     */
    private static boolean ownMarks(String line) {
        Matcher w = WORD.matcher(line);
        int end = -1;
        while (w.find()) {
            if (end >= 0 && !JOINS.matcher(line.substring(end, w.start()).replace(TextRules.ITEM_BREAK, " ")).matches()) {
                return true;
            }
            end = w.end();
        }
        return false;
    }

    /**
     * The description's text of the run of its words the line's words are, or null: three words or more, and
     * the description's marks differ from the line's (else there is nothing to mend).
     */
    static String asDescribed(String line, String description) {
        List<String> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        // the words after which the line breaks into its next item
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        for (String part : line.split(TextRules.ITEM_BREAK, -1)) {
            Matcher w = WORD.matcher(part);
            while (w.find()) {
                written.add(w.group());
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
            breaks.add(words.size() - 1);
        }
        if (words.size() < 3 || ownMarks(line)) {
            return null;
        }
        List<int[]> at = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Matcher m = WORD.matcher(description);
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            said.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int s = 0; s + words.size() <= said.size(); s++) {
            if (!said.subList(s, s + words.size()).equals(words)) {
                continue;
            }
            // the line's own words, in its own case, with the description's marks between them; what stands
            // before the first word and after the last ("/api", "need?") stays the line's
            Matcher first = WORD.matcher(line);
            first.find();
            int lastEnd = 0;
            Matcher all = WORD.matcher(line);
            while (all.find()) {
                lastEnd = all.end();
            }
            StringBuilder out = new StringBuilder(line.substring(0, first.start()));
            for (int k = 0; k < words.size(); k++) {
                out.append(written.get(k));
                if (k + 1 == words.size()) {
                    break;
                }
                String between = description.substring(at.get(s + k)[1], at.get(s + k + 1)[0]);
                // between the words, only the marks a stacked list loses: a run across a sentence is no list
                if (!JOINS.matcher(between).matches()) {
                    return null;
                }
                // two items of the box are one term only where the description joins them ("Pipecat/LiveKit");
                // a comma between them is the description listing what the box lists apart
                if (breaks.contains(k) && !between.contains("/") && !between.contains("+")) {
                    return null;
                }
                out.append(between.isEmpty() ? "" : between.strip().isEmpty() ? " " : between);
            }
            out.append(line.substring(lastEnd));
            String text = out.toString();
            return text.equals(line) ? null : text;
        }
        return null;
    }

}
