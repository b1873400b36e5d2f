package io.figgen.model;

/**
 * The bundled faces. Each is one TTF under {@code io/figgen/fonts/}; the SVG names them by family and
 * weight so that browsers, Batik and the text measurer all resolve the same file.
 */
public enum FontFace {
    SERIF("Instrument Serif", 400, "InstrumentSerif-Regular.ttf"),
    SANS("Plus Jakarta Sans", 400, "PlusJakartaSans-Regular.ttf"),
    SANS_MEDIUM("Plus Jakarta Sans", 500, "PlusJakartaSans-Medium.ttf"),
    SANS_SEMIBOLD("Plus Jakarta Sans", 600, "PlusJakartaSans-SemiBold.ttf"),
    SANS_BOLD("Plus Jakarta Sans", 700, "PlusJakartaSans-Bold.ttf"),
    MONO("IBM Plex Mono", 400, "IBMPlexMono-Regular.ttf"),
    MONO_MEDIUM("IBM Plex Mono", 500, "IBMPlexMono-Medium.ttf"),
    // Fallbacks, in the order they are tried for characters the faces above lack (see FALLBACKS).
    SYMBOLS2("Noto Sans Symbols 2", 400, "NotoSansSymbols2-Regular.ttf"),
    SYMBOLS("Noto Sans Symbols", 400, "NotoSansSymbols-Regular.ttf"),
    MATH("Noto Sans Math", 400, "NotoSansMath-Regular.ttf"),
    EMOJI("Noto Emoji", 400, "NotoEmoji-Regular.ttf"),
    NOTO_SANS("Noto Sans", 400, "NotoSans-Regular.ttf");

    /** Faces that draw the characters the house faces lack: ✓ ✗ ⚠ ◉ ① ☽ ∿, emoji, Greek and Cyrillic. */
    public static final java.util.List<FontFace> FALLBACKS = java.util.List.of(SYMBOLS2, SYMBOLS, MATH, EMOJI, NOTO_SANS);

    private final String family;
    private final int weight;
    private final String file;

    FontFace(String family, int weight, String file) {
        this.family = family;
        this.weight = weight;
        this.file = file;
    }

    public String family() {
        return family;
    }

    public int weight() {
        return weight;
    }

    /** Resource path of the TTF, relative to the class path root. */
    public String resource() {
        return "io/figgen/fonts/" + file;
    }

    /** The face of {@code family} closest to {@code weight}, or null when the family is not bundled. */
    public static FontFace of(String family, int weight) {
        FontFace best = null;
        for (FontFace f : values()) {
            if (f.family.equalsIgnoreCase(family.trim())
                    && (best == null || Math.abs(f.weight - weight) < Math.abs(best.weight - weight))) {
                best = f;
            }
        }
        return best;
    }
}
