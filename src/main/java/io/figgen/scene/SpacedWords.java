package io.figgen.scene;

import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Paragraph;

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
        return Components.rewriteUp(c, x -> x instanceof Paragraph p && SPACED.matcher(p.text().value().strip()).matches()
                ? new Heading(Text.plain(p.text().value().replace(" ", ""), "section"), false, p.line()) : x);
    }
}
