package io.figgen.cli;

import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A measuring prototype (not production code): what building figgen's command line costs in a cold JVM, as
 * figgen does it (picocli reading the annotations of Main and its seven subcommands) and as it would cost
 * with the model built in code (no annotation reflection, no annotation proxy classes, which class-data
 * sharing cannot archive). Run each mode in a new JVM:
 * {@code java -cp target/bench/figgen.jar io.figgen.cli.PicocliStartupPrototype annotated|render-only|programmatic}.
 */
public final class PicocliStartupPrototype {
    private PicocliStartupPrototype() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "annotated";
        String[] cli = {"render", "specs/fig-choice-12.md", "-o", "/tmp/x"};
        long t0 = System.nanoTime();
        CommandLine.ParseResult result;
        switch (mode) {
            case "annotated" -> result = new CommandLine(new Main()).parseArgs(cli);
            case "render-only" -> result = new CommandLine(new RenderCommand(Streams.system())).parseArgs(
                    java.util.Arrays.copyOfRange(cli, 1, cli.length));
            case "programmatic" -> {
                CommandSpec render = CommandSpec.create().name("render").mixinStandardHelpOptions(true);
                render.addOption(OptionSpec.builder("-o", "--output").paramLabel("DIR").type(java.nio.file.Path.class)
                        .defaultValue("out").build());
                render.addOption(OptionSpec.builder("--to-location").build());
                render.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").splitRegex(",")
                        .type(java.util.List.class).auxiliaryTypes(String.class).build());
                render.addOption(OptionSpec.builder("--scale").paramLabel("N").type(double.class).defaultValue("1").build());
                render.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(Integer.class).build());
                render.addOption(OptionSpec.builder("--check").build());
                render.addOption(OptionSpec.builder("--theme").paramLabel("FILE").type(java.nio.file.Path.class).build());
                render.addPositional(PositionalParamSpec.builder().arity("1..*").paramLabel("SPEC")
                        .type(java.util.List.class).auxiliaryTypes(java.nio.file.Path.class).build());
                CommandSpec top = CommandSpec.create().name("figgen").mixinStandardHelpOptions(true)
                        .addSubcommand("render", render);
                result = new CommandLine(top).parseArgs(cli);
            }
            default -> throw new IllegalArgumentException(mode);
        }
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: command line built and parsed in %.1f ms (%s); JVM start to here %d ms%n", mode,
                (t1 - t0) / 1e6, result.hasSubcommand() ? result.subcommand().commandSpec().name() : result.commandSpec().name(),
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
