package io.figgen;

import io.figgen.render.RenderedFigure;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared test helpers: the figures tests render, and reading drawn text back out of SVG. */
public final class TestFigures {
    /** The user's own spec, at the repository's top level; tests run from the project folder. */
    public static final Path CHOICE_12 = Path.of("specs/fig-choice-12.md");
    public static final List<String> FIXTURES = List.of("three-cards.md", "two-panels.md", "anchored.md");
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private TestFigures() {
    }

    public static byte[] fixture(String name) throws IOException {
        try (InputStream in = TestFigures.class.getResourceAsStream("/io/figgen/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Copies a fixture to a folder, so CLI tests can pass a real path. */
    public static Path fixtureFile(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, fixture(name));
        return p;
    }

    public static RenderedFigure render(String name, byte[] bytes, boolean png) throws Exception {
        return new Renderer(ThemeLoader.house()).render(name, bytes, png, 1);
    }

    /** The text content of every {@code <text>} element, unescaped. */
    public static List<String> drawnTexts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return out;
    }
}
