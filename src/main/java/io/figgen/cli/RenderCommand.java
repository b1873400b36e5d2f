package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Limits;
import io.figgen.model.Spec;
import io.figgen.render.MissingGlyphs;
import io.figgen.render.Provenance;
import io.figgen.render.RasterException;
import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.check.TagAdvice;
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
        description = "Render figure specs to SVG, PNG or PDF. A folder stands for the *.md files in it; - reads a spec "
                + "from standard input.")
final class RenderCommand implements Callable<Integer> {
    enum Format { svg, png, pdf }

    private static final Path STDOUT = Path.of("-");

    private final Streams streams;

    RenderCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs; - for standard input")
    List<Path> specs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "folder for the figures (default: ${DEFAULT-VALUE}); - writes the one figure, in one format, "
                    + "to standard output")
    Path output;

    @Option(names = {"-r", "--recursive"}, description = "a folder stands for the *.md files in its subfolders too")
    boolean recursive;

    @Option(names = "--to-location", description = "write each figure to the folder its spec's Location field names, "
            + "relative to the repository root, instead of -o")
    boolean toLocation;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "svg,png",
            description = "what to write: svg, png, pdf, or a list (default: ${DEFAULT-VALUE})")
    Set<Format> formats = EnumSet.of(Format.svg, Format.png);

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
        boolean explicitOutput = spec.commandLine().getParseResult().hasMatchedOption("-o");
        if (toLocation && explicitOutput) {
            err.println("figgen render: -o and --to-location both say where figures go: give one of them");
            return ExitCodes.USAGE;
        }
        boolean toStdout = output.equals(STDOUT);
        if (toStdout && (formats.size() != 1 || check || specs.size() != 1 || Files.isDirectory(specs.get(0)))) {
            err.println("figgen render: -o - writes one figure in one format to standard output: give one spec and "
                    + "--format svg, png or pdf");
            return ExitCodes.USAGE;
        }
        Theme theme;
        try {
            theme = themeOption.load();
        } catch (FigureException e) {
            Problems.report(err, themeOption.name(), e);
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files;
        try {
            files = Inputs.expand(specs, recursive);
        } catch (Inputs.NoSpecs e) {
            err.println("figgen render: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("figgen render: cannot list specs: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        Renderer renderer = new Renderer(theme);
        if (toStdout) {
            return toStdout(renderer, files.get(0), err);
        }
        OutputPlan plan = new OutputPlan(files, themeOption.file, f -> plannedOutput(f, files.size()));
        List<Outcome> outcomes = Batch.run(files, threads, f -> check ? stale(renderer, f, plan) : render(renderer, f, plan), err,
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
        return Inputs.read(file, streams.in());
    }

    /** The bytes of one format of a rendered figure. */
    private byte[] bytes(Format format, RenderedFigure fig, Renderer renderer, byte[] spec) {
        return switch (format) {
            case svg -> fig.svg().getBytes(StandardCharsets.UTF_8);
            case png -> fig.png();
            // PDF classes load only here, so an SVG or PNG render never pays for them
            case pdf -> io.figgen.render.PdfWriter.write(fig.layout().figure(), renderer.svgHash(spec), renderer.inputs(spec, null));
        };
    }

    private static List<String> warnings(String name, RenderedFigure fig, Theme theme) {
        List<String> out = new ArrayList<>();
        fig.layout().unbound().forEach(el -> out.add(name + ":" + el.line() + ": warning: content element '" + el.element()
                + "' matches nothing in the sketch, so nothing draws it"));
        TagAdvice.of(theme, fig.spec()).forEach(a -> out.add(name + ":" + a.line() + ": warning: " + a.message()));
        for (MissingGlyphs.Missing m : MissingGlyphs.of(fig.layout().figure())) {
            boolean one = m.codePoints().size() == 1;
            out.add(name + ":" + m.line() + ": warning: " + (one ? "the character " : "the characters ") + m.describe()
                    + (one ? " is" : " are") + " in none of figgen's fonts, so drawn as a box: write the text in a script "
                    + "the bundled fonts have (Latin, Greek, Cyrillic) or leave it out");
        }
        return out;
    }

    /**
     * Where a spec's outputs will go, without extension, for the plan that keeps names unique. With
     * --to-location that needs the spec's Location, so a batch parses each spec once more (a few milliseconds
     * each); one spec cannot clash, and a spec that does not parse fails in its own render. Standard input is
     * read once, by its render, so its Location is not known here.
     */
    private Path plannedOutput(Path file, int batch) {
        String base = OutputLocation.safeName(Renderer.baseName(Inputs.name(file)));
        if (!toLocation) {
            return output.resolve(base);
        }
        if (batch < 2 || Inputs.isStdin(file)) {
            return null;
        }
        try {
            Spec parsed = Renderer.parse(Inputs.name(file), read(file));
            return OutputLocation.folder(file, parsed, output, true).resolve(base);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return null; // the spec's own render meets the same problem and reports it
        }
    }

    private Outcome render(Renderer renderer, Path file, OutputPlan plan) {
        String name = Inputs.name(file);
        if (plan.clash(file) != null) {
            return failure(ExitCodes.BAD_INPUT, name + ": " + plan.clash(file));
        }
        try {
            byte[] bytes = read(file);
            RenderedFigure fig = renderer.render(name, bytes, formats.contains(Format.png), scale);
            Path dir = OutputLocation.folder(file, fig.spec(), output, toLocation);
            String base = OutputLocation.safeName(Renderer.baseName(name));
            List<String> written = new ArrayList<>();
            for (Format format : formats) {
                plan.requireNotAnInput(dir.resolve(base + "." + format));
            }
            for (Format format : formats) {
                Path target = dir.resolve(base + "." + format);
                OutputWriter.write(target, bytes(format, fig, renderer, bytes));
                written.add(target.toString());
            }
            return new Outcome(ExitCodes.OK, List.of(name + " -> " + String.join(", ", written)),
                    warnings(name, fig, renderer.theme()));
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
        } catch (RuntimeException e) {
            return failure(ExitCodes.INTERNAL, internal(name, e));
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failure(ExitCodes.BAD_INPUT, name + ": " + Exhaustion.message(e));
        }
    }

    /** {@code -o -}: the one figure's bytes to standard output, the messages to stderr. */
    private int toStdout(Renderer renderer, Path file, PrintWriter err) {
        String name = Inputs.name(file);
        Format format = formats.iterator().next();
        try {
            byte[] bytes = read(file);
            RenderedFigure fig = renderer.render(name, bytes, format == Format.png, scale);
            byte[] outBytes = bytes(format, fig, renderer, bytes);
            warnings(name, fig, renderer.theme()).forEach(err::println);
            streams.out().write(outBytes);
            streams.out().flush();
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println(name + ": no such file: check the path");
            return ExitCodes.BAD_INPUT;
        } catch (FigureException e) {
            err.println(located(name, e));
            return ExitCodes.BAD_INPUT;
        } catch (RasterException e) {
            err.println(name + ": PNG rasterisation failed: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(name + ": cannot write to standard output: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.IO;
        } catch (RuntimeException e) {
            err.println(internal(name, e));
            return ExitCodes.INTERNAL;
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(name + ": " + Exhaustion.message(e));
            return ExitCodes.BAD_INPUT;
        }
    }

    /** A bug met by one figure fails that figure, not the batch. */
    static String internal(String spec, RuntimeException e) {
        return spec + ": " + internalMessage(e);
    }

    static String internalMessage(RuntimeException e) {
        return "internal error: " + Problems.oneLine(String.valueOf(e)) + " (please report it with this spec)";
    }

    /** Compares the hashes the outputs carry with the ones the spec would give now; renders nothing. */
    private Outcome stale(Renderer renderer, Path file, OutputPlan plan) {
        String name = Inputs.name(file);
        if (plan.clash(file) != null) {
            return failure(ExitCodes.BAD_INPUT, name + ": " + plan.clash(file));
        }
        try {
            byte[] bytes = read(file);
            Spec parsed = Renderer.parse(name, bytes);
            Path dir = OutputLocation.folder(file, parsed, output, toLocation);
            String base = OutputLocation.safeName(Renderer.baseName(name));
            String svgHash = renderer.svgHash(bytes);
            List<String> problems = new ArrayList<>();
            for (Format format : formats) {
                Path target = dir.resolve(base + "." + format);
                // a PDF's information dictionary may stand anywhere in it, so a PDF is read whole (within a limit)
                byte[] have = format == Format.pdf ? output(target) : header(target);
                if (have == null) {
                    problems.add(target + ": missing (render " + name + ")");
                    continue;
                }
                Optional<String> hash = switch (format) {
                    case svg -> Provenance.ofSvg(new String(have, StandardCharsets.UTF_8));
                    case png -> Provenance.ofPng(have);
                    case pdf -> io.figgen.render.PdfWriter.info(have, Provenance.PNG_KEY);
                };
                String want = format == Format.png ? Provenance.pngHash(svgHash, scale) : svgHash;
                if (hash.isEmpty()) {
                    problems.add(target + ": stale: not made by figgen, or by a version that did not record its inputs");
                } else if (!hash.get().equals(want)) {
                    Optional<String> inputs = switch (format) {
                        case svg -> Provenance.inputsOfSvg(new String(have, StandardCharsets.UTF_8));
                        case png -> Provenance.inputsOfPng(have);
                        case pdf -> io.figgen.render.PdfWriter.info(have, Provenance.INPUTS_KEY);
                    };
                    problems.add(target + ": stale: " + Provenance.whatChanged(inputs,
                            renderer.inputs(bytes, format == Format.png ? scale : null), name));
                }
            }
            return problems.isEmpty() ? new Outcome(ExitCodes.OK, List.of(), List.of())
                    : new Outcome(ExitCodes.FINDINGS, problems, List.of());
        } catch (NoSuchFileException e) {
            return failure(ExitCodes.BAD_INPUT, name + ": no such file: check the path");
        } catch (FigureException e) {
            return failure(ExitCodes.BAD_INPUT, located(name, e));
        } catch (IOException e) {
            return failure(ExitCodes.BAD_INPUT, name + ": cannot read: " + Problems.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            return failure(ExitCodes.INTERNAL, internal(name, e));
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failure(ExitCodes.BAD_INPUT, name + ": " + Exhaustion.message(e));
        }
    }

    /** The header of a committed output, where its hash stands; null when there is no output; an input error when it is no file. */
    private static byte[] header(Path output) {
        try {
            return InputFile.head(output, Limits.MAX_OUTPUT_HEADER_BYTES);
        } catch (FigureException e) {
            throw new FigureException(0, "output " + output + " is " + e.getMessage());
        }
    }

    /** A whole committed output, within a limit; null when there is none; an input error when it is no file. */
    private static byte[] output(Path output) {
        try {
            return !Files.exists(output) && !Files.isSymbolicLink(output) ? null
                    : InputFile.read(output, Limits.MAX_OUTPUT_PDF_BYTES);
        } catch (FigureException e) {
            throw new FigureException(0, "output " + output + " is " + e.getMessage());
        }
    }
}
