package io.figgen.render;

import io.figgen.model.FontFace;
import io.figgen.theme.FontLibrary;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;

/**
 * Draws text as outlines instead of font text, for characters outside the Basic Multilingual Plane (emoji):
 * font subsetting cannot map them, and a path renders the same in Batik and in every browser.
 */
final class GlyphOutlines {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private GlyphOutlines() {
    }

    static boolean needed(String text) {
        return text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    private static Font font(FontFace face) {
        return FontLibrary.awt(face);
    }

    /** The outline of {@code text} set at baseline {@code (x, y)}, for the SVG and the PDF writers. */
    static Shape outline(String text, FontFace face, double size, double x, double y) {
        return font(face).deriveFont((float) size).createGlyphVector(FRC, text).getOutline((float) x, (float) y);
    }

    /** SVG path data for {@code text} set at baseline {@code (x, y)}. */
    static String pathData(String text, FontFace face, double size, double x, double y) {
        Shape outline = outline(text, face, size, x, y);
        StringBuilder sb = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> sb.append('M').append(SvgWriter.num(c[0])).append(',').append(SvgWriter.num(c[1]));
                case PathIterator.SEG_LINETO -> sb.append('L').append(SvgWriter.num(c[0])).append(',').append(SvgWriter.num(c[1]));
                case PathIterator.SEG_QUADTO -> sb.append('Q').append(SvgWriter.num(c[0])).append(',').append(SvgWriter.num(c[1]))
                        .append(' ').append(SvgWriter.num(c[2])).append(',').append(SvgWriter.num(c[3]));
                case PathIterator.SEG_CUBICTO -> sb.append('C').append(SvgWriter.num(c[0])).append(',').append(SvgWriter.num(c[1]))
                        .append(' ').append(SvgWriter.num(c[2])).append(',').append(SvgWriter.num(c[3]))
                        .append(' ').append(SvgWriter.num(c[4])).append(',').append(SvgWriter.num(c[5]));
                case PathIterator.SEG_CLOSE -> sb.append('Z');
                default -> {
                }
            }
        }
        return sb.toString();
    }
}
