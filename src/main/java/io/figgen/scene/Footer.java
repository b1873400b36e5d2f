package io.figgen.scene;

/** The figure's last band: the key message or a note, drawn in {@code style} (a bar, or a caption line). */
public record Footer(Text text, String style, String tag, int line) {
}
