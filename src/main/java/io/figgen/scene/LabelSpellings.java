package io.figgen.scene;

import io.figgen.model.Label;
import io.figgen.scene.Component.Node;

import java.util.List;
import java.util.Locale;

/**
 * A box's title the sketch wrote on two lines ({@code PATH A} / {@code MANAGED}) keeps the punctuation the
 * Text Content label gives the same words ({@code PATH A: MANAGED}): the sketch's line break stood where the
 * label's colon is, and the words are the label's.
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
        if (n.title() == null || n.title().runs().size() != 1) {
            return n;
        }
        String written = n.title().value().strip();
        String key = TextRules.squeeze(written);
        if (key.length() < 4 || written.split("\\s+").length < 2) {
            return n;
        }
        for (Label l : labels) {
            String label = l.text().strip();
            if (label.equals(written) || !TextRules.squeeze(label).equals(key) || label.replaceAll("[\\p{L}\\p{N}\\s]", "").isEmpty()) {
                continue;
            }
            // the label's marks, in the title's case (a title in capitals stays in capitals)
            String spelled = written.equals(written.toUpperCase(Locale.ROOT)) ? label.toUpperCase(Locale.ROOT) : label;
            if (TextRules.squeeze(spelled).equals(key) && spelled.replaceAll("\\s+", "").length() > written.replaceAll("\\s+", "").length()) {
                notes.add(new SceneNote(SceneNote.Kind.EXPANDED, n.line(), l.line(),
                        "'" + written + "' drawn as '" + spelled + "', as the Text Content label writes it", written, spelled));
                Text title = new Text(List.of(new Text.Run(spelled, n.title().runs().get(0).role(), n.title().runs().get(0).mixed())));
                return n.withTitle(title);
            }
        }
        return n;
    }
}
