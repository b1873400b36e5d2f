package io.figgen.theme;

import io.figgen.model.FontFace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The bundled TTFs, read from the class path once per process and shared by every stage. */
public final class FontLibrary {
    private static final Map<FontFace, byte[]> BYTES = new EnumMap<>(FontFace.class);

    private FontLibrary() {
    }

    /** The TTF bytes of {@code face}; callers must not modify the array. */
    public static synchronized byte[] bytes(FontFace face) {
        return BYTES.computeIfAbsent(face, FontLibrary::read);
    }

    private static byte[] read(FontFace face) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the jar: " + face.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
