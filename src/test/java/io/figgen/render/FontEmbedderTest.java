package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.FontFace;
import io.figgen.theme.FontLibrary;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontEmbedderTest {
    private static final Pattern RULE = Pattern.compile("@font-face \\{ font-family: '([^']+)'; font-weight: (\\d+);"
            + " font-style: normal; src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format\\('truetype'\\); }");

    private static Map<String, byte[]> fontsIn(String css) {
        Map<String, byte[]> fonts = new LinkedHashMap<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            fonts.put(m.group(1) + " " + m.group(2), Base64.getDecoder().decode(m.group(3)));
        }
        return fonts;
    }

    private static TreeSet<Integer> codePoints(String text) {
        TreeSet<Integer> set = new TreeSet<>();
        text.codePoints().forEach(set::add);
        set.add((int) ' ');
        return set;
    }

    @Test
    void oneRulePerFaceInEnumOrder() {
        Map<FontFace, String> text = new LinkedHashMap<>();
        text.put(FontFace.MONO, "0123");
        text.put(FontFace.SANS_SEMIBOLD, "LABEL");
        text.put(FontFace.SERIF, "Title");
        String css = FontEmbedder.fontFaceCss(text);
        assertEquals(3, css.lines().count(), css);
        assertEquals(List.of("Instrument Serif 400", "Plus Jakarta Sans 600", "IBM Plex Mono 400"),
                new ArrayList<>(fontsIn(css).keySet()));
        assertTrue(css.lines().allMatch(line -> RULE.matcher(line).matches()), css);
        assertEquals("", FontEmbedder.fontFaceCss(Map.of()));
    }

    @Test
    void subsetHoldsOnlyTheTextsGlyphs() throws Exception {
        String text = "Alembic migrations";
        byte[] subset = fontsIn(FontEmbedder.fontFaceCss(Map.of(FontFace.SERIF, text))).get("Instrument Serif 400");
        byte[] full = FontLibrary.bytes(FontFace.SERIF);
        assertTrue(subset.length * 5 < full.length, subset.length + " of " + full.length + " bytes");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int cp : codePoints(text)) {
                assertNotEquals(0, cmap.getGlyphId(cp), "no glyph for U+" + Integer.toHexString(cp));
            }
            assertEquals(0, cmap.getGlyphId('Z'), "glyph for a letter the text does not use");
            assertTrue(font.getNumberOfGlyphs() <= codePoints(text).size() + 4, "glyphs: " + font.getNumberOfGlyphs());
            assertNull(font.getTableMap().get("GSUB"), "GSUB with stale glyph ids");
            assertNull(font.getTableMap().get("GPOS"), "GPOS with stale glyph ids");
        }
    }

    @Test
    void everyFaceSubsetsAndParsesBack() throws Exception {
        // each face with characters it is bundled for: the house faces for text, the fallbacks for symbols
        Map<FontFace, String> all = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            all.put(face, switch (face) {
                case SYMBOLS2 -> "\u2713\u2717\u26a0";
                case SYMBOLS -> "\u2460\u2461";
                case MATH -> "\u223f";
                case EMOJI -> "#*";
                default -> "Hello,figgen0123 ";
            });
        }
        Map<String, byte[]> fonts = fontsIn(FontEmbedder.fontFaceCss(all));
        assertEquals(FontFace.values().length, fonts.size());
        for (Map.Entry<String, byte[]> font : fonts.entrySet()) {
            int space = font.getKey().lastIndexOf(' ');
            FontFace face = FontFace.of(font.getKey().substring(0, space), Integer.parseInt(font.getKey().substring(space + 1)));
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.getValue()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (char c : all.get(face).toCharArray()) {
                    assertNotEquals(0, cmap.getGlyphId(c), font.getKey() + " lacks " + c);
                }
            }
        }
    }

    @Test
    void sameTextGivesTheSameBytes() throws Exception {
        TreeSet<Integer> cps = codePoints("Alembic migrations, chosen");
        for (FontFace face : FontFace.values()) {
            assertArrayEquals(FontEmbedder.subset(face, cps), FontEmbedder.subset(face, cps), face.name());
        }
        Map<FontFace, String> text = Map.of(FontFace.SANS, "same text", FontFace.MONO, "42");
        String first = FontEmbedder.fontFaceCss(text);
        assertEquals(first, FontEmbedder.fontFaceCss(new EnumMap<>(text)));
        // order and repetition within the text do not matter, only the set of code points
        assertEquals(FontEmbedder.fontFaceCss(Map.of(FontFace.SANS, "abc")),
                FontEmbedder.fontFaceCss(Map.of(FontFace.SANS, "cbaabc")));
    }

    @Test
    void parallelCallsAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String text = "Batch " + (i % 3);
                results.add(pool.submit(() -> FontEmbedder.fontFaceCss(Map.of(FontFace.SANS_BOLD, text))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(FontEmbedder.fontFaceCss(Map.of(FontFace.SANS_BOLD, "Batch " + (i % 3))), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void textTheFontCannotShowIsHarmless() {
        String css = FontEmbedder.fontFaceCss(Map.of(FontFace.SERIF, "\uD83D\uDE00 \u4E2D"));
        assertFalse(fontsIn(css).isEmpty());
    }
}
