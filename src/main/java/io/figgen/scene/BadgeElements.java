package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Badges the Content Elements give cards the sketch draws without them: a row tagged {@code *_badge} whose name
 * is a card's name and what the badge marks ("Figma severity", "mcp-remote severity") puts its description on
 * that card as a badge ("HIGH (CVSS 7.5)", "CRITICAL"). A severity reads at a glance: critical is set in the
 * theme's alarm colour, high in its warning colour, others as the card's own badge.
 */
final class BadgeElements {
    /** The words of a badge's name that say what it marks, not which card it is on. */
    private static final Set<String> MARKS = Set.of("severity", "badge", "status", "label", "tag", "level", "rating");

    record Result(Component body, Map<ContentElement, Integer> bound) {
    }

    private BadgeElements() {
    }

    static Result place(Component body, List<ContentElement> elements) {
        Map<ContentElement, Integer> bound = new LinkedHashMap<>();
        if (body == null) {
            return new Result(null, bound);
        }
        Component out = body;
        for (ContentElement e : elements) {
            if (!e.primaryTag().toLowerCase(Locale.ROOT).endsWith("badge") || e.description().isBlank()) {
                continue;
            }
            List<String> name = TextRules.words(e.element()).stream().filter(w -> !MARKS.contains(w)).toList();
            if (name.isEmpty() || name.size() == TextRules.words(e.element()).size()) {
                continue;
            }
            List<Node> owners = new ArrayList<>();
            Components.walk(out, c -> {
                if (c instanceof Node n && n.title() != null && n.badge() == null
                        && TextRules.words(n.title().value()).containsAll(name)) {
                    owners.add(n);
                }
            });
            if (owners.size() != 1) {
                continue;
            }
            Node owner = owners.get(0);
            String said = TextRules.collapse(e.description().strip().replaceAll("^\"|\"$", ""));
            Text badge = Text.plain(said.toUpperCase(Locale.ROOT), role(said));
            out = Components.rewriteUp(out, c -> c instanceof Node n && n.id().equals(owner.id()) ? owner.withBadge(badge) : c);
            bound.put(e, owner.line());
        }
        return new Result(out, bound);
    }

    /** The type role of a badge: a severity's own colour where it says one. */
    static String role(String said) {
        String first = TextRules.words(said).stream().findFirst().orElse("");
        return switch (first) {
            case "critical" -> "badgeCritical";
            case "high" -> "badgeHigh";
            default -> "badge";
        };
    }
}
