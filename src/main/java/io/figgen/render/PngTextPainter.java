package io.figgen.render;

import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.Bidi;
import java.text.CharacterIterator;
import java.util.List;

import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.StrokingTextPainter;
import org.apache.batik.bridge.TextNode;

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

    /**
     * Batik lays every text chunk out a second time with an AWT TextLayout just to learn its bidi levels, a
     * tenth of a figure's paint time. For left-to-right text, which is what its bidi iterator would find, the
     * result is the chunk itself with characters in order, so that is passed on directly.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public List computeTextRuns(TextNode node, AttributedCharacterIterator aci, AttributedCharacterIterator[] chunkACIs) {
        int[][] charMaps = new int[chunkACIs.length][];
        int chunkStart = aci.getBeginIndex();
        for (int i = 0; i < chunkACIs.length; i++) {
            if (!leftToRightOnly(chunkACIs[i])) {
                return super.computeTextRuns(node, aci, chunkACIs);
            }
            int length = chunkACIs[i].getEndIndex() - chunkACIs[i].getBeginIndex();
            charMaps[i] = new int[length];
            for (int c = 0; c < length; c++) {
                charMaps[i][c] = chunkStart + c;
            }
            chunkStart += length;
        }
        return computeTextRuns(node, aci, chunkACIs, charMaps);
    }

    private static boolean leftToRightOnly(AttributedCharacterIterator chunk) {
        if (chunk.getAllAttributeKeys().contains(TextAttribute.RUN_DIRECTION)
                || chunk.getAllAttributeKeys().contains(TextAttribute.BIDI_EMBEDDING)) {
            return false;
        }
        StringBuilder text = new StringBuilder(chunk.getEndIndex() - chunk.getBeginIndex());
        for (char c = chunk.first(); c != CharacterIterator.DONE; c = chunk.next()) {
            text.append(c);
        }
        chunk.first();
        char[] chars = text.toString().toCharArray();
        return !Bidi.requiresBidi(chars, 0, chars.length);
    }
}
