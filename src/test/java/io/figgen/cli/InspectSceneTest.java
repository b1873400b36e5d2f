package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code figgen inspect --scene}: what a user reads when a figure surprises them. */
class InspectSceneTest {
    private static Path fixture(Path dir, String name) throws Exception {
        try (InputStream in = InspectSceneTest.class.getResourceAsStream("/io/figgen/scene/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void theTreeNamesComponentsEdgesElementsAndNotes(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.figgen("inspect", fixture(dir, "yaml-connections.md").toString(), "--scene");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("node #rights-holders"), out);
        assertTrue(out.contains("connector L53 2 rows \"delegate rights\""), out);
        assertTrue(out.contains("edge L32 yaml flow \"Rights Holders (many)\" -> \"Collecting Society (exemplar)\" label \"delegate rights\""), out);
        assertTrue(out.contains("element L71 [stakeholder_artist] \"Rights Holders\" -> text L51"), out);
        assertTrue(out.contains("expanded L53 (L32): 'delegate' drawn in full as 'delegate rights'"), out);
    }

    @Test
    void theJsonIsTheGoldenFilesFormat(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.figgen("inspect", fixture(dir, "flows-table.md").toString(), "--scene", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readString(Path.of("src/test/resources/golden/scene/flows-table.json")), run.out());
    }

    @Test
    void jsonWithoutSceneIsAUsageError(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.figgen("inspect", fixture(dir, "flows-table.md").toString(), "--json");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--json goes with --scene"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
    }

    @Test
    void theCmoFigureListsItsSixStructuresAndFiveConnectionsInFull() {
        Path spec = Path.of("../shared/specs/fig-ecosystem-05-cmo-licensing-architecture.md");
        assumeTrue(Files.isRegularFile(spec), "../shared/specs is not beside the repository");
        Cli.Run run = Cli.figgen("inspect", spec.toString(), "--scene");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        for (String element : List.of("Rights Holders", "CMO (STIM exemplar)", "Scaffold Confidence Layer", "Suno Platform",
                "Udio Platform", "Royalty Distribution")) {
            assertTrue(out.contains("\"" + element + "\" (Primary Structures) -> "), element + " in\n" + out);
        }
        List<String> yaml = out.lines().filter(l -> l.contains(" yaml ")).toList();
        assertEquals(5, yaml.size(), out);
        for (String label : List.of("delegate rights", "licences AI platforms", "confidence scores", "per-output royalties")) {
            assertTrue(yaml.stream().anyMatch(l -> l.contains("label \"" + label + "\"")), label + " in\n" + out);
        }
        assertTrue(yaml.stream().noneMatch(l -> l.contains("=> ?") || l.contains("-> ?")), "every connection resolved:\n" + out);
    }
}
