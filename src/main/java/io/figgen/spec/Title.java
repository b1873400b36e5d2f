package io.figgen.spec;

import java.util.Locale;
import io.figgen.model.Metadata;

/** The figure title: the H1 without its leading "fig-xx-nn:" id, else the Metadata Title. */
final class Title {
    private Title() {
    }

    static String of(Outline outline, Metadata metadata) {
        for (Outline.Head h : outline.heads()) {
            if (h.level() == 1) {
                String t = withoutId(h.text(), metadata.id());
                if (!t.isEmpty()) {
                    return t;
                }
                break;
            }
        }
        return metadata.title();
    }

    /**
     * Strips the id prefix when it is the Metadata ID or looks like one ("fig-..." without spaces); other
     * colons, as in "Seven TDA Methods: What Each Measures", belong to the title.
     */
    static String withoutId(String heading, String id) {
        int colon = heading.indexOf(':');
        if (colon <= 0) {
            return heading.strip();
        }
        String prefix = heading.substring(0, colon).strip();
        boolean isId = !id.isEmpty() && prefix.equalsIgnoreCase(id.strip())
                || prefix.toLowerCase(Locale.ROOT).startsWith("fig-") && prefix.indexOf(' ') < 0;
        return isId ? heading.substring(colon + 1).strip() : heading.strip();
    }
}
