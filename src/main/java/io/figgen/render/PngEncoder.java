package io.figgen.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG via ImageIO, which is several times faster than Batik's own encoder. Metadata is written explicitly
 * (text chunks only, no tIME) so the same pixels always give the same bytes.
 */
final class PngEncoder {
    private static final String FORMAT = "javax_imageio_png_1.0";

    static {
        // The disk cache only slows in-memory encoding down.
        ImageIO.setUseCache(false);
    }

    private PngEncoder() {
    }

    /** Encodes with one text chunk per entry, in the map's order. */
    static byte[] encode(BufferedImage image, java.util.Map<String, String> texts) throws IOException {
        ImageWriter writer = pngWriter();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            for (java.util.Map.Entry<String, String> t : texts.entrySet()) {
                addText(metadata, t.getKey(), t.getValue());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** The JDK's own writer when present: another ImageIO plugin on the class path must not change the bytes. */
    private static ImageWriter pngWriter() throws IOException {
        ImageWriter chosen = null;
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png"); writers.hasNext(); ) {
            ImageWriter writer = writers.next();
            if (chosen == null || writer.getClass().getName().startsWith("com.sun.imageio.")) {
                if (chosen != null) {
                    chosen.dispose();
                }
                chosen = writer;
            } else {
                writer.dispose();
            }
        }
        if (chosen == null) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return chosen;
    }

    /**
     * tEXt is Latin-1 only; text outside it (an em dash, curly quotes) goes into iTXt, which is UTF-8, rather
     * than being mangled into question marks.
     */
    private static void addText(IIOMetadata metadata, String keyword, String text) throws IIOInvalidTreeException {
        if (text == null || text.isEmpty()) {
            return;
        }
        String clean = text.replace('\0', ' ');
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(clean)) {
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("value", clean);
            IIOMetadataNode chunk = new IIOMetadataNode("tEXt");
            chunk.appendChild(entry);
            root.appendChild(chunk);
        } else {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", clean);
            IIOMetadataNode chunk = new IIOMetadataNode("iTXt");
            chunk.appendChild(entry);
            root.appendChild(chunk);
        }
        metadata.mergeTree(FORMAT, root);
    }
}
