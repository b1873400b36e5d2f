package io.figgen.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import io.figgen.layout.LayoutEngine;
import io.figgen.scene.SceneReader;
import io.figgen.layout.TextMeasurer;
import io.figgen.model.Figure;
import io.figgen.model.Spec;
import io.figgen.sketch.SketchReader;
import io.figgen.spec.SpecParser;
import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;

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
 * The measuring prototype that led to figgen's own PngEncoder (kept to reproduce docs/benchmarks.md; not
 * production code): how much a direct PNG writer (rows read straight from the
 * TYPE_INT_RGB DataBufferInt, one PNG filter, java.util.zip.Deflater, CRC32 chunks) would save against
 * ImageIO's PNGImageWriter, which copies the image row by row through BufferedImage.getData(Rectangle) and
 * Raster.getPixels. {@code main} prints size and time per variant; the JMH methods give warm times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PngEncodePrototype {
    /** PNG filter type for every row: 0 none, 1 sub, 2 up, 4 paeth; 5 = adaptive (min sum of |bytes|, as ImageIO). */
    @Param({"0"})
    public int filter;

    /** Deflater level. */
    @Param({"3"})
    public int level;

    private BufferedImage image;
    private Map<String, String> texts;

    @Setup
    public void setUp() throws Exception {
        image = figureImage("specs/fig-choice-12.md");
        for (int i = 0; i < 20; i++) { // both encoders warm before the first iteration
            encode(image, Map.of(), filter, level);
            PngEncoder.encode(image, Map.of());
            imageIoEncode(image);
        }
        texts = new LinkedHashMap<>();
        texts.put("Title", "Why Alembic for Migrations?");
        texts.put("Description", "Migration tool comparison");
    }

    @Benchmark
    public byte[] direct() throws IOException {
        return encode(image, texts, filter, level);
    }

    @Benchmark
    public byte[] imageIo() throws IOException {
        return imageIoEncode(image);
    }

    @Benchmark
    public byte[] production() {
        return PngEncoder.encode(image, texts);
    }

    /** The JDK's PNG writer with its default metadata: what figgen used before its own encoder. */
    static byte[] imageIoEncode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.setUseCache(false);
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static BufferedImage figureImage(String spec) throws Exception {
        Theme theme = ThemeLoader.house();
        Spec parsed = SpecParser.parse(spec, Files.readString(Path.of(spec), StandardCharsets.UTF_8));
        Figure figure = new LayoutEngine(theme, new TextMeasurer())
                .layout(new SceneReader(theme).read(parsed, SketchReader.read(parsed.sketch().orElseThrow()))).figure();
        String svg = SvgWriter.write(figure, null);
        PngTranscoder transcoder = new PngTranscoder(1.0);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:///figgen/proto.svg");
        transcoder.transcode(input, new TranscoderOutput());
        return transcoder.image();
    }

    /** 8-bit RGB PNG of a TYPE_INT_RGB image; tEXt chunks (Latin-1 text only in this prototype). */
    static byte[] encode(BufferedImage image, Map<String, String> texts, int filter, int level) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = w * 3;
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 8);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;
        ihdr[9] = 2;
        chunk(out, "IHDR", ihdr, 13);
        for (Map.Entry<String, String> t : texts.entrySet()) {
            byte[] k = t.getKey().getBytes(StandardCharsets.ISO_8859_1);
            byte[] v = t.getValue().getBytes(StandardCharsets.ISO_8859_1);
            byte[] data = new byte[k.length + 1 + v.length];
            System.arraycopy(k, 0, data, 0, k.length);
            System.arraycopy(v, 0, data, k.length + 1, v.length);
            chunk(out, "tEXt", data, data.length);
        }
        Deflater deflater = new Deflater(level);
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        byte[][] cand = new byte[5][stride + 1];
        byte[] buf = new byte[65536];
        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8);
        try {
            for (int y = 0; y < h; y++) {
                int base = y * w;
                for (int x = 0, i = 0; x < w; x++, i += 3) {
                    int p = px[base + x];
                    cur[i] = (byte) (p >> 16);
                    cur[i + 1] = (byte) (p >> 8);
                    cur[i + 2] = (byte) p;
                }
                byte[] row = filterRow(filter, cur, prev, stride, cand);
                deflater.setInput(row, 0, stride + 1);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                    idat.write(buf, 0, n);
                }
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                idat.write(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        byte[] z = idat.toByteArray();
        chunk(out, "IDAT", z, z.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static byte[] filterRow(int filter, byte[] cur, byte[] prev, int n, byte[][] cand) {
        if (filter != 5) {
            apply(filter, cur, prev, n, cand[filter == 4 ? 4 : filter]);
            return cand[filter == 4 ? 4 : filter];
        }
        int best = 0;
        long bestSum = Long.MAX_VALUE;
        for (int f = 0; f < 5; f++) {
            apply(f, cur, prev, n, cand[f]);
            long sum = 0;
            byte[] c = cand[f];
            for (int i = 1; i <= n; i++) {
                sum += Math.abs((int) c[i]);
            }
            if (sum < bestSum) {
                bestSum = sum;
                best = f;
            }
        }
        return cand[best];
    }

    private static void apply(int f, byte[] cur, byte[] prev, int n, byte[] dst) {
        dst[0] = (byte) f;
        for (int i = 0; i < n; i++) {
            int a = i >= 3 ? cur[i - 3] & 0xff : 0;
            int b = prev[i] & 0xff;
            int c = i >= 3 ? prev[i - 3] & 0xff : 0;
            int x = cur[i] & 0xff;
            int v;
            switch (f) {
                case 0 -> v = x;
                case 1 -> v = x - a;
                case 2 -> v = x - b;
                case 3 -> v = x - ((a + b) >> 1);
                default -> {
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    v = x - (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }
            }
            dst[i + 1] = (byte) v;
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int len) {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, len);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, len);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** Sizes, first-call (cold) and 20-call (warm) times per variant, and a pixel round trip through ImageIO. */
    public static void main(String[] args) throws Exception {
        BufferedImage image = figureImage(args.length > 0 ? args[0] : "specs/fig-choice-12.md");
        Map<String, String> texts = Map.of("Title", "t");
        long t = System.nanoTime();
        byte[] ref = imageIoEncode(image);
        System.out.printf(Locale.ROOT, "%-22s %8d B  first call %6.1f ms%n", "ImageIO", ref.length, (System.nanoTime() - t) / 1e6);
        int[][] variants = {{0, 1}, {0, 3}, {0, 6}, {1, 1}, {1, 3}, {1, 6}, {2, 1}, {2, 3}, {2, 6}, {4, 6}, {5, 6}, {5, 9}};
        for (int[] v : variants) {
            t = System.nanoTime();
            byte[] png = encode(image, texts, v[0], v[1]);
            double first = (System.nanoTime() - t) / 1e6;
            BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            boolean same = true;
            for (int y = 0; y < image.getHeight() && same; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((back.getRGB(x, y) & 0xffffff) != (image.getRGB(x, y) & 0xffffff)) {
                        same = false;
                        break;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "filter %d level %d      %8d B  first call %6.1f ms  pixels %s%n", v[0], v[1],
                    png.length, first, same ? "identical" : "DIFFER");
        }
    }
}
