package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import io.figgen.model.Rule;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * The numbered items of the Anti-Hallucination Rules section, subsections included. Numbers run 1..n over
 * the whole section: the template dialect restarts its Figure-Specific list at 1 in some specs, and a rule
 * must be nameable by one number.
 */
final class RuleReader {
    private RuleReader() {
    }

    static List<Rule> read(Outline outline) {
        List<Rule> out = new ArrayList<>();
        var head = outline.find(t -> t.contains("hallucination"));
        if (head.isEmpty()) {
            return out;
        }
        for (Node block : outline.body(head.get())) {
            if (block instanceof OrderedList list) {
                for (Node item : NodeLines.children(list)) {
                    // runs of white space folded to one space: rule parsing stays linear in the rule's length
                    String text = item instanceof ListItem ? PlainText.oneLine(PlainText.of(item)) : "";
                    if (!text.isEmpty()) {
                        out.add(new Rule(out.size() + 1, text, NodeLines.first(item)));
                    }
                }
            }
        }
        return out;
    }
}
