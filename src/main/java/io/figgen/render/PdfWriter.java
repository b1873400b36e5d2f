package io.figgen.render;

import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Shape;
import io.figgen.theme.FontLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a laid-out figure as a one-page vector PDF: the same rectangles, lines, arrowheads and text runs the SVG
 * holds, one PDF point per canvas pixel. Each face used is embedded as a subset with a Unicode map, so the text
 * stays text (selectable, searchable, extractable); characters outside the Basic Multilingual Plane (emoji) are
 * drawn as outlines, as in the SVG. No dates and a document id made from the content: same figure, same bytes.
 * Only this class touches PDFBox's writer, and only when a PDF is asked for.
 */
public final class PdfWriter {
    public static final String HASH_KEY = Provenance.PNG_KEY;

    private PdfWriter() {
    }

    /**
     * {@code hash} and {@code inputs}, when given, are the provenance kept in the document information for stale
     * checks ({@link Provenance}).
     */
    public static byte[] write(Figure f, String hash, String inputs) {
        try (PDDocument doc = new PDDocument()) {
            int w = f.size().width();
            int h = f.size().height();
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            info(doc, f, hash, inputs);
            Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // canvas coordinates: origin top left, y down, as the layout measured them
                cs.transform(new Matrix(1, 0, 0, -1, 0, h));
                fill(cs, f.background());
                cs.addRect(0, 0, w, h);
                cs.fill();
                for (Shape s : f.shapes()) {
                    if (s instanceof Shape.Rect r) {
                        rect(cs, r);
                    } else if (s instanceof Shape.Line l) {
                        line(cs, l);
                    } else if (s instanceof Shape.Text t) {
                        text(doc, cs, fonts, t);
                    } else if (s instanceof Shape.Polygon g) {
                        polygon(cs, g);
                    } else if (s instanceof Shape.Dot d) {
                        dot(cs, d);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The face's TTF with its GSUB table hidden: PDFBox applies a Latin font's ligatures (fi, fl) when it shows
     * text, which the SVG switches off and the layout did not measure, and which makes pdftotext read U+FB01 for
     * "fi". Renaming the table's tag in the directory is enough; nothing else refers to it.
     */
    static byte[] withoutSubstitutions(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    private static void info(PDDocument doc, Figure f, String hash, String inputs) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(f.title());
        info.setSubject(f.description());
        info.setCreator("figgen " + Provenance.version());
        if (hash != null) {
            info.setCustomMetadataValue(HASH_KEY, hash);
        }
        if (inputs != null) {
            info.setCustomMetadataValue(Provenance.INPUTS_KEY, inputs);
        }
        doc.setDocumentInformation(info);
        // PDFBox would otherwise make the file id from the clock; the hash of the content keeps bytes stable
        String seed = hash != null ? hash : f.title() + '\n' + f.shapes().size();
        byte[] id = java.util.Arrays.copyOf(seed.getBytes(StandardCharsets.UTF_8), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A value of the document information of a PDF (figgen's provenance keys), if it has one. */
    public static Optional<String> info(byte[] pdf, String key) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Optional.ofNullable(doc.getDocumentInformation().getCustomMetadataValue(key));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void rect(PDPageContentStream cs, Shape.Rect r) throws IOException {
        if (r.fill() != null) {
            fill(cs, r.fill());
            cs.addRect((float) r.box().x(), (float) r.box().y(), (float) r.box().w(), (float) r.box().h());
            cs.fill();
        }
        if (r.stroke() != null && r.strokeWidth() > 0) {
            stroke(cs, r.stroke(), r.strokeWidth(), r.dash());
            cs.addRect((float) r.box().x(), (float) r.box().y(), (float) r.box().w(), (float) r.box().h());
            cs.stroke();
        }
    }

    private static void polygon(PDPageContentStream cs, Shape.Polygon g) throws IOException {
        if (g.points().size() < 3) {
            return;
        }
        if (g.fill() != null) {
            cs.saveGraphicsState();
            if (g.opacity() < 1) {
                org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState alpha =
                        new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
                alpha.setNonStrokingAlphaConstant((float) g.opacity());
                cs.setGraphicsStateParameters(alpha);
            }
            fill(cs, g.fill());
            path(cs, g.points());
            cs.fill();
            cs.restoreGraphicsState();
        }
        if (g.stroke() != null && g.width() > 0) {
            stroke(cs, g.stroke(), g.width(), g.dash());
            path(cs, g.points());
            cs.stroke();
        }
    }

    private static void path(PDPageContentStream cs, List<double[]> pts) throws IOException {
        cs.moveTo((float) pts.get(0)[0], (float) pts.get(0)[1]);
        for (int i = 1; i < pts.size(); i++) {
            cs.lineTo((float) pts.get(i)[0], (float) pts.get(i)[1]);
        }
        cs.closePath();
    }

    /** A circle as four Bezier quarters (k = 0.5523 puts their midpoints on the circle). */
    private static void dot(PDPageContentStream cs, Shape.Dot d) throws IOException {
        float x = (float) d.cx();
        float y = (float) d.cy();
        float r = (float) d.r();
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
        if (d.fill() != null && d.stroke() != null) {
            fill(cs, d.fill());
            stroke(cs, d.stroke(), d.width(), null);
            cs.fillAndStroke();
        } else if (d.fill() != null) {
            fill(cs, d.fill());
            cs.fill();
        } else if (d.stroke() != null) {
            stroke(cs, d.stroke(), d.width(), null);
            cs.stroke();
        }
    }

    private static void line(PDPageContentStream cs, Shape.Line l) throws IOException {
        if (l.stroke() == null) {
            return;
        }
        List<double[]> pts = Arrows.shaft(l);
        stroke(cs, l.stroke(), l.width(), l.dash());
        cs.moveTo((float) pts.get(0)[0], (float) pts.get(0)[1]);
        for (int i = 1; i < pts.size(); i++) {
            cs.lineTo((float) pts.get(i)[0], (float) pts.get(i)[1]);
        }
        cs.stroke();
        fill(cs, l.stroke());
        for (double[][] head : Arrows.heads(l)) {
            cs.moveTo((float) head[0][0], (float) head[0][1]);
            cs.lineTo((float) head[1][0], (float) head[1][1]);
            cs.lineTo((float) head[2][0], (float) head[2][1]);
            cs.closePath();
            cs.fill();
        }
    }

    private static void text(PDDocument doc, PDPageContentStream cs, Map<FontFace, PDType0Font> fonts, Shape.Text t)
            throws IOException {
        fill(cs, t.fill());
        if (GlyphOutlines.needed(t.text())) {
            outline(cs, t);
            return;
        }
        PDType0Font font = fonts.get(t.face());
        if (font == null) {
            font = PDType0Font.load(doc, new ByteArrayInputStream(withoutSubstitutions(FontLibrary.bytes(t.face()))), true);
            fonts.put(t.face(), font);
        }
        String shown = printable(font, t.text());
        cs.beginText();
        cs.setFont(font, (float) t.size());
        cs.setCharacterSpacing((float) t.letterSpacing());
        // flip the glyphs back upright inside the y-down canvas
        cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) t.x(), (float) t.y()));
        cs.showText(shown);
        cs.endText();
    }

    /** The text without characters the face has no glyph for (the SVG shows them as nothing too). */
    private static String printable(PDType0Font font, String text) throws IOException {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String one = new String(Character.toChars(cp));
            try {
                font.encode(one);
                sb.append(one);
            } catch (IllegalArgumentException noGlyph) {
                // left out, as the rasteriser leaves it out
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Emoji as filled outlines, as the SVG draws them; PDF curves are cubic, so quadratic segments are raised. */
    private static void outline(PDPageContentStream cs, Shape.Text t) throws IOException {
        java.awt.Shape shape = GlyphOutlines.outline(t.text(), t.face(), t.size(), t.x(), t.y());
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    cs.curveTo((float) (lastX + 2 * (c[0] - lastX) / 3), (float) (lastY + 2 * (c[1] - lastY) / 3),
                            (float) (c[2] + 2 * (c[0] - c[2]) / 3), (float) (c[3] + 2 * (c[1] - c[3]) / 3), (float) c[2], (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
        }
        cs.fill();
    }

    private static void stroke(PDPageContentStream cs, String color, double width, double[] dash) throws IOException {
        cs.setStrokingColor(color(color));
        cs.setLineWidth((float) width);
        float[] pattern = new float[dash == null ? 0 : dash.length];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (float) dash[i];
        }
        cs.setLineDashPattern(pattern, 0);
    }

    private static void fill(PDPageContentStream cs, String color) throws IOException {
        cs.setNonStrokingColor(color(color));
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
