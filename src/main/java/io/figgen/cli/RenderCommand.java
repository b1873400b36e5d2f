package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Limits;
import io.figgen.model.Spec;
import io.figgen.render.Provenance;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code figgen render}: specs in, SVG and PNG out, named after each spec file, rendered in parallel. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render figure specs to SVG and PNG. A folder stands for the *.md files in it.")
final class RenderCommand implements Callable<Integer> {
    enum Format { svg, png }

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "folder for the figures (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--to-location", description = "write each figure to the folder its spec's Location field names, "
            + "relative to the repository root, instead of -o")
    boolean toLocation;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "svg,png",
            description = "what to write: svg, png or both (default: ${DEFAULT-VALUE})")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per SVG pixel, e.g. 2 for high-DPI screens (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "figures rendered at once (default: all cores)")
    Integer jobs;

    @Option(names = "--check", description = "write nothing; exit 1 naming every figure whose output is missing or was "
            + "made from another spec, theme or figgen version")
    boolean check;

    @CommandLine.Mixin
    ThemeOption themeOption = new ThemeOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What rendering or checking one spec printed, kept until all are done so output keeps input order. */
    private record Outcome(int code, List<String> out, List<String> err) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(scale > 0) || scale > Limits.MAX_SCALE) {
            err.println("figgen render: --scale must be above 0 and at most " + Limits.MAX_SCALE + ", not " + scale);
            return ExitCodes.USAGE;
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1 || threads > 256) {
            err.println("figgen render: --jobs must be between 1 and 256, not " + threads);
            return ExitCodes.USAGE;
        }
        Theme theme;
        try {
            theme = themeOption.load();
        } catch (FigureException e) {
            Problems.report(err, themeOption.name(), e);
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Problems.report(err, themeOption.name(), "cannot read theme: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files;
        try {
            files = Inputs.expand(specs);
        } catch (IOException e) {
            err.println("figgen render: cannot list specs: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        Renderer renderer = new Renderer(theme);
        List<Outcome> outcomes = Batch.run(files, threads, f -> check ? stale(renderer, f) : render(renderer, f), err,
                System.console() != null);
        int failed = 0;
        int worst = ExitCodes.OK;
        for (Outcome o : outcomes) {
            o.out().forEach(out::println);
            o.err().forEach(err::println);
            if (o.code() != ExitCodes.OK) {
                failed++;
                worst = Math.max(worst, o.code());
            }
        }
        if (check) {
            out.println(failed == 0 ? (files.size() == 1 ? "the figure is up to date" : "all " + files.size() + " figures are up to date")
                    : failed + " of " + files.size() + " figures are stale or missing: run figgen render to update them");
        } else if (files.size() > 1) {
            out.println("rendered " + (files.size() - failed) + " of " + files.size() + " figures"
                    + (failed > 0 ? ", " + failed + " failed" : ""));
        }
        out.flush();
        err.flush();
        return worst;
    }

    private Outcome failure(int code, String message) {
        return new Outcome(code, List.of(), List.of(message));
    }

    private static String located(String file, FigureException e) {
        return e.line() > 0 ? file + ":" + e.line() + ": " + e.getMessage() : file + ": " + e.getMessage();
    }

    private byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private Outcome render(Renderer renderer, Path file) {
        String name = file.toString();
        try {
            byte[] bytes = read(file);
            RenderedFigure fig = renderer.render(name, bytes, formats.contains(Format.png), scale);
            Path dir = OutputLocation.folder(file, fig.spec(), output, toLocation);
            String base = OutputLocation.safeName(Renderer.baseName(name));
            List<String> written = new ArrayList<>();
            if (formats.contains(Format.svg)) {
                Path svg = dir.resolve(base + ".svg");
                OutputWriter.write(svg, fig.svg().getBytes(StandardCharsets.UTF_8));
                written.add(svg.toString());
            }
            if (formats.contains(Format.png)) {
                Path png = dir.resolve(base + ".png");
                OutputWriter.write(png, fig.png());
                written.add(png.toString());
            }
            List<String> warnings = fig.layout().unbound().stream().map(el -> name + ":" + el.line()
                    + ": warning: content element '" + el.element() + "' matches nothing in the sketch, so nothing draws it").toList();
            return new Outcome(ExitCodes.OK, List.of(name + " -> " + String.join(", ", written)), warnings);
        } catch (NoSuchFileException e) {
            return failure(ExitCodes.BAD_INPUT, name + ": no such file: check the path");
        } catch (FigureException e) {
            return failure(ExitCodes.BAD_INPUT, located(name, e));
        } catch (RasterException e) {
            return failure(ExitCodes.INTERNAL, name + ": PNG rasterisation failed: " + e.getMessage());
        } catch (IOException e) {
            return failure(ExitCodes.IO, name + ": cannot write to " + output + ": " + Problems.oneLine(String.valueOf(e.getMessage())));
        } catch (java.io.UncheckedIOException e) {
            return failure(ExitCodes.IO, name + ": " + Problems.oneLine(e.getMessage()));
        }
    }

    /** Compares the hashes the outputs carry with the ones the spec would give now; renders nothing. */
    private Outcome stale(Renderer renderer, Path file) {
        String name = file.toString();
        try {
            byte[] bytes = read(file);
            Spec parsed = Renderer.parse(name, bytes);
            Path dir = OutputLocation.folder(file, parsed, output, toLocation);
            String base = OutputLocation.safeName(Renderer.baseName(name));
            String svgHash = renderer.svgHash(bytes);
            List<String> problems = new ArrayList<>();
            if (formats.contains(Format.svg)) {
                Path svg = dir.resolve(base + ".svg");
                Optional<String> have = Files.exists(svg) ? Provenance.ofSvg(Files.readString(svg, StandardCharsets.UTF_8)) : null;
                verdict(problems, name, svg, have, svgHash);
            }
            if (formats.contains(Format.png)) {
                Path png = dir.resolve(base + ".png");
                Optional<String> have = Files.exists(png) ? Provenance.ofPng(Files.readAllBytes(png)) : null;
                verdict(problems, name, png, have, Provenance.pngHash(svgHash, scale));
            }
            return problems.isEmpty() ? new Outcome(ExitCodes.OK, List.of(), List.of())
                    : new Outcome(ExitCodes.FINDINGS, problems, List.of());
        } catch (NoSuchFileException e) {
            return failure(ExitCodes.BAD_INPUT, name + ": no such file: check the path");
        } catch (FigureException e) {
            return failure(ExitCodes.BAD_INPUT, located(name, e));
        } catch (IOException e) {
            return failure(ExitCodes.BAD_INPUT, name + ": cannot read: " + Problems.oneLine(e.getMessage()));
        }
    }

    private static void verdict(List<String> problems, String spec, Path output, Optional<String> have, String want) {
        if (have == null) {
            problems.add(output + ": missing (render " + spec + ")");
        } else if (have.isEmpty()) {
            problems.add(output + ": stale: not made by figgen, or by a version that did not record its inputs");
        } else if (!have.get().equals(want)) {
            problems.add(output + ": stale: " + spec + ", the theme or figgen changed since it was rendered");
        }
    }
}
