package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scene of each fixture spec, as {@code figgen inspect --scene --json} prints it, against its golden file
 * (deterministic output, so golden files are right here). The fixtures together use every source the scene
 * reads: sketch structure, content tables with flows and callouts, text labels, YAML zones, anchors,
 * free-named regions and connections, the Visual Concept prose and the Layout Template. After a deliberate
 * change to the scene reader, update them with
 * {@code mvn -B test -Dtest=SceneGoldenTest -Dfiggen.updateGolden=true}, read the diff, and commit both.
 */
class SceneGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/scene");

    static String sceneJson(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = SceneGoldenTest.class.getResourceAsStream("/io/figgen/scene/" + name + ".md")) {
            bytes = in.readAllBytes();
        }
        return SceneDump.json(new Renderer(ThemeLoader.house()).scene(name + ".md", bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flows-table", "yaml-connections", "callouts-labels", "line-art", "style-notes",
        "wrapped-items", "separate-items", "template-hero", "code-and-keys", "split-panels", "chart-axes", "free-regions", "feedback-loop"})
    void sceneMatchesItsGoldenFile(String name) throws Exception {
        String json = sceneJson(name);
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("figgen.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
                "the scene of " + name + " changed; if intended, update with -Dfiggen.updateGolden=true (see README)");
    }
}
