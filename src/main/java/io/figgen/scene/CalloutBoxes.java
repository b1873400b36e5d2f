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
            String title = e.element().strip().replaceAll("^[\"\u201c]|[\"\u201d]$", "");
            out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(ids.get(0))
                    ? new Node(n.id(), "callout", n.tag(), e.element(), e.line(), Text.plain(title, "section"), n.badge(), n.body(),
                    n.line()) : c);
            notes.remove(e);
        }
        return out;
    }
}
