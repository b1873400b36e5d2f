package io.figgen.render;


import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashMap;
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
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.DOMImplementation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One rasterisation: Batik sandboxed (no scripts, no external resources, no external XML entities), fonts from
 * the bundle, errors fatal. Keeps the rendered image instead of encoding it, so the PNG encoder is ours.
 * Single use; not thread-safe (Batik transcoders never are), so each call makes its own.
 */
final class PngTranscoder extends ImageTranscoder {
    /** Beyond this the image would not fit a sane heap; a typo in a scale factor should fail, not OOM. */
    private static final long MAX_PIXELS = 100_000_000L;

    static {
        shareGlyphCacheSafely();
    }

    private final double scale;
    private BufferedImage image;

    PngTranscoder(double scale) {
        this.scale = scale;
        addTranscodingHint(KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        addTranscodingHint(KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        addTranscodingHint(KEY_DEFAULT_FONT_FAMILY, "Plus Jakarta Sans");
        // Under the SVG's own background rect; only shows where a figure leaves the canvas transparent.
        addTranscodingHint(KEY_BACKGROUND_COLOR, Color.WHITE);
        setErrorHandler(new StrictErrorHandler());
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

    /** RGB, no alpha: the figure is opaque, and the PNG comes out smaller without an alpha channel. */
    @Override
    public BufferedImage createImage(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
        this.image = img;
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

    /**
     * Batik caches each character's outline per font, translated from wherever that glyph was first drawn, so
     * the cached geometry carries floating-point residue from the figure that filled it. Emptied before every
     * paint, the cache holds only this figure's glyphs, and the pixels depend on nothing but the SVG.
     */
    static void resetGlyphGeometry() {
        try {
            Field field = AWTGVTFont.class.getDeclaredField("fontCache");
            field.setAccessible(true);
            Map<?, ?> cache = (Map<?, ?>) field.get(null);
            synchronized (cache) {
                for (Object v : cache.values()) {
                    if (v instanceof org.apache.batik.gvt.font.AWTGlyphGeometryCache g) {
                        g.clear();
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reset Batik's glyph cache; PNG output would not be reproducible", e);
        }
    }

    /**
     * Batik's AWTGVTFont keeps its glyph caches in a static, unsynchronised HashMap that every text run writes
     * to. Painting takes turns (see PngRasterizer), but fonts are registered outside that turn, so the map is
     * swapped once for a synchronised one. Fonts load lazily: a figure pays only for the faces it uses.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void shareGlyphCacheSafely() {
        try {
            Field field = AWTGVTFont.class.getDeclaredField("fontCache");
            field.setAccessible(true);
            Map current = (Map) field.get(null);
            field.set(null, Collections.synchronizedMap(new HashMap(current)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot make Batik's glyph cache thread-safe", e);
        }
    }
}
