package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.model.Spec;
import io.figgen.render.Renderer;
import io.figgen.scene.Scene;
import io.figgen.scene.SceneDump;
import io.figgen.sketch.SketchDump;
import io.figgen.sketch.SketchReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code figgen inspect}: shows how figgen reads a spec's sketch, to debug a layout. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print what figgen reads from a spec: with --scene, the scene the figure shows (components, "
                + "edges, bound elements, notes); without, the sketch's structure (bands, panels, boxes, rows, tokens).")
final class InspectCommand implements Callable<Integer> {
    private final Streams streams;

    InspectCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(paramLabel = "SPEC", description = "a spec file; - for standard input")
    Path file;

    @CommandLine.Option(names = "--scene", description = "print the scene: what the figure shows, read from the whole spec")
    boolean scene;

    @CommandLine.Option(names = "--json", description = "with --scene: as JSON")
    boolean json;

    @CommandLine.Mixin
    ThemeOption theme;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            byte[] bytes = Inputs.read(file, streams.in());
            if (json && !scene) {
                Problems.report(err, Inputs.name(file), "--json goes with --scene: add --scene");
                return ExitCodes.USAGE;
            }
            if (scene) {
                Scene sc = new Renderer(theme.load()).scene(Inputs.name(file), bytes);
                out.print(json ? SceneDump.json(sc) : SceneDump.tree(sc));
                out.flush();
                return ExitCodes.OK;
            }
            Spec s = Renderer.parse(Inputs.name(file), bytes);
            out.print(SketchDump.dump(SketchReader.read(s.sketch().orElseThrow())));
            s.elements().forEach(e -> out.println("element L" + e.line() + " " + e.tags() + " " + e.element()));
            out.flush();
            return ExitCodes.OK;
        } catch (FigureException e) {
            Problems.report(err, file.toString(), e);
            return ExitCodes.BAD_INPUT;
        } catch (java.nio.file.NoSuchFileException e) {
            Problems.report(err, file.toString(), "no such file: check the path");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Problems.report(err, file.toString(), "cannot read: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
