package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.sketch.SketchReader;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Over the real specs beside the repository: every table their sketches draw is drawn as a table. */
class TableCensusTest {
    private static final Path SHARED = Path.of("../shared/specs");

    @Test
    void everySketchedTableIsDrawnAsATable() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared/specs is not beside the repository");
        Renderer renderer = new Renderer(ThemeLoader.house());
        List<String> missed = new ArrayList<>();
        int found = 0;
        int drawn = 0;
        try (Stream<Path> specs = Files.list(SHARED)) {
            for (Path p : specs.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                RenderedFigure f = renderer.render(p.toString(), Files.readAllBytes(p), false, 1);
                for (TableFindings.Census c : TableFindings.census(SketchReader.read(f.spec().sketch().orElseThrow()),
                        f.layout().scene())) {
                    found++;
                    drawn += c.drawn() ? 1 : 0;
                    String row = p.getFileName() + ":" + c.firstLine() + "-" + c.lastLine() + " " + c.region().kind() + " "
                            + c.region().rows().size() + "x" + c.region().columns();
                    System.out.println("table " + (c.drawn() ? "drawn  " : "MISSED ") + row);
                    if (!c.drawn()) {
                        missed.add(row);
                    }
                }
            }
        }
        System.out.println("tables found " + found + ", drawn as tables " + drawn);
        assertEquals(List.of(), missed);
    }
}
