package io.figgen.render;

import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.StrokingTextPainter;

/**
 * Batik's text painter picks fallback and default fonts from a hard-wired DefaultFontFamilyResolver (the system
 * fonts), not from the user agent's resolver; this one asks ours. Stateless like Batik's own shared instance.
 */
final class PngTextPainter extends StrokingTextPainter {
    static final PngTextPainter INSTANCE = new PngTextPainter();

    @Override
    protected FontFamilyResolver getFontFamilyResolver() {
        return PngFontResolver.INSTANCE;
    }
}
