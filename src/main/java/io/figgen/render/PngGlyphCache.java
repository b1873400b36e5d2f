package io.figgen.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.AWTGlyphGeometryCache;

/**
 * Batik's per-font cache of glyph outlines, made order-independent and thread-safe, so figures can be painted
 * in parallel and keep their outlines from one figure to the next.
 * <p>
 * Batik fills the cache from the first glyph vector that draws a character, translating that glyph's outline
 * back from wherever it stood; the outline keeps that position's floating-point residue, so pixels came to
 * depend on which figure drew a character first. This cache never lets Batik fill it: every miss is answered
 * with the character's outline drawn at the origin, computed the same way whatever was drawn before
 * (surrogates excepted: see {@link #get}). It is installed in Batik's static font-to-cache map, which is also
 * made synchronised.
 */
final class PngGlyphCache extends AWTGlyphGeometryCache {
    /** The context Batik's text painter lays glyphs out in: anti-aliased, fractional metrics, no transform. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Font font;

    private PngGlyphCache(Font font) {
        this.font = font;
    }

    @Override
    public synchronized Value get(char c) {
        if (Character.isSurrogate(c)) {
            // half of a character outside the BMP (an emoji, say) has no outline of its own, and Batik's key, the
            // char, would give every emoji sharing a high surrogate the same one: such glyphs are never cached
            return null;
        }
        Value v = super.get(c);
        if (v == null) {
            GlyphVector glyph = font.createGlyphVector(FRC, new char[] {c});
            Shape outline = glyph.getGlyphOutline(0);
            v = new Value(outline, glyph.getGlyphMetrics(0).getBounds2D());
            super.put(c, v);
        }
        return v;
    }

    /** Batik stores here only what {@link #get} answered null for: glyphs that are never cached. */
    @Override
    public Value put(char c, Value value) {
        return null;
    }

    @Override
    public synchronized void clear() {
        super.clear();
    }

    /** Swaps Batik's static map for a synchronised one that gives every new font a PngGlyphCache. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void install() {
        try {
            Field field = AWTGVTFont.class.getDeclaredField("fontCache");
            field.setAccessible(true);
            Map current = (Map) field.get(null);
            Map caches = new HashMap() {
                private static final long serialVersionUID = 1L;

                @Override
                public Object put(Object key, Object value) {
                    return super.put(key, key instanceof Font f && value instanceof AWTGlyphGeometryCache
                            && !(value instanceof PngGlyphCache) ? new PngGlyphCache(f) : value);
                }
            };
            current.forEach(caches::put);
            field.set(null, Collections.synchronizedMap(caches));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install figgen's glyph cache in Batik; PNG output would not be reproducible", e);
        }
    }
}
