package io.figgen.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.figgen.model.SketchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

/** Words and line art told apart, as the sketch reader and check both tell them. */
class LineArtTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Up + Down migrations;''",
        "Desktop / Tablet / Mobile;''",
        "P(true in set) >=;''",
        "A0 -- No Data;''",
        "// Define const theme;''",
        "chain = prompt |;''",
        "Hetzner +;''",
        "Goodnight...;''",
        "* Voxtral / / / * Speechmatics;* / / / *",
        "|IDENT.| CORE;| |",
        "\\ CALIBRATED;\\",
        "heaviest <<<>>> lightest;<<<>>>",
        "/ / / / /;/ / / / /",
        "~~~;~~~",
        "+-- VAD;+--",
    })
    void artInText(String text, String art) {
        assertEquals(art, String.join(" ", LineArt.artIn(text)));
    }

    private static List<Row> rows(String sketch) {
        Sketch s = SketchReader.read(new SketchSource(sketch, 1));
        return s.bands().get(0).panels().get(0).rows();
    }

    @Test
    void theReaderSplitsWordsFromArtAndKeepsTheArtApart() {
        List<Row> rows = rows("""
                +--------------------------------------------+
                |  * Voxtral /         / <-- PARETO           |
                |  heaviest <<<>>> lightest                   |
                |  /  /  /                                    |
                +--------------------------------------------+
                """);
        Row voxtral = rows.stream().filter(r -> r.hasText() && r.tokens().stream()
                .anyMatch(t -> t instanceof Token.Text x && x.text().equals("Voxtral"))).findFirst().orElseThrow();
        assertEquals(List.of("*", "/", "/"), voxtral.art().stream().map(Token.Art::text).toList());
        Row spectrum = rows.stream().filter(r -> r.tokens().stream()
                .anyMatch(t -> t instanceof Token.Text x && x.text().equals("heaviest"))).findFirst().orElseThrow();
        assertEquals(List.of("heaviest", "lightest"), spectrum.tokens().stream().filter(t -> t instanceof Token.Text)
                .map(t -> ((Token.Text) t).text()).toList());
        Row slashes = rows.stream().filter(r -> !r.hasText() && r.art().size() == 3).findFirst().orElseThrow();
        assertEquals(true, slashes.isBlank(), "a row of line art holds no words");
    }
}
