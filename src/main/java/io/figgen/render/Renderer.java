package io.figgen.render;

import io.figgen.layout.Layout;
import io.figgen.layout.LayoutEngine;
import io.figgen.layout.TextMeasurer;
import io.figgen.model.FigureException;
import io.figgen.model.Limits;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import io.figgen.scene.Scene;
import io.figgen.scene.SceneReader;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.spec.SpecParser;
import io.figgen.theme.Theme;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The pipeline from spec bytes to figure: parse, read the sketch, lay out, write SVG and rasterise. Holds
 * nothing per figure, so one renderer serves many figures and threads; the text measurer's cache is shared.
 */
public final class Renderer {
    private final Theme theme;
    private final TextMeasurer measurer = new TextMeasurer();

    public Renderer(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** Everything up to the layout, for commands that check rather than draw. */
    public Layout layout(String file, byte[] bytes) {
        return layoutOf(parse(file, bytes));
    }

    public RenderedFigure render(String file, byte[] bytes, boolean png, double scale) throws RasterException {
        Spec spec = parse(file, bytes);
        Layout layout = layoutOf(spec);
        String svgHash = Provenance.svgHash(bytes, theme.source());
        String inputs = Provenance.inputs(bytes, theme.source(), null);
        if (!png) {
            return new RenderedFigure(spec, layout, SvgWriter.write(layout.figure(), svgHash, inputs), null);
        }
        Size size = spec.size();
        if ((double) size.width() * scale * size.height() * scale > Limits.MAX_PNG_PIXELS) {
            throw new FigureException(spec.metadata().sizeLine(), "PNG of " + size + " at scale " + scale
                    + " exceeds the limit of " + Limits.MAX_PNG_PIXELS + " pixels: use a smaller --scale");
        }
        // the font subsets are made on another core while this one rasterises
        SvgWriter.Document document = SvgWriter.document(layout.figure(), svgHash, inputs);
        CompletableFuture<String> fonts = CompletableFuture.supplyAsync(() -> FontEmbedder.fontFaceCss(document.textByFace()));
        String uri = "file:///figgen/" + baseName(file) + ".svg";
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("Title", layout.figure().title());
        texts.put("Description", layout.figure().description());
        texts.put(Provenance.PNG_KEY, Provenance.pngHash(svgHash, scale));
        texts.put(Provenance.INPUTS_KEY, Provenance.inputs(bytes, theme.source(), scale));
        byte[] pngBytes = PngRasterizer.rasterize(
                document.withFonts(FontEmbedder.fontFaceRulesWithoutData(document.textByFace())), uri, scale, texts);
        return new RenderedFigure(spec, layout, document.withFonts(Tasks.join(fonts)), pngBytes);
    }

    private Layout layoutOf(Spec spec) {
        return new LayoutEngine(theme, measurer).layout(sceneOf(spec));
    }

    /** What the figure shows, before anything is placed: for {@code inspect --scene}. */
    public Scene scene(String file, byte[] bytes) {
        return sceneOf(parse(file, bytes));
    }

    private Scene sceneOf(Spec spec) {
        Sketch sketch = SketchReader.read(spec.sketch().orElseThrow(
                () -> new FigureException(1, "no ASCII layout found: add a fenced ``` block under '## Visual Concept (ASCII Layout)'")));
        return new SceneReader(theme).read(spec, sketch);
    }

    public static Spec parse(String file, byte[] bytes) {
        if (bytes.length > Limits.MAX_SPEC_BYTES) {
            throw new FigureException(0, "spec is " + bytes.length + " bytes, more than the limit of "
                    + Limits.MAX_SPEC_BYTES + ": split it into smaller specs");
        }
        Spec spec = SpecParser.parse(file, decode(bytes));
        Size size = spec.size();
        if (size.width() < Limits.MIN_SIDE || size.height() < Limits.MIN_SIDE
                || size.width() > Limits.MAX_SIDE || size.height() > Limits.MAX_SIDE) {
            throw new FigureException(spec.metadata().sizeLine(), "canvas " + size + " is outside the limits "
                    + Limits.MIN_SIDE + ".." + Limits.MAX_SIDE + " px per side: set Dimensions within them");
        }
        return spec;
    }

    /** Strict UTF-8: a spec with broken bytes is reported at its line rather than drawn with replacement marks. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes);
            throw new FigureException(lineOf(bytes, offset), "not valid UTF-8 (byte " + offset + "): save the spec as UTF-8");
        } catch (CharacterCodingException e) {
            throw new FigureException(1, "not valid UTF-8: save the spec as UTF-8");
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The hashes outputs of this spec would carry, for checking committed outputs without rendering. */
    public String svgHash(byte[] bytes) {
        return Provenance.svgHash(bytes, theme.source());
    }

    /** What outputs of this spec would record as their inputs; {@code scale} only for a PNG. */
    public String inputs(byte[] bytes, Double scale) {
        return Provenance.inputs(bytes, theme.source(), scale);
    }

    /** The output base name: the spec's file name without its extension. */
    public static String baseName(String file) {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
