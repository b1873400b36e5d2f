package io.figgen.check;

import io.figgen.check.Finding.Severity;
import io.figgen.model.ContentElement;
import io.figgen.model.Rule;
import io.figgen.model.Shape;
import io.figgen.model.Spec;
import io.figgen.render.RenderedFigure;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.SketchReader;
import io.figgen.theme.Theme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves a rendered figure against its spec and the house: the spec's own rules where a machine can decide
 * them, the house rules, completeness (every element bound, every sketch word drawn, nothing invented), the
 * layout audit, and accessibility of both outputs. Every finding names the spec line it concerns.
 */
public final class FigureChecker {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}\\b");
    private static final Set<String> LABEL_ROLES = Set.of("section", "cardTitle", "badge", "node", "arrowLabel");

    private final Theme theme;
    private final HouseRules house;

    public FigureChecker(Theme theme) {
        this.theme = theme;
        this.house = HouseRules.of(theme);
    }

    /** Totals over the spec's rules: how many a machine could check. */
    public record RuleCount(int checkable, int unchecked) {
    }

    public static RuleCount count(Spec spec) {
        int checkable = 0;
        int unchecked = 0;
        for (Rule r : spec.rules()) {
            boolean any = RuleParser.parse(r).stream().anyMatch(c -> !(c instanceof RuleCheck.Unchecked));
            checkable += any ? 1 : 0;
            unchecked += any ? 0 : 1;
        }
        return new RuleCount(checkable, unchecked);
    }

    public List<Finding> check(String file, RenderedFigure fig) {
        Spec spec = fig.spec();
        Sketch sketch = SketchReader.read(spec.sketch().orElseThrow());
        List<String> drawn = drawnTexts(fig.svg());
        String joined = String.join(" ", drawn).replaceAll("\\s+", " ");
        Context c = new Context(file, spec, sketch, drawn, joined, joined.toLowerCase(Locale.ROOT), new ArrayList<>());
        specRules(c);
        houseRules(c, fig);
        completeness(c, fig);
        SceneFindings.check(fig.layout(), c::add);
        TableFindings.check(sketch, fig.layout().scene(), fig.layout().figure().texts(), c::add);
        for (LayoutAudit.Problem p : LayoutAudit.audit(fig.layout().figure())) {
            c.add(p.line(), "layout/" + p.kind().name().toLowerCase(Locale.ROOT), Severity.ERROR, p.message());
        }
        for (ConnectorAudit.Problem p : ConnectorAudit.audit(fig.layout().figure())) {
            c.add(p.line(), "edges/" + p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), Severity.ERROR, p.message());
        }
        for (Shape.Line l : fig.layout().dropped()) {
            c.add(l.sourceLine(), "sketch/line-left-out", Severity.NOTE, "a sketched line that joins nothing the figure"
                    + " draws is left out: draw it from box to box, or name its ends in Relationships / Flows");
        }
        accessibility(c, fig);
        TagAdvice.of(theme, spec).forEach(a -> c.add(a.line(), "tags", Severity.WARNING, a.message()));
        return c.findings;
    }

    /** {@code lower} is {@code joined} lower-cased once, so each term's search is one scan, not a new pattern. */
    private record Context(String file, Spec spec, Sketch sketch, List<String> drawn, String joined, String lower,
                           List<Finding> findings) {
        /** Findings about the figure as a whole (its background, its words) point at the sketch that makes it. */
        int sketchLine() {
            return spec.sketch().map(s -> Math.max(1, s.firstLine() - 1)).orElse(1);
        }

        /** Every finding has a real spec line: one with none is put on line 1, never 0. */
        void add(int line, String rule, Severity severity, String message) {
            findings.add(new Finding(file, Math.max(1, line), rule, severity, message));
        }
    }

    // ---- the spec's own rules ----

    private void specRules(Context c) {
        for (Rule r : c.spec().rules()) {
            String id = "rule " + r.number();
            for (RuleCheck check : RuleParser.parse(r)) {
                if (check instanceof RuleCheck.Forbid f) {
                    for (String term : f.terms()) {
                        if (containsWord(c.lower(), term)) {
                            int at = sketchLine(c.sketch(), term);
                            c.add(r.line(), id, Severity.ERROR, "the figure draws \"" + term + "\", which this rule forbids"
                                    + (at > 0 ? " (the sketch writes it at line " + at + ")" : ""));
                        }
                    }
                } else if (check instanceof RuleCheck.Require q) {
                    for (String text : q.texts()) {
                        String want = text.replaceAll("\\s+", " ").strip();
                        boolean found = q.exactCase() ? c.joined().contains(want)
                                : c.lower().contains(want.toLowerCase(Locale.ROOT));
                        if (!found) {
                            c.add(r.line(), id, Severity.ERROR, "the figure must draw \"" + text + "\""
                                    + (q.exactCase() ? " exactly" : "") + ", and does not");
                        }
                    }
                } else if (check instanceof RuleCheck.Background b) {
                    if (!b.hex().equalsIgnoreCase(theme.background())) {
                        c.add(r.line(), id, Severity.ERROR, "the rule demands background " + b.hex() + " but the theme paints "
                                + theme.background() + ": change the theme (--theme) or the rule");
                    }
                } else if (check instanceof RuleCheck.Unchecked u) {
                    c.add(r.line(), id, Severity.NOTE, "not machine-checkable: " + u.why());
                }
            }
        }
    }

    /** True when the term stands in the text as a whole word or phrase, in any case. */
    static boolean drawn(String text, String term) {
        String t = term.strip();
        if (t.isEmpty()) {
            return false;
        }
        String left = Character.isLetterOrDigit(t.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String right = Character.isLetterOrDigit(t.codePointBefore(t.length())) ? "(?![\\p{L}\\p{N}])" : "";
        return Pattern.compile(left + Pattern.quote(t) + right, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /**
     * {@link #drawn} on text already lower-cased, by plain search: thousands of terms (a long rule, every tag of
     * a large spec) against a large figure cost one scan each, not a compiled pattern each.
     */
    static boolean containsWord(String lowerText, String term) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return false;
        }
        boolean wordStart = Character.isLetterOrDigit(t.codePointAt(0));
        boolean wordEnd = Character.isLetterOrDigit(t.codePointBefore(t.length()));
        for (int i = lowerText.indexOf(t); i >= 0; i = lowerText.indexOf(t, i + 1)) {
            int end = i + t.length();
            boolean startOk = !wordStart || i == 0 || !Character.isLetterOrDigit(lowerText.codePointBefore(i));
            boolean endOk = !wordEnd || end == lowerText.length() || !Character.isLetterOrDigit(lowerText.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** The spec line where the sketch writes the term, or 0. */
    private static int sketchLine(Sketch sketch, String term) {
        String[] lines = sketch.grid() == null ? new String[0] : sketchText(sketch).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (drawn(lines[i], term)) {
                return sketch.specLine(i);
            }
        }
        return 0;
    }

    private static String sketchText(Sketch sketch) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < sketch.grid().height(); r++) {
            sb.append(sketch.grid().text(r, 0, sketch.grid().rowLength(r) - 1)).append('\n');
        }
        return sb.toString();
    }

    // ---- house rules ----

    private void houseRules(Context c, RenderedFigure fig) {
        Map<String, List<String>> internal = new LinkedHashMap<>();
        internal.put("house/font-names", house.fontNames());
        internal.put("house/style-words", house.styleWords());
        Set<String> tags = new LinkedHashSet<>(theme.tags().keySet());
        for (ContentElement e : c.spec().elements()) {
            tags.addAll(e.tags());
        }
        internal.put("house/tag-names", tags.stream().filter(t -> t.contains("_")).toList());
        for (Map.Entry<String, List<String>> e : internal.entrySet()) {
            for (String term : e.getValue()) {
                if (containsWord(c.lower(), term)) {
                    internalDrawn(c, e.getKey(), term);
                }
            }
        }
        Matcher caption = house.caption().matcher(io.figgen.theme.BoundedText.of(c.joined(), house.caption().pattern()));
        if (caption.find()) {
            internalDrawn(c, "house/captions", caption.group());
        }
        Matcher hex = HEX.matcher(c.joined());
        Set<String> seen = new LinkedHashSet<>();
        while (hex.find()) {
            if (seen.add(hex.group().toLowerCase(Locale.ROOT))) {
                internalDrawn(c, "house/hex-codes", hex.group());
            }
        }
        background(c, fig);
        for (Shape.Text t : fig.layout().figure().texts()) {
            if (LABEL_ROLES.contains(t.role()) && t.text().length() > house.maxLabelChars()) {
                c.add(t.sourceLine(), "house/label-length", Severity.WARNING, "label \"" + t.text() + "\" has "
                        + t.text().length() + " characters, over " + house.maxLabelChars());
            }
        }
        String alt = c.spec().altText();
        if (alt.length() > house.maxAltTextChars()) {
            c.add(c.spec().altTextLine(), "house/alt-text-length", Severity.WARNING, "alt text has " + alt.length()
                    + " characters; screen-reader guidance is at most " + house.maxAltTextChars());
        }
    }

    /** Internal words drawn because the sketch writes them are the spec's choice: a warning at that line. */
    private void internalDrawn(Context c, String rule, String term) {
        int at = sketchLine(c.sketch(), term);
        if (at > 0) {
            c.add(at, rule, Severity.WARNING, "draws \"" + term + "\" because the sketch writes it; the house keeps such words out of figures");
        } else {
            c.add(c.sketchLine(), rule, Severity.ERROR, "draws \"" + term + "\", which the spec's sketch does not contain");
        }
    }

    private void background(Context c, RenderedFigure fig) {
        String paint = fig.layout().figure().background();
        if (!paint.equalsIgnoreCase(theme.background())) {
            c.add(c.sketchLine(), "house/background", Severity.ERROR, "background is " + paint + ", the theme says " + theme.background());
        }
        if (fig.png() == null) {
            return;
        }
        try {
            PngFacts png = PngFacts.read(fig.png());
            int want = Integer.parseInt(theme.background().substring(1), 16);
            if (png.corner() != want) {
                c.add(c.sketchLine(), "house/background", Severity.ERROR, String.format(Locale.ROOT, "the PNG's background is #%06x, the theme says %s",
                        png.corner(), theme.background()));
            }
            double share = png.share(want);
            if (share < house.minBackgroundShare()) {
                c.add(c.sketchLine(), "house/empty-space", Severity.ERROR, String.format(Locale.ROOT,
                        "only %.0f%% of the canvas is background; the house leaves at least %.0f%%", share * 100, house.minBackgroundShare() * 100));
            }
        } catch (IOException e) {
            c.add(c.sketchLine(), "house/background", Severity.ERROR, "the PNG cannot be read back: " + e.getMessage());
        }
    }

    // ---- completeness ----

    private void completeness(Context c, RenderedFigure fig) {
        if (fig.layout().scene().body() != null) {
            // each chart's values and where they came from, so a reader can verify them against the spec
            io.figgen.scene.Components.walk(fig.layout().scene().body(), comp -> {
                if (comp instanceof io.figgen.scene.Component.Plot p) {
                    c.add(p.line(), "chart/values", Severity.NOTE, io.figgen.scene.chart.ChartDump.kind(p.chart()) + ": "
                            + String.join("; ", io.figgen.scene.chart.ChartDump.values(p.chart())));
                } else if (comp instanceof io.figgen.scene.Component.Chart placed) {
                    c.add(placed.line(), "chart/values", Severity.NOTE, "chart of placed boxes: "
                            + String.join("; ", io.figgen.scene.chart.PlacedChartValues.values(placed)));
                }
            });
        }
        for (ContentElement e : fig.layout().unbound()) {
            c.add(e.line(), "completeness/element", Severity.ERROR, "content element '" + e.element()
                    + "' matches nothing drawn: add it to the sketch or remove the row");
        }
        Map<Integer, List<String>> missing = new LinkedHashMap<>();
        for (SketchWords.Word w : SketchWords.missing(SketchWords.of(c.sketch()), c.drawn(), fig.layout().scene().notes())) {
            missing.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w.word());
        }
        missing.forEach((line, words) -> c.add(line, "completeness/sketch-words", Severity.ERROR,
                "sketch words not drawn: " + String.join(", ", words)));
        Set<String> specWords = new LinkedHashSet<>();
        Matcher m = WORD.matcher(specText(c.spec()).toLowerCase(Locale.ROOT));
        while (m.find()) {
            specWords.add(m.group());
        }
        Set<String> invented = new LinkedHashSet<>();
        for (String d : c.drawn()) {
            Matcher w = WORD.matcher(d.toLowerCase(Locale.ROOT));
            while (w.find()) {
                // a Greek letter the spec spells out (α for "1 - alpha") is the spec's word
                String spelt = io.figgen.scene.TextRules.greekName(w.group());
                if (!specWords.contains(w.group()) && (spelt == null || !specWords.contains(spelt))) {
                    invented.add(w.group());
                }
            }
        }
        if (!invented.isEmpty()) {
            c.add(c.sketchLine(), "completeness/invented", Severity.ERROR, "drawn but nowhere in the spec: " + String.join(", ", invented));
        }
    }

    private static String specText(Spec spec) {
        StringBuilder sb = new StringBuilder(spec.sketch().map(s -> s.text()).orElse(""));
        spec.sections().forEach(s -> sb.append('\n').append(s.heading()).append('\n').append(s.text()));
        sb.append('\n').append(spec.title()).append('\n').append(spec.altText());
        return sb.toString();
    }

    // ---- accessibility ----

    private void accessibility(Context c, RenderedFigure fig) {
        String svg = fig.svg();
        require(c, svg.contains("role=\"img\""), "the SVG lacks role=\"img\"");
        require(c, svg.contains("aria-labelledby=\""), "the SVG lacks aria-labelledby");
        require(c, Pattern.compile("<title[^>]*>[^<]+</title>").matcher(svg).find(), "the SVG has no <title>");
        require(c, Pattern.compile("<desc[^>]*>[^<]+</desc>").matcher(svg).find(),
                "the SVG has no <desc>: add an '## Alt Text' section to the spec");
        if (fig.png() != null) {
            try {
                PngFacts png = PngFacts.read(fig.png());
                require(c, png.texts().containsKey("Title"), "the PNG has no Title text chunk");
                require(c, png.texts().containsKey("Description"), "the PNG has no Description text chunk");
            } catch (IOException e) {
                require(c, false, "the PNG cannot be read back: " + e.getMessage());
            }
        }
    }

    /** Accessibility findings point at the Alt Text section (or, when there is none, the title on line 1). */
    private static void require(Context c, boolean ok, String message) {
        if (!ok) {
            c.add(c.spec().altTextLine(), "accessibility", Severity.ERROR, message);
        }
    }

    // ---- reading the outputs back ----

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    static List<String> drawnTexts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return out;
    }

    /** The PNG facts check needs: the corner pixel, the share of one colour, the text chunks. */
    record PngFacts(java.awt.image.BufferedImage image, Map<String, String> texts) {
        static PngFacts read(byte[] png) throws IOException {
            try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
                javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
                try {
                    reader.setInput(in);
                    java.awt.image.BufferedImage image = reader.read(0);
                    Map<String, String> texts = new LinkedHashMap<>();
                    org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                    collect(root, texts);
                    return new PngFacts(image, texts);
                } finally {
                    reader.dispose();
                }
            }
        }

        private static void collect(org.w3c.dom.Node node, Map<String, String> texts) {
            for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ((n.getNodeName().equals("tEXtEntry") || n.getNodeName().equals("iTXtEntry")) && n.getAttributes() != null) {
                    org.w3c.dom.Node key = n.getAttributes().getNamedItem("keyword");
                    if (key != null) {
                        texts.put(key.getNodeValue(), "");
                    }
                }
                collect(n, texts);
            }
        }

        int corner() {
            return image.getRGB(0, 0) & 0xffffff;
        }

        double share(int rgb) {
            int[] row = new int[image.getWidth()];
            long hits = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
                for (int p : row) {
                    hits += (p & 0xffffff) == rgb ? 1 : 0;
                }
            }
            return (double) hits / ((long) image.getWidth() * image.getHeight());
        }
    }
}
