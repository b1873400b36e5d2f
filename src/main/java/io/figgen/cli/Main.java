package io.figgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** figgen's entry point: figure specs in Markdown to SVG and PNG. */
@Command(name = "figgen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Renders Markdown figure specs to publication-quality SVG and PNG figures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:findings: a figure breaks a rule, or an output is stale",
            "2:usage error on the command line",
            "3:invalid spec or theme (the message gives file:line)",
            "4:an output could not be written",
            "5:internal error"})
public final class Main implements Runnable {
    /** fontbox reports tables it skips through java.util.logging; a user needs none of that on stderr. */
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        FONTBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Warmup.startFor(args);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Throwable t) {
            // out of memory, a stack overflow: still one line, never a trace
            System.err.println("figgen: internal error: " + t.getClass().getSimpleName() + " (please report it with the spec)");
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }

    /**
     * The subcommands in the order help lists them. picocli reads a command's annotations when it is added,
     * and for all seven that took ~70 ms of every cold run; so when the first argument names one, only that
     * one is added (help, completion and a mistyped name get them all).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("render", RenderCommand::new);
        m.put("check", CheckCommand::new);
        m.put("preview", PreviewCommand::new);
        m.put("inspect", InspectCommand::new);
        m.put("corpus", CorpusCommand::new);
        m.put("generate-completion", picocli.AutoComplete.GenerateCompletion::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** Runs figgen as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")
                && !args[0].equals("generate-completion");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(args[0])) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("figgen: internal error: " + Problems.oneLine(String.valueOf(ex))
                    + " (please report it with the spec that caused it)");
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or the development marker when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "0.2.0-dev" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"figgen " + version()};
        }
    }
}
