package io.figgen.render;

import io.figgen.model.FontFace;
import io.figgen.theme.FontLibrary;

import java.awt.Font;
import java.awt.font.TextAttribute;

/** The bundled faces as AWT fonts, created once per process: Font.createFont copies the file to disk each time. */
final class PngFonts {

    /**
     * Batik's TextUtilities.convertFontWeight maps CSS weights to these TextAttribute values (note 500 ->
     * SEMIBOLD and 600 -> MEDIUM, Batik's own quirk); inverted here so a weight survives the round trip.
     */
    private static final float[] ATTRIBUTE = {
        TextAttribute.WEIGHT_EXTRA_LIGHT, TextAttribute.WEIGHT_LIGHT, TextAttribute.WEIGHT_DEMILIGHT,
        TextAttribute.WEIGHT_REGULAR, TextAttribute.WEIGHT_SEMIBOLD, TextAttribute.WEIGHT_MEDIUM,
        TextAttribute.WEIGHT_BOLD, TextAttribute.WEIGHT_HEAVY, TextAttribute.WEIGHT_ULTRABOLD};

    private PngFonts() {
    }

    /** The face's font at size 1; callers derive sizes from it. */
    static Font font(FontFace face) {
        return FontLibrary.awt(face);
    }

    /** The CSS weight (100..900) Batik meant by a TextAttribute.WEIGHT value; 400 when absent. */
    static int cssWeight(Object attribute) {
        if (!(attribute instanceof Number)) {
            return 400;
        }
        float value = ((Number) attribute).floatValue();
        int best = 3;
        for (int i = 0; i < ATTRIBUTE.length; i++) {
            if (Math.abs(ATTRIBUTE[i] - value) < Math.abs(ATTRIBUTE[best] - value)) {
                best = i;
            }
        }
        return (best + 1) * 100;
    }

    /** The CSS weight named by an @font-face font-weight value ("600", "bold", "normal", "400, 700"). */
    static int cssWeight(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("bold")) {
            return 700;
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 400 : Integer.parseInt(v.substring(0, Math.min(end, 4)));
    }
}
