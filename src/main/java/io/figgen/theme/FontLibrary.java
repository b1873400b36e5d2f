package io.figgen.theme;

import io.figgen.model.FontFace;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The bundled TTFs, read from the class path once per process and shared by every stage. */
public final class FontLibrary {
    private static final Map<FontFace, byte[]> BYTES = new EnumMap<>(FontFace.class);
    private static final Font[] AWT = new Font[FontFace.values().length];
    /** One lock per face: a start-up thread loading one face must not hold up the layout loading another. */
    private static final Object[] AWT_LOCKS = java.util.stream.Stream.generate(Object::new)
            .limit(FontFace.values().length).toArray();

    static {
        try {
            FontFiles.isolateFromHost();
        } catch (java.io.UncheckedIOException e) {
            // no writable temp folder: the JDK's own font set-up still works; a font that must be copied out of
            // the jar then fails its figure with the same clear message (an output error)
        }
    }

    private FontLibrary() {
    }

    /** Makes sure the JDK's font set-up is figgen's (see FontFiles); call before anything draws text. */
    public static void isolateFromHost() {
        // the work is in this class's static initialiser, which runs once, before the first font
    }

    /** The TTF bytes of {@code face}; callers must not modify the array. */
    public static synchronized byte[] bytes(FontFace face) {
        return BYTES.computeIfAbsent(face, FontLibrary::read);
    }

    /**
     * The face as an AWT font (size 1; derive sizes from it), created once per process and shared by the
     * text measurer, the outline writer and the rasteriser, so all three see the same glyphs.
     */
    public static Font awt(FontFace face) {
        synchronized (AWT_LOCKS[face.ordinal()]) {
            Font font = AWT[face.ordinal()];
            if (font == null) {
                font = createFont(face);
                AWT[face.ordinal()] = font;
            }
            return font;
        }
    }

    private static Font createFont(FontFace face) {
        try {
            // from a file, which AWT reads in place: from a stream it would copy it to the system temp folder
            return Font.createFont(Font.TRUETYPE_FONT, FontFiles.file(face));
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is not a usable TrueType font: " + face.resource(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled font " + face.resource() + " (" + e.getMessage() + ")", e);
        }
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
