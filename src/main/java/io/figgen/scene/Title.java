package io.figgen.scene;

import java.util.List;

/** The title block: the display title and the lines under it; {@code square} marks the coral accent square. */
public record Title(Text title, List<Subtitle> subtitles, int line) {
    public record Subtitle(Text text, boolean square) {
    }

    public Title {
        subtitles = List.copyOf(subtitles);
    }
}
