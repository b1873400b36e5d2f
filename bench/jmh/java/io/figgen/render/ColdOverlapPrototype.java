package io.figgen.render;

import io.figgen.layout.Layout;
import io.figgen.layout.LayoutEngine;
import io.figgen.layout.TextMeasurer;
import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Spec;
import io.figgen.sketch.SketchReader;
import io.figgen.spec.SpecParser;
import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A measuring prototype of a cold-start restructuring (not production code), for comparison with
 * {@link ColdStages} (the pipeline as figgen runs it, one stage after the other). Same work, same outputs, but:
 * <ol>
 * <li>a background thread, started first, warms the PNG path up (Batik, the AWT fonts, Java2D/Marlin, the PNG
 * encoder) by rasterising a tiny SVG with a line of text in the house faces, while the main thread parses the
 * spec and lays it out;</li>
 * <li>the @font-face subsets (needed only in the SVG file: the rasteriser resolves fonts by family and weight
 * and never reads them) are made on another thread while Batik rasterises, and the SVG is assembled after.</li>
 * </ol>
 * Prints the wall time of main() and checks that the SVG and PNG bytes equal the sequential pipeline's.
 */
public final class ColdOverlapPrototype {
    private ColdOverlapPrototype() {
    }

    private static final String WARM_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"16\">"
            + "<rect x=\"0\" y=\"0\" width=\"64\" height=\"16\" fill=\"#f6f3e6\"/>"
            + "<text x=\"1\" y=\"12\" font-family=\"Plus Jakarta Sans\" font-weight=\"400\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<text x=\"20\" y=\"12\" font-family=\"Plus Jakarta Sans\" font-weight=\"700\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<text x=\"40\" y=\"12\" font-family=\"Instrument Serif\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<polyline points=\"1,14 60,14\" fill=\"none\" stroke=\"#e4572e\" stroke-width=\"1\"/></svg>";

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        // 1. warm the PNG path up in the background, first thing
        CompletableFuture<Void> warm = CompletableFuture.runAsync(() -> {
            try {
                PngRasterizer.rasterize(WARM_SVG, "file:///figgen/warm.svg", 1.0, "w", "w");
            } catch (RasterException e) {
                throw new IllegalStateException(e);
            }
        });
        Path file = Path.of(args.length > 0 ? args[0] : "specs/fig-choice-12.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Theme theme = ThemeLoader.house();
        Spec spec = SpecParser.parse(file.toString(), text);
        Layout layout = new LayoutEngine(theme, new TextMeasurer()).layout(spec, SketchReader.read(spec.sketch().orElseThrow()));
        Figure figure = layout.figure();
        long tLayout = System.nanoTime();
        // 2. the font subsets on another thread, while Batik rasterises an SVG whose @font-face rules are the
        //    same but for the data (which Batik never reads)
        Map<FontFace, String> byFace = ColdStages.textByFace(figure);
        CompletableFuture<String> css = CompletableFuture.supplyAsync(() -> FontEmbedder.fontFaceCss(byFace));
        String hash = "0".repeat(64);
        String svgForPng = svgWithoutFontData(figure, hash);
        warm.join();
        long tWarm = System.nanoTime();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("Title", figure.title());
        texts.put("Description", figure.description());
        byte[] png = PngRasterizer.rasterize(svgForPng, "file:///figgen/cold.svg", 1.0, texts);
        long tPng = System.nanoTime();
        // in the real change the body is written once and the css joined in; here the real writer stands in
        String svg = SvgWriter.write(figure, hash);
        css.join();
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "overlap: layout done %.0f ms, warm-up joined %.0f ms, png %.0f ms, end %.0f ms;"
                + " JVM start to end %d ms (svg %d B, png %d B)%n", (tLayout - t0) / 1e6, (tWarm - t0) / 1e6,
                (tPng - t0) / 1e6, (end - t0) / 1e6,
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(),
                svg.length(), png.length);
        if (!svg.replaceAll("base64,[A-Za-z0-9+/=]*\\)", "base64,)").equals(svgForPng)) {
            System.out.println("the prototype's SVG writer does not match SvgWriter: results void");
        }
        byte[] sequential = PngRasterizer.rasterize(svg, "file:///figgen/cold.svg", 1.0, texts);
        System.out.println(java.util.Arrays.equals(png, sequential)
                ? "PNG bytes identical to the sequential pipeline's (font data in the SVG does not change pixels)"
                : "PNG bytes DIFFER from the sequential pipeline's");
    }

    /**
     * SvgWriter.write with each @font-face rule's data left empty, so no subsetting happens: what the
     * rasteriser needs (a copy of SvgWriter's private drawing code; main checks it matches the real writer).
     */
    static String svgWithoutFontData(Figure f, String hash) {
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
        sb.append("<title id=\"figgen-title\">").append(SvgWriter.escape(f.title())).append("</title>\n");
        sb.append("<desc id=\"figgen-desc\">").append(SvgWriter.escape(f.description())).append("</desc>\n");
        sb.append("<style>\n");
        Map<FontFace, String> byFace = ColdStages.textByFace(f);
        for (FontFace face : FontFace.values()) {
            if (byFace.containsKey(face)) {
                sb.append("@font-face { font-family: '").append(face.family()).append("'; font-weight: ")
                        .append(face.weight()).append("; font-style: normal; src: url(data:font/ttf;base64,)")
                        .append(" format('truetype'); }\n");
            }
        }
        sb.append("text{font-kerning:none;font-variant-ligatures:none;white-space:pre}\n</style>\n");
        for (io.figgen.model.Shape s : f.shapes()) {
            if (s instanceof io.figgen.model.Shape.Rect r) {
                rect(sb, r);
            } else if (s instanceof io.figgen.model.Shape.Line l) {
                line(sb, l);
            } else if (s instanceof io.figgen.model.Shape.Text t) {
                text(sb, t);
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void rect(StringBuilder sb, io.figgen.model.Shape.Rect r) {
        sb.append("<rect x=\"").append(SvgWriter.num(r.box().x())).append("\" y=\"").append(SvgWriter.num(r.box().y()))
                .append("\" width=\"").append(SvgWriter.num(r.box().w())).append("\" height=\"").append(SvgWriter.num(r.box().h()))
                .append("\" fill=\"").append(r.fill() == null ? "none" : r.fill()).append('"');
        stroke(sb, r.stroke(), r.strokeWidth(), r.dash());
        sb.append("/>\n");
    }

    private static void stroke(StringBuilder sb, String stroke, double width, double[] dash) {
        if (stroke == null) {
            return;
        }
        sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(SvgWriter.num(width)).append('"');
        if (dash != null && dash.length > 0) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                sb.append(i > 0 ? "," : "").append(SvgWriter.num(dash[i]));
            }
            sb.append('"');
        }
    }

    private static void line(StringBuilder sb, io.figgen.model.Shape.Line l) {
        java.util.List<double[]> pts = l.points();
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
            sb.append(i > 0 ? " " : "").append(SvgWriter.num(p[0])).append(',').append(SvgWriter.num(p[1]));
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
        sb.append("<path d=\"M").append(SvgWriter.num(tip[0])).append(',').append(SvgWriter.num(tip[1]))
                .append(" L").append(SvgWriter.num(bx - uy * half)).append(',').append(SvgWriter.num(by + ux * half))
                .append(" L").append(SvgWriter.num(bx + uy * half)).append(',').append(SvgWriter.num(by - ux * half))
                .append(" Z\" fill=\"").append(color).append("\"/>\n");
    }

    private static void text(StringBuilder sb, io.figgen.model.Shape.Text t) {
        sb.append("<text x=\"").append(SvgWriter.num(t.x())).append("\" y=\"").append(SvgWriter.num(t.y()))
                .append("\" font-family=\"").append(t.face().family()).append("\" font-weight=\"")
                .append(t.face().weight()).append("\" font-size=\"").append(SvgWriter.num(t.size())).append('"');
        if (t.letterSpacing() != 0) {
            sb.append(" letter-spacing=\"").append(SvgWriter.num(t.letterSpacing())).append('"');
        }
        sb.append(" fill=\"").append(t.fill()).append('"');
        if (t.sourceLine() > 0) {
            sb.append(" data-line=\"").append(t.sourceLine()).append('"');
        }
        sb.append('>').append(SvgWriter.escape(t.text())).append("</text>\n");
    }
}
