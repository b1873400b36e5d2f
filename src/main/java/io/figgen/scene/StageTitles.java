package io.figgen.scene;

import io.figgen.scene.Component.Items;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered name written just over a box ({@code II. AUTOMATED REGRESSION (recommended)} over the stage's
 * box) is the box's title: the stages of a ladder or a pipeline are cards titled by their names, one style for
 * all, and the status the name carries in parentheses is the card's badge, a recommended one drawn as chosen.
 * Left as a list item over an untitled box, the name reads as a stray line and the boxes as anonymous.
 */
final class StageTitles {
    private StageTitles() {
    }

    private static final Pattern NUMERAL = Pattern.compile("^(?:[IVX]+|\\d+)[.)]?$");
    private static final Pattern STATUS = Pattern.compile("^(.+?)\\s*\\(([A-Za-z][A-Za-z -]{1,20})\\)$");
    private static final Pattern CHOSEN = Pattern.compile("(?i)selected|recommended|chosen");

    static Component rewrite(Component body) {
        return Components.rewriteUp(body, c -> c instanceof Stack s ? titled(s) : c);
    }

    private static Component titled(Stack s) {
        List<Component> kids = s.children();
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < kids.size(); i++) {
            if (name(kids.get(i)) != null && kids.get(i + 1) instanceof Node n && n.title() == null && n.body() != null
                    && n.line() - kids.get(i).line() <= 1 && n.line() > kids.get(i).line()) {
                pairs.add(i);
                i++;
            }
        }
        // a ladder: two stages or more, so a lone list item over a box stays what it was
        if (pairs.size() < 2) {
            return s;
        }
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            if (pairs.contains(i)) {
                out.add(card(name(kids.get(i)), (Node) kids.get(i + 1)));
                i++;
            } else {
                out.add(kids.get(i));
            }
        }
        // the steps between stages are arrows the spec labels ("add automation"): room for them beside the arrow
        return new Stack(out, Math.max(s.gap(), STEP_GAP), s.spread(), s.line());
    }

    private static final double STEP_GAP = 2.2;

    /** The numbered name a list item of one numeral-marked item writes, or null. */
    private static String name(Component c) {
        if (c instanceof Items l && l.items().size() == 1 && l.items().get(0).marker() != null
                && NUMERAL.matcher(l.items().get(0).marker()).matches()) {
            return l.items().get(0).marker() + " " + l.items().get(0).text().value();
        }
        return null;
    }

    private static Node card(String name, Node box) {
        Matcher m = STATUS.matcher(name.strip());
        String title = name.strip();
        Text badge = null;
        String style = "card";
        if (m.matches()) {
            title = m.group(1);
            badge = Text.plain(m.group(2).toUpperCase(Locale.ROOT), "badge");
            style = CHOSEN.matcher(m.group(2)).matches() ? "card-selected" : "card";
        }
        return new Node(box.id(), style, box.tag(), box.element(), box.elementLine(), Text.plain(title, "cardTitle"), badge,
                box.body(), box.line() - 1);
    }
}
