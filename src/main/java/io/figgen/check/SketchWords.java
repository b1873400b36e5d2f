package io.figgen.check;

import io.figgen.scene.SceneNote;
import io.figgen.scene.TextRules;
import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.StackedLetters;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a sketch writes, and how many of them a figure draws. Words are runs of letters and digits, so
 * a hand-wrapped {@code SQLAlchemy-} + {@code native} counts the same as the drawn {@code SQLAlchemy-native};
 * box drawing, line art, arrows, markers and what the sketch writes for the designer (style placeholders such
 * as {@code [sq]}, layout and style notes) are not words.
 */
public final class SketchWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A chain of marks joined by rules ({@code o-----o-----o}, a timeline's): its {@code o} marks are no words. */
    private static final Pattern MARK_CHAIN = Pattern.compile("(?:[oO*●○◆■◉]?[-─═━]{2,})+[oO*●○◆■◉]?[>►▶]?");

    private SketchWords() {
    }

    /** A sketch word with the spec line it stands on. */
    public record Word(String word, int line) {
    }

    public static List<Word> of(Sketch sketch) {
        List<Word> out = new ArrayList<>();
        for (Band b : sketch.bands()) {
            for (Area a : b.panels()) {
                area(sketch, a, out);
            }
        }
        return out;
    }

    private static void area(Sketch sketch, Area a, List<Word> out) {
        for (Box box : a.boxes()) {
            add(box.title(), sketch.specLine(box.top()), out);
            area(sketch, box.interior(), out);
        }
        // rows between blank lines are read together, as the layout reads them (stacked letters make a word)
        List<Row> group = new ArrayList<>();
        for (Row r : a.rows()) {
            if (r.isBlank()) {
                group(sketch, group, out);
                group.clear();
            } else {
                group.add(r);
            }
        }
        group(sketch, group, out);
    }

    private static void group(Sketch sketch, List<Row> rows, List<Word> out) {
        String stacked = StackedLetters.word(rows);
        if (stacked != null) {
            add(stacked, sketch.specLine(rows.get(0).row()), out);
            return;
        }
        for (Row r : rows) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x && !MARK_CHAIN.matcher(x.text().strip()).matches()) {
                    add(x.text(), sketch.specLine(r.row()), out);
                } else if (t instanceof Token.Arrow x) {
                    add(x.label(), sketch.specLine(r.row()), out);
                }
            }
        }
    }

    private static void add(String text, int line, List<Word> out) {
        Matcher m = WORD.matcher(TextRules.stripScaffolding(text));
        while (m.find()) {
            out.add(new Word(m.group().toLowerCase(Locale.ROOT), line));
        }
    }

    /** Lower-case word counts of drawn text. */
    public static Map<String, Integer> count(List<String> drawn) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : drawn) {
            Matcher m = WORD.matcher(s);
            while (m.find()) {
                counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The sketch words the drawn text does not account for, occurrence by occurrence. */
    public static List<Word> missing(List<Word> sketchWords, List<String> drawn) {
        return missing(sketchWords, drawn, List.of());
    }

    /**
     * As {@link #missing(List, List)}, where a word the figure draws in full ({@code IDENT.} as
     * {@code IDENTITY}, {@code TRANSACT-} {@code IONAL} as {@code TRANSACTIONAL}) counts as drawn.
     */
    public static List<Word> missing(List<Word> sketchWords, List<String> drawn, List<SceneNote> notes) {
        sketchWords = withoutSpeltColumns(sketchWords, count(drawn));
        Map<String, Integer> left = count(drawn);
        Map<String, String> full = new HashMap<>();
        for (SceneNote n : notes) {
            if (n.kind() == SceneNote.Kind.EXPANDED && !n.written().isEmpty()) {
                Matcher m = WORD.matcher(n.written());
                while (m.find()) {
                    full.put(m.group().toLowerCase(Locale.ROOT), n.drawn().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Integer> all = count(drawn);
        // the names on a line drawn as the arrow between the boxes they name are drawn on those boxes
        java.util.Set<String> joined = new java.util.HashSet<>();
        for (SceneNote n : notes) {
            if (n.kind() == SceneNote.Kind.JOINED) {
                Matcher m = WORD.matcher(n.written());
                while (m.find()) {
                    joined.add(n.line() + " " + m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Word> out = new ArrayList<>();
        for (Word w : sketchWords) {
            int n = left.getOrDefault(w.word(), 0);
            if (joined.contains(w.line() + " " + w.word()) && all.getOrDefault(w.word(), 0) > 0) {
                continue;
            }
            if (n > 0) {
                left.put(w.word(), n - 1);
            } else if (!expandedDrawn(full.get(w.word()), all) && !withUnit(w.word(), all)) {
                out.add(w);
            }
        }
        return joinedAcrossLines(out, all);
    }

    /** A number the figure draws with the unit the spec gives it ({@code 800} as {@code 800ms}). */
    private static boolean withUnit(String word, Map<String, Integer> drawn) {
        return word.chars().allMatch(Character::isDigit) && drawn.keySet().stream()
                .anyMatch(d -> d.length() > word.length() && d.length() <= word.length() + 3 && d.startsWith(word)
                        && d.substring(word.length()).chars().allMatch(Character::isLetter));
    }

    /**
     * A word the sketch breaks at a hyphen over two lines ({@code Under-} / {@code standing}) that the figure
     * draws whole, from another part of the spec than the sketch (a YAML label), counts as drawn.
     */
    private static List<Word> joinedAcrossLines(List<Word> missing, Map<String, Integer> drawn) {
        java.util.Set<Word> joined = new java.util.HashSet<>();
        for (Word a : missing) {
            for (Word b : missing) {
                if (b.line() == a.line() + 1 && drawn.containsKey(a.word() + b.word())) {
                    joined.add(a);
                    joined.add(b);
                }
            }
        }
        return joined.isEmpty() ? missing : missing.stream().filter(w -> !joined.contains(w)).toList();
    }

    /**
     * The sketch's words less those of a word spelt one letter a line down a column (M / A / T / U / R / I /
     * T / Y, four letters or more on consecutive lines) that the figure draws as the word.
     */
    private static List<Word> withoutSpeltColumns(List<Word> words, Map<String, Integer> drawn) {
        // the one-letter words of each line (the letters share their lines with other words)
        Map<Integer, List<Integer>> letters = new HashMap<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).word();
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                letters.computeIfAbsent(words.get(k).line(), x -> new ArrayList<>()).add(k);
            }
        }
        if (letters.size() < 4) {
            return words;
        }
        java.util.Set<Integer> spelt = new java.util.HashSet<>();
        for (String word : drawn.keySet()) {
            if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (int start : letters.keySet()) {
                List<Integer> taken = new ArrayList<>();
                for (int i = 0; i < word.length(); i++) {
                    String c = String.valueOf(word.charAt(i));
                    Integer hit = letters.getOrDefault(start + i, List.of()).stream()
                            .filter(k -> words.get(k).word().equals(c) && !spelt.contains(k)).findFirst().orElse(null);
                    if (hit == null) {
                        break;
                    }
                    taken.add(hit);
                }
                if (taken.size() == word.length()) {
                    spelt.addAll(taken);
                }
            }
        }
        if (spelt.isEmpty()) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (!spelt.contains(k)) {
                out.add(words.get(k));
            }
        }
        return out;
    }

    private static boolean expandedDrawn(String fullForm, Map<String, Integer> drawn) {
        if (fullForm == null) {
            return false;
        }
        Matcher m = WORD.matcher(fullForm);
        while (m.find()) {
            if (!drawn.containsKey(m.group())) {
                return false;
            }
        }
        return true;
    }
}
