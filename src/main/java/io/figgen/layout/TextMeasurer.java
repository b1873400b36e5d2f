package io.figgen.layout;

import io.figgen.model.FontFace;
import io.figgen.theme.FontLibrary;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text with the bundled TTFs the way Batik draws it: glyph advances without kerning or ligatures,
 * which is what {@code createGlyphVector} gives. Widths are cached per face, size and string, because a
 * layout measures the same words many times while it fits.
 */
public final class TextMeasurer {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Map<Key, Measured> widths = new ConcurrentHashMap<>();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static Font base(FontFace face) {
        return FontLibrary.awt(face);
    }

    private static Font font(FontFace face, double size) {
        return base(face).deriveFont((float) size);
    }

    /** A stretch of text that one face draws. */
    public record Run(String text, FontFace face) {
    }

    /**
     * Splits text into runs by the face that has each character: the given face where it can, else the first
     * fallback that can, so no character is drawn as a missing-glyph box. Invisible selectors are dropped.
     */
    public List<Run> runs(String text, FontFace face) {
        if (base(face).canDisplayUpTo(text) < 0) {
            return List.of(new Run(text, face));
        }
        List<Run> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        FontFace current = face;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D) {
                continue;
            }
            FontFace f = faceFor(cp, face);
            if (f != current && sb.length() > 0) {
                out.add(new Run(sb.toString(), current));
                sb.setLength(0);
            }
            current = f;
            sb.appendCodePoint(cp);
        }
        if (sb.length() > 0) {
            out.add(new Run(sb.toString(), current));
        }
        return out;
    }

    private static FontFace faceFor(int cp, FontFace face) {
        if (cp == ' ' || base(face).canDisplay(cp)) {
            return face;
        }
        for (FontFace f : FontFace.FALLBACKS) {
            if (base(f).canDisplay(cp)) {
                return f;
            }
        }
        return face;
    }

    /** Advance width of {@code text} plus letter spacing after every character, with fallback faces. */
    public double width(String text, FontFace face, double size, double letterSpacing) {
        if (text.isEmpty()) {
            return 0;
        }
        Measured m = widths.computeIfAbsent(new Key(face, size, text), k -> measure(text, face, size));
        return m.advance() + letterSpacing * m.characters();
    }

    private Measured measure(String text, FontFace face, double size) {
        double advance = 0;
        int characters = 0;
        for (Run r : runs(text, face)) {
            advance += font(r.face(), size).createGlyphVector(FRC, r.text()).getLogicalBounds().getWidth();
            characters += r.text().codePointCount(0, r.text().length());
        }
        return new Measured(advance, characters);
    }

    /** Advances without letter spacing, and the characters drawn (invisible selectors are not). */
    private record Measured(double advance, int characters) {
    }

    /**
     * A cache key with hand-written equality: a layout measures thousands of strings, and a string key built
     * with the size in it, or a record's bootstrapped hashCode, cost more than the lookup saved.
     */
    private static final class Key {
        private final FontFace face;
        private final double size;
        private final String text;
        private final int hash;

        Key(FontFace face, double size, String text) {
            this.face = face;
            this.size = size;
            this.text = text;
            this.hash = (text.hashCode() * 31 + Double.hashCode(size)) * 31 + face.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.face == face && k.size == size && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    public double ascent(FontFace face, double size) {
        return metrics(face, size).getAscent();
    }

    public double descent(FontFace face, double size) {
        return metrics(face, size).getDescent();
    }

    private static LineMetrics metrics(FontFace face, double size) {
        return font(face, size).getLineMetrics("Hg", FRC);
    }

    /** True when every character of {@code text} has a glyph in the face, so nothing draws as a box. */
    public boolean canDisplay(FontFace face, String text) {
        return base(face).canDisplayUpTo(text) < 0;
    }
}
