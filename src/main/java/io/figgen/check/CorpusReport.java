package io.figgen.check;

import io.figgen.layout.Layout;
import io.figgen.model.FigureException;
import io.figgen.model.Shape;
import io.figgen.model.Spec;
import io.figgen.render.Renderer;
import io.figgen.sketch.SketchReader;

import java.util.List;
import java.util.Locale;

/**
 * One spec's health as a figure: did it render, how many of its sketch words are drawn, how many texts
 * overlap or overflow, the smallest type. The corpus command prints these for a folder of specs and
 * fails when any spec falls below the bar.
 */
public record CorpusReport(String file, String error, int words, int drawn, int overlaps, int overflows,
                           double smallestFont, double minFont, int unbound, List<SketchWords.Word> missing,
                           List<LayoutAudit.Problem> problems) {

    /** The share of sketch words drawn that a figure must reach. */
    public static final double WORDS_BAR = 0.99;

    public static CorpusReport of(Renderer renderer, String file, byte[] bytes) {
        try {
            Spec spec = Renderer.parse(file, bytes);
            Layout layout = renderer.layout(file, bytes);
            List<SketchWords.Word> words = SketchWords.of(SketchReader.read(spec.sketch().orElseThrow()));
            List<String> drawn = layout.figure().texts().stream().map(Shape.Text::text).toList();
            List<SketchWords.Word> missing = SketchWords.missing(words, drawn);
            List<LayoutAudit.Problem> problems = LayoutAudit.audit(layout.figure());
            int overlaps = (int) problems.stream().filter(p -> p.kind() == LayoutAudit.Kind.OVERLAP).count();
            int overflows = (int) problems.stream().filter(p -> p.kind() == LayoutAudit.Kind.OVERFLOW
                    || p.kind() == LayoutAudit.Kind.OUTSIDE_CANVAS).count();
            double smallest = layout.figure().texts().stream().mapToDouble(Shape.Text::size).min().orElse(0);
            return new CorpusReport(file, null, words.size(), words.size() - missing.size(), overlaps, overflows,
                    smallest, LayoutAudit.minFont(layout.figure()), layout.unbound().size(), missing, problems);
        } catch (FigureException e) {
            return new CorpusReport(file, (e.line() > 0 ? e.line() + ": " : "") + e.getMessage(), 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
        }
    }

    public double coverage() {
        return words == 0 ? 1 : (double) drawn / words;
    }

    public boolean passes() {
        return error == null && coverage() >= WORDS_BAR && overlaps == 0 && overflows == 0 && smallestFont >= minFont - 1e-6;
    }

    public String row() {
        if (error != null) {
            return String.format(Locale.ROOT, "%-52s FAIL  error %s", file, error);
        }
        return String.format(Locale.ROOT, "%-52s %-4s  words %4d/%-4d %6.1f%%  overlaps %2d  overflows %2d  min font %5.1f  unbound %d",
                file, passes() ? "ok" : "FAIL", drawn, words, 100 * coverage(), overlaps, overflows, smallestFont, unbound);
    }
}
