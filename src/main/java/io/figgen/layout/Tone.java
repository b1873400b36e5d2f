package io.figgen.layout;

/** The colours text takes inside a container: body text, accents (markers, rules) and titles. */
record Tone(String text, String accent, String title, boolean onDark) {
}
