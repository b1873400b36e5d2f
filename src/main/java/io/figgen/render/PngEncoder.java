package io.figgen.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes 8-bit RGB PNGs straight from the image's pixel array. ImageIO's writer copies every row through
 * Raster.getPixels and tries all five filters per row; a figure is mostly flat colour, which deflates best
 * unfiltered, so this writer is 2-3 times faster and its files are no bigger (docs/benchmarks.md). No tIME or
 * other clock-dependent chunk: the same pixels always give the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib level 3: twice as fast as 6 for files 8% bigger (6 matches ImageIO's size; docs/benchmarks.md). */
    static final int LEVEL = 3;
    /** Rows are converted and deflated this many bytes at a time, so memory stays flat at any scale. */
    private static final int BLOCK_BYTES = 1 << 18;

    private PngEncoder() {
    }

    /** Encodes with one text chunk per entry (tEXt, or iTXt when not Latin-1), in the map's order; empty texts are skipped. */
    static byte[] encode(BufferedImage image, Map<String, String> texts) {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 8 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour, no alpha: figures are opaque
        chunk(out, "IHDR", header);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getValue() != null && !text.getValue().isEmpty()) {
                chunk(out, textChunkType(text.getValue()), textChunk(text.getKey(), text.getValue()));
            }
        }
        chunk(out, "IDAT", deflatedRows(image));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflatedRows(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int rowBytes = 1 + width * 3;
        int rowsPerBlock = Math.max(1, BLOCK_BYTES / rowBytes);
        byte[] block = new byte[rowsPerBlock * rowBytes];
        byte[] buffer = new byte[1 << 16];
        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 10 + 64);
        Pixels pixels = Pixels.of(image);
        Deflater deflater = new Deflater(LEVEL);
        try {
            for (int y = 0; y < height; ) {
                int rows = Math.min(rowsPerBlock, height - y);
                for (int r = 0; r < rows; r++, y++) {
                    pixels.row(y, block, r * rowBytes);
                }
                deflater.setInput(block, 0, rows * rowBytes);
                if (y == height) {
                    deflater.finish();
                }
                while (!deflater.needsInput() || (y == height && !deflater.finished())) {
                    idat.write(buffer, 0, deflater.deflate(buffer));
                }
            }
        } finally {
            deflater.end();
        }
        return idat.toByteArray();
    }

    /** One PNG row: filter byte 0 (None), then R, G, B per pixel. */
    private interface Pixels {
        void row(int y, byte[] into, int at);

        static Pixels of(BufferedImage image) {
            int width = image.getWidth();
            int type = image.getType();
            if (image.getRaster().getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1
                    && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                    && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB_PRE)) {
                int[] data = buffer.getData();
                // Premultiplied pixels over white: c + (255 - a). The RGB case has a = 255 in effect.
                boolean premultiplied = type == BufferedImage.TYPE_INT_ARGB_PRE;
                return (y, into, at) -> {
                    into[at++] = 0;
                    for (int x = 0, i = y * width; x < width; x++, i++) {
                        int p = data[i];
                        int under = premultiplied ? 255 - (p >>> 24) : 0;
                        into[at++] = (byte) (((p >> 16) & 0xff) + under);
                        into[at++] = (byte) (((p >> 8) & 0xff) + under);
                        into[at++] = (byte) ((p & 0xff) + under);
                    }
                };
            }
            int[] line = new int[width];
            return (y, into, at) -> {
                image.getRGB(0, y, width, 1, line, 0, width);
                into[at++] = 0;
                for (int p : line) {
                    int a = p >>> 24;
                    into[at++] = (byte) over(p >> 16, a);
                    into[at++] = (byte) over(p >> 8, a);
                    into[at++] = (byte) over(p, a);
                }
            };
        }

        /** A non-premultiplied channel over white. */
        private static int over(int channel, int alpha) {
            int c = channel & 0xff;
            return (c * alpha + 255 * (255 - alpha) + 127) / 255;
        }
    }

    /** tEXt is Latin-1 only; other text (an em dash, curly quotes) goes in iTXt, UTF-8, rather than being mangled. */
    private static String textChunkType(String text) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text) ? "tEXt" : "iTXt";
    }

    private static byte[] textChunk(String keyword, String text) {
        String clean = text.replace('\0', ' ');
        ByteArrayOutputStream data = new ByteArrayOutputStream(keyword.length() + clean.length() + 8);
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        if (textChunkType(clean).equals("tEXt")) {
            data.writeBytes(clean.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            // compression flag 0, method 0, empty language tag, empty translated keyword
            data.writeBytes(new byte[] {0, 0, 0, 0});
            data.writeBytes(clean.getBytes(StandardCharsets.UTF_8));
        }
        return data.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] check = new byte[4];
        putInt(check, 0, (int) crc.getValue());
        out.writeBytes(length);
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(check);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
