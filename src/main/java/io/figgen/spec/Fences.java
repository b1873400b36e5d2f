package io.figgen.spec;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import io.figgen.model.FigureException;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/** Fenced code blocks: their language, their content's spec lines, and whether they were closed. */
final class Fences {
    private Fences() {
    }

    /** The info string's first word, lower-cased ("" for a bare fence). */
    static String language(FencedCodeBlock f) {
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        int end = 0;
        while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
            end++;
        }
        return info.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The first fenced block among the blocks and their descendants that {@code test} accepts. */
    static Optional<FencedCodeBlock> first(java.util.List<Node> blocks, Predicate<FencedCodeBlock> test) {
        for (Node n : NodeLines.preorder(blocks)) {
            if (n instanceof FencedCodeBlock f && test.test(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** 1-based spec line of the first line inside the fence. */
    static int contentLine(FencedCodeBlock f) {
        return NodeLines.first(f) + 1;
    }

    /** The content without the final newline, every other character kept as written. */
    static String content(FencedCodeBlock f) {
        String lit = f.getLiteral() == null ? "" : f.getLiteral();
        return lit.endsWith("\n") ? lit.substring(0, lit.length() - 1) : lit;
    }

    /**
     * An unclosed fence swallows the rest of the spec, which would surface later as puzzling missing sections;
     * naming the fence is the useful message. A fence closed by the end of its block quote or list is fine.
     */
    static void requireClosed(FencedCodeBlock f, SourceText source, String what) {
        if (f.getClosingFenceLength() == null && NodeLines.last(f) >= lastContentLine(source)) {
            String mark = f.getFenceCharacter() == null ? "`" : f.getFenceCharacter();
            int length = f.getOpeningFenceLength() == null ? 3 : f.getOpeningFenceLength();
            throw new FigureException(NodeLines.first(f), "the " + what + " fence opened here is never closed: add"
                    + " a closing " + mark.repeat(Math.max(3, length)) + " line after its last line");
        }
    }

    private static int lastContentLine(SourceText source) {
        int n = source.lineCount();
        while (n > 1 && source.line(n).isBlank()) {
            n--;
        }
        return n;
    }
}
