package io.figgen.check;

import io.figgen.layout.Layout;
import io.figgen.render.RasterException;
import io.figgen.render.RenderedFigure;
import io.figgen.model.FigureException;
import io.figgen.model.Shape;
import io.figgen.model.Spec;
import io.figgen.render.Renderer;
import io.figgen.sketch.SketchReader;

import java.util.List;
import java.util.Locale;

/**
 * One spec's health as a figure: did it render, did check find an error, how many of its sketch words are
 * drawn, how many texts
 * overlap or overflow, the smallest type. The corpus command prints these for a folder of specs and
 * fails when any spec falls below the bar.
 */
public record CorpusReport(String file, String error, int words, int drawn, int overlaps, int overflows,
                           double smallestFont, double minFont, int unbound, List<SketchWords.Word> missing,
                           List<LayoutAudit.Problem> problems, List<ConnectorAudit.Problem> connectors,
                           int droppedLines, int routedEdges, List<Finding> checkErrors,
                           CompositionAudit.Composition composition) {

    /** The share of sketch words drawn that a figure must reach. */
    public static final double WORDS_BAR = 0.99;

    /**
     * Renders the spec as {@code render} does and proves it as {@code check} does, so that the two agree: a
     * figure with any check error is below the bar.
     */
    public static CorpusReport of(Renderer renderer, String file, byte[] bytes) {
        try {
            RenderedFigure fig = renderer.render(file, bytes, true, 1);
            Spec spec = fig.spec();
            Layout layout = fig.layout();
            List<SketchWords.Word> words = SketchWords.of(SketchReader.read(spec.sketch().orElseThrow()));
            List<String> drawn = layout.figure().texts().stream().map(Shape.Text::text).toList();
            List<SketchWords.Word> missing = SketchWords.missing(words, drawn, layout.scene().notes());
            List<LayoutAudit.Problem> problems = LayoutAudit.audit(layout.figure());
            int overlaps = (int) problems.stream().filter(p -> p.kind() == LayoutAudit.Kind.OVERLAP).count();
            int overflows = (int) problems.stream().filter(p -> p.kind() == LayoutAudit.Kind.OVERFLOW
                    || p.kind() == LayoutAudit.Kind.OUTSIDE_CANVAS).count();
            double smallest = layout.figure().texts().stream().mapToDouble(Shape.Text::size).min().orElse(0);
            List<ConnectorAudit.Problem> connectors = ConnectorAudit.audit(layout.figure());
            List<Finding> errors = new FigureChecker(renderer.theme()).check(file, fig).stream()
                    .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
            double minFont = LayoutAudit.minFont(layout.figure());
            CompositionAudit.Composition composition = CompositionAudit.of(layout.scene(), layout.figure(), minFont,
                    backgroundShare(fig.png(), layout.figure().background()));
            return new CorpusReport(file, null, words.size(), words.size() - missing.size(), overlaps, overflows,
                    smallest, minFont, layout.unbound().size(), missing, problems, connectors,
                    layout.dropped().size(), layout.routed().size(), errors, composition);
        } catch (FigureException e) {
            return failed(file, e);
        } catch (RasterException e) {
            return failed(file, e.getMessage());
        }
    }

    /** The report of a spec that could not be read or laid out. */
    public static CorpusReport failed(String file, FigureException e) {
        return failed(file, (e.line() > 0 ? e.line() + ": " : "") + e.getMessage());
    }

    private static CorpusReport failed(String file, String error) {
        return new CorpusReport(file, error, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of(), null);
    }

    /** The share of the PNG's pixels in the background colour exactly (0 when there is no PNG). */
    static double backgroundShare(byte[] png, String background) {
        if (png == null) {
            return 0;
        }
        try {
            return FigureChecker.PngFacts.read(png).share(Integer.parseInt(background.substring(1), 16));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** How many of the figure's connectors have a problem of this kind. */
    public int connectors(ConnectorAudit.Kind kind) {
        return (int) connectors.stream().filter(p -> p.kind() == kind).count();
    }

    public double coverage() {
        return words == 0 ? 1 : (double) drawn / words;
    }

    /** The figure as a reader would see it: words, overlaps, overflows and type, whatever check says of the rest. */
    public boolean layoutPasses() {
        return error == null && coverage() >= WORDS_BAR && overlaps == 0 && overflows == 0 && smallestFont >= minFont - 1e-6;
    }

    public boolean passes() {
        return layoutPasses() && checkErrors.isEmpty();
    }

    public String row() {
        if (error != null) {
            return String.format(Locale.ROOT, "%-52s FAIL  error %s", file, error);
        }
        return String.format(Locale.ROOT,
                "%-52s %-4s  words %4d/%-4d %6.1f%%  overlaps %2d  overflows %2d  min font %5.1f  unbound %d  check errors %d"
                        + "  dangling %d  zero-length %d  crossing %d  lines left out %d  edges routed %d"
                        + "  body@800 %4.1f  min@800 %4.1f  empty %2.0f%%%s  background %2.0f%%  sibling styles %d",
                file, passes() ? "ok" : "FAIL", drawn, words, 100 * coverage(), overlaps, overflows, smallestFont, unbound,
                checkErrors.size(), connectors(ConnectorAudit.Kind.DANGLING), connectors(ConnectorAudit.Kind.ZERO_LENGTH),
                connectors(ConnectorAudit.Kind.CROSSING), droppedLines, routedEdges, composition.bodyAt800(),
                composition.smallestAt800(), 100 * composition.largestEmpty(), composition.atMinimum() ? " (type at minimum)" : "",
                100 * composition.background(), composition.siblingMismatches().size());
    }
}
