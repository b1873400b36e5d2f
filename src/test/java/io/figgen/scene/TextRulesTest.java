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
        "app/layout.tsx", "snake_case", "--autogenerate", "main.py", "sleep(wait_time)", "getAssuranceCssVar()",
        "lookup_work(),", "asyncio.Lock", "/api/v1/permissions/{work_id}", "useCopilotReadable", "getServerSideProps"})
    void codeWords(String word) {
        assertTrue(TextRules.isCodeWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"and/or", "Suno/Udio", "light/dark", "STT/TTS", "read/write", "Up", "0.87", "km/h.",
        "Discogs(auth)", "(then", "e.g.", "iPhone", "eBay", "macOS", "PostHog", "CopilotKit"})
    void aSlashAloneDoesNotMakeCode(String word) {
        assertFalse(TextRules.isCodeWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$15/host/mo", "$70+/month", "5.63%", "85%", "0.87", "418x", "~100x", "17ms", "<500ms",
        "P=0.35-0.45", "P(~0.15)", "CVE-2025-6514", "2^attempt", "(5.63%,", "(0.15)}", "{0.72,"})
    void measuredValuesAreData(String word) {
        assertTrue(TextRules.isDataWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017", "25", "A1", "Nova-3", "Qwen2.5", "v3-turbo", "MP3", "1-3", "x", "%"})
    void namesYearsAndCountsAreWords(String word) {
        assertFalse(TextRules.isDataWord(word), word);
    }

    @Test
    void aCellsLinesThatAreItemsStayApart() {
        String b = TextRules.ITEM_BREAK;
        assertEquals("Retell" + b + "Vapi" + b + "Bland", TextRules.joinCell(java.util.List.of("Retell", "Vapi", "Bland")));
        assertEquals("Fastest to market" + b + "Locked in", TextRules.joinCell(java.util.List.of("Fastest", "to market", "Locked in")));
        assertEquals("Pipecat" + b + "LiveKit + Deepgram + Cartesia",
                TextRules.joinCell(java.util.List.of("Pipecat", "LiveKit", "+ Deepgram", "+ Cartesia")));
        assertEquals("Core Identity", TextRules.joinCell(java.util.List.of("Core", "Identity")), "two lines are one label");
        assertEquals("SWEET SPOT Flexible", TextRules.joinCell(java.util.List.of("SWEET", "SPOT", "Flexible")),
                "capitals wrap a label");
        assertEquals("Variable (lowest at scale)", TextRules.joinCell(java.util.List.of("Variable", "(lowest at", "scale)")));
    }

    @Test
    void aTurnedDownOptionIsMarkedNotSelected() {
        assertEquals("BANNED", TextRules.rejection("■ BANNED"));
        assertEquals("DEFERRED", TextRules.rejection("(deferred)"));
        assertEquals(null, TextRules.selection("■ BANNED"));
        assertEquals(null, TextRules.rejection("BANNED WORDS"));
        assertTrue(TextRules.marker("? Remix (ask first)").marker().equals("?"));
    }

    @Test
    void aLineBreakInAPipeSeparatedListIsASeparator() {
        assertEquals("Engineer (0.40) | Musician (0.50) | Solo (0.65) | Well-Funded (0.35)",
                TextRules.joinSeparated(java.util.List.of("Engineer (0.40) | Musician (0.50)", "Solo (0.65) | Well-Funded (0.35)")));
        assertEquals("a | b | c", TextRules.joinSeparated(java.util.List.of("a | b |", "c")), "a written bar is not doubled");
        assertEquals("Most papers never cross. Viability needs compute.",
                TextRules.joinSeparated(java.util.List.of("Most papers never cross.", "Viability needs compute.")));
    }

    @Test
    void aLongFirstLineGoingOnInLowerCaseIsOneWrappedLabel() {
        assertTrue(TextRules.wrapped("Generates migrations from the models", "that the app already has"));
        assertFalse(TextRules.wrapped("Voxtral", "Mistral open model"), "a name over its detail");
        assertFalse(TextRules.wrapped("1 dependency", "pydantic-ai"), "a short lead over an identifier");
        assertFalse(TextRules.wrapped("Plain text notes", "no markup to learn"), "a detail may open with no");
        assertTrue(TextRules.wrapped("Plain text notes", "of the whole team"), "a sentence goes on with of");
        assertFalse(TextRules.wrapped("Four words in it:", "detail follows"), "a lead ending in a colon");
        assertTrue(TextRules.wrapped("Photocopy entire", "books"), "one plain word is the phrase going on");
        assertFalse(TextRules.wrapped("Voxtral", "mistral"), "a one-word name over its detail");
    }

    @Test
    void handWrappedLinesRejoin() {
        assertEquals("Musician-First Team", TextRules.join(java.util.List.of("Musician-", "First Team")));
        assertEquals("/api/v1/permissions/{work_id}", TextRules.join(java.util.List.of("/api/v1/permissions", "/{work_id}")));
        assertEquals("/etc and /usr", TextRules.join(java.util.List.of("/etc and", "/usr")));
        // a line of dotted items ends its last: a capital opening the next line is one more item
        assertEquals("Queue · Cache · Blob store (cold)", TextRules.join(java.util.List.of("Queue · Cache", "Blob store (cold)")));
        assertEquals("Queue · Cache of the Day", TextRules.join(java.util.List.of("Queue · Cache of", "the Day")));
        assertEquals("SQLAlchemy-native", TextRules.join(java.util.List.of("SQLAlchemy-", "native")));
        assertEquals("from the models that the app", TextRules.join(java.util.List.of("from the models", "that the app")));
    }

    @Test
    void aCompoundTheSpecWritesStaysAndAHalfWordIsJoined() {
        Vocabulary v = vocabulary("Self-hosted runners; acknowledged alerts; PydanticAI and pydantic-ai; the ecosystem");
        assertEquals(null, v.joined("SELF-HOSTED"), "the spec writes self-hosted");
        assertEquals("ACKNOWLEDGED", v.joined("ACKNOW-LEDGED") == null ? null : v.joined("ACKNOW-LEDGED").toUpperCase());
        assertEquals(null, v.joined("pydantic-ai"), "a short part is a name, not half a word");
        assertEquals("ecosystem", v.joined("eco-system"));
    }

    @Test
    void aCutWordIsTheOneSpecWordItBeginsOrAbbreviates() {
        Vocabulary v = vocabulary("Core identity; communication style; resolution; CloudNativePG on Hetzner; provenance");
        assertEquals("IDENTITY", v.full("IDENT."));
        assertEquals("provenance", v.full("provn."), "a word cut to its skeleton before the stop");
        assertEquals(null, v.full("prvnc."), "a skeleton must open as the word does");
        assertEquals(null, vocabulary("confidence").full("COND."), "four letters are too few to read as a skeleton");
        assertEquals("Communication", v.full("Communic."));
        assertEquals("RESOLUTION", v.full("RESOLN"));
        assertEquals(null, v.full("CNPG"), "consonants alone are an acronym");
        assertEquals(null, v.full("form"), "a word without a full stop, not in capitals, is left alone");
        assertEquals(null, v.full("Hetzner."), "a word the spec spells is no abbreviation");
    }

    @Test
    void aWordCutAtItsEndIsTheWordTheSpecWritesAfterTheSameWord() {
        Vocabulary v = vocabulary("Revenue is \"SaaS subscriptions\", SaaS subscriptions, SaaS subscription revenue; the sub-second path; data licensing, data lineage and data linkage");
        assertEquals("subscriptions", v.fullAfter("SaaS", "subs"), "a word and its plural: the one written more");
        assertEquals("licensing", v.fullAfter("data", "lic"));
        assertEquals(null, v.fullAfter("data", "lin"), "two words the spec writes after 'data' start so");
        assertEquals(null, v.fullAfter("data", "li"), "two letters are too few");
        assertEquals(null, v.fullAfter("the", "subs"), "no word so starting follows 'the' in the spec");
        assertEquals(null, v.fullAfter("SaaS", "subscriptions"), "a word the spec spells stays");
    }

    @Test
    void aValueCutShortWithDotsIsTheOneTokenOfTheSpecThatGoesOnFromIt() {
        Vocabulary v = vocabulary("The default model is \"anthropic:claude-haiku-4-5\". Tools: search_mb, search_discogs.");
        assertEquals("anthropic:claude-haiku-4-5", v.elided("anthropic:claude-...."));
        assertEquals("anthropic:claude-haiku-4-5", v.elided("anthropic:claude…"));
        assertEquals(null, v.elided("search_..."), "two tokens go on from it");
        assertEquals(null, v.elided("anth..."), "too little is left to tell");
        assertEquals(null, v.elided("openai:gpt-...."), "the spec gives no such value");
        Vocabulary works = vocabulary("The works shown (Hide and Seek, Headlock, Goodnight and Go) are mock data.");
        assertEquals("Goodnight and Go", works.elided("Goodnight..."), "a name of words cut after its first");
        assertEquals(null, works.elided("Headlock..."), "nothing goes on from it before its mark");
    }

    @Test
    void aWordTheBoxsEdgeClippedIsTheOneSpecWordItBegins() {
        Vocabulary v = vocabulary("minimal boilerplate; event streams; a complete store");
        assertEquals("boilerplate", v.clipped("boilerplat"));
        assertEquals("Boilerplate", v.clipped("Boilerplat"));
        assertEquals(null, v.clipped("stream"), "a plural's s is another form, not a clipping");
        assertEquals(null, v.clipped("compl"), "too short to tell");
        assertEquals(null, v.clipped("complete"), "a word the spec writes stays");
    }

    @Test
    void aCamelCaseNameCutShortInsideIsTheSpecsNameWithTheSameCapitals() {
        Vocabulary v = vocabulary("Sources: MusicBrainz, Discogs and PostgreSQL");
        assertEquals("MusicBrainz", v.full("MusicBrz"));
        assertEquals(null, v.full("PostHog"), "other capitals: another name");
        assertEquals(null, v.full("MusicB"), "a cut inside keeps the name's last letter");
    }

    @Test
    void aPriceIsNoShellVariable() {
        assertFalse(TextRules.isCommand("$15/host/mo + per metric"), "a price leads the line, not a $VARIABLE");
        assertTrue(TextRules.isCommand("echo $HOME"));
        assertTrue(TextRules.isCommand("cp ${SRC} out"));
        assertTrue(TextRules.isDataWord("$0.07-0.14"), "a range of prices is data");
        assertTrue(TextRules.isDataWord("$5-20/mo"));
        assertTrue(TextRules.isCapsLabel("vs ALTERNATIVES"));
        assertFalse(TextRules.isCapsLabel("vs the others"));
    }

    @Test
    void capitalsStandingForAWordsCapitalsAreTheWordTheSpecWritesAfterTheSameWord() {
        Vocabulary v = vocabulary("Over Vercel AI SDK, custom WebSocket, or REST polling; a Custom WebSocket card; open GraphQL or open GitHub");
        assertEquals("WebSocket", v.fullAfter("Custom", "WS"), "W and S are WebSocket's capitals");
        assertEquals(null, v.fullAfter("Custom", "WB"), "not its capitals");
        assertEquals(null, v.fullAfter("REST", "PL"), "polling has no capitals inside");
        assertEquals(null, v.fullAfter("open", "G"), "one letter is too few");
        assertEquals(null, v.fullAfter("Vercel", "AI"), "capitals the spec writes stay");
    }

    @Test
    void aLetterStandingForAGreekOneInABoundIsTheLetterWhereTheSpecSpellsIt() {
        Vocabulary v = vocabulary("Coverage: P(true value in prediction set) >= 1 - alpha, a finite-sample guarantee.");
        assertEquals("1-α", v.greek("1-a"));
        assertEquals(null, v.greek("1-b"), "the spec spells no beta");
        assertEquals(null, v.greek("21-a"), "another number");
        assertEquals(null, vocabulary("Pages 1-a and 1-b of the form").greek("1-a"), "a spec that never spells alpha");
    }

    @Test
    void doubleHyphensAreTheDashesTheyStandFor() {
        assertEquals("CVE-2025-68143\u201345", TextRules.dashes("CVE-2025-68143--45"), "a range: en dash");
        assertEquals("possible \u2014 not the licence", TextRules.dashes("possible -- not the licence"), "spaced: em dash");
        assertEquals("possible \u2014", TextRules.dashes("possible --"), "at a wrapped line's end");
        assertEquals("--verbose and a--b", TextRules.dashes("--verbose and a--b"), "a flag and a joined word stay");
    }

    private static Vocabulary vocabulary(String prose) {
        io.figgen.model.Spec spec = io.figgen.render.Renderer.parse("v.md", ("# fig-v: V\n\n## Metadata\n\n| Field | Value |\n|---|---|\n"
                + "| **ID** | fig-v |\n\n## Purpose\n\n" + prose + "\n\n## Visual Concept (ASCII Layout)\n\n```\n+------+\n| X    |\n+------+\n```\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Vocabulary.of(spec);
    }
}
