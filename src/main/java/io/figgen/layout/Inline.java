package io.figgen.layout;

import io.figgen.scene.TextRules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Styles the words of one piece of text: code words (flags, paths, files) in monospace, a leading
 * {@code Key:} in the strong face, the rest in the base style.
 */
final class Inline {
    /** A key: a short capitalised phrase ending in its colon, or a longer one all in capitals (a label). */
    private static final Pattern KEY = Pattern.compile("^([A-Z][\\w ./&#-]{0,24}:|[A-Z][A-Z0-9 ./&#-]{0,39}:)\\s+(.+)$");

    private static final java.util.Set<String> DATA_ROLES = java.util.Set.of("body", "strong", "nodeSub", "caption", "footer");

    private Inline() {
    }

    static RichText rich(Ctx ctx, String text, String role, Tone tone) {
        TextStyle base = ctx.style(role).withColor(color(ctx, role, tone));
        TextStyle code = codeStyle(ctx, base, tone);
        List<Span> spans = new ArrayList<>();
        String rest = text;
        Matcher key = KEY.matcher(text);
        if (key.matches() && !TextRules.isCodeWord(key.group(1))) {
            TextStyle strong = ctx.style(role.equals("footer") ? "footerKey" : "strong").withColor(base.color());
            spans.add(new Span(key.group(1), strong));
            rest = key.group(2);
        }
        if ((TextRules.isCommand(rest) || TextRules.isLiteral(rest)) && rest.contains(" ")) {
            // an expression or command stays in one face rather than switching word by word
            spans.add(new Span(rest, code));
            return new RichText(spans);
        }
        // values in running text take the data face; a heading or a label keeps one face throughout
        boolean data = DATA_ROLES.contains(role);
        String[] words = java.util.Arrays.stream(TextRules.SPACES.split(rest.replace(TextRules.ITEM_BREAK, " " + TextRules.ITEM_BREAK + " "))).filter(w -> !w.isEmpty()).toArray(String[]::new);
        boolean[] codes = codeWords(words, data);
        StringBuilder run = new StringBuilder();
        boolean runCode = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean c = codes[i];
            if (run.length() > 0 && c != runCode) {
                spans.add(new Span(run.toString(), runCode ? code : base));
                run.setLength(0);
            }
            if (run.length() > 0) {
                run.append(' ');
            }
            run.append(w);
            runCode = c;
        }
        if (run.length() > 0) {
            spans.add(new Span(run.toString(), runCode ? code : base));
        }
        if (spans.isEmpty()) {
            spans.add(new Span("", base));
        }
        return new RichText(spans);
    }

    private static final java.util.Set<String> HTTP_METHODS = java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private static final java.util.regex.Pattern SHORT_FLAG = java.util.regex.Pattern.compile("^\\(?-[a-zA-Z]\\)?$");
    private static final java.util.regex.Pattern COMMAND_WORD = java.util.regex.Pattern.compile("^\\(?[a-z][a-z0-9._-]*\\)?$");

    /**
     * Which words are set in the data face. A value's name and sign go with it ({@code P = 0.20}); a short flag ({@code -m}, {@code -r}) takes the command before it
     * and its argument with it ("python -m venv", "pip install -r"), so a command does not switch faces
     * word by word.
     */
    private static boolean[] codeWords(String[] words, boolean data) {
        boolean[] out = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = TextRules.isCodeWord(words[i]) || data && TextRules.isDataWord(words[i]);
        }
        // an HTTP method opening an item, before its route or its note ("GET (read)", "POST /api/v1/items"), is code
        if (words.length > 0 && HTTP_METHODS.contains(words[0]) && (words.length == 1 || words[1].startsWith("(") || words[1].startsWith("/"))) {
            out[0] = true;
        }
        for (int i = 2; i < words.length; i++) {
            // "P = 0.20": the name and its sign go with the value
            if (out[i] && words[i - 1].equals("=") && words[i - 2].length() <= 3) {
                out[i - 1] = true;
                out[i - 2] = true;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!SHORT_FLAG.matcher(words[i]).matches()) {
                continue;
            }
            out[i] = true;
            for (int k = i - 1; k >= Math.max(0, i - 2) && COMMAND_WORD.matcher(words[k]).matches(); k--) {
                out[k] = true;
            }
            if (i + 1 < words.length && COMMAND_WORD.matcher(words[i + 1]).matches() && !words[i + 1].startsWith("(")) {
                out[i + 1] = true;
            }
        }
        return out;
    }

    /** The data face for code in text of the base style: no larger than the words around it. */
    private static TextStyle codeStyle(Ctx ctx, TextStyle base, Tone tone) {
        TextStyle code = ctx.style("code").withColor(tone.onDark() ? tone.text() : ctx.style("code").color());
        double codeSize = Math.max(ctx.minFont, Math.min(code.size(), base.size() * 0.92));
        return new TextStyle(code.role(), code.face(), codeSize, code.color(), 0);
    }

    /** A command the scene marked inside text of the {@code role} ("uv venv" of "uv venv (integrated)"), as code there. */
    static RichText command(Ctx ctx, String text, String role, Tone tone) {
        return RichText.of(text, codeStyle(ctx, ctx.style(role).withColor(color(ctx, role, tone)), tone));
    }

    /** The whole text in one style, for commands and labels that must not be split into styles. */
    static RichText plain(Ctx ctx, String text, String role, Tone tone) {
        return RichText.of(text, ctx.style(role).withColor(color(ctx, role, tone)));
    }

    private static String color(Ctx ctx, String role, Tone tone) {
        if (tone.onDark()) {
            return tone.text();
        }
        return switch (role) {
            case "body", "code", "strong" -> tone.text() != null ? tone.text() : ctx.style(role).color();
            case "cardTitle" -> tone.title() != null ? tone.title() : ctx.style(role).color();
            default -> ctx.style(role).color();
        };
    }
}
