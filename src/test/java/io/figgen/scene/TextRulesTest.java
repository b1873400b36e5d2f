package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that make sketch text read as its author meant it, one by one. */
class TextRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Higher levels [accent line]|Higher levels",
        "TITLE [sq]|TITLE",
        "Slot: [____] here|Slot: here",
        "Empty [ ] box|Empty box",
        "LEFT PANEL: CONCENTRIC RINGS|CONCENTRIC RINGS",
        "Right column:  details|details",
        "A0 No data (gray)|A0 No data",
        "Frontier (coral line)|Frontier",
        "A1 Single source (amber, one database)|A1 Single source (one database)",
        "(green, ISNI) verified|(ISNI) verified",
        "Pen (teal #2E7D7B, 4-6px)|Pen",
        "Theme (light/dark) stays|Theme (light/dark) stays",
        "BREAKPOINT: md (768px)|BREAKPOINT: md (768px)",
        "conditions: [...], confidence: 0.87|conditions: [...], confidence: 0.87",
        "atom('lgt')|atom('lgt')",
    })
    void scaffoldingIsNotText(String sketch, String drawn) {
        assertEquals(drawn, TextRules.stripScaffolding(sketch));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alembic/", "docs/planning/", "/etc/hosts", "./run.sh", "~/bin", "src/app/page.tsx",
        "app/layout.tsx", "snake_case", "--autogenerate", "main.py"})
    void codeWords(String word) {
        assertTrue(TextRules.isCodeWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"and/or", "Suno/Udio", "light/dark", "STT/TTS", "read/write", "Up", "0.87", "km/h."})
    void aSlashAloneDoesNotMakeCode(String word) {
        assertFalse(TextRules.isCodeWord(word), word);
    }

    @Test
    void aLongFirstLineGoingOnInLowerCaseIsOneWrappedLabel() {
        assertTrue(TextRules.wrapped("Generates migrations from the models", "that the app already has"));
        assertFalse(TextRules.wrapped("Voxtral", "Mistral open model"), "a name over its detail");
        assertFalse(TextRules.wrapped("1 dependency", "pydantic-ai"), "a short lead over an identifier");
        assertFalse(TextRules.wrapped("Four words in it:", "detail follows"), "a lead ending in a colon");
    }

    @Test
    void handWrappedLinesRejoin() {
        assertEquals("Musician-First Team", TextRules.join(java.util.List.of("Musician-", "First Team")));
        assertEquals("SQLAlchemy-native", TextRules.join(java.util.List.of("SQLAlchemy-", "native")));
        assertEquals("from the models that the app", TextRules.join(java.util.List.of("from the models", "that the app")));
    }
}
