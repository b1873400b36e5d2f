package io.figgen.cli;

import io.figgen.check.CorpusReport;
import io.figgen.check.SketchWords;
import io.figgen.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code figgen corpus}: lays out every spec of a folder and reports, per spec, whether it rendered, how
 * many sketch words are drawn, overlaps, overflows and the smallest type. Exits 1 when any spec falls below
 * the bar (an error, under 99% of words, any overlap or overflow, type under the minimum).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Report figure health for every spec in the given folders or files; exit 1 if any falls below the bar.")
final class CorpusCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = "--missing", description = "list the sketch words not drawn, with their spec lines")
    boolean missing;

    @Option(names = "--problems", description = "list each overlap, overflow and undersized text, with its spec line")
    boolean problems;

    @CommandLine.Mixin
    ThemeOption themeOption = new ThemeOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Renderer renderer = new Renderer(themeOption.load());
        List<CorpusReport> reports = new ArrayList<>();
        for (Path p : Inputs.expand(specs)) {
            CorpusReport r = CorpusReport.of(renderer, p.toString(), Files.readAllBytes(p));
            reports.add(r);
            out.println(r.row());
            if (problems) {
                r.problems().forEach(pr -> out.println("    " + p + ":" + pr.line() + ": " + pr.kind() + ": " + pr.message()));
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
                "corpus: %d specs, %d pass, %d fail; words %d/%d (%.2f%%); overlaps %d; overflows %d; errors %d; unbound elements %d",
                reports.size(), reports.size() - failed, failed, drawn, words, words == 0 ? 100.0 : 100.0 * drawn / words,
                reports.stream().mapToInt(CorpusReport::overlaps).sum(), reports.stream().mapToInt(CorpusReport::overflows).sum(),
                reports.stream().filter(r -> r.error() != null).count(), reports.stream().mapToInt(CorpusReport::unbound).sum()));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
