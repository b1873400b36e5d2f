package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every real spec beside the repository (../shared/specs, present on developer machines and in CI) lays out
 * to the bar: no error, at least 99% of its sketch words drawn, no overlap, no overflow, no undersized type.
 * Also covers the fixtures, so the test means something where the shared specs are absent.
 */
class CorpusTest {
    private static final Path SHARED = Path.of("../shared/specs");

    private static List<String> failures(Stream<Path> specs) throws Exception {
        Renderer renderer = new Renderer(ThemeLoader.house());
        List<String> out = new java.util.ArrayList<>();
        for (Path p : (Iterable<Path>) specs::iterator) {
            CorpusReport r = CorpusReport.of(renderer, p.toString(), Files.readAllBytes(p));
            if (!r.passes()) {
                out.add(r.row());
            }
        }
        return out;
    }

    @Test
    void sharedSpecsAllPassTheBar() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared/specs is not beside the repository");
        try (Stream<Path> specs = Files.list(SHARED)) {
            assertEquals(List.of(), failures(specs.filter(p -> p.toString().endsWith(".md")).sorted()));
        }
    }

    @Test
    void seedAndFixturesPassTheBar() throws Exception {
        Path dir = Files.createTempDirectory("figgen-corpus");
        for (String f : io.figgen.TestFigures.FIXTURES) {
            io.figgen.TestFigures.fixtureFile(f, dir);
        }
        try (Stream<Path> fixtures = Files.list(dir)) {
            assertEquals(List.of(), failures(Stream.concat(Stream.of(io.figgen.TestFigures.CHOICE_12), fixtures.sorted())));
        }
    }
}
