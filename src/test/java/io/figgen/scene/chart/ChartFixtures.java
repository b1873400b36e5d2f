package io.figgen.scene.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Scene;
import io.figgen.theme.ThemeLoader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The chart fixtures (src/test/resources/io/figgen/chart/NAME.md) read, rendered and searched for their charts. */
final class ChartFixtures {
    private ChartFixtures() {
    }

    static byte[] bytes(String name) throws Exception {
        try (InputStream in = ChartFixtures.class.getResourceAsStream("/io/figgen/chart/" + name + ".md")) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        }
    }

    static Scene scene(String name, byte[] bytes) {
        return new Renderer(ThemeLoader.house()).scene(name + ".md", bytes);
    }

    static RenderedFigure render(String name, byte[] bytes) throws Exception {
        return new Renderer(ThemeLoader.house()).render(name + ".md", bytes, false, 1);
    }

    /** Every chart of this kind the scene holds, in reading order. */
    static <T extends Chart> List<T> charts(Scene s, Class<T> kind) {
        List<T> out = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Plot p && kind.isInstance(p.chart())) {
                out.add(kind.cast(p.chart()));
            }
        });
        return out;
    }

    /** The one chart of this kind the fixture draws. */
    static <T extends Chart> T only(String name, Class<T> kind) throws Exception {
        List<T> found = charts(scene(name, bytes(name)), kind);
        assertEquals(1, found.size(), "one " + kind.getSimpleName() + " in " + name);
        return found.get(0);
    }
}
