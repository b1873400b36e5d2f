package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Laid-out figures for the layout tests, and the parts of them the tests measure. */
final class LayoutFixtures {
    private LayoutFixtures() {
    }

    /** A fixture of the test resources ({@code /io/figgen/FOLDER/NAME.md}) laid out. */
    static Layout fixture(String folder, String name) throws Exception {
        try (InputStream in = LayoutFixtures.class.getResourceAsStream("/io/figgen/" + folder + "/" + name + ".md")) {
            return new Renderer(ThemeLoader.house()).render(name + ".md", in.readAllBytes(), false, 1).layout();
        }
    }

    /** A spec of ../shared/specs laid out; the test is skipped when the folder is not beside the repository. */
    static Layout sharedSpec(String name) throws Exception {
        Path spec = Path.of("../shared/specs/" + name + ".md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(spec), "../shared/specs is not beside the repository");
        return new Renderer(ThemeLoader.house()).render(spec.toString(), Files.readAllBytes(spec), false, 1).layout();
    }

    /** The smallest drawn box around the text {@code word} (or a text opening with it): the node that shows it. */
    static Box boxOf(Layout l, String word) {
        Shape.Text text = l.figure().texts().stream().filter(t -> t.text().equals(word)).findFirst()
                .orElseGet(() -> l.figure().texts().stream().filter(t -> t.text().startsWith(word + " ")).findFirst().orElseThrow());
        return boxAround(l, text);
    }

    /** The smallest drawn box around one drawn text. */
    static Box boxAround(Layout l, Shape.Text text) {
        String word = text.text();
        Box best = null;
        for (Shape s : l.figure().shapes()) {
            if (s instanceof Shape.Rect r && r.box().contains(text.bounds(), 0.5) && r.box().w() < l.figure().size().width()
                    && (best == null || best.contains(r.box(), 0))) {
                best = r.box();
            }
        }
        assertNotNull(best, "no box around " + word);
        return best;
    }

    /** The first drawn text opening with {@code start}. */
    static Shape.Text textStarting(Layout l, String start) {
        return l.figure().texts().stream().filter(t -> t.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no text starting " + start));
    }
}
