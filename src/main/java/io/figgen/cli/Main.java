package io.figgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** figgen's entry point: figure specs in Markdown to SVG, PNG and PDF. */
@Command(name = "figgen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Renders Markdown figure specs to publication-quality SVG, PNG and PDF figures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:findings: a figure breaks a rule, or an output is stale",
            "2:usage error on the command line",
            "3:invalid spec or theme (the message gives file:line)",
            "4:an output could not be written",
            "5:internal error"})
public final class Main implements java.util.concurrent.Callable<Integer> {
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
            code = run(args, Streams.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
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
    private static final Map<String, Function<Streams, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<Streams, Object>> subcommands() {
        Map<String, Function<Streams, Object>> m = new LinkedHashMap<>();
        m.put("render", RenderCommand::new);
        m.put("check", CheckCommand::new);
        m.put("preview", s -> new PreviewCommand());
        m.put("inspect", InspectCommand::new);
        m.put("corpus", s -> new CorpusCommand());
        m.put("init", s -> new InitCommand());
        m.put("generate-completion", s -> new picocli.AutoComplete.GenerateCompletion());
        m.put("help", s -> new CommandLine.HelpCommand());
        return m;
    }

    /** Runs figgen as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Streams.system(), out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the byte streams behind {@code -} given. */
    static int run(String[] args, Streams streams, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")
                && !args[0].equals("generate-completion");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(args[0])) {
                cli.addSubcommand(name, command.apply(streams));
            }
        });
        // escaping would show colour codes as text; figgen's help needs no colour
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // messages carry names and text from the user's files: nothing in them may act on the terminal
        cli.setOut(new TerminalWriter(out));
        cli.setErr(new TerminalWriter(err));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("figgen: internal error: " + Problems.oneLine(String.valueOf(ex))
                    + " (please report it with the spec that caused it)");
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    /** Bare {@code figgen}: no command given is a usage error, so a script that lost its arguments fails. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The version from the jar's manifest, or the development marker when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "0.6.10-dev" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"figgen " + version()};
        }
    }
}
