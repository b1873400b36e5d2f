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

    private final Streams streams;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs; - for standard input")
    List<Path> specs;

    @Option(names = {"-r", "--recursive"}, description = "a folder stands for the *.md files in its subfolders too")
    boolean recursive;

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
            files = Inputs.expand(specs, recursive);
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
        int internal = 0;
        int checkable = 0;
        int unchecked = 0;
        for (Path file : files) {
            String name = Inputs.name(file);
            // a spec that cannot be read or rendered is an error result too, so JSON and SARIF never pass it by
            Finding unusable = null;
            try {
                RenderedFigure fig = renderer.render(name, Inputs.read(file, streams.in()), true, 1);
                all.addAll(checker.check(name, fig));
                FigureChecker.RuleCount count = FigureChecker.count(fig.spec());
                checkable += count.checkable();
                unchecked += count.unchecked();
            } catch (NoSuchFileException e) {
                unusable = unusable(name, 1, "no such file: check the path");
            } catch (IOException e) {
                unusable = unusable(name, 1, "cannot read: " + Problems.oneLine(e.getMessage()));
            } catch (FigureException e) {
                unusable = unusable(name, Math.max(1, e.line()), e.getMessage());
            } catch (RasterException e) {
                unusable = unusable(name, 1, "PNG rasterisation failed: " + e.getMessage());
            } catch (RuntimeException e) {
                unusable = unusable(name, 1, RenderCommand.internalMessage(e));
                internal++;
            } catch (OutOfMemoryError | StackOverflowError e) {
                unusable = unusable(name, 1, Exhaustion.message(e));
            }
            if (unusable != null) {
                all.add(unusable);
                failedInput++;
                if (format != Format.text) {
                    // JSON and SARIF go to stdout for a machine; the person reading the CI log still sees why
                    err.println(unusable.file() + ":" + unusable.line() + ": " + unusable.message());
                }
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
        if (internal > 0) {
            return ExitCodes.INTERNAL;
        }
        if (failedInput > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return all.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** A spec check could not use, as an error finding at the line the problem was found. */
    private static Finding unusable(String file, int line, String message) {
        return new Finding(file, line, "input", Finding.Severity.ERROR, message);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String summary(int specs, List<Finding> findings, int checkable, int unchecked) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() != Finding.Severity.NOTE) {
                String kind = f.rule().startsWith("rule ") ? "spec rules" : f.rule().replaceAll("/.*", "");
                byKind.merge(kind + " " + f.severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, n) -> kinds.append(kinds.length() == 0 ? " (" : ", ").append(k).append(' ').append(n));
        if (kinds.length() > 0) {
            kinds.append(')');
        }
        return "checked " + count(specs, "spec") + ": "
                + count(findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count(), "error") + ", "
                + count(findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count(), "warning")
                + kinds + "; rules: " + checkable + " machine-checked, " + unchecked + " not checkable";
    }
}
