package io.figgen.render;

import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Shape;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a figure as standalone SVG text. Written by hand rather than through a DOM so that attribute order,
 * number formatting and whitespace are fixed: the same figure always gives the same bytes. Fonts are embedded
 * as subsets; kerning and ligatures are switched off so browsers set text exactly as it was measured.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static String write(Figure f) {
        return write(f, null);
    }

    /** {@code hash}, when given, is the provenance hash written on the root element for stale checks. */
    public static String write(Figure f, String hash) {
        return write(f, hash, null);
    }

    /** {@code inputs}, when given, says readably what went into the hash ({@link Provenance#inputs}). */
    public static String write(Figure f, String hash, String inputs) {
        Document document = document(f, hash, inputs);
        return document.withFonts(FontEmbedder.fontFaceCss(document.textByFace()));
    }

    /**
     * A figure's SVG with its @font-face rules still to come. Subsetting the fonts is the slow part of writing
     * the SVG and the rasteriser never reads the font data, so the PNG can be drawn while the subsets are made.
     */
    record Document(String head, String body, Map<FontFace, String> textByFace) {
        /** The whole SVG with {@code css} (one @font-face rule per line) at the top of its style sheet. */
        String withFonts(String css) {
            return head + css + body;
        }
    }

    static Document document(Figure f, String hash, String inputs) {
        StringBuilder sb = new StringBuilder(16_384);
        int w = f.size().width();
        int h = f.size().height();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"figgen-title figgen-desc\"");
        if (hash != null) {
            sb.append(" data-figgen-hash=\"").append(hash).append('"');
        }
        if (inputs != null) {
            sb.append(" data-figgen-inputs=\"").append(escape(inputs)).append('"');
        }
        sb.append(">\n");
        sb.append("<title id=\"figgen-title\">").append(escape(f.title())).append("</title>\n");
        sb.append("<desc id=\"figgen-desc\">").append(escape(f.description())).append("</desc>\n");
        sb.append("<style>\n");
        String head = sb.toString();
        sb.setLength(0);
        sb.append("text{font-kerning:none;font-variant-ligatures:none;white-space:pre}\n</style>\n");
        for (Shape s : f.shapes()) {
            if (s instanceof Shape.Rect r) {
                rect(sb, r);
            } else if (s instanceof Shape.Line l) {
                line(sb, l);
            } else if (s instanceof Shape.Text t) {
                text(sb, t);
            } else if (s instanceof Shape.Polygon g) {
                polygon(sb, g);
            } else if (s instanceof Shape.Dot d) {
                sb.append("<circle cx=\"").append(num(d.cx())).append("\" cy=\"").append(num(d.cy()))
                        .append("\" r=\"").append(num(d.r())).append("\" fill=\"")
                        .append(d.fill() == null ? "none" : d.fill()).append('"');
                stroke(sb, d.stroke(), d.width(), null);
                sb.append("/>\n");
            }
        }
        sb.append("</svg>\n");
        return new Document(head, sb.toString(), textByFace(f));
    }

    /** The text each face draws (outlined emoji excluded): what its font subset must hold. */
    static Map<FontFace, String> textByFace(Figure f) {
        Map<FontFace, StringBuilder> acc = new EnumMap<>(FontFace.class);
        for (Shape.Text t : f.texts()) {
            if (GlyphOutlines.needed(t.text())) {
                continue;
            }
            acc.computeIfAbsent(t.face(), k -> new StringBuilder()).append(t.text());
        }
        Map<FontFace, String> out = new EnumMap<>(FontFace.class);
        acc.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    private static void rect(StringBuilder sb, Shape.Rect r) {
        // a canvas at the narrow end of the limits (100 px wide) leaves some boxes less room than their
        // margins: drawn as empty, not written as the negative size SVG and Batik refuse
        sb.append("<rect x=\"").append(num(r.box().x())).append("\" y=\"").append(num(r.box().y()))
                .append("\" width=\"").append(num(Math.max(0, r.box().w()))).append("\" height=\"")
                .append(num(Math.max(0, r.box().h())))
                .append("\" fill=\"").append(r.fill() == null ? "none" : r.fill()).append('"');
        stroke(sb, r.stroke(), r.strokeWidth(), r.dash());
        sb.append("/>\n");
    }

    private static void stroke(StringBuilder sb, String stroke, double width, double[] dash) {
        if (stroke == null) {
            return;
        }
        sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width)).append('"');
        if (dash != null && dash.length > 0) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                sb.append(i > 0 ? "," : "").append(num(dash[i]));
            }
            sb.append('"');
        }
    }

    private static void polygon(StringBuilder sb, Shape.Polygon g) {
        sb.append("<polygon points=\"");
        for (int i = 0; i < g.points().size(); i++) {
            sb.append(i > 0 ? " " : "").append(num(g.points().get(i)[0])).append(',').append(num(g.points().get(i)[1]));
        }
        sb.append("\" fill=\"").append(g.fill() == null ? "none" : g.fill()).append('"');
        if (g.fill() != null && g.opacity() < 1) {
            sb.append(" fill-opacity=\"").append(num(g.opacity())).append('"');
        }
        stroke(sb, g.stroke(), g.width(), g.dash());
        sb.append("/>\n");
    }

    /** Arrowheads are drawn as triangles rather than markers, which Batik and browsers fill alike. */
    private static void line(StringBuilder sb, Shape.Line l) {
        List<double[]> pts = Arrows.shaft(l);
        sb.append("<polyline points=\"");
        for (int i = 0; i < pts.size(); i++) {
            sb.append(i > 0 ? " " : "").append(num(pts.get(i)[0])).append(',').append(num(pts.get(i)[1]));
        }
        sb.append("\" fill=\"none\"");
        stroke(sb, l.stroke(), l.width(), l.dash());
        sb.append("/>\n");
        for (double[][] head : Arrows.heads(l)) {
            sb.append("<path d=\"M").append(num(head[0][0])).append(',').append(num(head[0][1]))
                    .append(" L").append(num(head[1][0])).append(',').append(num(head[1][1]))
                    .append(" L").append(num(head[2][0])).append(',').append(num(head[2][1]))
                    .append(" Z\" fill=\"").append(l.stroke()).append("\"/>\n");
        }
    }

    private static void text(StringBuilder sb, Shape.Text t) {
        sb.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                .append("\" font-family=\"").append(t.face().family()).append("\" font-weight=\"")
                .append(t.face().weight()).append("\" font-size=\"").append(num(t.size())).append('"');
        if (t.letterSpacing() != 0) {
            sb.append(" letter-spacing=\"").append(num(t.letterSpacing())).append('"');
        }
        sb.append(" fill=\"").append(t.fill()).append('"');
        if (t.sourceLine() > 0) {
            sb.append(" data-line=\"").append(t.sourceLine()).append('"');
        }
        sb.append('>').append(escape(t.text())).append("</text>\n");
    }

    /** Compact, locale-independent numbers: at most two decimals, no trailing zeros. */
    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        // built by hand: String.format is the writer's hottest call on large figures
        StringBuilder sb = new StringBuilder(12);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100).append('.');
        long cents = r % 100;
        sb.append(cents / 10);
        if (cents % 10 != 0) {
            sb.append(cents % 10);
        }
        return sb.toString();
    }

    /** XML-escapes text and drops characters XML 1.0 cannot carry at all. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (legal) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
