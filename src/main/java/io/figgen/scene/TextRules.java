package io.figgen.scene;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How sketch text reads: list markers, selection badges, wrapped lines, code, style placeholders. */
public final class TextRules {
    private static final Pattern NUMBERED = Pattern.compile(
            "^((?:\\d{1,2}|[a-z])[.)]|[\\u2460-\\u2473\\u2776-\\u277F]|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\\.)\\s*(.*)$");
    private static final String BULLETS = "■•●○◆◇★☆✓✔✗✘✕×◉□▪▸►▶→⚠➜✦◎";
    private static final Pattern SELECTION = Pattern.compile(
            "^(?:[■★✓✔]\\s*)?(SELECTED|RECOMMENDED|CHOSEN|WINNER)$|^\\((selected|recommended|chosen)\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[(?:coral |navy |teal |gold )?(?:sq|square|accent line|accent square|line|rule|dot)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile(
            "^--?[a-z][\\w-]*$|^(?:~|\\.{1,2})?/[\\w./{}-]+$|^[\\w.-]+(?:/[\\w.-]+)*/$|^[\\w.-]+(?:/[\\w.-]+){2,}/?$|^[\\w.-]+/[\\w.-]+\\.[a-z]{1,5}$|^[\\w.]+\\([\\w.,=\"' ]*\\)$|^[\\w.]+\\.(py|ts|tsx|js|md|yaml|yml|toml|json|sql|sh|css|txt|lock|cfg|ini)$"
                    + "|^[a-z_][a-z0-9_]*\\.[A-Z]\\w*[a-z]\\w*$|^\\w+_\\w+$|^[\\w-]+=\\S*$|^`.*`$|^\\$\\w+|^@[\\w/-]+$|^--[\\w-]+:"
                    // a name in camel case opening in lower case, two humps or more (useCopilotReadable): a hook,
                    // a function, a variable; iPhone and eBay, one hump, are names
                    + "|^[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+){2,}$");

    /** Patterns on hot paths are compiled once: a layout calls these for every word, many times over. */
    public static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[(\"'\\[{]+|[)\"',;:.\\]}]+$");
    private static final Pattern FLAG = Pattern.compile("--\\w.*|\\$[A-Za-z_{(].*");

    private TextRules() {
    }

    /** A list item's marker and text; the marker is null for a plain line, "" for square-like bullets. */
    record Marked(String marker, String text) {
    }

    static Marked marker(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return new Marked(null, s);
        }
        int cp = s.codePointAt(0);
        int n = Character.charCount(cp);
        boolean spaced = s.length() > n && s.charAt(n) == ' ';
        if (BULLETS.indexOf(cp) >= 0 && s.length() > n && (spaced || cp > 0x2000)) {
            String glyph = s.substring(0, n);
            String text = s.substring(n).strip();
            return new Marked("■•●▪".contains(glyph) ? "" : glyph, text);
        }
        // a plus opening a line adds to the line above ("Render" / "+ Neon", "$15/host/mo" / "+ per metric"): in
        // the family's sketches it is never a bullet
        if ((cp == '-' || cp == '*') && spaced) {
            return new Marked("", s.substring(2).strip());
        }
        if (cp == '?' && spaced) {
            // "? Remix (ask first)" beside "✓ Streaming": a question mark opening a line marks an open answer
            return new Marked("?", s.substring(2).strip());
        }
        Matcher m = NUMBERED.matcher(s);
        if (m.matches() && !m.group(2).isEmpty() && (s.length() <= m.group(1).length() || s.charAt(m.group(1).length()) == ' '
                || m.group(1).codePointAt(0) > 0x2000)) {
            return new Marked(m.group(1), m.group(2).strip());
        }
        return new Marked(null, s);
    }

    private static final Pattern SELECTED_SUFFIX = Pattern.compile(
            "^(.+?)\\s*(?:\\((selected|recommended|chosen)\\)|[■★]\\s*(SELECTED|RECOMMENDED))$", Pattern.CASE_INSENSITIVE);

    /** True when a heading carries a selection mark after its name: {@code PYDANTICAI (selected)}. */
    static boolean hasSelectedSuffix(String line) {
        return SELECTED_SUFFIX.matcher(line.strip()).matches();
    }

    /** The heading without its selection mark, for deciding whether it reads as a label. */
    static String withoutSelectedSuffix(String line) {
        java.util.regex.Matcher m = SELECTED_SUFFIX.matcher(line.strip());
        return m.matches() ? m.group(1) : line.strip();
    }

    private static final Pattern REJECTION = Pattern.compile(
            "^[■✗✘]\\s*(BANNED|REJECTED|DEFERRED|DEPRECATED|LEGACY|AVOID)$|^\\((banned|rejected|deferred|deprecated|legacy)\\)$"
                    // (a card's second line that only says DEFERRED or REJECTED marks it as the badge would)
                    + "|^(DEFERRED|REJECTED)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The badge word when a line marks an option as turned down ({@code ■ BANNED}, {@code (deferred)}), else
     * null: the card is one of the alternatives and says why, quietly.
     */
    static String rejection(String line) {
        Matcher m = REJECTION.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toUpperCase(java.util.Locale.ROOT);
    }

    /** The badge word when a line is a selection marker ({@code ■ SELECTED}, {@code (selected)}), else null. */
    static String selection(String line) {
        Matcher m = SELECTION.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static final Pattern EXTENSION = Pattern.compile(
            "(?:toml|txt|yml|yaml|json|lock|py|ts|tsx|js|md|cfg|ini|sh|sql|csv|env)[,;:)]?");

    private static final java.util.Map<String, String> GREEK_NAMES = java.util.Map.of("α", "alpha", "β", "beta", "δ", "delta",
            "ε", "epsilon", "λ", "lambda", "σ", "sigma", "θ", "theta", "μ", "mu", "γ", "gamma");

    /** The name a Greek letter is spelt as ({@code α} -> {@code alpha}), or null for another word. */
    public static String greekName(String letter) {
        return GREEK_NAMES.get(letter);
    }

    /** The Greek letter a spelt name stands for ({@code alpha} -> {@code α}), or null. */
    public static String greekLetter(String name) {
        return GREEK_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(java.util.Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** A range's ASCII double hyphen between digits ({@code 68143--45}). */
    private static final Pattern RANGE_DASHES = Pattern.compile("(?<=\\d)--(?=\\d)");
    /** A double hyphen standing alone between words, or at a line's end or start where the sketch wrapped. */
    private static final Pattern SPACED_DASHES = Pattern.compile("(?<=^| )--(?= |$)");

    /**
     * The spec's ASCII for typographic dashes as the dashes: a range's {@code --} is an en dash
     * ({@code 68143–45}), a spaced {@code --} an em dash ("possible — not the licence"). Code keeps its
     * hyphens: this is for prose and labels only.
     */
    public static String dashes(String value) {
        return SPACED_DASHES.matcher(RANGE_DASHES.matcher(value).replaceAll("\u2013")).replaceAll("\u2014");
    }

    /** Joins lines an author wrapped by hand: a trailing hyphen before a lowercase word joins without space. */
    public static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        String prev = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                boolean letterBefore = sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2));
                // a word broken at its hyphen by the line end ("Musician-" / "First Team") stays one word
                boolean trailing = last == '-' && letterBefore && Character.isLetter(line.codePointAt(0));
                // so does a range of numbers broken at its dash ("$0.07-" / "0.14/min")
                boolean digitBefore = sb.length() > 1 && Character.isDigit(sb.charAt(sb.length() - 2));
                trailing |= last == '-' && digitBefore && Character.isDigit(line.codePointAt(0));

                boolean leading = line.length() > 1 && line.charAt(0) == '-' && Character.isLetter(line.charAt(1))
                        && Character.isLetter(last);
                // an identifier broken after its underscore ("check_" / "permission") is one word, and a path
                // going on from one ("music_attribution" / "/mcp/server.py") one path
                trailing |= last == '_' && sb.length() > 1 && Character.isLetterOrDigit(sb.charAt(sb.length() - 2))
                        && Character.isLetterOrDigit(line.codePointAt(0));
                String lastWord = sb.substring(sb.lastIndexOf(" ") + 1);
                leading |= line.length() > 1 && line.charAt(0) == '/' && Character.isLetterOrDigit(last) && lastWord.contains("_")
                        && !lastWord.contains("/");
                // and a route going on with its next segment ("/api/v1/permissions" / "/{work_id}")
                leading |= line.length() > 1 && line.charAt(0) == '/' && lastWord.startsWith("/") && lastWord.length() > 1
                        && (Character.isLetterOrDigit(last) || last == '}') && SPACES.split(line).length == 1;
                // a file name broken at its dot ("pyproject." / "toml", "requirements" / ".txt") is one name
                String nextWord = SPACES.split(line)[0];
                trailing |= last == '.' && letterBefore && EXTENSION.matcher(nextWord).matches();
                leading |= nextWord.startsWith(".") && Character.isLetter(last) && EXTENSION.matcher(nextWord.substring(1)).matches();
                // a line of items set apart by middle dots ("Model registry · Online feature store") ends its last;
                // a capital opening the next line is one more, not the last one's words going on
                boolean dotted = prev.contains(" · ") && Character.isUpperCase(line.codePointAt(0)) && Character.isLetterOrDigit(last);
                if (dotted && !trailing && !leading) {
                    sb.append(" · ");
                } else if (!trailing && !leading) {
                    sb.append(' ');
                }
            }
            sb.append(line);
            prev = line;
        }
        return collapse(sb.toString());
    }

    /**
     * A table cell's lines as one text: as {@link #join}, and an identifier or path the cell's width broke after
     * its underscore or slash ({@code CORE_} / {@code IDENTITY}, {@code Letta/} / {@code Mem0}) is one word.
     */
    static String joinCell(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int k = out.size() - 1;
            String prev = k < 0 ? "" : out.get(k);
            if (prev.length() > 1 && (prev.endsWith("_") || prev.endsWith("/"))
                    && Character.isLetterOrDigit(prev.charAt(prev.length() - 2)) && Character.isLetterOrDigit(line.codePointAt(0))) {
                out.set(k, prev + line);
            } else {
                out.add(line);
            }
        }
        // a cell's lines that are items of their own ("Retell" / "Vapi" / "Bland", "Fastest to market" /
        // "Locked in") stay apart: each opens a capitalised word after a line that does not go on; two lines
        // are one label the column's width wrapped ("Core" / "Identity")
        List<List<String>> items = new java.util.ArrayList<>();
        for (String line : out) {
            if (items.isEmpty() || out.size() < 3 || !opensItem(last(items), line)) {
                if (items.isEmpty()) {
                    items.add(new java.util.ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
            } else {
                items.add(new java.util.ArrayList<>(List.of(line)));
            }
        }
        List<String> joined = items.stream().map(TextRules::join).toList();
        return String.join(ITEM_BREAK, joined);
    }

    /** Between two items of a table cell: the layout starts a new line there; word searches see a space. */
    public static final String ITEM_BREAK = "\u2029";

    private static String last(List<List<String>> items) {
        List<String> l = items.get(items.size() - 1);
        return l.get(l.size() - 1);
    }

    private static final java.util.Set<String> GOES_ON = java.util.Set.of("and", "or", "of", "the", "to", "with", "for",
            "a", "an", "in", "on", "by", "vs", "vs.", "at", "from", "into", "per", "via");

    /** True when {@code line} opens an item: a word in title case after a line that neither wraps nor goes on. */
    private static boolean opensItem(String above, String line) {
        String a = above.strip();
        String[] words = SPACES.split(a);
        String tail = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (a.isEmpty() || a.endsWith("-") || a.endsWith(",") || a.endsWith("+") || a.endsWith("&") || a.endsWith("/")
                || a.endsWith(":") || a.endsWith("(") || GOES_ON.contains(tail)) {
            return false;
        }
        // a capitalised word with lower case in it: a name or a new phrase; capitals alone wrap a label ("SWEET" / "SPOT")
        return line.length() > 1 && Character.isUpperCase(line.codePointAt(0)) && line.chars().skip(1).limit(3)
                .anyMatch(Character::isLowerCase) && !a.equals(a.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A text squeezed to its letters and digits in lower case: what two spellings of the same words share
     * ({@code Hetzner + Ubicloud} and {@code Hetzner+Ubicloud} are both {@code hetznerubicloud}).
     */
    public static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Lines of a list the sketch separates with {@code |} ("Engineer (Grafana 0.40) | Musician (Minimal 0.50)" over
     * "Solo (Minimal 0.65) | Well-Funded"): the line break between two items is a separator too, so it is
     * kept as one; other lines join as {@link #join} joins them.
     */
    static String joinSeparated(List<String> lines) {
        List<String> kept = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean separated = kept.size() > 1 && kept.stream().allMatch(l -> l.contains(" | "));
        if (!separated) {
            return join(kept);
        }
        StringBuilder out = new StringBuilder();
        for (String l : kept) {
            if (out.length() > 0) {
                boolean marked = out.toString().endsWith("|") || l.startsWith("|");
                out.append(marked ? " " : " | ");
            }
            out.append(l);
        }
        return out.toString();
    }

    public static String collapse(String s) {
        String t = s.strip();
        // most text has single spaces only; the regex is for the rest
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    /**
     * True when a word reads as code: a flag, a path, a file, a call, an identifier with underscores. A slash
     * alone does not make a path: {@code and/or}, {@code Suno/Udio} are words; {@code alembic/},
     * {@code /etc/hosts}, {@code src/app/page.tsx} are paths.
     */
    public static boolean isCodeWord(String word) {
        String w = WORD_EDGES.matcher(word).replaceAll("");
        if (w.length() > 1 && CODE.matcher(w).matches()) {
            return true;
        }
        // a call keeps its closing parenthesis ("sleep(wait_time)"): the edges are cut only of what it does not open
        int close = word.length();
        while (close > 0 && ",;:.\"'".indexOf(word.charAt(close - 1)) >= 0) {
            close--;
        }
        String call = word.substring(0, close);
        // a name with a note in parentheses ("Discogs(auth)") is a name: a call opens in lower case or is dotted
        return call.endsWith(")") && call.indexOf('(') > 0 && (Character.isLowerCase(call.charAt(0))
                || call.substring(0, call.indexOf('(')).contains(".")) && CODE.matcher(call).matches();
    }

    /**
     * A measured value the house sets in the data face: a price ({@code $15/host/mo}), a share ({@code 5.63%}),
     * a decimal ({@code 0.87}), a number with its unit ({@code 418x}, {@code 17ms}, {@code ~100x}, {@code <500ms}),
     * a probability ({@code P=0.35}, {@code P(~0.15)}), an identifier such as {@code CVE-2025-6514}. A bare
     * integer, a year and a name with a digit ({@code Nova-3}, {@code A1}) are words.
     */
    public static boolean isDataWord(String word) {
        String w = WORD_EDGES.matcher(word).replaceAll("");
        return w.length() > 1 && DATA.matcher(w).matches();
    }

    private static final Pattern DATA = Pattern.compile(
            "^[~<>≤≥±≈+]?[$€£¥]\\d[\\d,.]*[kKmMbB]?(?:[-–][$€£¥]?\\d[\\d,.]*[kKmMbB]?)?\\+?(?:/[\\w.]+)*$"
                    + "|^[~<>≤≥±≈+-]?\\d+(?:[.,]\\d+)?(?:[-–]\\d+(?:[.,]\\d+)?)?(?:%|x|×|ms|s|m|min|h|d|k|K|M|B|GB|MB|KB|TB|px|pp)(?:/[\\w.]+)*$"
                    + "|^[~<>≤≥±≈]?\\d+\\.\\d+(?:[-–]\\d+\\.\\d+)?$"
                    + "|^P(?:=|\\()~?[\\d.]+(?:[-–][\\d.]+)?\\)?$"
                    + "|^CVE-\\d{4}-\\d+$|^CVSS$|^\\d+\\^\\w+$");

    /** True when a phrase is a command line: it carries a flag or is mostly code words. */
    private static final Pattern LITERAL = Pattern.compile("\\{.*[:,].*}|\\[.*,.*]", Pattern.DOTALL);

    /** A sum of values ("40 + 120 + 25 = 185ms"): numbers and operators only, three numbers at least. */
    private static final Pattern ARITHMETIC = Pattern.compile(
            "[~≈]?\\d[\\d,.]*(?:\\s?[a-zA-Z%]{1,3})?(?:\\s*[-+×*/=≈]\\s*[~≈]?\\d[\\d,.]*(?:\\s?[a-zA-Z%]{1,3})?){2,}");

    /** A value written as data ("{ allowed: true, conditions: [...] }", "40 + 120 = 160ms"): one face, whole. */
    public static boolean isLiteral(String text) {
        String t = text.strip();
        return LITERAL.matcher(t).matches() || ARITHMETIC.matcher(t).matches();
    }

    public static boolean isCommand(String text) {
        String[] words = SPACES.split(text.strip());
        int code = 0;
        for (String w : words) {
            if (FLAG.matcher(w).matches()) {
                return true;
            }
            code += isCodeWord(w) ? 1 : 0;
        }
        return code * 2 > words.length;
    }

    private static final Pattern CODE_LINE = Pattern.compile(
            ".*(\\w\\(|\\s=\\s|^[)\\]}]|[\\[{]$|\\($|=>|::|\\w\\.\\w+\\(|^\\$ |^[a-z_]+ = |\\w=[\\w\\[\"'(]).*");

    /** True when a sketch line reads as code: calls, assignments, brackets, pipes of calls, a shell prompt. */
    static boolean isCodeLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && CODE_LINE.matcher(s).matches() && marker(s).marker() == null;
    }

    static String stripPlaceholders(String s) {
        return stripScaffolding(s);
    }

    /** An empty slot the sketch leaves for an icon or a value: {@code [ ]}, {@code [____]}; {@code [...]} is content. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[\\s*_*\\s*]");
    private static final Pattern NOTE = Pattern.compile("\\s*\\(([^()]{1,80})\\)");
    private static final Pattern LAYOUT_NOTE = Pattern.compile(
            "^(?:LEFT|RIGHT|TOP|BOTTOM|CENTER|CENTRE|MIDDLE)\\s+(?:PANEL|COLUMN|SIDE|ZONE|AREA|HALF|BAND)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> STYLE_WORDS = java.util.Set.of("coral", "navy", "teal", "gold", "amber",
            "green", "blue", "gray", "grey", "red", "orange", "yellow", "purple", "white", "black", "muted",
            "highlighted", "dashed", "dotted", "bold", "italic", "faded", "dim", "accent", "line", "lines", "fill",
            "filled", "underline", "border", "outline", "bg", "background", "tint", "colour", "color",
            "thin", "thick", "pale");
    /** Words that make a parenthesis a style note; the others in STYLE_WORDS only qualify them. */
    private static final java.util.Set<String> STYLE_CORE = java.util.Set.of("coral", "navy", "teal", "gold", "amber",
            "green", "blue", "gray", "grey", "red", "orange", "yellow", "purple", "muted", "highlighted", "dashed",
            "dotted", "faded", "accent");
    private static final Pattern STYLE_VALUE = Pattern.compile("#[0-9a-fA-F]{3,8}|\\d+(?:-\\d+)?px");

    /**
     * The text without what the sketch writes for the designer rather than the reader: style placeholders
     * ({@code [sq]}, {@code [accent line]}), empty slots ({@code [____]}, {@code [...]}), layout notes
     * ({@code LEFT PANEL:}) and style notes in parentheses ({@code (coral line)}; {@code (green, ISNI)} keeps
     * {@code (ISNI)}).
     */
    public static String stripScaffolding(String s) {
        String t = PLACEHOLDER.matcher(s).replaceAll(" ");
        if (t.indexOf('[') >= 0) {
            t = EMPTY_BRACKETS.matcher(t).replaceAll(" ");
        }
        t = LAYOUT_NOTE.matcher(t.strip()).replaceFirst("");
        if (t.indexOf('(') >= 0) {
            Matcher m = NOTE.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String kept = withoutStyle(m.group(1));
                String with = kept.equals(m.group(1)) ? m.group() : kept.isEmpty() ? " " : " (" + kept + ")";
                m.appendReplacement(sb, Matcher.quoteReplacement(with));
            }
            m.appendTail(sb);
            t = sb.toString();
        }
        return collapse(t);
    }

    /** The parts of a parenthesis that are not style words, comma-joined; "" when it is all style. */
    private static String withoutStyle(String inner) {
        String[] parts = inner.split(",");
        boolean[] style = new boolean[parts.length];
        boolean anyCore = false;
        for (int i = 0; i < parts.length; i++) {
            style[i] = true;
            for (String w : parts[i].strip().split("[\\s/]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                String lower = w.toLowerCase(Locale.ROOT);
                anyCore |= STYLE_CORE.contains(lower);
                style[i] &= STYLE_WORDS.contains(lower) || STYLE_VALUE.matcher(w).matches();
            }
        }
        // a note is about style when it names a colour or a treatment; then its sizes and codes go with it
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (!(style[i] && anyCore)) {
                kept.add(parts[i].strip());
            }
        }
        return kept.size() == parts.length ? inner : String.join(", ", kept);
    }

    static boolean hasPlaceholder(String s) {
        return PLACEHOLDER.matcher(s).find();
    }

    private static final Pattern KEY_START = Pattern.compile("^[A-Z][\\w ()./&+#-]{0,24}:\\s+\\S.*");

    /** A line that opens with {@code Key: value}: a line of its own in a key-value list, never joined on. */
    static boolean startsWithKey(String line) {
        return KEY_START.matcher(line.strip()).matches();
    }

    /** A comparison's lead-in before a capitals label: {@code vs ALTERNATIVES} is the label's own first word. */
    private static final Pattern VERSUS = Pattern.compile("^(?:vs\\.?|versus) (?=\\p{Lu})");
    private static final Pattern INNER_VERSUS = Pattern.compile("(?<=\\p{Lu}) (?:vs\\.?|versus) (?=\\p{Lu})");
    /** A lower-case qualifier in brackets after a capitals label, itself at least two words of capitals. */
    private static final Pattern QUALIFIER = Pattern.compile("(?<=\\p{Lu}{2}) \\([^()]{1,30}\\)$");

    /** Capitals-only short text, as sketches write section labels ({@code vs ALTERNATIVES} too). */
    public static boolean isCapsLabel(String s) {
        s = VERSUS.matcher(s).replaceFirst("");
        // "BUDGET vs TARGET" compares two labels; "CONTAINER LIFECYCLE (per test class)" qualifies one
        s = INNER_VERSUS.matcher(s).replaceAll(" ");
        s = QUALIFIER.matcher(s).replaceFirst("");
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 3 && lower <= upper / 8 && s.length() <= 60;
    }

    /** Lower-case words of a text, for matching content elements to sketch parts. */
    public static List<String> words(String s) {
        return List.of(NON_WORD.split(s.toLowerCase(Locale.ROOT))).stream().filter(w -> w.length() > 1).toList();
    }

    /**
     * True when an item's first line and the lines under it are one sentence the sketch wrapped: a long first
     * line going on in lower case. Such an item is one label in one style, never a strong name and its detail.
     */
    public static boolean wrapped(String lead, String rest) {
        if (lead.endsWith(":") || rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0))) {
            return false;
        }
        String[] words = TextRules.SPACES.split(lead.strip());
        String next = TextRules.SPACES.split(rest.strip())[0].toLowerCase(java.util.Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        // a name or term opens in capitals or digits; a lead in lower case is a sentence going on
        // a term's detail is never one plain word in lower case ("Photocopy entire" / "books" is one phrase)
        // a detail may open with "no" ("Plain Markdown pages" / "no reST syntax to learn"), a sentence seldom
        boolean opensSentence = FUNCTION_WORDS.contains(next) && !next.equals("no");
        return words.length >= 4 || words.length >= 2 && rest.strip().matches("[a-z]+") || opensSentence || FUNCTION_WORDS.contains(last) || lead.endsWith(",")
                || Character.isLowerCase(lead.codePointAt(0));
    }

    /** Words that begin or end a line only when a sentence goes on across it. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "but",
            "of", "to", "from", "for", "with", "without", "in", "on", "at", "by", "as", "that", "which", "who", "into",
            "onto", "than", "then", "so", "if", "when", "while", "is", "are", "was", "be", "not", "no", "its", "their");

}
