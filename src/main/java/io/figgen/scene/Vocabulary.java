package io.figgen.scene;

import io.figgen.model.Section;
import io.figgen.model.Spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the spec spells out beyond its sketch (content tables, labels, prose, YAML, rules), with the line
 * each first stands on. A sketch written under a width limit cuts words ({@code IDENT.}, {@code Communic.},
 * {@code RESOLN}) and splits them at its edges ({@code TRANSACT-} / {@code IONAL}); where the spec spells the
 * word in full, and only one word fits, the full word is drawn. Nothing is invented: a cut word the spec
 * never spells stays as the sketch writes it.
 */
final class Vocabulary {
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Map<String, Integer> count = new HashMap<>();
    /** Hyphenated words as the spec writes them ({@code self-hosted}): never joined. */
    private final java.util.Set<String> compounds = new java.util.HashSet<>();
    /** The words the spec writes right after each word, one space between ({@code saas} -> {@code subscriptions}). */
    private final Map<String, Map<String, Integer>> next = new HashMap<>();
    /** Words the spec writes with capitals inside ({@code WebSocket}), as it first writes them. */
    private final Map<String, String> camel = new HashMap<>();

    /** The spec's text beyond its sketch, for the phrases a word alone cannot tell ("1 - alpha"). */
    private final StringBuilder prose = new StringBuilder();

    static Vocabulary of(Spec spec) {
        Vocabulary v = new Vocabulary();
        String sketch = spec.sketch().map(s -> s.text()).orElse("");
        for (Section s : spec.sections()) {
            String text = s.text();
            int skip = sketch.isEmpty() ? -1 : text.indexOf(sketch);
            if (skip >= 0) {
                // the sketch's own words are what is being expanded, not evidence
                text = text.substring(0, skip) + "\n".repeat((int) sketch.chars().filter(c -> c == '\n').count())
                        + text.substring(skip + sketch.length());
            }
            v.add(text, s.line() + 1);
            v.prose.append(text).append('\n');
        }
        return v;
    }

    /**
     * One pass over the text: words (a letter, then letters and digits) counted with their first line, and
     * hyphenated runs of them kept as compounds. Specs run to megabytes, so no pattern is tried per letter.
     */
    private void add(String text, int line) {
        int lineAt = line;
        int i = 0;
        int n = text.length();
        String prev = null;
        int prevEnd = -1;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                lineAt++;
            }
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int compoundStart = i;
            int end = wordEnd(text, i);
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (text.substring(i + 1, end).chars().anyMatch(Character::isUpperCase)
                    && text.substring(i + 1, end).chars().anyMatch(Character::isLowerCase)) {
                camel.putIfAbsent(word, text.substring(i, end));
            }
            if (prev != null && prevEnd == i - 1 && text.charAt(prevEnd) == ' ') {
                next.computeIfAbsent(prev, k -> new java.util.TreeMap<>()).merge(word, 1, Integer::sum);
            }
            boolean hyphenated = false;
            while (true) {
                addWord(text.substring(i, end).toLowerCase(Locale.ROOT), lineAt);
                if (end + 1 < n && text.charAt(end) == '-' && Character.isLetterOrDigit(text.codePointAt(end + 1))) {
                    hyphenated = true;
                    i = end + 1;
                    end = wordEnd(text, i);
                    if (!Character.isLetter(text.codePointAt(i))) {
                        // a part in digits ("x-1") ends the compound; its digits are no word
                        break;
                    }
                    continue;
                }
                break;
            }
            if (hyphenated) {
                compounds.add(text.substring(compoundStart, end).toLowerCase(Locale.ROOT));
            }
            prev = hyphenated ? null : word;
            prevEnd = end;
            i = end;
        }
    }

    private static int wordEnd(String text, int from) {
        int k = from;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            if (!Character.isLetterOrDigit(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private void addWord(String w, int line) {
        firstLine.putIfAbsent(w, line);
        count.merge(w, 1, Integer::sum);
    }

    boolean has(String word) {
        return count.containsKey(word.toLowerCase(Locale.ROOT));
    }

    int lineOf(String word) {
        return firstLine.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * The full word a cut one stands for, or null: a word written with a full stop ({@code Communic.}), or a
     * capitals word of four letters or more that the spec never spells ({@code RESOLN}), is the start of, or
     * the consonants of, exactly one longer spec word (the most used, when several share the start).
     */
    String full(String written) {
        boolean stop = written.endsWith(".");
        String w = stop ? written.substring(0, written.length() - 1) : written;
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || has(w)) {
            return null;
        }
        boolean caps = w.chars().allMatch(Character::isUpperCase);
        if (!stop && !caps && camelCut(w) != null) {
            return camelCut(w);
        }
        if (!stop && !(caps && w.length() >= 4)) {
            return oneLetterLost(w);
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            String v = e.getKey();
            if (v.length() < lower.length() + 2 || v.charAt(0) != lower.charAt(0)) {
                continue;
            }
            // consonants alone (CNPG) are an acronym, not a cut word
            // a word cut to its skeleton before a stop ("provn." for provenance) is read the same way
            boolean fits = v.startsWith(lower) || lower.substring(1).matches(".*[aeiouy].*")
                    && (stop ? cutSkeleton(lower, v) : subsequence(lower, v));
            if (fits && (e.getValue() > bestCount || e.getValue() == bestCount && best != null && v.compareTo(best) < 0)) {
                best = v;
                bestCount = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        return caps ? best.toUpperCase(Locale.ROOT) : Character.isUpperCase(w.charAt(0))
                ? Character.toUpperCase(best.charAt(0)) + best.substring(1) : best;
    }

    /**
     * A name in camel case the sketch cut short inside (MusicBrz): the one word the spec writes in camel case
     * with the same capitals ("MusicBrainz") whose letters it keeps in order, two or more letters longer.
     */
    private String camelCut(String w) {
        String capitals = capitals(w);
        if (w.length() < 5 || capitals.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        List<String> fits = camel.values().stream().distinct().filter(v -> v.length() >= w.length() + 2
                && capitals(v).equals(capitals) && subsequence(lower, v.toLowerCase(Locale.ROOT))).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    private static String capitals(String s) {
        return s.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /**
     * The word a lowercase one cut at its end stands for after {@code before}, or null: the spec writes the
     * pair in full ("SaaS subscriptions" for the sketch's "SaaS subs"), and exactly one word it writes after
     * {@code before} starts with the cut one and is at least three letters longer. The word before is the
     * evidence: a short word alone ("subs") is a word in its own right. Capitals written for a word's capitals
     * ("Custom WS") are the word the spec writes after the same word ("custom WebSocket").
     */
    String fullAfter(String before, String written) {
        Map<String, Integer> after = next.get(before.toLowerCase(Locale.ROOT));
        if (after == null || has(written)) {
            return null;
        }
        if (written.length() >= 2 && written.length() <= 4 && written.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            // capitals standing for the capitals of a word the spec writes after the same word ("Custom WS" for
            // "custom WebSocket"): that word, as the spec writes it, when it is the only one
            List<String> fits = after.keySet().stream().map(camel::get).filter(java.util.Objects::nonNull)
                    .filter(v -> capitals(v).equals(written)).toList();
            return fits.size() == 1 ? fits.get(0) : null;
        }
        if (written.length() < 3 || !written.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        List<String> fits = after.keySet().stream().filter(v -> v.length() >= written.length() + 3 && v.startsWith(written)).toList();
        // one word and its plural ("subscription", "subscriptions") are one reading: the one the spec writes more
        String stem = fits.isEmpty() ? null : singular(fits.get(0));
        if (stem == null || fits.stream().anyMatch(v -> !singular(v).equals(stem))) {
            return null;
        }
        return fits.stream().max(java.util.Comparator.comparingInt((String v) -> after.get(v))
                .thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
    }

    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A word the box's edge clipped of its last letter or two ({@code boilerplat}): the one spec word it begins that
     * is one or two letters longer ({@code boilerplate}), when the spec never writes the clipped form. Endings that
     * make another form of the same word (a plural's s, a past's ed) are no clipping: "stream" stays "stream".
     */
    String clipped(String written) {
        if (written.length() < 6 || !written.chars().allMatch(Character::isLetter) || has(written)) {
            return null;
        }
        String w = written.toLowerCase(Locale.ROOT);
        List<String> fits = count.keySet().stream().filter(v -> v.length() > w.length() && v.length() <= w.length() + 2
                && v.startsWith(w) && !List.of("s", "es", "ed", "d").contains(v.substring(w.length()))).toList();
        if (fits.size() != 1) {
            return null;
        }
        String best = fits.get(0);
        return written.equals(written.toUpperCase(Locale.ROOT)) ? best.toUpperCase(Locale.ROOT)
                : Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(best.charAt(0)) + best.substring(1) : best;
    }

    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("(\\S{6,}?)(?:\\.{2,}|…)");

    /**
     * The token a sketch cut short with dots ({@code anthropic:claude-....}) stands for: the one token of the
     * spec's prose that starts with what is left and goes on ({@code anthropic:claude-haiku-4-5}); else null.
     * Six characters at least are left, so a word's first letters alone ("Some...") are not read so.
     */
    String elided(String written) {
        java.util.regex.Matcher m = ELIDED.matcher(written);
        if (!m.matches()) {
            return null;
        }
        String stem = m.group(1);
        java.util.Set<String> fits = new java.util.TreeSet<>();
        for (String token : TextRules.SPACES.split(prose)) {
            String t = token.replaceAll("^[\"'`(\\[“‘]+|[\"'`),.;:\\]”’]+$", "");
            if (t.length() > stem.length() && t.startsWith(stem) && !t.contains("...")) {
                fits.add(t);
            }
        }
        if (fits.isEmpty()) {
            // a name of words the sketch cut after its first ("Goodnight..."): the one phrase of the spec that starts
            // with it and ends at a mark, four words at most ("Goodnight and Go" of "(..., Headlock, Goodnight and Go)")
            java.util.regex.Matcher p = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(stem)
                    + "((?: [\\p{L}\\p{N}'-]+){1,3})(?=[,;.)\"”]|$)", java.util.regex.Pattern.MULTILINE).matcher(prose);
            while (p.find()) {
                fits.add(stem + p.group(1));
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    private static final Map<Character, String> GREEK = Map.of('a', "alpha", 'b', "beta", 'd', "delta", 'e', "epsilon",
            'l', "lambda", 's', "sigma", 't', "theta");
    private static final java.util.regex.Pattern NUMBER_LESS_LETTER = java.util.regex.Pattern.compile("(\\d+)-([a-z])");

    /**
     * A sketch's ASCII stand-in for a Greek letter in a bound ({@code 1-a}) as the letter ({@code 1-α}), where
     * the spec spells the same bound out ({@code 1 - alpha}); else null.
     */
    String greek(String written) {
        java.util.regex.Matcher m = NUMBER_LESS_LETTER.matcher(written);
        if (!m.matches() || !GREEK.containsKey(m.group(2).charAt(0))) {
            return null;
        }
        String name = GREEK.get(m.group(2).charAt(0));
        boolean spelt = java.util.regex.Pattern.compile("(?<![\\d.])" + m.group(1) + "\\s*[-−]\\s*(?:" + name + "|"
                + TextRules.greekLetter(name) + ")(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(prose).find();
        return spelt ? m.group(1) + "-" + TextRules.greekLetter(name) : null;
    }

    /**
     * The word split at a sketch edge ({@code TRANSACT-IONAL}) as the spec spells it whole, or null; a compound
     * the spec never writes as one word ({@code Musician-First}) stays.
     */
    String joined(String hyphenated) {
        int dash = hyphenated.indexOf('-');
        // a short part ("pydantic-ai", "re-use") is a name or a prefix, not half a word
        if (dash < 3 || dash != hyphenated.lastIndexOf('-') || dash > hyphenated.length() - 4) {
            return null;
        }
        String whole = hyphenated.substring(0, dash) + hyphenated.substring(dash + 1);
        if (has(whole) && whole.length() >= 6 && !compounds.contains(hyphenated.toLowerCase(Locale.ROOT))) {
            return whole;
        }
        return null;
    }

    /**
     * The spec word a sketch word of six letters or more lost one letter of ({@code Ml┊dozeniec}: a dotted
     * line drawn through it took the {@code o}), when exactly one spec word is that word with one letter more;
     * else null.
     */
    private String oneLetterLost(String w) {
        if (w.length() < 6) {
            return null;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String found = null;
        for (String v : count.keySet()) {
            if (v.length() == lower.length() + 1 && oneMore(lower, v)) {
                if (found != null) {
                    return null;
                }
                found = v;
            }
        }
        if (found == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(found);
        for (int i = 0; i < out.length() && i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && out.charAt(i) == Character.toLowerCase(w.charAt(i))) {
                out.setCharAt(i, w.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code longer} is {@code shorter} with one letter put in inside it, two letters or more from
     * either end (a word cut at its end, or a plural, is another matter and stays as written).
     */
    private static boolean oneMore(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return i >= 2 && i <= shorter.length() - 2 && shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * A word cut before a stop with one letter kept from further on ({@code provn.}: {@code prov} and the
     * {@code n} of provenance): five letters or more, all but the last the word's own opening, the last
     * within the word's first two thirds. Shorter cuts ({@code COND.}) are too loose to read this way.
     */
    private static boolean cutSkeleton(String abbr, String word) {
        if (abbr.length() < 5 || !word.startsWith(abbr.substring(0, abbr.length() - 1))) {
            return false;
        }
        int at = word.indexOf(abbr.charAt(abbr.length() - 1), abbr.length() - 1);
        return at >= 0 && at < word.length() * 2 / 3 + 1;
    }

    private static boolean subsequence(String abbr, String word) {
        int j = 0;
        for (int i = 0; i < word.length() && j < abbr.length(); i++) {
            if (word.charAt(i) == abbr.charAt(j)) {
                j++;
            }
        }
        return j == abbr.length() && word.charAt(word.length() - 1) == abbr.charAt(abbr.length() - 1);
    }
}
