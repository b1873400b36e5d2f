package io.figgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an output was made from, as a hash embedded in it: the spec's bytes, the theme's text and figgen's
 * version (and for a PNG, its scale). Nothing from the host goes in, so the same inputs give the same hash on
 * every machine, and a stale check compares hashes without rendering anything.
 */
public final class Provenance {
    public static final String PNG_KEY = "figgen-hash";
    private static final Pattern SVG_HASH = Pattern.compile("data-figgen-hash=\"([0-9a-f]{64})\"");
    private static final String VERSION = readVersion();

    private Provenance() {
    }

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/io/figgen/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    public static String svgHash(byte[] spec, String themeSource) {
        MessageDigest d = sha256();
        d.update(("figgen " + VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        d.update(themeSource.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(spec);
        return HexFormat.of().formatHex(d.digest());
    }

    public static String pngHash(String svgHash, double scale) {
        MessageDigest d = sha256();
        d.update((svgHash + "\nscale " + scale).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    /** The hash written into an SVG figgen made, if any. */
    public static Optional<String> ofSvg(String svg) {
        Matcher m = SVG_HASH.matcher(svg.length() > 4096 ? svg.substring(0, 4096) : svg);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The hash written into a PNG figgen made, if any, read from its text chunk without decoding pixels. */
    public static Optional<String> ofPng(byte[] png) {
        return PngChunks.text(png, PNG_KEY);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
