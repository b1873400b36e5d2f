package io.figgen.render;

import io.figgen.theme.ThemeLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
 * Warm time per figure over a whole folder of specs (default {@code ../shared/specs}, the 50 real specs):
 * each invocation renders the next spec, round robin, on one renderer, one thread. With 50 figures and three
 * or more faces each, FontEmbedder's 128-entry cache does not hold a whole pass, so every figure pays for its
 * font subsets, as in a real batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CorpusBenchmark {
    @Param("../shared/specs")
    public String folder;

    private final List<String> files = new ArrayList<>();
    private final List<byte[]> specs = new ArrayList<>();
    private Renderer renderer;
    private int next;

    @Setup
    public void setUp() throws Exception {
        try (Stream<Path> list = Files.list(Path.of(folder))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.add(p.toString());
                specs.add(Files.readAllBytes(p));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no *.md specs in " + folder);
        }
        renderer = new Renderer(ThemeLoader.house());
    }

    /** Half a pass over the folder before the first iteration: Batik and ImageIO warm up slowly. */
    @State(Scope.Benchmark)
    public static class RasterWarmUp {
        @Setup
        public void warm(CorpusBenchmark b) throws Exception {
            for (int i = 0; i < 25; i++) {
                b.svgPngPerFigure(null);
            }
        }
    }

    /** One figure, SVG and PNG, the next one in the folder. */
    @Benchmark
    public RenderedFigure svgPngPerFigure(RasterWarmUp warm) throws RasterException {
        int i = next;
        next = (i + 1) % files.size();
        return renderer.render(files.get(i), specs.get(i), true, 1.0);
    }

    /** One figure, SVG only, the next one in the folder. */
    @Benchmark
    public RenderedFigure svgPerFigure() throws RasterException {
        int i = next;
        next = (i + 1) % files.size();
        return renderer.render(files.get(i), specs.get(i), false, 1.0);
    }
}
