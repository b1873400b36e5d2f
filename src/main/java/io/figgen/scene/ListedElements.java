package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Node;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Content Elements row that names several boxes in its parenthesis ({@code Source boxes (Discogs, MusicBrainz,
 * Labels)}) styles each of them, as a row naming one box styles that box: the binder gives a row one part, and
 * these siblings would otherwise stay in the default style, their tag ({@code source_fragment}: dashed, muted)
 * unread. A box takes the row when it has no element of its own and its words open with one of the names.
 */
final class ListedElements {
    private static final Pattern LISTED = Pattern.compile("\\(([^()]*,[^()]*)\\)");

    record Result(Component body, Map<ContentElement, Integer> bound) {
    }

    private ListedElements() {
    }

    static Result place(Component body, List<ContentElement> unbound, Theme theme) {
        Map<ContentElement, Integer> bound = new LinkedHashMap<>();
        if (body == null) {
            return new Result(null, bound);
        }
        Component out = body;
        for (ContentElement e : unbound) {
            Matcher m = LISTED.matcher(e.element());
            if (!m.find() || e.primaryTag().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String n : m.group(1).split(",")) {
                String k = key(n);
                if (!k.isEmpty()) {
                    names.add(k);
                }
            }
            String style = theme.styleNameForTag(e.primaryTag());
            if (names.size() < 2 || !theme.style(style).kind().equals("card") && !theme.style(style).kind().equals("panel")) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<String> found = new ArrayList<>();
            Components.walk(out, c -> {
                if (c instanceof Node n && (n.element() == null || n.element().isEmpty()) && n.title() == null) {
                    String words = key(firstText(n));
                    for (String name : names) {
                        if (!found.contains(name) && (words.equals(name) || words.startsWith(name + " "))) {
                            ids.add(n.id());
                            found.add(name);
                            break;
                        }
                    }
                }
            });
            // every name a box: a row that names three boxes and finds two may mean others
            if (found.size() != names.size()) {
                continue;
            }
            out = Components.rewriteUp(out, c -> c instanceof Node n && ids.contains(n.id())
                    ? new Node(n.id(), ownKind(theme, n.style(), style), e.primaryTag(), e.element(), e.line(), n.title(), n.badge(),
                    n.body(), n.line()) : c);
            bound.put(e, e.line());
        }
        return new Result(out, bound);
    }

    /**
     * The row's look on the box's own kind: a box the sketch drew as a panel (a name over its detail) keeps
     * its panel, dashed and muted when the row's style is a quiet card ({@code panel-quiet}).
     */
    private static String ownKind(Theme theme, String current, String style) {
        boolean panel = theme.style(current).kind().equals("panel");
        boolean quietCard = theme.style(style).kind().equals("card") && theme.style(style).dash() != null;
        return panel && quietCard ? "panel-quiet" : style;
    }

    private static String firstText(Node n) {
        String[] first = {null};
        Components.walk(n.body(), c -> {
            if (first[0] == null && c instanceof Component.Paragraph p) {
                first[0] = p.text().value();
            }
        });
        return first[0] == null ? "" : first[0];
    }

    private static String key(String s) {
        return String.join(" ", TextRules.words(s.toLowerCase(Locale.ROOT)));
    }
}
