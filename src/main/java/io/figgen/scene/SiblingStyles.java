package io.figgen.scene;

import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Siblings of one kind share one style: in a row of three or more boxes all drawn alike but one, that one is
 * drawn like the others, unless the spec sets it apart (selected, deferred, highlighted, a warning). A box
 * that took another style from a loosely bound element ("Causal-Corroborative axis" on the first of four method
 * cards) or from a tag of its own role reads, beside its siblings, as a mistake.
 */
public final class SiblingStyles {
    private SiblingStyles() {
    }

    static Component unify(Component c) {
        return Components.rewriteUp(c, x -> x instanceof Columns cols ? unifyRow(cols) : x instanceof Component.Stack s ? unifyStack(s) : x);
    }

    /**
     * The tiers of a stack, boxes one above another (a box holding boxes of its own is their frame, another
     * kind), as a row's boxes: one drawn unlike all the others takes their style.
     */
    private static Component unifyStack(Component.Stack s) {
        s = headedAlike(s);
        List<Component> tiers = new ArrayList<>();
        for (Component k : s.children()) {
            Node n = tier(k);
            if (n != null && !holdsBoxes(n)) {
                tiers.add(n);
            }
        }
        String odd = oddStyle(tiers);
        if (odd == null) {
            return s;
        }
        String common = majority(tiers);
        List<Component> kids = new ArrayList<>(s.children());
        for (int i = 0; i < kids.size(); i++) {
            Node n = tier(kids.get(i));
            if (n != null && tiers.contains(n) && n.style().equals(odd) && !emphasised(n)) {
                kids.set(i, replaced(kids.get(i), n, n.withStyle(common)));
            }
        }
        return new Component.Stack(kids, s.gap(), s.spread(), s.line());
    }

    /** The stack's part with its tier {@code n} (itself, or the box its row holds) made {@code with}. */
    private static Component replaced(Component part, Node n, Node with) {
        return part instanceof Columns cols ? Components.rewriteUp(cols, x -> x.equals(n) ? with : x) : with;
    }

    /** A stack's part as a tier: a box, or a box the row keeps in its place between spacers. */
    private static Node tier(Component k) {
        if (k instanceof Node n) {
            return n;
        }
        if (k instanceof Columns cols && cols.children().stream().allMatch(x -> x instanceof Node || x instanceof Component.Spacer)
                && cols.children().stream().filter(Node.class::isInstance).count() == 1) {
            return (Node) cols.children().stream().filter(Node.class::isInstance).findFirst().orElseThrow();
        }
        return null;
    }

    /**
     * A tier that frames boxes of its own carries its name as a card's title, where the tiers round it open
     * with a section heading (tracked capitals): its name is set as theirs are, one kind of name down the stack.
     */
    private static Component.Stack headedAlike(Component.Stack s) {
        long headed = s.children().stream().map(SiblingStyles::tier).filter(n -> n != null && opensWithHeading(n)).count();
        if (headed < 2) {
            return s;
        }
        List<Component> kids = new ArrayList<>(s.children());
        boolean changed = false;
        for (int i = 0; i < kids.size(); i++) {
            Node n = tier(kids.get(i));
            if (n != null && holdsBoxes(n) && n.title() != null && n.title().runs().stream().allMatch(r -> r.role().equals("cardTitle"))) {
                kids.set(i, replaced(kids.get(i), n, n.withTitle(new Text(n.title().runs().stream()
                        .map(r -> new Text.Run(r.value(), "section", r.mixed())).toList()))));
                changed = true;
            }
        }
        return changed ? new Component.Stack(kids, s.gap(), s.spread(), s.line()) : s;
    }

    private static boolean opensWithHeading(Node n) {
        return n.title() == null && !Names.firstHeading(n.body()).isEmpty();
    }

    private static boolean holdsBoxes(Node n) {
        boolean[] any = {false};
        Components.walk(n.body(), x -> any[0] |= x instanceof Node);
        return any[0];
    }

    private static Component unifyRow(Columns cols) {
        List<Component> kids = new ArrayList<>(cols.children());
        String odd = oddStyle(kids);
        if (odd == null) {
            return cols;
        }
        String common = majority(kids);
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof Node n && n.style().equals(odd) && !emphasised(n)) {
                kids.set(i, n.withStyle(common));
            }
        }
        return new Columns(kids, cols.weights(), cols.links(), cols.minHeight(), cols.line(), cols.at());
    }

    /** The one style of a row of three or more plain boxes that all the others but one share, or null. */
    private static String oddStyle(List<Component> kids) {
        Map<String, Integer> count = new HashMap<>();
        int plain = 0;
        for (Component k : kids) {
            if (k instanceof Node n && !emphasised(n) && n.style() != null) {
                count.merge(n.style(), 1, Integer::sum);
                plain++;
            }
        }
        if (plain < 3 || count.size() != 2) {
            return null;
        }
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() == 1) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String majority(List<Component> kids) {
        Map<String, Integer> count = new HashMap<>();
        for (Component k : kids) {
            if (k instanceof Node n && !emphasised(n) && n.style() != null) {
                count.merge(n.style(), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Whether the spec sets the box apart on purpose. */
    public static boolean emphasised(Node n) {
        String t = (n.tag() == null ? "" : n.tag()) + " " + (n.style() == null ? "" : n.style());
        return t.toLowerCase(Locale.ROOT).matches(".*(select|defer|highlight|warning|problem|risk|callout|primary|recommend|reject|coral|decision).*");
    }
}
