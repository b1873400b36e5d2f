package io.figgen.scene;

import io.figgen.scene.Component.Code;
import io.figgen.scene.Component.Paragraph;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula over the lines that define its terms ({@code h' = h + α·v} over {@code h = activation},
 * {@code v = persona vector}): the formula is what the box is about, so it is set in the formula role, larger
 * than its definitions, never weaker than them.
 */
final class Formulas {
    /** An equation: a short left side, an equals sign, a right side with an operator. */
    private static final Pattern EQUATION = Pattern.compile("^\\S{1,6}\\s*=\\s*\\S.*[+\\-*/·×^].*$");
    private static final Pattern DEFINITION = Pattern.compile("^(\\S{1,6})\\s*=\\s*\\S.*$");

    private Formulas() {
    }

    static Component mark(Component body) {
        return body == null ? null : Components.rewriteUp(body, c -> c instanceof Stack s ? marked(s) : c);
    }

    private static Component marked(Stack s) {
        List<Component> kids = new ArrayList<>(s.children());
        boolean changed = false;
        for (int i = 0; i + 1 < kids.size(); i++) {
            if (kids.get(i) instanceof Paragraph p && p.text().runs().size() == 1 && kids.get(i + 1) instanceof Code code
                    && defines(code, p.text().value())) {
                kids.set(i, new Paragraph(Text.plain(p.text().value(), "formula"), p.line()));
                changed = true;
            }
        }
        return changed ? new Stack(kids, s.gap(), s.spread(), s.line()) : s;
    }

    /** Whether the code under the line defines two or more of the terms of the line's equation, and nothing else. */
    static boolean defines(Code code, String line) {
        if (!EQUATION.matcher(line.strip()).matches() || code.lines().size() < 2) {
            return false;
        }
        String right = line.substring(line.indexOf('=') + 1);
        for (Component.CodeLine l : code.lines()) {
            Matcher m = DEFINITION.matcher(l.text().strip());
            if (!m.matches() || !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(m.group(1)) + "(?![\\p{L}\\p{N}])")
                    .matcher(right).find()) {
                return false;
            }
        }
        return true;
    }
}
