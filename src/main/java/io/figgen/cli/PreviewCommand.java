package io.figgen.cli;

import io.figgen.model.FigureException;
import io.figgen.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code figgen preview}: serves live figures on 127.0.0.1 and redraws them as their specs are saved. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Serve a live preview on http://127.0.0.1:PORT/: each figure redraws within a second of its spec being saved.")
final class PreviewCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8150", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @CommandLine.Mixin
    ThemeOption themeOption = new ThemeOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("figgen preview: --port must be 0 to 65535, not " + port);
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try {
            Inputs.requireExisting(specs);
            files = Inputs.expand(specs);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(e.getFile() + ": no such file: check the path");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("figgen preview: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        // folders are looked at again while serving, so a spec saved into one later shows up too
        List<Path> folders = specs.stream().filter(java.nio.file.Files::isDirectory).toList();
        try (PreviewServer server = new PreviewServer(new Renderer(themeOption.load()), files, folders, port)) {
            server.start();
            out.println("figgen preview: http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
            out.flush();
            new CountDownLatch(1).await();
            return ExitCodes.OK;
        } catch (FigureException e) {
            Problems.report(err, themeOption.name(), e);
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("figgen preview: cannot serve on 127.0.0.1:" + port + ": " + Problems.oneLine(e.getMessage()));
            return ExitCodes.IO;
        }
    }
}
