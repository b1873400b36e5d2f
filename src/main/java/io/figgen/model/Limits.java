package io.figgen.model;

/**
 * The explicit limits figgen enforces, so hostile or broken input ends in a clear error rather than in
 * exhausted memory or a hang. The README lists them.
 */
public final class Limits {
    /** Largest spec file read, in bytes. */
    public static final long MAX_SPEC_BYTES = 10L * 1024 * 1024;
    /** Smallest and largest canvas side, in pixels. */
    public static final int MIN_SIDE = 100;
    public static final int MAX_SIDE = 8192;
    /** Largest PNG, in pixels (width x height after --scale). */
    public static final long MAX_PNG_PIXELS = 64L * 1024 * 1024;
    /** Largest theme file read, in bytes (the house theme is 5 KB). */
    public static final long MAX_THEME_BYTES = 1024L * 1024;
    /** How much of a committed output {@code render --check} reads to find the hash in its header. */
    public static final int MAX_OUTPUT_HEADER_BYTES = 256 * 1024;
    /** How much of a committed PDF {@code render --check} reads: its information dictionary may stand anywhere. */
    public static final long MAX_OUTPUT_PDF_BYTES = 64L * 1024 * 1024;
    /** Most content-element rows in a spec, elements and relationships together (a sketch holds at most 500 boxes). */
    public static final int MAX_CONTENT_ELEMENTS = 2_000;
    /** Largest --scale. */
    public static final double MAX_SCALE = 8;

    private Limits() {
    }
}
