package io.figgen.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a tEXt chunk from PNG bytes by walking the chunk list: no image decoding, so a stale check stays fast. */
final class PngChunks {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngChunks() {
    }

    static Optional<String> text(byte[] png, String keyword) {
        if (png.length < SIGNATURE.length) {
            return Optional.empty();
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                return Optional.empty();
            }
        }
        int at = SIGNATURE.length;
        while (at + 8 <= png.length) {
            long length = ((png[at] & 0xffL) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int data = at + 8;
            if (length < 0 || data + length > png.length) {
                return Optional.empty();
            }
            if (type.equals("tEXt")) {
                String chunk = new String(png, data, (int) length, StandardCharsets.ISO_8859_1);
                int nul = chunk.indexOf('\0');
                if (nul > 0 && chunk.substring(0, nul).equals(keyword)) {
                    return Optional.of(chunk.substring(nul + 1));
                }
            }
            if (type.equals("IEND")) {
                return Optional.empty();
            }
            at = data + (int) length + 4;
        }
        return Optional.empty();
    }
}
