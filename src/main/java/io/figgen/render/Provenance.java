package io.figgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** The PNG text chunk, SVG attribute and PDF information key holding {@link #inputs}. */
    public static final String INPUTS_KEY = "figgen-inputs";
    private static final Pattern SVG_INPUTS = Pattern.compile("data-figgen-inputs=\"([^\"]*)\"");
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

    /**
     * What went into an output, readably, written beside its hash so that a stale check can say what changed:
     * {@code figgen 0.2.0; spec 1f2e...; theme 9a8b...} (short SHA-256 prefixes), plus {@code ; scale 2} for a PNG.
     */
    public static String inputs(byte[] spec, String themeSource, Double scale) {
        return "figgen " + VERSION + "; spec " + shortHash(spec) + "; theme "
                + shortHash(themeSource.getBytes(StandardCharsets.UTF_8)) + (scale == null ? "" : "; scale " + scale);
    }

    private static String shortHash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 16);
    }

    /**
     * Why an output recorded as {@code had} differs from one made now from {@code want} (both {@link #inputs}
     * strings): "the spec changed", "the theme changed", "made by figgen 0.1.0, this is 0.2.0", "PNG scale 1.0,
     * now 2.0". An output that records no inputs can only be called stale.
     */
    public static String whatChanged(Optional<String> had, String want, String spec) {
        if (had.isEmpty()) {
            return spec + ", the theme or figgen changed since it was rendered (the output does not record which)";
        }
        Map<String, String> before = fields(had.get());
        Map<String, String> now = fields(want);
        List<String> reasons = new ArrayList<>();
        if (!Objects.equals(before.get("spec"), now.get("spec"))) {
            reasons.add(spec + " changed");
        }
        if (!Objects.equals(before.get("theme"), now.get("theme"))) {
            reasons.add("the theme changed");
        }
        if (!Objects.equals(before.get("figgen"), now.get("figgen"))) {
            reasons.add("made by figgen " + before.get("figgen") + ", this is " + now.get("figgen"));
        }
        if (!Objects.equals(before.get("scale"), now.get("scale"))) {
            reasons.add("PNG scale was " + before.get("scale") + ", now " + now.get("scale"));
        }
        return reasons.isEmpty() ? spec + ", the theme or figgen changed since it was rendered" : String.join("; ", reasons);
    }

    private static Map<String, String> fields(String inputs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : inputs.split(";")) {
            String[] kv = part.strip().split(" ", 2);
            if (kv.length == 2) {
                m.put(kv[0], kv[1]);
            }
        }
        return m;
    }

    /** The inputs written into an SVG figgen made, if any. */
    public static Optional<String> inputsOfSvg(String svg) {
        Matcher m = SVG_INPUTS.matcher(svg.length() > 4096 ? svg.substring(0, 4096) : svg);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The inputs written into a PNG figgen made, if any. */
    public static Optional<String> inputsOfPng(byte[] png) {
        return PngChunks.text(png, INPUTS_KEY);
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
