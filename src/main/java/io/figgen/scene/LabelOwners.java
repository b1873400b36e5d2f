package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Paragraph;
import io.figgen.scene.Component.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Text Content label the sketch leaves out belongs, when one box's element says it ({@code Path A: Managed
 * | ... fastest to market, vendor lock-in}), in that box, not in a row of leftovers at the foot of the figure.
 * A line of the box that the label completes ({@code DevOps} for {@code DevOps required}) becomes the label.
 * A label that qualifies a name ({@code Braintrust (commercial)}) the figure draws once, in a line of its own
 * ({@code Braintrust or custom CI integration}), says its qualifier there, after the name.
 */
final class LabelOwners {
    private LabelOwners() {
    }

    /** The body with each owned label in its box; the labels placed are removed from {@code labels}. */
    static Component place(Component body, List<String> labels, List<ContentElement> elements) {
        if (body == null || labels.isEmpty()) {
            return body;
        }
        List<String> placed = new ArrayList<>();
        Component out = body;
        for (String label : labels) {
            List<String> owners = new ArrayList<>();
            Components.walk(out, c -> {
                if (c instanceof Node n && n.body() != null && says(n, label, elements)) {
                    owners.add(n.id());
                }
            });
            if (owners.size() != 1) {
                Component annotated = annotate(out, label);
                if (annotated != null) {
                    out = annotated;
                    placed.add(label);
                }
                continue;
            }
            String id = owners.get(0);
            out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(id) ? withLabel(n, label) : c);
            placed.add(label);
        }
        labels.removeAll(placed);
        return out;
    }

    /** A {@code Name (qualifier)} label: the name, then the parenthesis. */
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("(\\S.{1,40}?) (\\([^()]{2,30}\\))");

    /**
     * The body with the label's qualifier after the one place its name is drawn ({@code Braintrust or custom CI
     * integration} becomes {@code Braintrust (commercial) or custom CI integration}), or null when the label
     * qualifies no name, or one drawn more or less than once: a qualifier is the spec's word on that one thing.
     */
    static Component annotate(Component body, String label) {
        java.util.regex.Matcher m = QUALIFIED.matcher(label.strip());
        if (!m.matches()) {
            return null;
        }
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(m.group(1))
                + "(?![\\w-])(?! \\()");
        int[] found = {0};
        Components.walk(body, c -> {
            for (Text t : Components.lineTexts(c)) {
                for (Text.Run r : t.runs()) {
                    java.util.regex.Matcher f = name.matcher(r.value());
                    while (f.find()) {
                        found[0]++;
                    }
                }
            }
        });
        if (found[0] != 1) {
            return null;
        }
        String with = m.group(1) + " " + m.group(2);
        return Components.rewriteUp(body, c -> {
            if (c instanceof Paragraph p && says(p.text(), name)) {
                return new Paragraph(qualified(p.text(), name, with), p.line());
            }
            if (c instanceof Component.Items it && it.items().stream().anyMatch(i -> says(i.text(), name))) {
                return new Component.Items(it.items().stream().map(i -> says(i.text(), name)
                        ? new Component.Item(i.marker(), qualified(i.text(), name, with), i.line()) : i).toList(), it.line());
            }
            return c;
        });
    }

    private static boolean says(Text t, java.util.regex.Pattern name) {
        return t.runs().stream().anyMatch(r -> name.matcher(r.value()).find());
    }

    private static Text qualified(Text t, java.util.regex.Pattern name, String with) {
        return new Text(t.runs().stream().map(r -> new Text.Run(name.matcher(r.value()).replaceFirst(
                java.util.regex.Matcher.quoteReplacement(with)), r.role(), r.mixed())).toList());
    }

    private static boolean says(Node n, String label, List<ContentElement> elements) {
        if (n.element().isEmpty()) {
            return false;
        }
        String want = norm(label);
        return want.length() >= 4 && elements.stream().anyMatch(e -> e.element().equals(n.element()) && e.line() == n.elementLine()
                && (" " + norm(e.description()) + " ").contains(" " + want + " "));
    }

    private static String norm(String s) {
        return String.join(" ", TextRules.words(s)).toLowerCase(Locale.ROOT);
    }

    private static Node withLabel(Node n, String label) {
        List<Component> kids = n.body() instanceof Stack s ? new ArrayList<>(s.children()) : new ArrayList<>(List.of(n.body()));
        boolean done = false;
        for (int i = 0; i < kids.size() && !done; i++) {
            if (kids.get(i) instanceof Paragraph p) {
                String[] lines = p.text().value().split(TextRules.ITEM_BREAK, -1);
                for (int k = 0; k < lines.length; k++) {
                    String l = lines[k].strip();
                    if (!l.isEmpty() && norm(label).startsWith(norm(l) + " ")) {
                        lines[k] = label;
                        kids.set(i, new Paragraph(Text.mixed(String.join(TextRules.ITEM_BREAK, lines), p.text().runs().isEmpty()
                                ? "body" : p.text().runs().get(0).role()), p.line()));
                        done = true;
                        break;
                    }
                }
            }
        }
        if (!done) {
            kids.add(new Paragraph(Text.mixed(label, "body"), 0));
        }
        Component body = n.body() instanceof Stack s ? new Stack(kids, s.gap(), s.spread(), s.line()) : new Stack(kids, 0.8, false, 0);
        return n.withBody(body);
    }
}
