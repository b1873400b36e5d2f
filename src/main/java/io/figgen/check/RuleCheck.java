package io.figgen.check;

import io.figgen.model.Rule;

import java.util.List;

/** What one anti-hallucination rule asks of the figure, when a machine can tell. */
public sealed interface RuleCheck {
    Rule rule();

    /** Terms the figure must not draw. */
    record Forbid(Rule rule, List<String> terms) implements RuleCheck {
    }

    /** Texts the figure must draw: exactly as written, or in any case for items of an enumeration. */
    record Require(Rule rule, List<String> texts, boolean exactCase) implements RuleCheck {
    }

    /** The background colour the figure must have. */
    record Background(Rule rule, String hex) implements RuleCheck {
    }

    /** A rule about meaning or process that no check can decide; listed, never passed silently. */
    record Unchecked(Rule rule, String why) implements RuleCheck {
    }
}
