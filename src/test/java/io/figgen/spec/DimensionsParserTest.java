package io.figgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.figgen.model.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionsParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1200 x 900px (4:3); 1200; 900",
        "1200x675; 1200; 675",
        "1920 × 1080 px; 1920; 1080",
        "600 x 1200px (1:2 narrow portrait ratio); 600; 1200",
        "2400 X 900 pixels; 2400; 900",
        "1800x600, 3:1; 1800; 600",
        "99999 x 99999; 99999; 99999",
    })
    void readsTheSizes(String value, int w, int h) {
        assertEquals(new Size(w, h), DimensionsParser.tryParse(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "16:9; 1920; 1080",
        "16:10; 1920; 1200",
        "4:3; 1920; 1440",
        "3:4 (portrait, for print); 1080; 1440",
        "1:1; 1920; 1920",
    })
    void readsTheCanvasARatioGives(String value, int w, int h) {
        assertEquals(new Size(w, h), DimensionsParser.fromRatio(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "landscape", "16", "16:", ":9", "0:9", "16:0", "16/9", "16:9x", "1000:1"})
    void rejectsWhatIsNotARatio(String value) {
        assertNull(DimensionsParser.fromRatio(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wide", "1200", "1200 x", "x 900", "0 x 900", "1200 x 0", "1200.5 x 900",
        "1200 x 900cm", "1200 by 900", "1234567890 x 1", "-1200 x 900"})
    void rejectsWhatIsNotASize(String value) {
        assertNull(DimensionsParser.tryParse(value));
    }
}
