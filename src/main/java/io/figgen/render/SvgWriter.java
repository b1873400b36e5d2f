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
        Document document = document(f, hash);
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

    static Document document(Figure f, String hash) {
        StringBuilder sb = new StringBuilder(16_384);
        int w = f.size().width();
        int h = f.size().height();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"figgen-title figgen-desc\"");
        if (hash != null) {
            sb.append(" data-figgen-hash=\"").append(hash).append('"');
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
        sb.append("<rect x=\"").append(num(r.box().x())).append("\" y=\"").append(num(r.box().y()))
                .append("\" width=\"").append(num(r.box().w())).append("\" height=\"").append(num(r.box().h()))
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

    /** Arrowheads are drawn as triangles rather than markers, which Batik and browsers fill alike. */
    private static void line(StringBuilder sb, Shape.Line l) {
        List<double[]> pts = l.points();
        double head = Math.max(8, l.width() * 4.5);
        double[] start = pts.get(0).clone();
        double[] end = pts.get(pts.size() - 1).clone();
        if (l.arrowEnd()) {
            end = pull(pts.get(pts.size() - 2), pts.get(pts.size() - 1), head * 0.8);
        }
        if (l.arrowStart()) {
            start = pull(pts.get(1), pts.get(0), head * 0.8);
        }
        sb.append("<polyline points=\"");
        for (int i = 0; i < pts.size(); i++) {
            double[] p = i == 0 ? start : i == pts.size() - 1 ? end : pts.get(i);
            sb.append(i > 0 ? " " : "").append(num(p[0])).append(',').append(num(p[1]));
        }
        sb.append("\" fill=\"none\"");
        stroke(sb, l.stroke(), l.width(), l.dash());
        sb.append("/>\n");
        if (l.arrowEnd()) {
            head(sb, pts.get(pts.size() - 2), pts.get(pts.size() - 1), head, l.stroke());
        }
        if (l.arrowStart()) {
            head(sb, pts.get(1), pts.get(0), head, l.stroke());
        }
    }

    private static double[] pull(double[] from, double[] tip, double by) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {tip[0] - dx / len * by, tip[1] - dy / len * by};
    }

    private static void head(StringBuilder sb, double[] from, double[] tip, double size, String color) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip[0] - ux * size;
        double by = tip[1] - uy * size;
        double half = size * 0.5;
        sb.append("<path d=\"M").append(num(tip[0])).append(',').append(num(tip[1]))
                .append(" L").append(num(bx - uy * half)).append(',').append(num(by + ux * half))
                .append(" L").append(num(bx + uy * half)).append(',').append(num(by - ux * half))
                .append(" Z\" fill=\"").append(color).append("\"/>\n");
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
