package io.figgen.render;

import io.figgen.model.FontFace;
import io.figgen.theme.FontLibrary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** Makes standalone SVGs: the bundled faces, subset to the text drawn with them, as CSS @font-face rules. */
public final class FontEmbedder {
    /**
     * Only the tables a renderer needs for plain glyph drawing. The subsetter's default keeps GSUB/GPOS, whose
     * glyph ids go stale after subsetting, and Chromium then draws wrong letters.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "hmtx", "loca", "maxp", "glyf", "cmap",
            "OS/2", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    /** Batch renders repeat the same title/label sets; subsetting is the slow part (~ms per face). */
    private static final int CACHE_SIZE = 128;

    private static final Map<String, String> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private FontEmbedder() {
    }

    /**
     * CSS @font-face rules embedding, for each face used, a TTF subset holding just the code points used with
     * that face, as data: URIs. One rule per line, faces in enum order. Deterministic: same input, same bytes.
     */
    public static String fontFaceCss(Map<FontFace, String> textByFace) {
        StringBuilder css = new StringBuilder();
        for (FontFace face : FontFace.values()) {
            if (!textByFace.containsKey(face)) {
                continue;
            }
            TreeSet<Integer> codePoints = new TreeSet<>();
            codePoints.add((int) ' ');
            String text = textByFace.get(face);
            if (text != null) {
                text.codePoints().forEach(codePoints::add);
            }
            css.append(rule(face, codePoints)).append('\n');
        }
        return css.toString();
    }

    /**
     * The same rules with empty font data, for the rasteriser: it resolves faces by family and weight
     * (PngFontResolver) and never reads the data, so its pixels are the same and no subsetting waits.
     */
    static String fontFaceRulesWithoutData(Map<FontFace, String> textByFace) {
        StringBuilder css = new StringBuilder();
        for (FontFace face : FontFace.values()) {
            if (textByFace.containsKey(face)) {
                css.append(rule(face, "")).append('\n');
            }
        }
        return css.toString();
    }

    private static String rule(FontFace face, String base64) {
        return "@font-face { font-family: '" + face.family() + "'; font-weight: " + face.weight()
                + "; font-style: normal; src: url(data:font/ttf;base64," + base64 + ") format('truetype'); }";
    }

    private static String rule(FontFace face, TreeSet<Integer> codePoints) {
        String key = face.name() + ':' + codePoints;
        synchronized (CACHE) {
            String cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Subset outside the lock so parallel renders with different text do not queue; a duplicate
        // computation on a race yields identical bytes, so either result may win.
        String rule = rule(face, Base64.getEncoder().encodeToString(subset(face, codePoints)));
        synchronized (CACHE) {
            CACHE.put(key, rule);
        }
        return rule;
    }

    /** Each face parsed once per process: parsing reads every table and cost most of a subset's time. */
    private static final java.util.Map<FontFace, TrueTypeFont> PARSED = new java.util.EnumMap<>(FontFace.class);

    private static TrueTypeFont parsed(FontFace face) throws IOException {
        TrueTypeFont font = PARSED.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(FontLibrary.bytes(face)));
            PARSED.put(face, font);
        }
        return font;
    }

    /** A TTF holding only the glyphs for {@code codePoints} (plus .notdef and composite parts). */
    static byte[] subset(FontFace face, TreeSet<Integer> codePoints) {
        // a parsed font reads from one stream and is not thread-safe: subsetting takes turns
        synchronized (PARSED) {
            return subsetOf(face, codePoints);
        }
    }

    private static byte[] subsetOf(FontFace face, TreeSet<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(parsed(face), TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset bundled font " + face.resource(), e);
        }
    }
}
