package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import io.figgen.model.FigureException;
import io.figgen.model.Spec;
import org.junit.jupiter.api.Test;

/**
 * The 50 real specs beside the project (read-only, never copied in). Skipped where they are absent.
 * One of them, fig-feature-01, has no Anti-Hallucination Rules section at all, so the rule count is
 * required only where the section exists.
 */
class SharedSpecsTest {
    private static final Path DIR = Path.of("..", "shared", "specs");

    @Test
    void everyRealSpecParses() throws IOException {
        assumeTrue(Files.isDirectory(DIR), "no ../shared/specs here");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(50, files.size());
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            try {
                Spec spec = SpecParser.parse(f.getFileName().toString(), text);
                boolean hasRulesSection = spec.sections().stream()
                        .anyMatch(s -> s.heading().toLowerCase(Locale.ROOT).contains("hallucination"));
                if (spec.sketch().isEmpty() || spec.sketch().get().text().isBlank()) {
                    problems.add(f.getFileName() + ": no sketch");
                }
                if (spec.elements().isEmpty()) {
                    problems.add(f.getFileName() + ": no content elements");
                }
                if (hasRulesSection && spec.rules().isEmpty()) {
                    problems.add(f.getFileName() + ": no rules");
                }
                if (spec.title().isEmpty() || spec.altText().isEmpty() || spec.keyMessage().isEmpty()) {
                    problems.add(f.getFileName() + ": missing title, alt text or key message");
                }
            } catch (FigureException e) {
                problems.add(f.getFileName() + ":" + e.line() + ": " + e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
