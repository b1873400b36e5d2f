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
        // numbered down the page (III over II over I): a ladder climbing to the right, each stage a step
        List<Integer> numbers = pairs.stream().map(i -> number(((Items) kids.get(i)).items().get(0).marker())).toList();
        boolean climbs = pairs.size() == kids.size() / 2 && pairs.size() * 2 == kids.size() && numbers.stream().allMatch(n -> n > 0)
                && java.util.stream.IntStream.range(1, numbers.size()).allMatch(k -> numbers.get(k) == numbers.get(k - 1) - 1);
        List<Component> out = new ArrayList<>();
        int step = 0;
        for (int i = 0; i < kids.size(); i++) {
            if (pairs.contains(i)) {
                Node card = card(name(kids.get(i)), (Node) kids.get(i + 1));
                if (climbs) {
                    double shift = (1 - STEP_WIDTH) / (pairs.size() - 1);
                    int rank = pairs.size() - 1 - step;
                    out.add(new Component.Columns(List.of(new Component.Spacer(0), card, new Component.Spacer(0)),
                            new double[] {Math.max(0.001, rank * shift), STEP_WIDTH, Math.max(0.001, (pairs.size() - 1 - rank) * shift)},
                            List.of(), 0, card.line()));
                } else {
                    out.add(card);
                }
                step++;
                i++;
            } else {
                out.add(kids.get(i));
            }
        }
        // the steps between stages are arrows the spec labels ("add automation"): room for them beside the arrow
        return new Stack(out, Math.max(s.gap(), climbs ? CLIMB_GAP : STEP_GAP), s.spread(), s.line());
    }

    private static final double STEP_GAP = 2.2;
    /** A climbing ladder's steps jog sideways between the stages: room for the label over the jog. */
    private static final double CLIMB_GAP = 3.4;
    /** A step of a climbing ladder: this share of the width, the steps shifted evenly across the rest. */
    private static final double STEP_WIDTH = 0.64;

    /** The value of a stage's numeral (I to XX, or digits), 0 when it is none. */
    private static int number(String marker) {
        String m = marker.replaceAll("[.)]$", "");
        if (m.matches("\\d+")) {
            return Integer.parseInt(m);
        }
        int total = 0;
        int prev = 0;
        for (int k = m.length() - 1; k >= 0; k--) {
            int v = switch (m.charAt(k)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

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
