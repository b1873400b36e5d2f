package io.figgen.render;

import io.figgen.layout.Layout;
import io.figgen.layout.LayoutEngine;
import io.figgen.scene.SceneReader;
import io.figgen.layout.TextMeasurer;
import io.figgen.model.Figure;
import io.figgen.model.Spec;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.spec.SpecParser;
import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;

/**
 * Where a cold process spends its time: runs the pipeline stage by stage, once, in a fresh JVM, and prints the
 * wall time of each stage (class loading, static initialisers and interpreted code included, which is what a
 * one-figure CLI run pays). Not a JMH benchmark: see {@link StagesBenchmark} for warm numbers.
 *
 * <p>Usage: {@code java -cp ... io.figgen.render.ColdStages SPEC [REPEATS]}; with REPEATS > 1 the pipeline runs
 * again to show how quickly the stages warm up.
 */
public final class ColdStages {
    private ColdStages() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path file = Path.of(args.length > 0 ? args[0] : "specs/fig-choice-12.md");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int r = 1; r <= repeats; r++) {
            Map<String, Long> ms = new LinkedHashMap<>();
            long t = System.nanoTime();
            Theme theme = ThemeLoader.house();
            t = lap(ms, "theme", t);
            Spec spec = SpecParser.parse(file.toString(), text);
            t = lap(ms, "parse", t);
            Sketch sketch = SketchReader.read(spec.sketch().orElseThrow());
            t = lap(ms, "sketch", t);
            TextMeasurer measurer = new TextMeasurer();
            Layout layout = new LayoutEngine(theme, measurer).layout(new SceneReader(theme).read(spec, sketch));
            t = lap(ms, "layout", t);
            Figure figure = layout.figure();
            String css = FontEmbedder.fontFaceCss(SvgWriter.textByFace(figure));
            t = lap(ms, "font subset (cached after 1st)", t);
            String svg = SvgWriter.write(figure, "0".repeat(64));
            t = lap(ms, "svg write", t);
            PngTranscoder transcoder = new PngTranscoder(1.0);
            t = lap(ms, "transcoder init (fonts, Batik statics)", t);
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            input.setURI("file:///figgen/cold.svg");
            transcoder.transcode(input, new TranscoderOutput());
            BufferedImage image = transcoder.image();
            t = lap(ms, "rasterise (Batik)", t);
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("Title", figure.title());
            texts.put("Description", figure.description());
            byte[] png = PngEncoder.encode(image, texts);
            lap(ms, "PNG encode", t);
            long total = ms.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "run %d (%s, svg %d B incl. css %d B, png %d B)%n", r, file.getFileName(),
                    svg.length(), css.length(), png.length);
            ms.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %8.1f ms%n", k, v / 1e6));
            System.out.printf(Locale.ROOT, "  %-40s %8.1f ms%n", "total", total / 1e6);
        }
        System.out.printf(Locale.ROOT, "main() to end: %.1f ms; JVM start to end: %d ms%n", (System.nanoTime() - t0) / 1e6,
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private static long lap(Map<String, Long> ms, String name, long since) {
        long now = System.nanoTime();
        ms.put(name, now - since);
        return now;
    }
}
