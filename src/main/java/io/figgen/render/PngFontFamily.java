package io.figgen.render;

import io.figgen.model.FontFace;

import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.Map;

import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * A bundled family as Batik sees it. Bound to one face when an @font-face rule named the weight; otherwise
 * the face is picked per text run from Batik's weight attribute. Either way the AWT font is one of our TTFs,
 * never a synthesised bold, which is what loses the 600 weight when fonts are only registered with AWT.
 */
final class PngFontFamily implements GVTFontFamily {
    private final GVTFontFace fontFace;
    private final String family;
    private final FontFace fixed;

    PngFontFamily(GVTFontFace fontFace, String family, FontFace fixed) {
        this.fontFace = fontFace;
        this.family = family;
        this.fixed = fixed;
    }

    /** The face this family is bound to, or null when the weight is picked per text run. */
    FontFace face() {
        return fixed;
    }

    @Override
    public String getFamilyName() {
        return fontFace.getFamilyName();
    }

    @Override
    public GVTFontFace getFontFace() {
        return fontFace;
    }

    @Override
    public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
        return deriveFont(size, aci.getAttributes());
    }

    @Override
    public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attrs) {
        FontFace face = fixed != null ? fixed : FontFace.of(family, PngFonts.cssWeight(attrs.get(TextAttribute.WEIGHT)));
        return new AWTGVTFont(PngFonts.font(face), size);
    }

    @Override
    public boolean isComplex() {
        return false;
    }
}
