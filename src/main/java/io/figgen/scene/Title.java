package io.figgen.scene;

import java.util.List;

/**
 * The title block: the display title and the lines under it; {@code square} marks a coral accent square (a
 * subtitle's lead, or the sketch's {@code [sq]} on the title's line, drawn after the title as its punctuation).
 */
public record Title(Text title, List<Subtitle> subtitles, int line, boolean square) {
    public record Subtitle(Text text, boolean square) {
    }

    public Title {
        subtitles = List.copyOf(subtitles);
    }

    public Title(Text title, List<Subtitle> subtitles, int line) {
        this(title, subtitles, line, false);
    }
}
