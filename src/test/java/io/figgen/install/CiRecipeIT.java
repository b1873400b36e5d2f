package io.figgen.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub Actions workflow of docs/ci.md, run as written: its {@code run:} steps are read from the document and
 * executed in order in a scratch docs repository (git, two specs, their committed figures), with GitHub's rules
 * for which steps run after a failure ({@code if: !cancelled()} runs anyway, no {@code if} only after success)
 * and its {@code GITHUB_PATH}. figgen is fetched at the pinned tag from a local clone of this checkout (the
 * workflow's FIGGEN_REPO, which may name a mirror) and built by scripts/install, as on a runner. The {@code uses:}
 * steps are GitHub's own (checkout, Java, upload); their settings are asserted instead.
 */
class CiRecipeIT {
    private static final String VERSION = System.getProperty("figgen.version", "0.6.10");
    private static final Pattern WORKFLOW = Pattern.compile("<!-- figgen:workflow[^>]*-->\\s*```yaml\\n(.*?)```", Pattern.DOTALL);

    private record Step(String name, String run, String condition) {
    }

    private record Outcome(Step step, Shell.Result result) {
    }

    /** The scratch runner: the docs repository, the environment steps see, and the PATH they have added to. */
    private static final class Runner {
        final Path docs;
        final Map<String, String> env = new HashMap<>();
        final Path githubPath;

        Runner(Path root, Map<String, Object> workflowEnv, Path figgenRepo) throws Exception {
            docs = Files.createDirectories(root.resolve("docs"));
            Path temp = Files.createDirectories(root.resolve("runner-temp"));
            githubPath = root.resolve("github-path");
            Files.writeString(githubPath, "");
            workflowEnv.forEach((k, v) -> env.put(k, String.valueOf(v)));
            env.put("FIGGEN_REPO", figgenRepo.toString());
            env.put("RUNNER_TEMP", temp.toString());
            env.put("GITHUB_PATH", githubPath.toString());
            env.put("GITHUB_WORKSPACE", docs.toString());
            env.put("CI", "true");
            env.put("PATH", System.getenv("PATH"));
        }

        List<Outcome> run(List<Step> steps) throws Exception {
            List<Outcome> out = new ArrayList<>();
            boolean failed = false;
            for (Step s : steps) {
                boolean always = s.condition() != null && (s.condition().contains("!cancelled()") || s.condition().contains("always()"));
                if (failed && !always) {
                    out.add(new Outcome(s, null));
                    continue;
                }
                Shell.Result r = Shell.bash(docs, env, s.run());
                out.add(new Outcome(s, r));
                failed |= r.code() != 0;
                for (String dir : Files.readAllLines(githubPath)) {
                    if (!dir.isBlank() && !env.get("PATH").startsWith(dir + ":")) {
                        env.put("PATH", dir + ":" + env.get("PATH"));
                    }
                }
            }
            return out;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> workflow() throws Exception {
        String doc = Files.readString(Shell.ROOT.resolve("docs/ci.md"), StandardCharsets.UTF_8);
        Matcher m = WORKFLOW.matcher(doc);
        assertTrue(m.find(), "docs/ci.md marks its workflow block");
        return (Map<Object, Object>) new Yaml().load(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<Object, Object> workflow) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("figures")).get("steps");
    }

    private static List<Step> runSteps(Map<Object, Object> workflow) {
        List<Step> out = new ArrayList<>();
        for (Map<String, Object> s : steps(workflow)) {
            if (s.get("run") != null) {
                out.add(new Step(String.valueOf(s.get("name")), String.valueOf(s.get("run")), (String) s.get("if")));
            }
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowIsComplete() throws Exception {
        Map<Object, Object> w = workflow();
        // YAML 1.1 reads the bare key on as true; GitHub reads it as "on"
        Object on = w.containsKey("on") ? w.get("on") : w.get(Boolean.TRUE);
        assertTrue(on instanceof Map<?, ?> triggers && triggers.containsKey("pull_request") && triggers.containsKey("push"),
                "triggered on push and pull request: " + on);
        assertEquals("write", ((Map<String, Object>) w.get("permissions")).get("security-events"));
        assertEquals("v" + VERSION, ((Map<String, Object>) w.get("env")).get("FIGGEN_VERSION"), "pinned to this release's tag");
        Map<String, Object> java = steps(w).stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java"))
                .findFirst().orElseThrow();
        assertEquals("maven", ((Map<String, Object>) java.get("with")).get("cache"));
        Map<String, Object> upload = steps(w).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif")).findFirst().orElseThrow();
        assertTrue(String.valueOf(upload.get("if")).contains("!cancelled()"), "the upload runs after a failed check too");
        assertEquals("figgen.sarif", ((Map<String, Object>) upload.get("with")).get("sarif_file"));
    }

    @Test
    void theWorkflowRunsAsWrittenInADocsRepository(@TempDir Path dir) throws Exception {
        Map<Object, Object> w = workflow();
        List<Step> steps = runSteps(w);
        @SuppressWarnings("unchecked")
        Runner runner = new Runner(dir, (Map<String, Object>) w.get("env"), pinnedFiggen(dir, String.valueOf(((Map<String, Object>) w.get("env")).get("FIGGEN_VERSION"))));
        docsRepository(runner.docs);

        // figures current: every step green, SARIF written with no error result
        List<Outcome> green = runner.run(steps);
        for (Outcome o : green) {
            assertEquals(0, o.result().code(), o.step().name() + ": " + o.result().all());
        }
        String sarif = Files.readString(runner.docs.resolve("figgen.sarif"), StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") && !sarif.contains("\"level\": \"error\""), sarif);

        // the steps after the install, as a later run of the job has them (figgen already built)
        int afterInstall = indexOf(steps, "figgen render --check") ;
        List<Step> checks = steps.subList(afterInstall, steps.size());

        // a spec edited: render --check fails naming it, and the SARIF is still written
        Path twoPanels = runner.docs.resolve("specs/two-panels.md");
        Files.writeString(twoPanels, Files.readString(twoPanels, StandardCharsets.UTF_8) + "\nOne more line of purpose.\n");
        Files.delete(runner.docs.resolve("figgen.sarif"));
        List<Outcome> edited = runner.run(checks);
        Outcome current = edited.get(0);
        assertEquals(1, current.result().code(), current.result().all());
        assertTrue(current.result().out().contains("out/two-panels.svg: stale: specs/two-panels.md changed"), current.result().all());
        assertTrue(edited.get(1).result() != null, "the rule check runs after a stale figure");
        assertTrue(Files.exists(runner.docs.resolve("figgen.sarif")), "SARIF written although a check failed");

        // a rule broken: SARIF has the finding at the rule's spec line
        Path threeCards = runner.docs.resolve("specs/three-cards.md");
        String text = Files.readString(threeCards, StandardCharsets.UTF_8).replace("1. Background must be warm cream (#f6f3e6).",
                "1. Background must be warm cream (#f6f3e6).\n2. Do NOT name Redis in the figure.");
        Files.writeString(threeCards, text);
        int ruleLine = text.lines().toList().indexOf("2. Do NOT name Redis in the figure.") + 1;
        List<Outcome> broken = runner.run(checks);
        Outcome rules = broken.get(1);
        assertEquals(1, rules.result().code(), rules.result().all());
        assertTrue(rules.result().out().contains("specs/three-cards.md:" + ruleLine + ": rule 2:"), "the log shows it as text: "
                + rules.result().all());
        sarif = Files.readString(runner.docs.resolve("figgen.sarif"), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("\"ruleId\": \"spec-rule-2\", \"level\": \"error\".*?\"uri\": \"specs/three-cards.md\"\\}, "
                + "\"region\": \\{\"startLine\": " + ruleLine + "\\}").matcher(sarif).find(), sarif);

        // the pre-commit hooks, as pre-commit runs them: the entry from figgen's checkout, the staged specs after it
        for (Map<String, Object> hook : hooks()) {
            String entry = String.valueOf(hook.get("entry"));
            Shell.Result r = Shell.bash(runner.docs, runner.env, ".figgen/" + entry + " specs/three-cards.md specs/two-panels.md");
            assertNotEquals(0, r.code(), hook.get("id") + " fails on a broken spec: " + r.all());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hooks() throws Exception {
        return (List<Map<String, Object>>) new Yaml().load(Files.readString(Shell.ROOT.resolve(".pre-commit-hooks.yaml")));
    }

    private static int indexOf(List<Step> steps, String command) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).run().contains(command)) {
                return i;
            }
        }
        throw new AssertionError("no step runs " + command);
    }

    /** A repository holding this checkout's commit under the pinned tag, as the workflow's FIGGEN_REPO. */
    private static Path pinnedFiggen(Path dir, String tag) throws Exception {
        Path repo = dir.resolve("figgen-mirror");
        String head = git(Shell.ROOT, "rev-parse", "HEAD").strip();
        git(dir, "clone", "--quiet", Shell.ROOT.toString(), repo.toString());
        git(repo, "checkout", "--quiet", head);
        git(repo, "tag", "-f", tag);
        return repo;
    }

    /** A docs repository: two specs under specs/ and their figures, rendered and committed under out/. */
    private static void docsRepository(Path docs) throws Exception {
        Path specs = Files.createDirectories(docs.resolve("specs"));
        TestFigures.fixtureFile("three-cards.md", specs);
        TestFigures.fixtureFile("two-panels.md", specs);
        Shell.Result render = Shell.run(docs, Map.of(), List.of("java", "-jar",
                Shell.ROOT.resolve("target/figgen-" + VERSION + ".jar").toString(), "render", "specs"));
        assertEquals(0, render.code(), render.all());
        Files.writeString(docs.resolve(".gitignore"), ".figgen/\nfiggen.sarif\n");
        git(docs, "init", "--quiet");
        git(docs, "add", ".");
        git(docs, "-c", "user.name=docs", "-c", "user.email=docs@localhost", "commit", "--quiet", "-m", "specs and figures");
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Shell.Result r = Shell.run(dir, Map.of(), command);
        assertEquals(0, r.code(), "git " + String.join(" ", args) + ": " + r.all());
        return r.out();
    }
}
