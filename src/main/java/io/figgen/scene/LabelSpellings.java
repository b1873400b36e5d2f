package io.figgen.scene;

import io.figgen.model.Label;
import io.figgen.scene.Component.Node;

import java.util.List;
import java.util.Locale;

/**
 * A box's title the sketch wrote on two lines ({@code PATH A} / {@code MANAGED}) keeps the punctuation the
 * Text Content label gives the same words ({@code PATH A: MANAGED}): the sketch's line break stood where the
 * label's colon is, and the words are the label's. So does a box that only names a thing ({@code LLM pool} /
 * {@code 6 GPUs} for the label {@code LLM pool · 6 GPUs}).
 */
final class LabelSpellings {
    private LabelSpellings() {
    }

    static Component apply(Component body, List<Label> labels, List<SceneNote> notes) {
        if (labels.isEmpty()) {
            return body;
        }
        return Components.rewriteUp(body, c -> c instanceof Node n ? spelled(n, labels, notes) : c);
    }

    private static Component spelled(Node n, List<Label> labels, List<SceneNote> notes) {
        if (n.title() != null) {
            Text title = n.title().runs().size() == 1 ? spelled(n.title(), n.line(), labels, notes) : null;
            return title == null ? n : n.withTitle(title);
        }
        // a box that only names a thing on two lines ("LLM pool" / "6 GPUs"): its name, as the label writes it
        if (n.body() instanceof Component.Paragraph p && p.text().runs().size() == 1) {
            Text name = spelled(p.text(), p.line(), labels, notes);
            return name == null ? n : n.withBody(new Component.Paragraph(name, p.line()));
        }
        return n;
    }

    /** The text as a Text Content label spells the same words with more marks, or null. */
    private static Text spelled(Text text, int line, List<Label> labels, List<SceneNote> notes) {
        String written = text.value().strip();
        String key = TextRules.squeeze(written);
        if (key.length() < 4 || written.split("\\s+").length < 2) {
            return null;
        }
        for (Label l : labels) {
            String label = l.text().strip();
            if (label.equals(written) || !TextRules.squeeze(label).equals(key) || label.replaceAll("[\\p{L}\\p{N}\\s]", "").isEmpty()) {
                continue;
            }
            // the label's marks, in the text's case (a title in capitals stays in capitals)
            String spelled = written.equals(written.toUpperCase(Locale.ROOT)) ? label.toUpperCase(Locale.ROOT) : label;
            if (TextRules.squeeze(spelled).equals(key) && spelled.replaceAll("\\s+", "").length() > written.replaceAll("\\s+", "").length()) {
                notes.add(new SceneNote(SceneNote.Kind.EXPANDED, line, l.line(),
                        "'" + written + "' drawn as '" + spelled + "', as the Text Content label writes it", written, spelled));
                return new Text(List.of(new Text.Run(spelled, text.runs().get(0).role(), text.runs().get(0).mixed())));
            }
        }
        return null;
    }
}
