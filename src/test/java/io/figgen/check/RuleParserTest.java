package io.figgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.figgen.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

class RuleParserTest {
    private static List<RuleCheck> parse(String text) {
        return RuleParser.parse(new Rule(1, text, 10));
    }

    private static List<String> forbidden(String text) {
        return parse(text).stream().filter(c -> c instanceof RuleCheck.Forbid).map(c -> ((RuleCheck.Forbid) c).terms())
                .findFirst().orElse(List.of());
    }

    private static List<String> required(String text) {
        return parse(text).stream().filter(c -> c instanceof RuleCheck.Require).map(c -> ((RuleCheck.Require) c).texts())
                .findFirst().orElse(List.of());
    }

    @Test
    void backgroundRuleGivesItsColour() {
        RuleCheck c = parse("Background must be warm paper (#F6F3E6), never white.").get(0);
        assertEquals("#f6f3e6", assertInstanceOf(RuleCheck.Background.class, c).hex());
    }

    @Test
    void showRenderNameCallForbidTheirTerms() {
        assertEquals(List.of("Beta"), forbidden("Do NOT use the term \"Beta\" anywhere."));
        assertEquals(List.of("queue_v2"), forbidden("Do not render `queue_v2` as a label."));
        assertEquals(List.of("Kafka", "Pulsar", "NATS"), forbidden("Streams are generic -- do NOT name Kafka, Pulsar, NATS."));
    }

    @Test
    void aPronounReachesBackToTheRulesQuotes() {
        assertEquals(List.of("Roboto", "Inter"), forbidden("Fonts are internal -- \"Roboto\", \"Inter\" are CSS names. Do NOT render them."));
    }

    @Test
    void quotesOutsideTheVerbsClauseAreNotForbidden() {
        assertEquals(List.of(), forbidden("Do NOT name individual vendors -- the point is collective (\"no single vendor\")."));
    }

    @Test
    void omitDropChangeRequire() {
        assertEquals(List.of("42 ms", "p99"), required("Do NOT change these values: \"42 ms\", \"p99\"."));
        assertEquals(List.of("Cold start"), required("The label must read \"Cold start\"."));
        assertEquals(List.of("alpha", "beta", "gamma"), required("Show exactly three stages: alpha, beta, gamma."));
    }

    @Test
    void anEnumerationEndsWithItsSentenceAndWhatTheNextForbidsIsForbidden() {
        String rule = "Exactly FIVE stages in this order: Ingest, OCR, Extract, Validate, Export. Do NOT add a \"Classify\", "
                + "\"Enrich\" or \"Archive\" stage.";
        assertEquals(List.of("Ingest", "OCR", "Extract", "Validate", "Export"), required(rule));
        assertEquals(List.of("Classify", "Enrich", "Archive"), forbidden(rule));
        assertEquals(List.of("Validate", "Human Review Queue", "Extract"),
                required("There is exactly ONE feedback loop: Validate → Human Review Queue → Extract. It returns to EXTRACT, NOT to OCR."));
    }

    @Test
    void aWordForbiddenOfEverythingButTheSubjectIsNotForbiddenOfTheFigure() {
        // v0.5 is labelled "breaking" in the figure, as it should be: the rule forbids the word of the other releases
        assertEquals(List.of(), forbidden("v0.5 is the ONLY breaking change. Do NOT label any other release \"breaking\", "
                + "\"deprecated\" or \"migration required\"."));
        assertEquals(List.of("beta"), forbidden("Do NOT label the stable line \"beta\"."));
    }

    @Test
    void changingToAValueForbidsThatValue() {
        assertEquals(List.of("1M"), forbidden("It has 1,048,576 rows. Do NOT round to \"1M\"."));
        assertEquals(List.of(), required("It has 1,048,576 rows. Do NOT round to \"1M\"."));
    }

    @Test
    void notFollowedByAnIdentifierForbidsIt() {
        assertEquals(List.of("legacy_queue"), forbidden("Jobs use the outbox table, not legacy_queue."));
        assertEquals(List.of(), forbidden("The service uses Postgres (not Redis) for jobs."));
    }

    @Test
    void claimsAndNumbersWithoutListsAreUnchecked() {
        assertInstanceOf(RuleCheck.Unchecked.class, parse("Do NOT claim the cache is always faster.").get(0));
        assertInstanceOf(RuleCheck.Unchecked.class, parse("The limit is exactly 5 req/s (from config: rate=5).").get(0));
    }

    @Test
    void otherPhrasingsOfTheSameRules() {
        assertEquals(List.of("Kafka"), forbidden("The figure must not name Kafka."));
        assertEquals(List.of("Beta"), forbidden("Labels should not show \"Beta\"."));
        assertEquals(List.of("Cold start"), required("The footer must be \"Cold start\"."));
        assertEquals(List.of("Cold start"), required("Its title must be exactly \"Cold start\"."));
        RuleCheck white = parse("The background must be pure white.").get(0);
        assertEquals("#ffffff", assertInstanceOf(RuleCheck.Background.class, white).hex());
    }

    @Test
    void enumerationsMatchInAnyCaseAndQuotedValuesExactly() {
        RuleCheck enumeration = parse("Show exactly two stores: Hot Store, Cold Store.").get(0);
        assertEquals(false, assertInstanceOf(RuleCheck.Require.class, enumeration).exactCase());
        RuleCheck quoted = parse("The label must read \"Hot Store\".").get(0);
        assertEquals(true, assertInstanceOf(RuleCheck.Require.class, quoted).exactCase());
    }
}
