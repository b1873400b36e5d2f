package io.figgen.render;

import io.figgen.model.FontFace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * Resolves the bundled families to the bundled TTFs for Batik, so a figure renders the same on every machine
 * whatever fonts are installed. Stateless, shared by all transcoders.
 */
final class PngFontResolver implements FontFamilyResolver {
    static final PngFontResolver INSTANCE = new PngFontResolver();

    /** Generic CSS families map to bundled ones too, so a fallback in a font list never reaches system fonts. */
    private static final Map<String, String> FAMILIES = families();

    private static Map<String, String> families() {
        Map<String, String> m = new java.util.HashMap<>();
        for (FontFace f : FontFace.values()) {
            m.put(f.family().toLowerCase(Locale.ROOT), f.family());
        }
        m.put("serif", FontFace.SERIF.family());
        m.put("sans-serif", FontFace.SANS.family());
        m.put("monospace", FontFace.MONO.family());
        return Map.copyOf(m);
    }

    /** One instance per face: Batik starts a new text run whenever the fallback family object changes. */
    private static final PngFontFamily[] FALLBACKS = Arrays.stream(FontFace.values())
            .map(face -> new PngFontFamily(new GVTFontFace(face.family()), face.family(), face))
            .toArray(PngFontFamily[]::new);

    private PngFontResolver() {
    }

    /** The bundled family called {@code name}, or null. */
    static String bundledFamily(String name) {
        String key = name.strip();
        if (key.length() > 1 && (key.charAt(0) == '\'' || key.charAt(0) == '"')) {
            key = key.substring(1, key.length() - 1);
        }
        return FAMILIES.get(key.toLowerCase(Locale.ROOT));
    }

    /** Family named in text without an @font-face rule: weight comes from each text run. */
    @Override
    public GVTFontFamily resolve(String familyName) {
        String family = bundledFamily(familyName);
        if (family != null) {
            return new PngFontFamily(new GVTFontFace(family), family, null);
        }
        // an unknown family is drawn in the default face: never a host font, so pixels never depend on the host
        return getDefault();
    }

    /**
     * Family named by an @font-face rule: the rule's weight picks the TTF. Answering here means Batik never
     * opens the rule's src (a data: URI, which the sandbox would refuse anyway).
     */
    @Override
    public GVTFontFamily resolve(String familyName, org.apache.batik.bridge.FontFace fontFace) {
        String family = bundledFamily(familyName);
        if (family != null) {
            FontFace face = FontFace.of(family, PngFonts.cssWeight(fontFace.getFontWeight()));
            return new PngFontFamily(fontFace, family, face);
        }
        return getDefault();
    }

    /** Only reachable if the sandbox let a font URL through; figgen renders with its bundled fonts only. */
    @Override
    public GVTFontFamily loadFont(InputStream in, org.apache.batik.bridge.FontFace fontFace) throws IOException {
        throw new IOException("figgen does not load fonts from the document");
    }

    @Override
    public GVTFontFamily getDefault() {
        return resolve("Plus Jakarta Sans");
    }

    /**
     * For characters the chosen font lacks (e.g. a check mark in Plus Jakarta Sans): another bundled face.
     * A character no bundled face has is drawn with Noto Sans's missing-glyph box, a visible mark that the
     * render reports as a warning (MissingGlyphs); host fonts are never asked, so the PNG is the same bytes
     * on every machine.
     */
    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
        for (PngFontFamily family : FALLBACKS) {
            if (PngFonts.font(family.face()).canDisplay(c)) {
                return family;
            }
        }
        return FALLBACKS[FontFace.NOTO_SANS.ordinal()];
    }
}
