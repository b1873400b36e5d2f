package io.figgen.render;

import java.awt.image.BufferedImage;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.xml.sax.SAXParseException;

/** SVG to PNG with Batik, sandboxed, with the bundled fonts. Thread-safe: every call has its own transcoder. */
public final class PngRasterizer {
    static {
        // Before the first AWT class loads: there is no display on a build server, and none is needed.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // and before Batik or Java2D can start the JDK's font set-up: it must find figgen's (FontFiles)
        io.figgen.theme.FontLibrary.isolateFromHost();
    }

    private PngRasterizer() {
    }

    /** A line of text in the faces most figures use, a rule, a dashed box and an arrowhead. */
    private static final String WARM_UP_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"24\">"
            + "<rect x=\"0\" y=\"0\" width=\"96\" height=\"24\" fill=\"#f6f3e6\" stroke=\"#1b2a4a\" stroke-dasharray=\"4,3\"/>"
            + "<text x=\"1\" y=\"16\" font-family=\"Instrument Serif\" font-size=\"14\" fill=\"#1b2a4a\">Ag</text>"
            + "<text x=\"20\" y=\"16\" font-family=\"Plus Jakarta Sans\" font-weight=\"400\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<text x=\"40\" y=\"16\" font-family=\"Plus Jakarta Sans\" font-weight=\"700\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<text x=\"60\" y=\"16\" font-family=\"IBM Plex Mono\" font-size=\"12\" fill=\"#1b2a4a\">Ag</text>"
            + "<polyline points=\"1,20 80,20\" fill=\"none\" stroke=\"#e4572e\" stroke-width=\"1.5\"/>"
            + "<path d=\"M90,20 L84,17 L84,23 Z\" fill=\"#e4572e\"/></svg>";

    /**
     * Rasterises and encodes a tiny figure and throws the result away. A cold JVM spends a quarter of a second
     * loading and initialising Batik, Java2D and the AWT fonts; a command that will draw PNGs calls this on a
     * spare core while its main thread parses and lays out. Glyph outlines it caches are the same as any figure
     * would cache (PngGlyphCache), so it cannot change another figure's pixels.
     */
    public static void warmUp() throws RasterException {
        rasterize(WARM_UP_SVG, "file:///figgen/warm-up.svg", 1.0, java.util.Map.of());
    }

    /**
     * Rasterises an SVG document (as written by figgen: fonts as @font-face data URIs, but Batik must use the
     * bundled TTFs) to PNG bytes at {@code scale} (1 = the SVG's own pixel size). The PNG carries {@code title}
     * and {@code description} as tEXt chunks ("Title", "Description"; iTXt when the text is not Latin-1;
     * omitted when null or empty). Deterministic bytes.
     *
     * @param documentUri the URI Batik resolves relative references against, e.g.
     *                    {@code file:///figgen/fig-choice-12.svg}; nothing is ever loaded from it
     */
    public static byte[] rasterize(String svg, String documentUri, double scale, String title, String description)
            throws RasterException {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("Title", title);
        texts.put("Description", description);
        return rasterize(svg, documentUri, scale, texts);
    }

    /** As above, with the PNG's text chunks given as keyword to text, written in the map's order. */
    public static byte[] rasterize(String svg, String documentUri, double scale, java.util.Map<String, String> texts)
            throws RasterException {
        if (svg == null || svg.isBlank()) {
            throw new RasterException("cannot rasterise: the SVG is empty");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new RasterException("cannot rasterise: scale must be a positive number, not " + scale);
        }
        String uri = documentUri == null || documentUri.isBlank() ? "file:///figgen/figure.svg" : documentUri;
        BufferedImage image = render(svg, uri, scale);
        try {
            return PngEncoder.encode(image, texts);
        } catch (RuntimeException e) {
            throw new RasterException("cannot encode PNG for " + uri + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage render(String svg, String uri, double scale) throws RasterException {
        PngTranscoder transcoder = new PngTranscoder(scale);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI(uri);
        try {
            // figures paint in parallel: Batik's shared glyph cache is order-independent (PngGlyphCache)
            transcoder.transcode(input, new TranscoderOutput());
        } catch (TranscoderException | RuntimeException e) {
            throw new RasterException("cannot rasterise " + uri + ": " + rootMessage(e), e);
        }
        if (transcoder.image() == null) {
            throw new RasterException("cannot rasterise " + uri + ": Batik produced no image");
        }
        return transcoder.image();
    }

    /**
     * Batik wraps the useful message (parser position, offending attribute) several levels deep, inside
     * TranscoderExceptions whose own message is just "null / Enclosed Exception:".
     */
    private static String rootMessage(Throwable e) {
        String message = e.toString();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof SAXParseException) {
                SAXParseException p = (SAXParseException) t;
                return "line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": "
                        + RasterException.oneLine(p.getMessage());
            }
            if (!(t instanceof TranscoderException) && t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            Throwable next = t instanceof TranscoderException && ((TranscoderException) t).getException() != null
                    ? ((TranscoderException) t).getException() : t.getCause();
            t = next == t ? null : next;
        }
        return RasterException.oneLine(message);
    }
}
