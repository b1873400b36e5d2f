package io.figgen.spec;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.figgen.model.FigureException;
import io.figgen.model.SketchSource;
import org.commonmark.node.FencedCodeBlock;

/**
 * Finds the ASCII layout. Headings naming "ASCII Layout" are tried before plain "Visual Concept" ones
 * because some specs put a secondary diagram under Visual Concept and the layout under a later
 * "### ASCII Layout"; failing both, the first plain fence drawn with a frame is taken.
 */
final class SketchFinder {
    private static final Set<String> TEXT_LANGUAGES = Set.of("", "text", "ascii", "txt", "plain", "plaintext");
    static final String MISSING = "no ASCII layout found: add a fenced ``` block under"
            + " '## Visual Concept (ASCII Layout)'";

    private SketchFinder() {
    }

    static SketchSource find(Outline outline) {
        FencedCodeBlock fence = underHeading(outline, "ascii layout")
                .or(() -> underHeading(outline, "visual concept"))
                .or(() -> Fences.first(outline.blocks(), f -> isText(f) && hasFrame(Fences.content(f))))
                .orElseThrow(() -> new FigureException(missingLine(outline), MISSING));
        Fences.requireClosed(fence, outline.source(), "ASCII layout");
        String text = Fences.content(fence);
        if (text.isBlank()) {
            throw new FigureException(NodeLines.first(fence), "the ASCII layout block is empty: draw the figure's"
                    + " layout inside the fence");
        }
        return new SketchSource(text, Fences.contentLine(fence));
    }

    private static Optional<FencedCodeBlock> underHeading(Outline outline, String words) {
        for (Outline.Head h : outline.findAll(t -> t.contains(words))) {
            Optional<FencedCodeBlock> f = Fences.first(outline.body(h), SketchFinder::isText);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static boolean isText(FencedCodeBlock f) {
        return TEXT_LANGUAGES.contains(Fences.language(f));
    }

    /** A line that starts a box: {@code +--}, {@code +==} or a box-drawing top-left corner. */
    static boolean hasFrame(String text) {
        for (String line : text.split("\n", -1)) {
            String s = line.stripLeading();
            if (s.length() >= 2 && s.charAt(0) == '+' && (s.charAt(1) == '-' || s.charAt(1) == '=')
                    || !s.isEmpty() && "┌╔╭┏".indexOf(s.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int missingLine(Outline outline) {
        List<Outline.Head> heads = outline.findAll(t -> t.contains("visual concept") || t.contains("ascii layout"));
        return heads.isEmpty() ? 1 : heads.get(0).line();
    }
}
