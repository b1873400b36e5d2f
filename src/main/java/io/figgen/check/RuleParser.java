package io.figgen.check;

import io.figgen.model.Rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads anti-hallucination rules into checks. The verb decides polarity: a rule that says not to use the
 * term, show, render, name or call something forbids the terms it quotes; one that says not to omit, drop,
 * change or alter something requires them. Rules about meaning ("do not claim ...") are listed as unchecked.
 */
public final class RuleParser {
    /**
     * How far a verb may follow its negation ("do NOT ... name"): without a bound, a clause of many negations
     * and no verb costs time quadratic in its length (a 30 KB rule took 12 s); real rules need a few words.
     */
    private static final int GAP = 200;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"|“([^”]{1,80})”|`([^`]{1,80})`");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}\\b");
    private static final Pattern FORBID = Pattern.compile(
            "\\b(?:do(?:es)?\\s+not|don'?t|never|no|must\\s+not|should\\s+not|shall\\s+not|may\\s+not)\\b[^.;]{0," + GAP + "}?\\b(?:use\\s+the\\s+(?:term|word|phrase|label|name)s?|show|shows|render|rendered|"
                    + "name|call|display|draw|print|write|label|include|mention|add)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUIRE = Pattern.compile(
            "\\b(?:do(?:es)?\\s+not|don'?t|never|must\\s+not)\\b[^.;]{0," + GAP + "}?\\b(?:omit|drop|change|alter|modify|rename|abbreviate|shorten|"
                    + "paraphrase|round|reword)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MUST_READ = Pattern.compile(
            "\\bmust\\s+(?:read|say|show|be\\s+labell?ed|be\\s+titled|be\\s+named|appear\\s+as|be\\s+exactly|be)\\s*:?\\s*(?:\"([^\"]+)\"|“([^”]+)”|`([^`]+)`)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXACTLY = Pattern.compile(
            "\\bexactly\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b[^:(]{0,60}:\\s*(.+?)(?:\\.\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_IDENTIFIER = Pattern.compile(
            ",\\s*not\\s+(`[^`]+`|\"[^\"]+\"|[A-Za-z][\\w.]*_[\\w.]*|[a-z]+\\.[a-z]+\\w*)");
    private static final Pattern CLAUSES = Pattern.compile("\\s+--\\s+|\\s+—\\s+|;\\s*|(?<=[.!?])\\s+(?=[A-Z*])");
    private static final Pattern TO_QUOTED = Pattern.compile("\\bto\\s*[\"“`]");
    /** A forbidding clause about everything but its subject ("any other release", "anything else"). */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(?:any|every|all|no)\\s+other\\b|\\bother than\\b|\\b(?:anything|anyone|any \\w+) else\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\s*(?:them|these|those|it|this|any of them)\\b", Pattern.CASE_INSENSITIVE);
    /** A background demanded by colour name, when the rule gives no hex: "Background must be white". */
    private static final Pattern NAMED_BACKGROUND = Pattern.compile(
            "background\\s+(?:must|should|shall)\\s+be\\s+(?:pure\\s+|plain\\s+|solid\\s+)?(white|black|gray|grey|transparent)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Map<String, String> COLOURS = java.util.Map.of(
            "white", "#ffffff", "black", "#000000", "gray", "#808080", "transparent", "transparent");
    private static final Pattern VALUES = Pattern.compile("(?:values|labels|numbers|terms|names)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    // compiled once: a spec of thousands of rules would otherwise compile them for every term
    private static final Pattern NAMES_END = Pattern.compile("\\s+(?:in|on|as|from|anywhere|specifically|explicitly)\\b.*$");
    private static final Pattern NAMES_SPLIT = Pattern.compile(",\\s*|\\s+or\\s+|\\s+and\\s+|\\s*/\\s*");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.;:]+$");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;:]$");

    private RuleParser() {
    }

    public static List<RuleCheck> parse(Rule rule) {
        // a spec's rule text holds no run of white space (RuleReader folds each to one space), so the patterns'
        // \\s+ never rescan a long run from each of its positions (a rule with a 30,000-space run took 19 s)
        String text = rule.text();
        List<RuleCheck> out = new ArrayList<>();
        if (text.toLowerCase(Locale.ROOT).contains("background")) {
            Matcher hex = HEX.matcher(text);
            if (hex.find()) {
                out.add(new RuleCheck.Background(rule, hex.group().toLowerCase(Locale.ROOT)));
                return out;
            }
            Matcher named = NAMED_BACKGROUND.matcher(text);
            if (named.find()) {
                out.add(new RuleCheck.Background(rule, COLOURS.get(named.group(1).toLowerCase(Locale.ROOT).replace("grey", "gray"))));
                return out;
            }
        }
        Set<String> required = new LinkedHashSet<>();
        Set<String> anyCase = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        Matcher must = MUST_READ.matcher(text);
        while (must.find()) {
            required.add(first(must));
        }
        Matcher exactly = EXACTLY.matcher(text);
        if (exactly.find()) {
            anyCase.addAll(list(exactly.group(2)));
        }
        List<String> quotedInRule = null;
        // a verb governs the terms of its own clause: "X is generic -- do NOT name A, B" forbids A and B, not X
        for (String clause : CLAUSES.split(text)) {
            Matcher req = REQUIRE.matcher(clause);
            Matcher forb = FORBID.matcher(clause);
            if (req.find()) {
                String after = clause.substring(req.end());
                Matcher to = TO_QUOTED.matcher(after);
                if (to.find()) {
                    forbidden.addAll(quoted(after.substring(to.start())));
                } else {
                    required.addAll(quoted(after));
                    Matcher values = VALUES.matcher(after);
                    if (values.find() && quoted(after).isEmpty()) {
                        required.addAll(list(values.group(1)));
                    }
                }
            } else if (forb.find()) {
                String after = clause.substring(forb.end());
                int quote = after.indexOf('"');
                if (OTHERS.matcher(quote < 0 ? after : after.substring(0, quote)).find()) {
                    // "do NOT label any other release 'breaking'": the word is the one release's, forbidden of the
                    // rest; which part is which no machine reads from the drawing
                    continue;
                }
                List<String> terms = quoted(after);
                if (terms.isEmpty() && PRONOUN.matcher(after).lookingAt()) {
                    if (quotedInRule == null) {
                        quotedInRule = quoted(text); // once per rule, not once per clause
                    }
                    terms = quotedInRule;
                }
                if (terms.isEmpty()) {
                    terms = names(after);
                }
                forbidden.addAll(terms);
            }
        }
        Matcher not = NOT_IDENTIFIER.matcher(text);
        while (not.find()) {
            forbidden.add(not.group(1).replaceAll("^[`\"]|[`\"]$", "").replaceAll("[.,;:]+$", ""));
        }
        forbidden.removeAll(required);
        forbidden.removeAll(anyCase);
        if (!required.isEmpty()) {
            out.add(new RuleCheck.Require(rule, List.copyOf(required), true));
        }
        if (!anyCase.isEmpty()) {
            out.add(new RuleCheck.Require(rule, List.copyOf(anyCase), false));
        }
        if (!forbidden.isEmpty()) {
            out.add(new RuleCheck.Forbid(rule, List.copyOf(forbidden)));
        }
        if (out.isEmpty()) {
            out.add(new RuleCheck.Unchecked(rule, why(text)));
        }
        return out;
    }

    /**
     * Proper names listed as a verb's object ("Ableton, Logic, FL Studio"): items that start with a capital, a
     * digit or read as code, at most four words each. Common-noun phrases ("specific competitors") are not terms.
     */
    private static List<String> names(String object) {
        String o = NAMES_END.matcher(object.strip()).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String part : NAMES_SPLIT.split(o)) {
            String p = TRAILING_STOPS.matcher(part.strip()).replaceAll("");
            if (p.isEmpty() || p.chars().filter(c -> c == ' ').count() > 3) {
                return List.of();
            }
            boolean name = Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0)) || p.contains("_");
            if (!name) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String q = TRAILING_COMMA.matcher(first(m).strip()).replaceAll("");
            if (!q.isEmpty() && !q.equals("...")) {
                out.add(q);
            }
        }
        return out;
    }

    /** "a, b and c." into its items, quotes and trailing punctuation removed. */
    private static List<String> list(String s) {
        List<String> quoted = quoted(s);
        if (!quoted.isEmpty()) {
            return quoted;
        }
        List<String> out = new ArrayList<>();
        // an enumeration may run as a chain ("Validate → Human Review Queue → Extract"): each step an item
        for (String part : s.replaceAll("[.;]\\s*$", "").split(",\\s*|\\s+and\\s+|\\s*/\\s*|\\s*(?:→|->)\\s*")) {
            String p = part.strip().replaceAll("^(?:and|or)\\s+", "");
            if (!p.isEmpty() && p.length() <= 60) {
                out.add(p);
            }
        }
        return out;
    }

    private static String why(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(claim|imply|suggest|frame|attribute|present|describe)\\b.*")) {
            return "a claim about meaning, which only a reader can judge";
        }
        return "no term, value or colour a machine can compare";
    }
}
