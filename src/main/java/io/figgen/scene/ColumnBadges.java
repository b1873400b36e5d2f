package io.figgen.scene;

import io.figgen.model.ContentElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Text Content label the sketch does not write, which the chosen column's element says it is
 * ({@code SWEET SPOT} for a Framework + APIs column "highlighted sweet spot"), marks that column's head as a
 * badge does a chosen card, rather than standing in the notes row apart from what it marks.
 */
final class ColumnBadges {
    /** A badge is a short mark: a few words. */
    private static final int MAX_WORDS = 3;

    private ColumnBadges() {
    }

    /** The body with each chosen column's head badged; the labels used are removed from {@code labels}. */
    static Component place(Component body, List<String> labels, List<ContentElement> elements) {
        if (body == null || labels.isEmpty()) {
            return body;
        }
        List<String> used = new ArrayList<>();
        Component out = Components.rewriteUp(body, c -> {
            if (!(c instanceof Component.Table t) || !t.header() || t.selected() < 0 || t.badge() != null || t.rows().isEmpty()
                    || t.selected() >= t.rows().get(0).size() || t.rows().get(0).get(t.selected()) == null) {
                return c;
            }
            List<String> head = TextRules.words(t.rows().get(0).get(t.selected()).value()).stream().filter(w -> w.length() >= 3).toList();
            for (String label : labels) {
                if (used.contains(label) || TextRules.words(label).isEmpty() || TextRules.words(label).size() > MAX_WORDS) {
                    continue;
                }
                if (elements.stream().anyMatch(e -> says(e, label) && TextRules.words(e.element()).stream().anyMatch(head::contains))) {
                    used.add(label);
                    return t.badged(Text.plain(label.toUpperCase(Locale.ROOT), "badge"));
                }
            }
            return c;
        });
        labels.removeAll(used);
        return out;
    }

    /** Whether the element's description says the label's words, in order, as a phrase. */
    private static boolean says(ContentElement e, String label) {
        String description = " " + String.join(" ", TextRules.words(e.description())) + " ";
        return description.contains(" " + String.join(" ", TextRules.words(label)) + " ");
    }
}
