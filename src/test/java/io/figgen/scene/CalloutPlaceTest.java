package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Position cells of the shared specs' Callout Boxes tables, read as places. */
class CalloutPlaceTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Top-right corner; TOP_RIGHT; ; false",
        "top-right margin; TOP_RIGHT; ; false",
        "right-margin; RIGHT; ; false",
        "right-panel; RIGHT; ; false",
        "bottom-center; FOOT; ; false",
        "Full-width bottom bar; FOOT; ; false",
        "footer bar; FOOT; ; false",
        "bottom-full-width; FOOT; ; false",
        "Left margin; ANY; ; false",
        "center of scaffold zone; ANY; ; false",
        "Inside triple intersection; ANY; ; false",
        "; ANY; ; false",
        "right of CMO node; BESIDE; cmo; true",
        "left of the Triage box; BESIDE; triage; false",
        "Right of Rate Limiter; BESIDE; rate limiter; true",
    })
    void readsWherePositionsPutTheirCallouts(String position, CalloutPlace.Kind kind, String near, boolean right) {
        CalloutPlace p = CalloutPlace.of(position == null ? "" : position);
        assertEquals(kind, p.kind());
        assertEquals(near == null ? "" : near, p.near());
        assertEquals(right, p.right());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Top-right corner; 3", "right-margin; 2", "Left margin; 1", "right of CMO node; 0",
        "bottom-center; -1"})
    void theTopRightSuitsTheTitlesSideBestAndTheFootNever(String position, int score) {
        assertEquals(score, CalloutPlace.of(position).besideTitle());
    }
}
