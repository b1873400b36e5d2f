package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.model.ContentElement;
import io.figgen.model.Spec;
import io.figgen.render.RenderedFigure;
import io.figgen.sketch.SketchReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the figure says: every sketch word drawn, nothing internal drawn, accessible, fonts embedded. */
class FigureContentTest {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}\\b");

    static Stream<String> figures() {
        return Stream.concat(Stream.of("seed"), TestFigures.FIXTURES.stream());
    }

    static RenderedFigure render(String name) throws Exception {
        byte[] bytes = name.equals("seed") ? Files.readAllBytes(TestFigures.CHOICE_12) : TestFigures.fixture(name);
        return TestFigures.render(name, bytes, false);
    }

    @org.junit.jupiter.api.Test
    void aNumberDrawnWithItsUnitIsDrawnButAnotherNumberIsNot() {
        List<SketchWords.Word> words = List.of(new SketchWords.Word("800", 44), new SketchWords.Word("acceptable", 44),
                new SketchWords.Word("900", 45));
        assertEquals(List.of(new SketchWords.Word("900", 45)), SketchWords.missing(words, List.of("800ms ACCEPTABLE", "9000")));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void everyWordOfTheSketchIsDrawnAsSvgText(String name) throws Exception {
        RenderedFigure f = render(name);
        List<SketchWords.Word> words = SketchWords.of(SketchReader.read(f.spec().sketch().orElseThrow()));
        assertTrue(words.size() >= 8, "the fixture has a real sketch");
        assertEquals(List.of(), SketchWords.missing(words, TestFigures.drawnTexts(f.svg())));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void nothingInternalIsDrawn(String name) throws Exception {
        RenderedFigure f = render(name);
        String drawn = String.join("\n", TestFigures.drawnTexts(f.svg()));
        List<String> forbidden = new ArrayList<>(List.of("Instrument Serif", "Plus Jakarta", "IBM Plex", "Figure 1", "Fig."));
        for (ContentElement e : f.spec().elements()) {
            forbidden.addAll(e.tags());
        }
        for (String term : forbidden) {
            assertFalse(drawn.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT)), "drawn: " + term);
        }
        assertFalse(HEX.matcher(drawn).find(), "no hex code is drawn");
    }

    @ParameterizedTest
    @MethodSource("figures")
    void svgIsAccessibleAndCarriesItsFonts(String name) throws Exception {
        RenderedFigure f = render(name);
        Spec spec = f.spec();
        String svg = f.svg();
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-labelledby=\"figgen-title figgen-desc\""));
        assertTrue(svg.contains("<title id=\"figgen-title\">" + spec.metadata().title() + "</title>"));
        assertTrue(svg.contains("<desc id=\"figgen-desc\">"));
        assertFalse(spec.altText().isBlank());
        for (String family : List.of("Instrument Serif", "Plus Jakarta Sans")) {
            assertTrue(Pattern.compile("@font-face\\s*\\{[^}]*font-family:\\s*'" + family + "'[^}]*data:font/ttf;base64,")
                    .matcher(svg).find(), "embedded: " + family);
        }
    }

    @ParameterizedTest
    @MethodSource("figures")
    void layoutHasNoOverlapOverflowOrTinyText(String name) throws Exception {
        RenderedFigure f = render(name);
        assertEquals(List.of(), LayoutAudit.audit(f.layout().figure()));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void everyContentElementIsBound(String name) throws Exception {
        RenderedFigure f = render(name);
        assertEquals(List.of(), f.layout().unbound().stream().map(ContentElement::element).toList());
    }
}
