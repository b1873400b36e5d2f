package io.figgen.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a user would, in a given folder, and keeps what it printed, for the install and CI tests. */
final class Shell {
    /** The checkout under test: tests run from the project folder. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Shell() {
    }

    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("figgen-it-", ".out");
        Path err = Files.createTempFile("figgen-it-", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A bash script, with {@code set -e} as CI runners use it. */
    static Result bash(Path dir, Map<String, String> env, String script) throws IOException, InterruptedException {
        return run(dir, env, List.of("bash", "-eo", "pipefail", "-c", script));
    }

    /** A PATH whose first folder is the given one, so a command installed there is the one found (by the shell: a
     * ProcessBuilder looks programs up on its own PATH, not the child's). */
    static String pathWith(Path bin) {
        return bin + ":" + System.getenv("PATH");
    }
}
