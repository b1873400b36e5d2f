package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds content-element rows to the sketch parts they describe. An element matches a part by the words its
 * name (and quoted text in its description) shares with the part's text, plus an affinity between the
 * element's tag family and the part's shape (a {@code *_option} is a card, a {@code callout_bar} a footer).
 * Pairs are taken best first; a card, title or footer takes one element, zones may take several.
 */
final class Binder {
    enum Kind { TITLE, FOOTER, CARD, PANEL, HEADING, TEXT }

    /** A sketch part that can carry an element: {@code key} identifies it to the composer. */
    record Candidate(Object key, Kind kind, Set<String> head, Set<String> words, int line) {
    }

    private static final Set<String> STOP = Set.of("the", "and", "of", "for", "to", "in", "with", "on", "a", "an",
            "card", "cards", "block", "box", "boxes", "diagram", "panel", "section", "footer", "header", "title",
            "label", "labels", "area", "element", "row", "column", "bar", "callout", "text", "zone", "region", "main",
            "strip", "line", "lines", "list", "items", "item");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{2,80})\"");
    private static final double THRESHOLD = 0.45;

    private Binder() {
    }

    static Map<Object, ContentElement> bind(List<ContentElement> elements, List<Candidate> candidates, Theme theme,
                                            List<ContentElement> unbound) {
        record Pair(ContentElement element, Candidate candidate, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        // each candidate's words sorted once: a stem lookup is then a few probes, not a scan of a panel's words
        Map<Candidate, NavigableSet<String>> sorted = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            sorted.put(c, new TreeSet<>(c.words()));
        }
        for (ContentElement e : elements) {
            Set<String> name = nameWords(e);
            Set<String> quoted = quotedWords(e);
            Set<String> described = describedWords(e);
            String kind = theme.style(theme.styleNameForTag(e.primaryTag())).kind();
            for (Candidate c : candidates) {
                NavigableSet<String> words = sorted.get(c);
                double byName = Math.max(overlap(name, c.head()), 0.6 * overlap(name, words));
                double score = byName + 0.5 * overlap(quoted, words) + 0.3 * overlap(described, words)
                        + affinity(kind, e, c.kind()) + byRole(e, c.kind());
                if (score >= THRESHOLD) {
                    pairs.add(new Pair(e, c, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(p -> p.element().line())
                .thenComparingInt(p -> p.candidate().line()));
        Map<Object, ContentElement> bound = new IdentityHashMap<>();
        Set<ContentElement> done = new HashSet<>();
        for (Pair p : pairs) {
            // the title block holds a title and its subtitles, zones and text several elements each
            boolean exclusive = p.candidate().kind() != Kind.PANEL && p.candidate().kind() != Kind.TEXT
                    && p.candidate().kind() != Kind.TITLE;
            if (done.contains(p.element()) || exclusive && bound.containsKey(p.candidate().key())) {
                continue;
            }
            bound.putIfAbsent(p.candidate().key(), p.element());
            done.add(p.element());
        }
        for (ContentElement e : elements) {
            if (!done.contains(e)) {
                unbound.add(e);
            }
        }
        return bound;
    }

    private static final Pattern TITLE_ROLE = Pattern.compile(
            "(?i)(?:main |display |figure )?(?:title|subtitle|heading|header|title block|headline)(?: \\(.*\\))?");
    static final Pattern FOOTER_ROLE = Pattern.compile(
            "(?i)(?:(?:bottom |footer |key )?(?:callout bar|callout|footer|footer bar|bottom bar|key message|message bar|insight bar)"
                    + "|(?:footer|bottom) (?:message|insight|note|banner|band|line|text|quote))(?: \\(.*\\))?");

    /** An element named for its role in the page ("Subtitle", "Callout bar") is the part that plays it. */
    private static double byRole(ContentElement e, Kind kind) {
        String n = e.element().strip();
        if (kind == Kind.TITLE && TITLE_ROLE.matcher(n).matches() || kind == Kind.FOOTER && FOOTER_ROLE.matcher(n).matches()) {
            return 1.0;
        }
        return 0;
    }

    private static Set<String> nameWords(ContentElement e) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : TextRules.words(e.element())) {
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The description's own words, a weaker hint than the element's name. */
    private static Set<String> describedWords(ContentElement e) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : TextRules.words(e.description())) {
            if (!STOP.contains(w) && w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> quotedWords(ContentElement e) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = QUOTED.matcher(e.description());
        while (m.find()) {
            out.addAll(TextRules.words(m.group(1)));
        }
        return out;
    }

    private static double overlap(Set<String> name, Set<String> words) {
        if (name.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : name) {
            if (words.contains(w) || w.length() > 4 && sharesStem(w, words)) {
                hit++;
            }
        }
        return (double) hit / name.size();
    }

    /**
     * "migration" matches "migrations", "auth" does not match "author": stems of five letters or more. A word
     * that starts with {@code w} is the first one at or after it in sorted order; a word {@code w} starts with is
     * one of its prefixes.
     */
    private static boolean sharesStem(String w, Set<String> set) {
        if (!(set instanceof NavigableSet<String> words)) {
            // a head: a handful of words
            for (String x : set) {
                if (x.startsWith(w) || w.startsWith(x) && x.length() > 4) {
                    return true;
                }
            }
            return false;
        }
        String next = words.ceiling(w);
        if (next != null && next.startsWith(w)) {
            return true;
        }
        for (int end = 5; end < w.length(); end++) {
            if (words.contains(w.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private static double affinity(String styleKind, ContentElement e, Kind kind) {
        boolean match = switch (kind) {
            case TITLE -> styleKind.equals("title");
            case FOOTER -> styleKind.equals("bar") || e.primaryTag().contains("footer") || e.primaryTag().contains("caption");
            case CARD -> styleKind.equals("card");
            case PANEL -> styleKind.equals("panel") || styleKind.equals("node");
            case HEADING -> e.primaryTag().contains("heading") || e.primaryTag().contains("label") || e.primaryTag().contains("section");
            case TEXT -> styleKind.equals("text");
        };
        if (match) {
            return kind == Kind.TITLE || kind == Kind.FOOTER ? 0.6 : 0.3;
        }
        boolean strong = styleKind.equals("title") || styleKind.equals("bar") || styleKind.equals("card");
        return strong ? -0.3 : 0;
    }
}
