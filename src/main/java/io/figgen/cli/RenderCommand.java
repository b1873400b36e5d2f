package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Limits;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code figgen render}: specs in, SVG and PNG out, named after each spec file. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render figure specs to SVG and PNG. A folder stands for the *.md files in it.")
final class RenderCommand implements Callable<Integer> {
    enum Format { svg, png }

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "folder for the figures (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "svg,png",
            description = "what to write: svg, png or both (default: ${DEFAULT-VALUE})")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per SVG pixel, e.g. 2 for high-DPI screens (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--theme", paramLabel = "FILE", description = "theme YAML replacing the house theme")
    Path themeFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(scale > 0) || scale > Limits.MAX_SCALE) {
            err.println("figgen render: --scale must be above 0 and at most " + Limits.MAX_SCALE + ", not " + scale);
            return ExitCodes.USAGE;
        }
        Theme theme;
        try {
            theme = ThemeOption.load(themeFile);
        } catch (FigureException e) {
            Problems.report(err, String.valueOf(themeFile), e);
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Problems.report(err, String.valueOf(themeFile), "cannot read theme: " + e.getMessage());
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
        int failed = 0;
        int worst = ExitCodes.OK;
        for (Path file : files) {
            int code = renderOne(renderer, file, out, err);
            if (code != ExitCodes.OK) {
                failed++;
                worst = Math.max(worst, code);
            }
        }
        if (files.size() > 1) {
            out.println("rendered " + (files.size() - failed) + " of " + files.size() + " figures"
                    + (failed > 0 ? ", " + failed + " failed" : ""));
        }
        return worst;
    }

    private int renderOne(Renderer renderer, Path file, PrintWriter out, PrintWriter err) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            Problems.report(err, name, "no such file: check the path");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Problems.report(err, name, "cannot read: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        RenderedFigure fig;
        try {
            fig = renderer.render(name, bytes, formats.contains(Format.png), scale);
        } catch (FigureException e) {
            Problems.report(err, name, e);
            return ExitCodes.BAD_INPUT;
        } catch (RasterException e) {
            Problems.report(err, name, "PNG rasterisation failed: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        String base = Renderer.baseName(name);
        List<String> written = new java.util.ArrayList<>();
        try {
            if (formats.contains(Format.svg)) {
                Path svg = output.resolve(base + ".svg");
                OutputWriter.write(svg, fig.svg().getBytes(StandardCharsets.UTF_8));
                written.add(svg.toString());
            }
            if (formats.contains(Format.png)) {
                Path png = output.resolve(base + ".png");
                OutputWriter.write(png, fig.png());
                written.add(png.toString());
            }
        } catch (IOException e) {
            Problems.report(err, name, "cannot write to " + output + ": " + Problems.oneLine(String.valueOf(e.getMessage())));
            return ExitCodes.IO;
        }
        fig.layout().unbound().forEach(el -> err.println(name + ":" + el.line() + ": warning: content element '"
                + el.element() + "' matches nothing in the sketch, so nothing draws it"));
        out.println(name + " -> " + String.join(", ", written));
        return ExitCodes.OK;
    }
}
