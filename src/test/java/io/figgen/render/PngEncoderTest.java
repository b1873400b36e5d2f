package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The PNG writer against the JDK's PNG reader: every pixel comes back as it went in. */
class PngEncoderTest {
    @Test
    void rgbPixelsSurviveARoundTripThroughTheJdkReader() throws Exception {
        // odd width and enough rows to span several deflate blocks
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 1531, 211);
        assertSamePixels(image, decode(PngEncoder.encode(image, Map.of())));
    }

    @Test
    void stripsDeflatedInParallelJoinIntoOneValidStream() throws Exception {
        // 2000 px rows: 43 rows to a strip, so 900 rows make 21 strips, the last one short
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 2000, 900);
        byte[] png = PngEncoder.encode(image, Map.of());
        assertSamePixels(image, decode(png));
        // the JDK's inflater checks the Adler-32 the strips' checksums were combined into
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(idat(png));
        byte[] raw = new byte[(1 + 2000 * 3) * 900];
        assertEquals(raw.length, inflater.inflate(raw));
        assertTrue(inflater.finished());
    }

    @Test
    void adlerChecksumsCombineAsZlibDoes() {
        byte[] data = new byte[100_000];
        new Random(7).nextBytes(data);
        java.util.zip.Adler32 whole = new java.util.zip.Adler32();
        whole.update(data);
        for (int split : new int[] {0, 1, 65521, 70_000, 100_000}) {
            java.util.zip.Adler32 a = new java.util.zip.Adler32();
            a.update(data, 0, split);
            java.util.zip.Adler32 b = new java.util.zip.Adler32();
            b.update(data, split, data.length - split);
            assertEquals(whole.getValue(), PngEncoder.Adler.combine(a.getValue(), b.getValue(), data.length - split), "split at " + split);
        }
    }

    /** The IDAT chunks' data, joined. */
    private static byte[] idat(byte[] png) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
                out.write(png, b.position(), length);
            }
            b.position(b.position() + length + 4);
        }
        return out.toByteArray();
    }

    @Test
    void otherImageTypesAreWrittenAsTheirRgb() throws Exception {
        BufferedImage image = noise(BufferedImage.TYPE_3BYTE_BGR, 97, 41);
        assertSamePixels(image, decode(PngEncoder.encode(image, Map.of())));
    }

    @Test
    void transparentPixelsAreWrittenOverWhite() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage image = new BufferedImage(3, 1, type);
            image.setRGB(0, 0, 0x00000000); // fully transparent
            image.setRGB(1, 0, 0xff1b2a4a); // opaque navy
            image.setRGB(2, 0, 0x80000000); // half-transparent black
            BufferedImage back = decode(PngEncoder.encode(image, Map.of()));
            assertEquals(0xffffff, back.getRGB(0, 0) & 0xffffff);
            assertEquals(0x1b2a4a, back.getRGB(1, 0) & 0xffffff);
            int grey = back.getRGB(2, 0) & 0xff;
            assertEquals(127, grey, 1.0, "half-transparent black over white is mid grey");
        }
    }

    @Test
    void theSameImageGivesTheSameBytes() {
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 300, 200);
        Map<String, String> texts = Map.of("Title", "A figure — with a dash");
        assertArrayEquals(PngEncoder.encode(image, texts), PngEncoder.encode(image, texts));
    }

    /** Mostly flat colour with noisy patches, like a figure with anti-aliased text. */
    private static BufferedImage noise(int type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x / 50 + y / 30) % 3 == 0 ? random.nextInt() | 0xff000000 : 0xfff6f3e6);
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y) & 0xffffff, actual.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }
}
