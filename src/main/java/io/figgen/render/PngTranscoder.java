package io.figgen.render;


import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.Map;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.dom.util.DocumentFactory;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.w3c.dom.Document;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.DOMImplementation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One rasterisation: Batik sandboxed (no scripts, no external resources, no external XML entities), fonts from
 * the bundle, errors fatal. Keeps the rendered image instead of encoding it, so the PNG encoder is ours.
 * Single use; not thread-safe (Batik transcoders never are), so each call makes its own.
 * <p>
 * Batik's ImageTranscoder paints through its StaticRenderer into cached tiles, copies the tiles into an
 * off-screen image and that image into the output image: two full-size copies and allocations, a fifth of a
 * batch's time (docs/benchmarks.md). Here Batik builds the graphics tree as usual and it is painted straight
 * into the output image.
 */
final class PngTranscoder extends SVGAbstractTranscoder {
    /** Beyond this the image would not fit a sane heap; a typo in a scale factor should fail, not OOM. */
    private static final long MAX_PIXELS = 100_000_000L;

    static {
        PngGlyphCache.install();
    }

    private final double scale;
    private BufferedImage image;

    PngTranscoder(double scale) {
        this.scale = scale;
        addTranscodingHint(KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        addTranscodingHint(KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        addTranscodingHint(KEY_DEFAULT_FONT_FAMILY, "Plus Jakarta Sans");
        setErrorHandler(new StrictErrorHandler());
    }

    /** Batik's StaticRenderer defaults: anti-aliased shapes and text, bilinear images. */
    private static final RenderingHints PAINT_HINTS = new RenderingHints(Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR));

    @Override
    protected void transcode(Document document, String uri, TranscoderOutput output) throws TranscoderException {
        super.transcode(document, uri, output); // builds root and curTxf
        // RGB, no alpha: a figure is opaque, and its PNG is smaller without an alpha channel
        BufferedImage canvas = new BufferedImage((int) (width + 0.5), (int) (height + 0.5), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = GraphicsUtil.createGraphics(canvas, PAINT_HINTS);
        try {
            // under the SVG's own background rect; shows only where a figure leaves the canvas transparent
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.transform(curTxf);
            if (root != null) {
                root.paint(g);
            }
        } finally {
            g.dispose();
        }
        root = null;
        image = canvas;
    }

    BufferedImage image() {
        return image;
    }

    /** Scale applies to whatever size the document declares, so callers need not parse it first. */
    @Override
    protected void setImageSize(float docWidth, float docHeight) {
        width = (float) (docWidth * scale);
        height = (float) (docHeight * scale);
        long w = (long) (width + 0.5);
        long h = (long) (height + 0.5);
        if (w < 1 || h < 1 || w * h > MAX_PIXELS) {
            throw new PngRenderFailure("image size " + w + "x" + h + " px is out of range (SVG " + docWidth
                    + "x" + docHeight + " at scale " + scale + ")");
        }
    }

    @Override
    protected UserAgent createUserAgent() {
        return new SandboxAgent();
    }

    @Override
    protected BridgeContext createBridgeContext(String svgVersion) {
        BridgeContext context = super.createBridgeContext(svgVersion);
        context.setTextPainter(PngTextPainter.INSTANCE);
        return context;
    }

    @Override
    protected DocumentFactory createDocumentFactory(DOMImplementation domImpl, String parserClassname) {
        return new SAXSVGDocumentFactory(parserClassname) {
            /**
             * Batik 1.19 already switches external entities and DTD loading off; answering every other
             * entity with nothing keeps XXE closed should a parser ignore those switches.
             */
            @Override
            public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
                InputSource bundled = super.resolveEntity(publicId, systemId);
                return bundled != null ? bundled : new InputSource(new StringReader(""));
            }
        };
    }

    private final class SandboxAgent extends SVGAbstractTranscoderUserAgent {
        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public FontFamilyResolver getFontFamilyResolver() {
            return PngFontResolver.INSTANCE;
        }

        /** Batik's default prints the stack trace and carries on with a broken render. */
        @Override
        public void displayError(Exception e) {
            throw new PngRenderFailure(e.getMessage() != null ? e.getMessage() : e.toString(), e);
        }

        @Override
        public void displayError(String message) {
            throw new PngRenderFailure(message);
        }

        @Override
        public void displayMessage(String message) {
            // informational only; nothing for the user to act on
        }
    }

    private static final class StrictErrorHandler implements ErrorHandler {
        @Override
        public void error(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void warning(TranscoderException e) {
            // Batik warns about things that do not change the pixels
        }
    }
}
