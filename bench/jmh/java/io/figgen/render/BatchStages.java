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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;

/**
 * Where a batch spends its time: renders every spec of a folder, stage by stage, on one thread, for a few
 * passes, and prints the total per stage and pass (pass 1 includes start-up costs; later passes are warm).
 *
 * <p>Usage: {@code java -cp ... io.figgen.render.BatchStages [FOLDER] [PASSES] [imageio]} (default
 * ../shared/specs, 3). With {@code imageio}, PNGs are encoded by the JDK's ImageIO writer (what figgen used
 * before its own encoder) instead of {@link PngEncoder}, to show what that change bought.
 */
public final class BatchStages {
    private BatchStages() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/specs");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean imageIo = args.length > 2 && args[2].equals("imageio");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Theme theme = ThemeLoader.house();
        TextMeasurer measurer = new TextMeasurer();
        for (int pass = 1; pass <= passes; pass++) {
            Map<String, Long> ns = new LinkedHashMap<>();
            long pixels = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long t = System.nanoTime();
                Spec spec = SpecParser.parse(file.toString(), text);
                t = add(ns, "parse", t);
                Sketch sketch = SketchReader.read(spec.sketch().orElseThrow());
                t = add(ns, "sketch", t);
                Layout layout = new LayoutEngine(theme, measurer).layout(new SceneReader(theme).read(spec, sketch));
                t = add(ns, "layout", t);
                Figure figure = layout.figure();
                FontEmbedder.fontFaceCss(SvgWriter.textByFace(figure));
                t = add(ns, "font subset", t);
                String svg = SvgWriter.write(figure, "0".repeat(64));
                t = add(ns, "svg write (subsets cached)", t);
                PngTranscoder transcoder = new PngTranscoder(1.0);
                TranscoderInput input = new TranscoderInput(new StringReader(svg));
                input.setURI("file:///figgen/batch.svg");
                transcoder.transcode(input, new TranscoderOutput());
                BufferedImage image = transcoder.image();
                pixels += (long) image.getWidth() * image.getHeight();
                t = add(ns, "rasterise (Batik)", t);
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("Title", figure.title());
                texts.put("Description", figure.description());
                if (imageIo) {
                    PngEncodePrototype.imageIoEncode(image);
                } else {
                    PngEncoder.encode(image, texts);
                }
                add(ns, imageIo ? "PNG encode (ImageIO)" : "PNG encode (figgen)", t);
            }
            long total = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "pass %d: %d specs, %.1f Mpixel, %.0f ms (%.1f ms per figure)%n", pass,
                    files.size(), pixels / 1e6, total / 1e6, total / 1e6 / files.size());
            ns.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %8.0f ms  %5.1f ms/figure  %4.1f%%%n", k, v / 1e6,
                    v / 1e6 / files.size(), 100.0 * v / total));
        }
    }

    private static long add(Map<String, Long> ns, String name, long since) {
        long now = System.nanoTime();
        ns.merge(name, now - since, Long::sum);
        return now;
    }
}
