package io.figgen.scene;

import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a box's cut title in full from the element the box is bound to: a narrow sketch box titled
 * {@code 4. INFER-TIME COND.} whose element is {@code Inference-Time Conditioning panel} is titled
 * {@code 4. INFERENCE-TIME CONDITIONING}. Every word of the title must begin the element's word in the same
 * place (a cut word ends in a dot or a hyphen, or leaves off three letters or more), and only as many of the
 * name's words as the title has are drawn ({@code Hetzner Obj} for {@code Hetzner Object Storage} is
 * {@code Hetzner Object}), so nothing is added that the sketch did not start to write; the number and the
 * title's case stay the sketch's.
 */
final class CutTitles {
    private CutTitles() {
    }

    /** A leading numeral ({@code 4.}, {@code IV.}) the title keeps. */
    private static final Pattern NUMBERED = Pattern.compile("^((?:\\d{1,2}|[IVX]{1,4})[.)]\\s+)(.+)$");
    /** Words that name the kind of part, not the thing ({@code panel}, {@code card}), ending an element's name. */
    private static final Pattern KIND = Pattern.compile("(?i)\\s+(?:panel|card|box|block|zone|column|node|area|section)$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern WORD = Pattern.compile("[^\\s-]+");

    static Component complete(Component body, List<SceneNote> notes) {
        return Components.rewriteUp(body, c -> c instanceof Node n ? titled(n, notes) : c);
    }

    private static Component titled(Node n, List<SceneNote> notes) {
        if (n.title() == null || n.element() == null || n.element().isEmpty() || n.title().runs().size() != 1) {
            return n;
        }
        String written = n.title().value();
        String full = full(written, KIND.matcher(n.element().strip()).replaceFirst(""));
        if (full == null) {
            return n;
        }
        notes.add(new SceneNote(SceneNote.Kind.EXPANDED, n.line(), n.elementLine(),
                "'" + written + "' drawn in full as '" + full + "', as its element names it", written, full));
        Text title = new Text(List.of(new Text.Run(full, n.title().runs().get(0).role(), n.title().runs().get(0).mixed())));
        return n.withTitle(title);
    }

    /** The title in full, or null when the name does not complete it word for word. */
    static String full(String title, String name) {
        Matcher m = NUMBERED.matcher(title.strip());
        String number = m.matches() ? m.group(1) : "";
        String words = m.matches() ? m.group(2) : title.strip();
        List<String> cut = split(words);
        List<String> whole = split(name);
        if (cut.isEmpty() || cut.size() > whole.size()) {
            return null;
        }
        boolean shorter = false;
        for (int i = 0; i < cut.size(); i++) {
            String written = cut.get(i);
            String a = written.replaceAll("[.\\-]+$", "").toLowerCase(Locale.ROOT);
            String b = whole.get(i).toLowerCase(Locale.ROOT);
            if (a.isEmpty() || !b.startsWith(a) || !Character.isLetter(a.charAt(0))) {
                return null;
            }
            // a word is cut where the sketch marks it so (COND., INFER-) or leaves off three letters or more
            // (Obj for Object); API beside APIs is a word of its own
            boolean marked = !written.equals(a) && written.length() > a.length() || b.length() - a.length() >= MIN_CUT;
            if (a.length() < b.length() && !marked) {
                return null;
            }
            shorter |= a.length() < b.length();
        }
        if (!shorter) {
            return null;
        }
        // as many of the name's words as the title has: a word the sketch did not start is not added
        String full = prefixWords(name, cut.size());
        boolean caps = words.equals(words.toUpperCase(Locale.ROOT));
        return number + (caps ? full.toUpperCase(Locale.ROOT) : full);
    }

    /** Letters a word must leave off, unmarked, to read as cut. */
    private static final int MIN_CUT = 3;

    /** The name up to the end of its {@code n}th word, its own separators kept ({@code Inference-Time}). */
    private static String prefixWords(String name, int n) {
        Matcher w = WORD.matcher(name);
        int end = name.length();
        for (int i = 0; i < n && w.find(); i++) {
            end = w.end();
        }
        return name.substring(0, end);
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(s.strip())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
