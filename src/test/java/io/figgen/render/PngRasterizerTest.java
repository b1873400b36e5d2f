package io.figgen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.FontFace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

class PngRasterizerTest {
    private static final String URI = "file:///figgen/test-figure.svg";
    private static final int BACKGROUND = 0xf6f3e6;
    private static final int NAVY = 0x1e3a5f;
    private static final String LABEL = "SECTION MARKER Heading";

    /** A 1200x900 figure the way figgen writes one: @font-face data URIs, background rect, shapes, text. */
    static String figure(boolean withFontFaces, String extra) {
        Map<FontFace, String> text = new EnumMap<>(FontFace.class);
        text.put(FontFace.SERIF, "Alembic migrations, chosen");
        text.put(FontFace.SANS, LABEL);
        text.put(FontFace.SANS_SEMIBOLD, LABEL);
        text.put(FontFace.MONO, "alembic upgrade head");
        String style = withFontFaces ? "<style>\n" + FontEmbedder.fontFaceCss(text)
                + "text { font-kerning: none; font-variant-ligatures: none; }\n</style>\n" : "";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"1200\" height=\"900\" viewBox=\"0 0 1200 900\">\n" + style
                + "<rect x=\"0\" y=\"0\" width=\"1200\" height=\"900\" fill=\"#f6f3e6\"/>\n"
                + "<rect x=\"100\" y=\"600\" width=\"300\" height=\"200\" fill=\"#1E3A5F\"/>\n"
                + "<text x=\"100\" y=\"120\" font-family=\"'Instrument Serif'\" font-weight=\"400\" font-size=\"64\""
                + " fill=\"#1A1A1A\">Alembic migrations, chosen</text>\n"
                + "<text x=\"100\" y=\"220\" font-family=\"'Plus Jakarta Sans'\" font-weight=\"600\" font-size=\"40\""
                + " fill=\"#1A1A1A\">" + LABEL + "</text>\n"
                + "<text x=\"100\" y=\"300\" font-family=\"'Plus Jakarta Sans'\" font-weight=\"400\" font-size=\"40\""
                + " fill=\"#1A1A1A\">" + LABEL + "</text>\n"
                + "<text x=\"100\" y=\"400\" font-family=\"'IBM Plex Mono'\" font-size=\"32\""
                + " fill=\"#333333\">alembic upgrade head</text>\n"
                + extra + "</svg>\n";
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static byte[] render(String svg) throws RasterException {
        return PngRasterizer.rasterize(svg, URI, 1, "Test figure", "A test figure.");
    }

    /** Pixels clearly darker than the paper: glyph ink. */
    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (((image.getRGB(x, y) >> 8) & 0xff) < 0x80) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void sizeFollowsTheSvgAndTheScale() throws Exception {
        BufferedImage one = decode(render(figure(true, "")));
        assertEquals(1200, one.getWidth());
        assertEquals(900, one.getHeight());
        BufferedImage two = decode(PngRasterizer.rasterize(figure(true, ""), URI, 2, null, null));
        assertEquals(2400, two.getWidth());
        assertEquals(1800, two.getHeight());
        assertEquals(NAVY, two.getRGB(500, 1400) & 0xffffff);
    }

    @Test
    void coloursAreExactAndThereIsNoAlpha() throws Exception {
        BufferedImage image = decode(render(figure(true, "")));
        assertFalse(image.getColorModel().hasAlpha());
        assertEquals(BACKGROUND, image.getRGB(2, 2) & 0xffffff);
        assertEquals(BACKGROUND, image.getRGB(1197, 897) & 0xffffff);
        assertEquals(NAVY, image.getRGB(250, 700) & 0xffffff);
        assertEquals(NAVY, image.getRGB(100, 600) & 0xffffff, "rect edges on whole pixels are not blended");
        assertEquals(BACKGROUND, image.getRGB(99, 600) & 0xffffff);
    }

    @Test
    void textIsDrawnWithEveryFace() throws Exception {
        BufferedImage image = decode(render(figure(true, "")));
        assertTrue(darkPixels(image, 90, 50, 900, 140) > 2000, "serif title");
        assertTrue(darkPixels(image, 90, 180, 900, 230) > 2000, "sans 600 label");
        assertTrue(darkPixels(image, 90, 260, 900, 310) > 2000, "sans 400 label");
        assertTrue(darkPixels(image, 90, 370, 900, 410) > 1000, "mono line");
        assertEquals(0, darkPixels(image, 0, 450, 1200, 590), "nothing drawn between text and shapes");
    }

    @Test
    void semiboldHasMoreInkThanRegular() throws Exception {
        BufferedImage image = decode(render(figure(true, "")));
        int semibold = darkPixels(image, 90, 180, 900, 230);
        int regular = darkPixels(image, 90, 260, 900, 310);
        assertTrue(semibold > regular * 1.15, "600: " + semibold + " dark px, 400: " + regular);
    }

    @Test
    void weightsResolveToTheBundledFacesWithOrWithoutFontFaceRules() throws Exception {
        int[] weights = {400, 500, 600, 700};
        StringBuilder lines = new StringBuilder();
        Map<FontFace, String> used = new EnumMap<>(FontFace.class);
        for (int i = 0; i < weights.length; i++) {
            lines.append("<text x=\"10\" y=\"").append(60 + 80 * i).append("\" font-family=\"'Plus Jakarta Sans'\"")
                    .append(" font-weight=\"").append(weights[i]).append("\" font-size=\"40\" fill=\"#000000\">")
                    .append("HAMBURGEFONTS hamburgefonts</text>");
            used.put(FontFace.of("Plus Jakarta Sans", weights[i]), "HAMBURGEFONTS hamburgefonts");
        }
        String head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"700\" height=\"340\">"
                + "<rect width=\"700\" height=\"340\" fill=\"#ffffff\"/>";
        byte[] withRules = render(head + "<style>" + FontEmbedder.fontFaceCss(used) + "</style>" + lines + "</svg>");
        byte[] withoutRules = render(head + lines + "</svg>");
        assertArrayEquals(withRules, withoutRules, "@font-face rules and plain font-weight pick different faces");

        BufferedImage image = decode(withRules);
        int previous = 0;
        for (int i = 0; i < weights.length; i++) {
            int ink = darkPixels(image, 0, 20 + 80 * i, 700, 75 + 80 * i);
            assertTrue(ink > previous * 1.08, "weight " + weights[i] + ": " + ink + " dark px, lighter weight " + previous);
            previous = ink;
        }
    }

    @Test
    void emojiThatShareAHighSurrogateKeepTheirOwnGlyphs() throws Exception {
        // U+1F514 bell and U+1F4AC speech balloon both start with \uD83D; Batik's glyph cache is keyed by char
        String emoji = "<text x=\"100\" y=\"100\" font-family=\"Noto Emoji\" font-size=\"64\" fill=\"#000000\">\uD83D\uDD14</text>"
                + "<text x=\"300\" y=\"100\" font-family=\"Noto Emoji\" font-size=\"64\" fill=\"#000000\">\uD83D\uDCAC</text>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"500\" height=\"150\">"
                + "<rect x=\"0\" y=\"0\" width=\"500\" height=\"150\" fill=\"#ffffff\"/>" + emoji + "</svg>";
        BufferedImage image = decode(render(svg));
        int[] bell = image.getRGB(90, 20, 100, 100, null, 0, 100);
        int[] balloon = image.getRGB(290, 20, 100, 100, null, 0, 100);
        assertTrue(darkPixels(image, 90, 20, 190, 120) > 200, "the bell is drawn");
        assertTrue(darkPixels(image, 290, 20, 390, 120) > 200, "the balloon is drawn");
        assertFalse(java.util.Arrays.equals(bell, balloon), "two different emoji drew the same glyph");
    }

    @Test
    void aFigureHasTheSamePixelsWhateverWasPaintedBefore() throws Exception {
        String svg = figure(true, "");
        byte[] alone = render(svg);
        // the same characters at other positions and sizes first, which once left their residue in Batik's cache
        render(figure(true, "").replace("x=\"100\"", "x=\"100.37\"").replace("font-size=\"40\"", "font-size=\"23.3\""));
        assertArrayEquals(alone, render(svg));
    }

    @Test
    void sameInputGivesTheSameBytesAlsoInParallel() throws Exception {
        String svg = figure(true, "");
        byte[] first = render(svg);
        assertArrayEquals(first, render(svg));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> render(svg)));
            }
            for (Future<byte[]> result : results) {
                assertArrayEquals(first, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void titleAndDescriptionAreTextChunksAndThereIsNoTimestamp() throws Exception {
        byte[] png = PngRasterizer.rasterize(figure(true, ""), URI, 1, "Alembic migrations", "Two columns; the left is chosen.");
        Map<String, String> text = textEntries(png);
        assertEquals("Alembic migrations", text.get("Title"));
        assertEquals("Two columns; the left is chosen.", text.get("Description"));
        List<String> chunks = chunkTypes(png);
        assertTrue(chunks.contains("tEXt"), chunks.toString());
        assertFalse(chunks.contains("tIME"), chunks.toString());
        assertEquals("IHDR", chunks.get(0));
        assertEquals("IEND", chunks.get(chunks.size() - 1));
    }

    @Test
    void textOutsideLatin1KeepsItsCharacters() throws Exception {
        byte[] png = PngRasterizer.rasterize(figure(true, ""), URI, 1, "Alembic \u2014 chosen \u2713", null);
        assertEquals("Alembic \u2014 chosen \u2713", textEntries(png).get("Title"));
        assertTrue(chunkTypes(png).contains("iTXt"));
        assertFalse(textEntries(png).containsKey("Description"));
    }

    @Test
    void externalResourcesAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String head = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " width=\"100\" height=\"100\">";
            String[] attacks = {
                head + "<image width=\"10\" height=\"10\" xlink:href=\"" + base + "/x.png\"/></svg>",
                head + "<image width=\"10\" height=\"10\" xlink:href=\"file:///etc/passwd\"/></svg>",
                head + "<image width=\"10\" height=\"10\" href=\"file:///etc/passwd\"/></svg>",
                head + "<use xlink:href=\"" + base + "/x.svg#a\"/></svg>",
                head + "<style>@import url(" + base + "/x.css);</style></svg>",
                head + "<style>@font-face { font-family: 'Foo'; src: url(" + base + "/f.ttf); }</style>"
                        + "<text y=\"50\" font-family=\"Foo\">x</text></svg>",
                head + "<script type=\"text/ecmascript\" xlink:href=\"" + base + "/s.js\"/></svg>",
                "<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + base + "/entity\">]>" + head + "<text y=\"50\">&x;</text></svg>",
                "<!DOCTYPE svg SYSTEM \"" + base + "/dtd\">" + head + "</svg>",
            };
            for (String svg : attacks) {
                // A fetch would block on the silent server; fail instead of hanging the build.
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    try {
                        render(svg);
                    } catch (RasterException refused) {
                        assertFalse(refused.getMessage().contains("\n"));
                    }
                }, svg);
            }
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "Batik connected to the local server");
        }
    }

    @Test
    void localFilesAreNotRead() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("figgen-secret", ".svg");
        try {
            java.nio.file.Files.writeString(secret, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<rect id=\"r\" width=\"10\" height=\"10\" fill=\"#ff0000\"/></svg>");
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " width=\"20\" height=\"20\"><rect width=\"20\" height=\"20\" fill=\"#ffffff\"/>"
                    + "<use xlink:href=\"" + secret.toUri() + "#r\"/></svg>";
            try {
                BufferedImage image = decode(render(svg));
                assertEquals(0xffffff, image.getRGB(5, 5) & 0xffffff, "the referenced file was drawn");
            } catch (RasterException refused) {
                assertTrue(refused.getMessage().contains("security"), refused.getMessage());
            }
        } finally {
            java.nio.file.Files.deleteIfExists(secret);
        }
    }

    @Test
    void malformedSvgIsAOneLineError() {
        RasterException e = assertThrows(RasterException.class,
                () -> render("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect></svg>"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(e.getMessage().contains(URI), e.getMessage());

        RasterException notSvg = assertThrows(RasterException.class, () -> render("<html/>"));
        assertFalse(notSvg.getMessage().contains("\n"), notSvg.getMessage());

        RasterException badValue = assertThrows(RasterException.class, () -> render(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"-1\" height=\"1\"/></svg>"));
        assertFalse(badValue.getMessage().contains("\n"), badValue.getMessage());
        assertTrue(badValue.getMessage().contains("width"), badValue.getMessage());
    }

    @Test
    void nonsenseArgumentsAreRefused() {
        assertThrows(RasterException.class, () -> PngRasterizer.rasterize("", URI, 1, null, null));
        assertThrows(RasterException.class, () -> PngRasterizer.rasterize(figure(true, ""), URI, 0, null, null));
        assertThrows(RasterException.class, () -> PngRasterizer.rasterize(figure(true, ""), URI, Double.NaN, null, null));
        assertThrows(RasterException.class, () -> PngRasterizer.rasterize(figure(true, ""), URI, 1000, null, null));
    }

    /** tEXt and iTXt entries as ImageIO reads them back. */
    private static Map<String, String> textEntries(byte[] png) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node root = metadata.getAsTree("javax_imageio_png_1.0");
                for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                    for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                        if (entry.getNodeName().equals("tEXtEntry")) {
                            entries.put(attribute(entry, "keyword"), attribute(entry, "value"));
                        } else if (entry.getNodeName().equals("iTXtEntry")) {
                            entries.put(attribute(entry, "keyword"), attribute(entry, "text"));
                        }
                    }
                }
            } finally {
                reader.dispose();
            }
        }
        return entries;
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }

    /** The chunk types in file order, read straight from the bytes. */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        assertNotEquals(0, types.size());
        return types;
    }
}
