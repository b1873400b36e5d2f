package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.TestFigures;
import io.figgen.model.Shape;
import io.figgen.theme.ThemeLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code --format pdf} is the PNG's figure as vector PDF: fonts embedded as subsets, every drawn word extractable
 * by poppler's pdftotext, and poppler's raster of it close to figgen's PNG. On the seed spec, and on five of the
 * documentation project's specs when they are beside the repository. The poppler checks need poppler-utils
 * (scripts/test installs it); without it they are skipped and the structural checks still run.
 */
class PdfOutputTest {
    private static final Path SHARED = Path.of("../shared/specs");
    /**
     * How close poppler's raster must be to the PNG. Both are drawn from the same shapes with the same fonts by
     * different rasterisers (Batik with figgen's glyph painter, poppler's Splash), so glyph and line edges differ by
     * antialiasing: measured on these six specs, a mean difference of 1.7-2.3 (of 255) per channel and 0.4-0.7% of
     * pixels off by more than 96 in a channel. A shape missing or misplaced costs far more: one 200x60 card missing
     * on a 1200x900 canvas is 1.1% of the pixels far off.
     */
    private static final double MAX_MEAN_DIFFERENCE = 3.0;
    private static final double MAX_SHARE_FAR_OFF = 0.01;

    static Stream<Path> specs() throws Exception {
        List<Path> out = new ArrayList<>(List.of(TestFigures.CHOICE_12));
        if (Files.isDirectory(SHARED)) {
            try (Stream<Path> s = Files.list(SHARED)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().limit(5).forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void pdfIsVectorTextWithEmbeddedSubsetsDrawnLikeThePng(Path spec, @TempDir Path dir) throws Exception {
        Renderer renderer = new Renderer(ThemeLoader.house());
        byte[] bytes = Files.readAllBytes(spec);
        RenderedFigure fig = renderer.render(spec.toString(), bytes, true, 1);
        byte[] pdf = PdfWriter.write(fig.layout().figure(), renderer.svgHash(bytes), renderer.inputs(bytes, null));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(fig.spec().size().width(), page.getMediaBox().getWidth(), 0.01);
            int xobjects = 0;
            for (COSName ignored : page.getResources().getXObjectNames()) {
                xobjects++;
            }
            assertEquals(0, xobjects, "vector: no images on the page");
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, name + " is a Type 0 font");
                PDType0Font t0 = (PDType0Font) font;
                assertTrue(t0.getName().matches("[A-Z]{6}\\+.+"), "a subset, by its name: " + t0.getName());
                assertTrue(t0.getDescendantFont().getFontDescriptor().getFontFile2() != null, t0.getName() + " is embedded");
            }
            assertEquals(fig.layout().figure().title(), doc.getDocumentInformation().getTitle());
        }
        Path file = dir.resolve("figure.pdf");
        Files.write(file, pdf);
        assumeTrue(has("pdftotext") && has("pdftoppm"), "poppler-utils not installed: text and raster checks skipped");

        String text = run(dir, "pdftotext", "-layout", file.toString(), "-").replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        for (Shape.Text t : fig.layout().figure().texts()) {
            if (GlyphOutlines.needed(t.text())) {
                continue;
            }
            for (String word : t.text().strip().split("\\s+")) {
                if (!word.isEmpty() && !text.contains(word)) {
                    missing.add(word);
                }
            }
        }
        assertTrue(missing.isEmpty(), "pdftotext finds every drawn word; missing: " + missing);

        run(dir, "pdftoppm", "-r", "72", "-png", "-singlefile", file.toString(), dir.resolve("raster").toString());
        BufferedImage raster = ImageIO.read(dir.resolve("raster.png").toFile());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(fig.png()));
        assertEquals(png.getWidth(), raster.getWidth());
        assertEquals(png.getHeight(), raster.getHeight());
        double[] difference = difference(png, raster);
        System.out.printf("%s: mean difference %.3f, far off %.4f%n", spec.getFileName(), difference[0], difference[1]);
        assertTrue(difference[0] <= MAX_MEAN_DIFFERENCE, "mean channel difference " + difference[0]);
        assertTrue(difference[1] <= MAX_SHARE_FAR_OFF, "share of pixels far off " + difference[1]);
    }

    /** Mean absolute difference per channel, and the share of pixels off by more than 96 in some channel. */
    private static double[] difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        long far = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                    sum += d;
                    worst = Math.max(worst, d);
                }
                far += worst > 96 ? 1 : 0;
            }
        }
        double pixels = (double) a.getWidth() * a.getHeight();
        return new double[] {sum / (pixels * 3), far / pixels};
    }

    private static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, p.exitValue(), command[0] + ": " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
