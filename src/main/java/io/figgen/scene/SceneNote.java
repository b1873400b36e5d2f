package io.figgen.scene;

/**
 * Something the scene reader decided that a user may want to verify: a sketch label drawn in its full form
 * from elsewhere in the spec, sketch line art left out, two sources that disagree. {@code line} is where the
 * sketch says it, {@code otherLine} the other spec line involved (0 for none). For an expansion,
 * {@code written} is what the sketch writes and {@code drawn} what the figure draws instead.
 */
public record SceneNote(Kind kind, int line, int otherLine, String message, String written, String drawn) {
    /** {@code JOINED}: a sketch line naming boxes drawn elsewhere, drawn as the arrow between them ({@code written}: the names). */
    public enum Kind { EXPANDED, DROPPED, CONFLICT, UNRESOLVED, CLAMPED, JOINED }

    /** A note about no particular word. */
    public SceneNote(Kind kind, int line, int otherLine, String message) {
        this(kind, line, otherLine, message, "", "");
    }
}
