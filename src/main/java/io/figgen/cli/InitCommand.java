package io.figgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code figgen init NAME}: writes a starter spec from one of the bundled templates, with its id and title made
 * from NAME. Each template renders cleanly and passes {@code figgen check}, so a new user starts from green.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter spec NAME.md from a template (hero, multi-panel, flowchart, split-panel, steps).")
final class InitCommand implements Callable<Integer> {
    enum Template { hero, multi_panel, flowchart, split_panel, steps;

        /** The name on the command line and of the resource: multi-panel, split-panel. */
        String label() {
            return name().replace('_', '-');
        }
    }

    @Parameters(paramLabel = "NAME", description = "the new spec's file name (NAME.md); its last part becomes the figure id")
    Path name;

    @Option(names = "--template", paramLabel = "TEMPLATE", defaultValue = "hero",
            converter = TemplateConverter.class,
            description = "hero, multi-panel, flowchart, split-panel or steps (default: ${DEFAULT-VALUE})")
    Template template;

    @Option(names = "--force", description = "replace NAME.md when it exists")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class TemplateConverter implements CommandLine.ITypeConverter<Template> {
        @Override
        public Template convert(String value) {
            for (Template t : Template.values()) {
                if (t.label().equals(value)) {
                    return t;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a template: use hero, multi-panel, "
                    + "flowchart, split-panel or steps");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = name.toString().endsWith(".md") ? name : Path.of(name + ".md");
        if (Files.exists(file) && !force) {
            err.println(file + ": exists already: pick another name, or --force to replace it");
            return ExitCodes.USAGE;
        }
        String id = OutputLocation.safeName(io.figgen.render.Renderer.baseName(file.toString())).toLowerCase(Locale.ROOT);
        String text;
        try (InputStream in = InitCommand.class.getResourceAsStream("/io/figgen/templates/" + template.label() + ".md")) {
            if (in == null) {
                err.println("figgen init: template " + template.label() + " is missing from the jar (please report it)");
                return ExitCodes.INTERNAL;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{id}}", id);
        } catch (IOException e) {
            err.println("figgen init: cannot read template: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.INTERNAL;
        }
        try {
            OutputWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(file + ": cannot write: " + Problems.oneLine(e.getMessage()));
            return ExitCodes.IO;
        }
        out.println("wrote " + file + " (" + template.label() + "): edit it, then figgen render " + file);
        return ExitCodes.OK;
    }
}
