package io.figgen.cli;

import io.figgen.check.FigureChecker;
import io.figgen.check.Finding;
import io.figgen.check.FindingWriter;
import io.figgen.model.FigureException;
import io.figgen.render.RasterException;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.theme.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code figgen check}: renders each spec and proves the figure against its rules and the house rules. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check figures against their specs' rules and the house rules. Exit 0 when clean (warnings allowed), "
                + "1 on any error finding, 3 when a spec cannot be read or rendered.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or sarif (SARIF 2.1.0, for CI annotations) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--quiet", description = "leave out notes (rules that cannot be checked)")
    boolean quiet;

    @CommandLine.Mixin
    ThemeOption themeOption = new ThemeOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Theme theme;
        List<Path> files;
        try {
            theme = themeOption.load();
            files = Inputs.expand(specs);
        } catch (FigureException e) {
            Problems.report(err, themeOption.name(), e);
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("figgen check: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        Renderer renderer = new Renderer(theme);
        FigureChecker checker = new FigureChecker(theme);
        List<Finding> all = new ArrayList<>();
        int failedInput = 0;
        int checkable = 0;
        int unchecked = 0;
        for (Path file : files) {
            String name = file.toString();
            try {
                RenderedFigure fig = renderer.render(name, Files.readAllBytes(file), true, 1);
                all.addAll(checker.check(name, fig));
                FigureChecker.RuleCount count = FigureChecker.count(fig.spec());
                checkable += count.checkable();
                unchecked += count.unchecked();
            } catch (NoSuchFileException e) {
                Problems.report(err, name, "no such file: check the path");
                failedInput++;
            } catch (IOException e) {
                Problems.report(err, name, "cannot read: " + e.getMessage());
                failedInput++;
            } catch (FigureException e) {
                Problems.report(err, name, e);
                failedInput++;
            } catch (RasterException e) {
                Problems.report(err, name, "PNG rasterisation failed: " + e.getMessage());
                failedInput++;
            }
        }
        List<Finding> shown = quiet ? all.stream().filter(f -> f.severity() != Finding.Severity.NOTE).toList() : all;
        switch (format) {
            case json -> out.print(FindingWriter.json(shown));
            case sarif -> out.print(FindingWriter.sarif(shown, Main.Version.version()));
            default -> {
                shown.forEach(f -> out.println(f.text()));
                out.println(summary(files.size(), all, checkable, unchecked));
            }
        }
        out.flush();
        if (failedInput > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return all.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String summary(int specs, List<Finding> findings, int checkable, int unchecked) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() != Finding.Severity.NOTE) {
                String kind = f.rule().startsWith("rule ") ? "spec rules" : f.rule().replaceAll("/.*", "");
                byKind.merge(kind + " " + f.severity().name().toLowerCase(Locale.ROOT) + "s", 1, Integer::sum);
            }
        }
        return String.format(Locale.ROOT, "checked %d spec%s: %d errors, %d warnings %s; rules: %d machine-checked, %d not checkable",
                specs, specs == 1 ? "" : "s",
                findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count(),
                findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count(),
                byKind.isEmpty() ? "" : byKind.toString(), checkable, unchecked);
    }
}
