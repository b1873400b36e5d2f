package io.figgen.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The only way figgen's text reaches a terminal. File names, element names, rule text and theme values come
 * from the user's (or an attacker's) files, and a control character among them could move the cursor, rewrite
 * a line, change the terminal's title or forge a second message. So every control character (C0, DEL, C1), bidi
 * override and line separator is written as a visible {@code \\uXXXX}; a line ({@code println}) never holds a
 * line break of its own; {@code print} keeps its line breaks, for multi-line output such as {@code inspect}.
 */
final class TerminalWriter extends PrintWriter {
    private final PrintWriter raw;

    TerminalWriter(PrintWriter target) {
        super(target, true);
        this.raw = target;
    }

    /** The writer without escaping, for figgen's own control output (the progress bar's carriage return). */
    static PrintWriter unescaped(PrintWriter w) {
        return w instanceof TerminalWriter t ? t.raw : w;
    }

    @Override
    public void write(String s, int off, int len) {
        String safe = escape(s.substring(off, off + len), true);
        super.write(safe, 0, safe.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void println(String x) {
        synchronized (lock) {
            super.print(escape(String.valueOf(x), false));
            super.println();
        }
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    /** {@code s} with every character that could act on a terminal made visible; line breaks only if kept. */
    static String escape(String s, boolean keepLineBreaks) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\n' || c == '\r') {
                replacement = keepLineBreaks && c == '\n' ? null : " ";
            } else if (c != '\t' && acts(c)) {
                replacement = String.format(Locale.ROOT, "\\u%04x", (int) c);
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Control characters, bidi embeddings, overrides and isolates, and Unicode line and paragraph separators. */
    private static boolean acts(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
                || c == '\u061c';
    }
}
