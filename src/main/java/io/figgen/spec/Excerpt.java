package io.figgen.spec;

/** User text quoted in a message: one line, short, so that a message stays one readable line. */
final class Excerpt {
    private static final int MAX = 60;

    private Excerpt() {
    }

    static String of(String s) {
        String one = PlainText.oneLine(s == null ? "" : s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < one.length() && b.length() < MAX; i++) {
            char c = one.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.length() < one.length() ? b + "..." : b.toString();
    }
}
