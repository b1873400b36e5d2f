package io.figgen.check;

/**
 * One thing check found, at the spec line it concerns: the rule's line, the content-element row, or the
 * sketch cell. {@code rule} names what was checked: {@code rule 3} for the spec's third rule, or a house,
 * completeness, layout or accessibility rule id.
 */
public record Finding(String file, int line, String rule, Severity severity, String message) {
    public enum Severity { ERROR, WARNING, NOTE }

    public String text() {
        String level = severity == Severity.ERROR ? "" : severity.name().toLowerCase(java.util.Locale.ROOT) + ": ";
        return file + ":" + line + ": " + rule + ": " + level + message;
    }
}
