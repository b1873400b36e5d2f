package io.figgen.scene;

import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Paragraph;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word the sketch spells one capital at a time down a column ({@code M} / {@code A} / {@code T} ... read
 * as "M A T U R I T Y") is an axis label: drawn as the word itself, in the tracked capitals of a label, never
 * as loose letters that a narrow column wraps mid-word.
 */
final class SpacedWords {
    private static final Pattern SPACED = Pattern.compile("^(?:\\p{Lu} ){3,}\\p{Lu}$");

    private SpacedWords() {
    }

    static Component rewrite(Component c) {
        if (c instanceof Stack s) {
            List<Component> kids = new ArrayList<>();
            s.children().forEach(k -> kids.add(rewrite(k)));
            return new Stack(kids, s.gap(), s.spread(), s.line());
        }
        if (c instanceof Columns cols) {
            List<Component> kids = new ArrayList<>();
            cols.children().forEach(k -> kids.add(rewrite(k)));
            return new Columns(kids, cols.weights(), cols.links(), cols.minHeight(), cols.line());
        }
        if (c instanceof Node n) {
            return new Node(n.id(), n.style(), n.tag(), n.element(), n.elementLine(), n.title(), n.badge(), rewrite(n.body()), n.line());
        }
        if (c instanceof Paragraph p && SPACED.matcher(p.text().value().strip()).matches()) {
            return new Heading(Text.plain(p.text().value().replace(" ", ""), "section"), false, p.line());
        }
        return c;
    }
}
