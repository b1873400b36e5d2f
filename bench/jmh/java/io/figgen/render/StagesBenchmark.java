package io.figgen.render;

import io.figgen.layout.Layout;
import io.figgen.layout.LayoutEngine;
import io.figgen.scene.SceneReader;
import io.figgen.layout.TextMeasurer;
import io.figgen.model.Figure;
import io.figgen.model.FontFace;
import io.figgen.model.Spec;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.spec.SpecParser;
import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm per-figure cost of each pipeline stage, on one spec (fig-choice-12 by default; {@code -p spec=PATH}
 * for another). Lives in {@code io.figgen.render} so it can time the package-private steps (font subsetting
 * without its cache, Batik rasterisation without encoding, PNG encoding) one by one. Run from the
 * repository root with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StagesBenchmark {
    @Param("specs/fig-choice-12.md")
    public String spec;

    private String file;
    private String text;
    private byte[] bytes;
    private Theme theme;
    private TextMeasurer measurer;
    private Renderer renderer;
    private Spec parsed;
    private Sketch sketch;
    private Figure figure;
    private Map<FontFace, String> textByFace;
    private Map<FontFace, TreeSet<Integer>> codePoints;
    private String svg;
    private BufferedImage image;
    private Map<String, String> pngTexts;
    private Map<FontFace, org.apache.fontbox.ttf.TrueTypeFont> parsedFonts;

    /** FontEmbedder's table list (private there). */
    private static final java.util.List<String> TABLES = java.util.List.of("head", "hhea", "hmtx", "loca", "maxp",
            "glyf", "cmap", "OS/2", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    @Setup
    public void setUp() throws Exception {
        Path path = Path.of(spec);
        file = path.toString();
        bytes = Files.readAllBytes(path);
        text = new String(bytes, StandardCharsets.UTF_8);
        theme = ThemeLoader.house();
        measurer = new TextMeasurer();
        renderer = new Renderer(theme);
        parsed = SpecParser.parse(file, text);
        sketch = SketchReader.read(parsed.sketch().orElseThrow());
        Layout layout = new LayoutEngine(theme, measurer).layout(new SceneReader(theme).read(parsed, sketch));
        figure = layout.figure();
        textByFace = SvgWriter.textByFace(figure);
        codePoints = new LinkedHashMap<>();
        textByFace.forEach((face, s) -> {
            TreeSet<Integer> cps = new TreeSet<>();
            cps.add((int) ' ');
            s.codePoints().forEach(cps::add);
            codePoints.put(face, cps);
        });
        svg = SvgWriter.write(figure, "0".repeat(64));
        image = rasteriseOnly();
        pngTexts = new LinkedHashMap<>();
        pngTexts.put("Title", figure.title());
        pngTexts.put("Description", figure.description());
        parsedFonts = new LinkedHashMap<>();
        for (FontFace face : codePoints.keySet()) {
            parsedFonts.put(face, new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(io.figgen.theme.FontLibrary.bytes(face))));
        }
        for (Map.Entry<FontFace, TreeSet<Integer>> e : codePoints.entrySet()) {
            if (!java.util.Arrays.equals(FontEmbedder.subset(e.getKey(), e.getValue()), subsetParsed(e.getKey(), e.getValue()))) {
                throw new IllegalStateException("subsetting a once-parsed font gives other bytes for " + e.getKey());
            }
        }
    }

    private byte[] subsetParsed(FontFace face, TreeSet<Integer> cps) throws IOException {
        org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(parsedFonts.get(face), TABLES);
        subsetter.addAll(cps);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /** Markdown to the spec model (commonmark, tables, rules, alt text). */
    @Benchmark
    public Spec parse() {
        return SpecParser.parse(file, text);
    }

    /** The ASCII sketch to bands, panels, boxes, rows and tokens. */
    @Benchmark
    public Sketch sketch() {
        return SketchReader.read(parsed.sketch().orElseThrow());
    }

    /** Binding, composing and fitting, with the text-width cache warm (as in a batch). */
    @Benchmark
    public Layout layout() {
        return new LayoutEngine(theme, measurer).layout(new SceneReader(theme).read(parsed, sketch));
    }

    /** As {@link #layout()}, with an empty text-width cache (the first figure of a process). */
    @Benchmark
    public Layout layoutFreshMeasurer() {
        return new LayoutEngine(theme, new TextMeasurer()).layout(new SceneReader(theme).read(parsed, sketch));
    }

    /** SVG text, font rules served from FontEmbedder's cache (same text set as last time). */
    @Benchmark
    public String svgWrite() {
        return SvgWriter.write(figure, "0".repeat(64));
    }

    /** The @font-face CSS when the cache already holds this text set. */
    @Benchmark
    public String fontCssCached() {
        return FontEmbedder.fontFaceCss(textByFace);
    }

    /** Subsetting every face the figure uses, uncached: what each new figure in a batch pays. */
    @Benchmark
    public int fontSubsetUncached() {
        int n = 0;
        for (Map.Entry<FontFace, TreeSet<Integer>> e : codePoints.entrySet()) {
            n += FontEmbedder.subset(e.getKey(), e.getValue()).length;
        }
        return n;
    }

    /**
     * Prototype of a fix: the same subsets from fonts parsed once per face and kept (FontEmbedder parses the TTF,
     * GSUB included, on every cache miss). Setup checks the bytes are identical.
     */
    @Benchmark
    public int fontSubsetParsedOnce() throws IOException {
        int n = 0;
        for (Map.Entry<FontFace, TreeSet<Integer>> e : codePoints.entrySet()) {
            n += subsetParsed(e.getKey(), e.getValue()).length;
        }
        return n;
    }

    /**
     * Batik, Java2D and ImageIO take far longer to reach steady state than 3 x 1 s of warm-up gives them at a few
     * hundred ms per call when cold: the benchmarks that use them take this state, which renders the figure 50
     * times (SVG and PNG) before their first iteration.
     */
    @State(Scope.Benchmark)
    public static class RasterWarmUp {
        @Setup
        public void warm(StagesBenchmark b) throws Exception {
            for (int i = 0; i < 50; i++) {
                b.renderer.render(b.file, b.bytes, true, 1.0);
            }
        }
    }

    /** Batik: SVG text to pixels (parse, CSS, GVT tree, paint), without encoding. */
    @Benchmark
    public BufferedImage rasterise(RasterWarmUp warm) throws Exception {
        return rasteriseOnly();
    }

    /** PNG encoding of the rasterised figure (figgen's encoder), with the text chunks. */
    @Benchmark
    public byte[] encode(RasterWarmUp warm) {
        return PngEncoder.encode(image, pngTexts);
    }

    /** Public API: rasterise + encode. */
    @Benchmark
    public byte[] rasteriseAndEncode(RasterWarmUp warm) throws RasterException {
        return PngRasterizer.rasterize(svg, "file:///figgen/bench.svg", 1.0, figure.title(), figure.description());
    }

    /** The whole pipeline to SVG only, on one renderer (warm caches, as in a batch). */
    @Benchmark
    public RenderedFigure renderSvg() throws RasterException {
        return renderer.render(file, bytes, false, 1.0);
    }

    /** The whole pipeline to SVG and PNG, on one renderer. */
    @Benchmark
    public RenderedFigure renderSvgPng(RasterWarmUp warm) throws RasterException {
        return renderer.render(file, bytes, true, 1.0);
    }

    private BufferedImage rasteriseOnly() throws Exception {
        PngTranscoder transcoder = new PngTranscoder(1.0);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:///figgen/bench.svg");
        transcoder.transcode(input, new TranscoderOutput());
        return transcoder.image();
    }
}
