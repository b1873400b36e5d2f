package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Spec;
import io.figgen.render.Renderer;
import io.figgen.sketch.SketchDump;
import io.figgen.sketch.SketchReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code figgen inspect}: shows how figgen reads a spec's sketch, to debug a layout. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the structure figgen reads from a spec's sketch: bands, panels, boxes, rows and tokens.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC", description = "a spec file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Spec s = Renderer.parse(file.toString(), Files.readAllBytes(file));
            out.print(SketchDump.dump(SketchReader.read(s.sketch().orElseThrow())));
            s.elements().forEach(e -> out.println("element L" + e.line() + " " + e.tags() + " " + e.element()));
            return ExitCodes.OK;
        } catch (FigureException e) {
            Problems.report(err, file.toString(), e);
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Problems.report(err, file.toString(), "cannot read: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
