package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Hostile and broken specs, each rendered by figgen in a JVM of its own limited to 512 MB: every one must end
 * within 5 seconds in a figure or in one line of error with the file (and line), never a stack trace or a
 * hang, and a failed spec writes nothing.
 */
class HostileInputTest {
    @TempDir
    static Path dir;
    static String seed;

    record Case(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(TestFigures.CHOICE_12);
    }

    private static Case of(String name, String text) {
        return new Case(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String withSketch(String sketch) {
        int start = seed.indexOf("```\n+---") + 4;
        int end = seed.indexOf("```", start);
        return seed.substring(0, start) + sketch + "\n" + seed.substring(end);
    }

    private static String box(int depth, int width) {
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        List<String> middle = new ArrayList<>();
        for (int d = 0; d < depth; d++) {
            String pad = " ".repeat(d);
            int w = width - 2 * d;
            top.append(pad).append("┌").append("─".repeat(Math.max(1, w))).append("┐\n");
            bottom.insert(0, pad + "└" + "─".repeat(Math.max(1, w)) + "┘\n");
        }
        return top + " ".repeat(depth) + "deep\n" + bottom;
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        out.add(of("empty", ""));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        out.add(new Case("binary", binary));
        out.add(of("nul-bytes", seed.replace("Alembic", "Ale\0mbic")));
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        utf8[200] = (byte) 0xC3;
        utf8[201] = (byte) 0x28;
        out.add(new Case("invalid-utf8", utf8));
        out.add(of("bom-crlf", "\uFEFF" + seed.replace("\n", "\r\n")));
        StringBuilder big = new StringBuilder(seed);
        while (big.length() < 10_000_000) {
            big.append("\nfiller paragraph ").append("x".repeat(200));
        }
        out.add(of("ten-megabytes", big.toString()));
        out.add(of("5000-line-sketch", withSketch("+----+\n" + "| a  |\n".repeat(5000) + "+----+")));
        out.add(of("20000-column-line", withSketch("+--+\n| " + "y".repeat(20_000) + " |\n+--+")));
        out.add(of("100-nested-boxes", withSketch(box(100, 260))));
        StringBuilder many = new StringBuilder("+" + "-".repeat(200) + "+\n");
        for (int r = 0; r < 60; r++) {
            many.append("|").append("┌──┐".repeat(40)).append("|\n|").append("│ab│".repeat(40)).append("|\n|")
                    .append("└──┘".repeat(40)).append("|\n");
        }
        out.add(of("2400-boxes", withSketch(many + "+" + "-".repeat(200) + "+")));
        out.add(of("huge-dimensions", seed.replace("1200 x 900px", "100000 x 100000px")));
        out.add(of("zero-dimensions", seed.replace("1200 x 900px", "0 x 0px")));
        out.add(of("negative-dimensions", seed.replace("1200 x 900px", "-1200 x 900px")));
        String bomb = "canvas: {width: 1200, height: 900}\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        out.add(of("yaml-billion-laughs", seed.replace("## Content Elements", "## Spatial Anchors\n\n```yaml\n" + bomb + "```\n\n## Content Elements")));
        out.add(of("yaml-deep-nesting", seed.replace("## Content Elements",
                "## Spatial Anchors\n\n```yaml\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n```\n\n## Content Elements")));
        out.add(of("unterminated-fence", seed.substring(0, seed.indexOf("MODEL-MIGRATION ALIGNMENT"))));
        out.add(of("table-missing-cells", seed.replace("| Alembic card | `selected_option` | SQLAlchemy-native, autogenerate, version chain, up+down |",
                "| Alembic card |")));
        out.add(of("duplicate-sections", seed + "\n## Metadata\n\n| Field | Value |\n|---|---|\n| **ID** | other |\n\n" + seed.substring(seed.indexOf("## Visual Concept"))));
        for (String canvas : List.of("100 x 8192px", "8192 x 100px", "100 x 100px")) {
            out.add(of("canvas-" + canvas.replace(" ", ""), seed.replace("1200 x 900px", canvas)));
        }
        for (String zone : List.of("[0, 0, 1e300, 1e300]", "[-1e300, 1e300, 100000000, 90000000]", "[.nan, .inf, -.inf, 5]")) {
            out.add(of("zone-" + zone.hashCode(), seed.replace("## Content Elements", "## Spatial Anchors\n\n```yaml\n"
                    + "canvas: {width: 1200, height: 0.000001}\nzones:\n  - {id: cards, label: \"ALEMBIC DJANGO MANUAL\", bounds: "
                    + zone + "}\n```\n\n## Content Elements")));
        }
        StringBuilder words = new StringBuilder("+" + "-".repeat(600) + "+\n");
        for (int r = 0; r < 400; r++) {
            words.append("| ").append("alpha beta gamma ".repeat(35)).append("|\n");
        }
        out.add(of("sketch-of-42000-words", withSketch(words + "+" + "-".repeat(600) + "+")));
        out.add(of("theme-pattern-bomb-tag", seed.replace("`deferred_option`", "`" + "a".repeat(80) + "`")));
        out.add(of("markup-in-text", seed.replace("WHY ALEMBIC FOR MIGRATIONS?", "<script>alert(1)</script> & ]]> \"q\"")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInAFigureOrOneLineOfError(Case c) throws Exception {
        Path spec = dir.resolve(c.name() + ".md");
        Files.write(spec, c.bytes());
        Path out = dir.resolve("out-" + c.name());
        // the JVM flags of the figgen launcher, with the memory bound the limits promise
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.figgen.cli.Main", "render",
                spec.toString(), "-o", out.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        boolean done = p.waitFor(5, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, c.name() + " did not finish within 5 s");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.exitValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(code == 0 || code == ExitCodes.BAD_INPUT, c.name() + ": exit " + code + " after " + seconds + " s: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), c.name() + " printed a stack trace: " + err);
        if (code == ExitCodes.BAD_INPUT) {
            assertEquals(1, err.lines().count(), c.name() + ": one line of error, got: " + err);
            assertTrue(err.startsWith(spec.toString() + ":"), c.name() + ": the error names the file: " + err);
            assertFalse(Files.exists(out), c.name() + ": a failed spec writes nothing");
        } else {
            assertTrue(Files.size(out.resolve(c.name() + ".png")) > 0 && Files.size(out.resolve(c.name() + ".svg")) > 0);
            String svg = Files.readString(out.resolve(c.name() + ".svg"));
            assertFalse(svg.contains("<script"), "text is escaped, never markup");
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(out.resolve(c.name() + ".svg").toFile());
        }
    }

    /** What a run in a small JVM printed and returned. */
    record Result(int code, String out, String err, double seconds) {
    }

    /** figgen in a JVM of its own with the launcher's flags and a 512 MB heap, killed after {@code seconds}. */
    static Result figgenJvm(Path cwd, int seconds, List<String> args) throws Exception {
        return figgenJvm(cwd, seconds, "-Xmx512m", args);
    }

    static Result figgenJvm(Path cwd, int seconds, String heap, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "io.figgen.cli.Main"));
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        java.util.concurrent.CompletableFuture<byte[]> out = java.util.concurrent.CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(done, String.join(" ", args) + " did not finish within " + seconds + " s");
        return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8),
                (System.nanoTime() - start) / 1e9);
    }

    private static byte[] drain(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** A hostile situation set up in a fresh folder, and the command line that meets it. */
    record Run(String name, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Setup {
        List<String> prepare(Path dir) throws Exception;
    }

    private static Path seedIn(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), seed);
    }

    private static void fifo(Path p) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
    }

    /** Inputs that are not regular files: a FIFO would block a read forever, /dev/zero never ends. */
    static Stream<Run> hostileFiles() {
        return Stream.of(
                new Run("fifo-spec", d -> {
                    fifo(d.resolve("a.md"));
                    return List.of("render", "a.md", "-o", "out");
                }),
                new Run("dev-zero-spec", d -> List.of("render", "/dev/zero", "-o", "out")),
                new Run("proc-entry-spec", d -> List.of("render", "/proc/self/environ", "-o", "out")),
                new Run("symlink-loop-spec", d -> {
                    Files.createSymbolicLink(d.resolve("a.md"), d.resolve("b.md"));
                    Files.createSymbolicLink(d.resolve("b.md"), d.resolve("a.md"));
                    return List.of("render", "a.md", "-o", "out");
                }),
                new Run("folder-as-theme", d -> List.of("render", seedIn(d, "s.md").toString(), "--theme", d.toString(), "-o", "out")),
                new Run("fifo-theme", d -> {
                    fifo(d.resolve("t.yaml"));
                    return List.of("render", seedIn(d, "s.md").toString(), "--theme", "t.yaml", "-o", "out");
                }),
                new Run("dev-zero-theme", d -> List.of("check", seedIn(d, "s.md").toString(), "--theme", "/dev/zero")),
                new Run("fifo-spec-in-check", d -> {
                    fifo(d.resolve("a.md"));
                    return List.of("check", "a.md");
                }),
                new Run("fifo-committed-output", d -> {
                    Files.createDirectories(d.resolve("out"));
                    fifo(d.resolve("out/s.svg"));
                    return List.of("render", "--check", seedIn(d, "s.md").toString(), "-o", "out");
                }),
                new Run("dev-zero-committed-output", d -> {
                    Files.createDirectories(d.resolve("out"));
                    Files.createSymbolicLink(d.resolve("out/s.png"), Path.of("/dev/zero"));
                    return List.of("render", "--check", seedIn(d, "s.md").toString(), "-o", "out");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void unreadableInputsEndInOneLineAndExit3(Run r, @TempDir Path d) throws Exception {
        Result res = figgenJvm(d, 10, r.setup().prepare(d));
        assertEquals(ExitCodes.BAD_INPUT, res.code(), r.name() + ": " + res.err());
        String said = inputErrors(res);
        assertEquals(1, said.strip().lines().count(), r.name() + ": one line: " + said);
        assertTrue(said.contains("not a regular file") || said.contains("loop of symbolic links"), said);
    }

    @Test
    void aFigureThatExhaustsMemoryFailsAloneAndTheBatchGoesOn(@TempDir Path d) throws Exception {
        StringBuilder big = new StringBuilder(seed);
        while (big.length() < 9_000_000) {
            big.append("\nfiller paragraph ").append("x".repeat(200));
        }
        Files.writeString(d.resolve("a-big.md"), big);
        seedIn(d, "b-small.md");
        // 96 MB: enough for the small figure, not for parsing nine megabytes of Markdown
        Result res = figgenJvm(d, 60, "-Xmx96m", List.of("render", "a-big.md", "b-small.md", "-o", "out", "-j", "2"));
        assertEquals(ExitCodes.BAD_INPUT, res.code(), res.err());
        assertTrue(res.err().startsWith("a-big.md: this figure needs more memory"), res.err());
        assertEquals(1, res.err().strip().lines().count(), res.err());
        assertTrue(res.out().contains("rendered 1 of 2 figures, 1 failed"), res.out());
        assertTrue(Files.size(d.resolve("out/b-small.png")) > 0);
        assertFalse(Files.exists(d.resolve("out/a-big.svg")));
    }

    private static String house() throws IOException {
        return Files.readString(Path.of("src/main/resources/io/figgen/theme/house.yaml"));
    }

    /** Theme numbers and patterns that would make a figure unbounded or a render hang, each a theme error at its line. */
    static Stream<Arguments> hostileThemes() throws IOException {
        String h = house();
        return Stream.of(
                Arguments.of("huge-type-size", h.replace("size: 54,", "size: 1e9,"), "type.title.size"),
                Arguments.of("nan-line-height", h.replace("lineHeight: 1.38", "lineHeight: .nan"), "spacing.lineHeight"),
                Arguments.of("infinite-margin", h.replace("marginX: 48", "marginX: .inf"), "spacing.marginX"),
                Arguments.of("zero-min-font", h.replace("minFont: 12", "minFont: 0"), "spacing.minFont"),
                Arguments.of("negative-stroke", h.replace("strokeWidth: 3,", "strokeWidth: -3,"), "styles.card-selected.strokeWidth"),
                Arguments.of("tiny-dash", h.replace("dash: [7, 5]", "dash: [0.0001, 0.0001]"), "styles.card-deferred.dash"),
                Arguments.of("long-dash-list", h.replace("dash: [7, 5]", "dash: [" + "1, ".repeat(5000) + "1]"), "styles.card-deferred.dash"),
                Arguments.of("infinite-tracking", h.replace("tracking: 0.14", "tracking: .inf"), "type.section.tracking"),
                Arguments.of("invalid-pattern", h.replace("pattern: \"select|", "pattern: \"(select|"), "families.pattern"),
                Arguments.of("invalid-caption-pattern", h.replace("captionPattern: \"", "captionPattern: \"[") , "house.captionPattern"),
                Arguments.of("backtracking-pattern", h.replace("pattern: \"select|", "pattern: \"a*a*a*a*a*a*b|select|"), "takes too long"),
                Arguments.of("too-many-families", h.replace("families:\n", "families:\n" + "  - { pattern: \"zz\", style: card }\n".repeat(300)),
                        "theme key 'families'"),
                Arguments.of("share-above-one", h.replace("minBackgroundShare: 0.30", "minBackgroundShare: 7"), "house.minBackgroundShare"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileThemes")
    void hostileThemeNumbersAndPatternsAreThemeErrorsAtTheirLine(String name, String theme, String named, @TempDir Path d) throws Exception {
        Path file = Files.writeString(d.resolve("t.yaml"), theme);
        String spec = seed.replace("`deferred_option`", "`" + "a".repeat(80) + "`");
        Files.writeString(d.resolve("s.md"), spec);
        Result res = figgenJvm(d, 10, List.of("render", "s.md", "--theme", "t.yaml", "-o", "out"));
        assertEquals(ExitCodes.BAD_INPUT, res.code(), name + ": " + res.err());
        assertEquals(1, res.err().strip().lines().count(), name + ": one line: " + res.err());
        assertTrue(res.err().contains(named), name + ": names the key: " + res.err());
        if (!named.equals("takes too long")) {
            String prefix = file.getFileName() + ":";
            assertTrue(res.err().startsWith(prefix) && !res.err().startsWith(prefix + "1:"), name + ": at the key's line: " + res.err());
        }
        assertFalse(Files.exists(d.resolve("out")), "nothing written");
    }

    private static String withRule(String rule) {
        return seed.replace("3. The scaffold uses SQLAlchemy", "3. " + rule + " The scaffold uses SQLAlchemy");
    }

    /** Many content rows against a sketch of 500 boxes that all share their words. */
    private static String rowsAgainstBoxes(int rows) {
        StringBuilder sketch = new StringBuilder("+" + "-".repeat(160) + "+\n");
        for (int r = 0; r < 25; r++) {
            sketch.append('|').append("┌──────┐".repeat(20)).append("|\n|").append("│alpha │".repeat(20)).append("|\n|")
                    .append("└──────┘".repeat(20)).append("|\n");
        }
        String spec = withSketch(sketch + "+" + "-".repeat(160) + "+");
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            table.append("| Alpha beta card ").append(i).append(" | `option_card` | \"Alpha beta gamma\" words ").append(i).append(" |\n");
        }
        int footer = spec.indexOf("| Directory footer");
        int next = spec.indexOf('\n', footer) + 1;
        return spec.substring(0, next) + table + spec.substring(next);
    }

    /** Text work that was quadratic: each must end well within the limit, in a figure, findings or one error. */
    static Stream<Case> slowTexts() {
        return Stream.of(
                of("30kb-rule-of-negations", withRule("no foo do not bar never ".repeat(1300))),
                of("30000-space-run", withRule("Do NOT name" + " ".repeat(30_000) + "x -- y")),
                of("4000-forbidden-terms", withRule("Do not show " + String.join(", ",
                        java.util.stream.IntStream.range(0, 4000).mapToObj(i -> "Term" + i).toList()))),
                of("40000-rows-500-boxes", rowsAgainstBoxes(40_000)),
                of("1990-rows-500-boxes", rowsAgainstBoxes(1_990)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slowTexts")
    void textWorkStaysNearLinear(Case c, @TempDir Path d) throws Exception {
        Files.write(d.resolve("s.md"), c.bytes());
        Result res = figgenJvm(d, 30, List.of("check", "s.md"));
        assertTrue(res.code() == 0 || res.code() == ExitCodes.FINDINGS || res.code() == ExitCodes.BAD_INPUT, c + ": " + res.err());
        assertTrue(res.seconds() < 15, c + " took " + res.seconds() + " s");
        assertTrue(res.code() != ExitCodes.BAD_INPUT || inputErrors(res).strip().lines().count() == 1, res.err() + res.out());
    }

    /**
     * The error lines of a run: its stderr, or, for {@code check} in text form, which reports a spec it cannot use
     * as an error result among its findings, the {@code input} findings on stdout.
     */
    private static String inputErrors(Result res) {
        return !res.err().isBlank() ? res.err() : res.out().lines().filter(l -> l.contains(": input: "))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"check", "corpus"})
    void checkAndCorpusGoOnAfterAFigureThatExhaustsMemory(String command, @TempDir Path d) throws Exception {
        StringBuilder big = new StringBuilder(seed);
        while (big.length() < 9_000_000) {
            big.append("\nfiller paragraph ").append("x".repeat(200));
        }
        Files.writeString(d.resolve("a-big.md"), big);
        seedIn(d, "b-small.md");
        Result res = figgenJvm(d, 60, "-Xmx96m", List.of(command, "a-big.md", "b-small.md"));
        assertTrue(res.code() == ExitCodes.BAD_INPUT || command.equals("corpus") && res.code() == ExitCodes.FINDINGS, res.err());
        assertTrue((res.err() + res.out()).contains("this figure needs more memory"), res.err() + res.out());
        assertTrue(res.out().contains(command.equals("check") ? "checked 2 specs" : "corpus: 2 specs, 1 pass, 1 fail"), res.out());
    }
}
