package io.figgen.scene;

/**
 * Something the scene reader decided that a user may want to verify: a sketch label drawn in its full form
 * from elsewhere in the spec, sketch line art left out, two sources that disagree. {@code line} is where the
 * sketch says it, {@code otherLine} the other spec line involved (0 for none).
 */
public record SceneNote(Kind kind, int line, int otherLine, String message) {
    public enum Kind { EXPANDED, DROPPED, CONFLICT, UNRESOLVED }
}
