package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
