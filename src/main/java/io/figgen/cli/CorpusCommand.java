package io.figgen.cli;

import io.figgen.model.Limits;
import io.figgen.check.ConnectorAudit;
import io.figgen.check.CorpusReport;
import io.figgen.check.SketchWords;
import io.figgen.model.FigureException;
import io.figgen.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code figgen corpus}: renders every spec of a folder and reports, per spec, whether it rendered, how
 * many sketch words are drawn, overlaps, overflows, the smallest type and check's errors. Exits 1 when any
 * spec falls below the bar (an error, under 99% of words, any overlap or overflow, type under the minimum,
 * any error {@code check} reports: the two commands agree).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Report figure health for every spec in the given folders or files; exit 1 if any falls below the bar.")
final class CorpusCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = "--missing", description = "list the sketch words not drawn, with their spec lines")
    boolean missing;

    @Option(names = "--problems", description = "list each overlap, overflow, undersized text and check error, with its spec line")
    boolean problems;

    @CommandLine.Mixin
    ThemeOption themeOption = new ThemeOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            Inputs.requireExisting(specs);
            files = Inputs.expand(specs);
        } catch (NoSuchFileException e) {
            err.println(e.getFile() + ": no such file: check the path");
            return ExitCodes.BAD_INPUT;
        } catch (Inputs.NoSpecs e) {
            err.println("figgen corpus: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Renderer renderer = new Renderer(themeOption.load());
        // every figure is read, rendered and checked, on all cores; the rows keep the order given
        List<CorpusReport> reports = java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> report(renderer, files.get(i))).toList();
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            CorpusReport r = reports.get(i);
            out.println(r.row());
            if (problems) {
                r.problems().forEach(pr -> out.println("    " + p + ":" + pr.line() + ": " + pr.kind() + ": " + pr.message()));
                r.connectors().forEach(pr -> out.println("    " + p + ":" + pr.line() + ": " + pr.kind() + ": " + pr.message()));
                r.checkErrors().forEach(f -> out.println("    " + f.text()));
                if (r.composition() != null) {
                    r.composition().siblingMismatches().forEach(m -> out.println("    " + p + ":" + m.substring(1) + " (sibling styles)"));
                    io.figgen.model.Box e = r.composition().emptyRegion();
                    if (e != null && r.composition().largestEmpty() > io.figgen.check.CompositionAudit.EMPTY_BAR) {
                        out.println(String.format(Locale.ROOT, "    %s: largest empty region %.0f%% of the canvas at %.0f,%.0f %.0fx%.0f px",
                                p, 100 * r.composition().largestEmpty(), e.x(), e.y(), e.w(), e.h()));
                    }
                }
            }
            if (missing) {
                for (SketchWords.Word w : r.missing()) {
                    out.println("    " + p + ":" + w.line() + ": not drawn: " + w.word());
                }
            }
        }
        long failed = reports.stream().filter(r -> !r.passes()).count();
        int words = reports.stream().mapToInt(CorpusReport::words).sum();
        int drawn = reports.stream().mapToInt(CorpusReport::drawn).sum();
        out.println(String.format(Locale.ROOT,
                "corpus: %d specs, %d pass, %d fail; words %d/%d (%.2f%%); overlaps %d; overflows %d; errors %d; unbound elements %d; check errors %d;"
                        + " connectors dangling %d, zero-length %d, crossing %d; sketch lines left out %d; stated edges routed %d",
                reports.size(), reports.size() - failed, failed, drawn, words, words == 0 ? 100.0 : 100.0 * drawn / words,
                reports.stream().mapToInt(CorpusReport::overlaps).sum(), reports.stream().mapToInt(CorpusReport::overflows).sum(),
                reports.stream().filter(r -> r.error() != null).count(), reports.stream().mapToInt(CorpusReport::unbound).sum(),
                reports.stream().mapToInt(r -> r.checkErrors().size()).sum(),
                reports.stream().mapToInt(r -> r.connectors(ConnectorAudit.Kind.DANGLING)).sum(),
                reports.stream().mapToInt(r -> r.connectors(ConnectorAudit.Kind.ZERO_LENGTH)).sum(),
                reports.stream().mapToInt(r -> r.connectors(ConnectorAudit.Kind.CROSSING)).sum(),
                reports.stream().mapToInt(CorpusReport::droppedLines).sum(),
                reports.stream().mapToInt(CorpusReport::routedEdges).sum()));
        List<io.figgen.check.CompositionAudit.Composition> cs = reports.stream().map(CorpusReport::composition)
                .filter(java.util.Objects::nonNull).toList();
        double[] bodies = cs.stream().mapToDouble(io.figgen.check.CompositionAudit.Composition::bodyAt800).sorted().toArray();
        out.println(String.format(Locale.ROOT,
                "composition at 800 px: body median %.1f px (%d figures under %.0f), smallest under %.0f px in %d; empty region over a sixth"
                        + " with type at the minimum in %d; background under 30%% in %d; sibling style mismatches %d",
                bodies.length == 0 ? 0 : bodies[bodies.length / 2],
                cs.stream().filter(c -> c.bodyAt800() < io.figgen.check.CompositionAudit.BODY_AT_DISPLAY - 1e-6).count(),
                io.figgen.check.CompositionAudit.BODY_AT_DISPLAY, io.figgen.check.CompositionAudit.SMALLEST_AT_DISPLAY,
                cs.stream().filter(c -> c.smallestAt800() < io.figgen.check.CompositionAudit.SMALLEST_AT_DISPLAY - 1e-6).count(),
                cs.stream().filter(c -> c.atMinimum() && c.largestEmpty() > io.figgen.check.CompositionAudit.EMPTY_BAR).count(),
                cs.stream().filter(c -> c.background() < 0.3).count(),
                cs.stream().mapToInt(c -> c.siblingMismatches().size()).sum()));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** One spec's report; a spec that cannot be read, or exhausts memory or the stack, is a failed report, not the end of the run. */
    private static CorpusReport report(Renderer renderer, Path p) {
        try {
            return CorpusReport.of(renderer, p.toString(), InputFile.read(p, Limits.MAX_SPEC_BYTES));
        } catch (FigureException e) {
            return CorpusReport.failed(p.toString(), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // one figure's exhausted heap or stack ends that figure only; the others and the summary go on
            return CorpusReport.failed(p.toString(), new FigureException(0, Exhaustion.message(e)));
        } catch (RuntimeException e) {
            return CorpusReport.failed(p.toString(), new FigureException(0, RenderCommand.internalMessage(e)));
        }
    }
}
