package io.figgen.render;

import io.figgen.model.FontFace;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.theme.FontLibrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Characters of a figure that none of the bundled faces has (Hebrew, Arabic, CJK...). figgen draws text only
 * from its own faces, so that a PNG is the same bytes on every machine; such a character is drawn as Noto
 * Sans's missing-glyph box, and this says where, so the user learns of it from the render, not from a reader.
 */
public final class MissingGlyphs {
    /** The spec line of some drawn text and the characters in it no bundled face has. */
    public record Missing(int line, Set<Integer> codePoints) {
        public String describe() {
            return codePoints.stream().limit(5).map(cp -> new String(Character.toChars(cp)) + " (U+"
                    + String.format(Locale.ROOT, "%04X", cp) + ")").collect(Collectors.joining(", "))
                    + (codePoints.size() > 5 ? " and " + (codePoints.size() - 5) + " more" : "");
        }
    }

    private MissingGlyphs() {
    }

    public static List<Missing> of(Figure figure) {
        Map<Integer, Set<Integer>> byLine = new LinkedHashMap<>();
        for (Shape.Text t : figure.texts()) {
            if (FontLibrary.awt(t.face()).canDisplayUpTo(t.text()) < 0 && t.text().chars().allMatch(c -> c < 0x0590)) {
                continue; // the common case: its own face has it all, and nothing is in a script that is shaped
            }
            t.text().codePoints().filter(cp -> !drawn(cp, t.face()))
                    .forEach(cp -> byLine.computeIfAbsent(t.sourceLine(), l -> new LinkedHashSet<>()).add(cp));
        }
        List<Missing> out = new ArrayList<>();
        byLine.forEach((line, cps) -> out.add(new Missing(line, cps)));
        return out;
    }

    /** Whether the text's own face or a fallback draws {@code cp}: the faces the rasteriser tries, in its order. */
    private static boolean drawn(int cp, FontFace face) {
        if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL
                || cp >= 0xFE00 && cp <= 0xFE0F || has(face, cp)) {
            return true;
        }
        for (FontFace fallback : FontFace.FALLBACKS) {
            if (has(fallback, cp)) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic isolated alef, standing for the presentation forms the rasteriser shapes Arabic letters into. */
    private static final int ARABIC_FORM = 0xFE8D;

    /**
     * Batik shapes Arabic letters into their contextual presentation forms before drawing; Noto Sans Math has
     * the letters (as mathematical symbols) but not those forms, so an Arabic letter counts as drawn only by a
     * face that has both.
     */
    private static boolean has(FontFace face, int cp) {
        java.awt.Font font = FontLibrary.awt(face);
        return font.canDisplay(cp) && (Character.UnicodeScript.of(cp) != Character.UnicodeScript.ARABIC || font.canDisplay(ARABIC_FORM));
    }
}
