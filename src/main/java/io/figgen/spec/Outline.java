package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import io.figgen.model.Section;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The spec as a sequence of top-level blocks cut into sections by its headings. Only top-level headings
 * open sections: a heading quoted in a block quote or list belongs to the section around it.
 */
final class Outline {

    /**
     * A top-level heading; {@code index} is its position among the top-level blocks, {@code ordinal} its
     * position among the headings.
     */
    record Head(int level, String text, int line, int lastLine, int index, int ordinal) {
        String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final SourceText source;
    private final List<Node> blocks;
    private final List<Head> heads = new ArrayList<>();
    /** For each heading (by position in {@link #heads}), the position of the first heading after its section. */
    private final int[] sectionEnd;

    private Outline(SourceText source, List<Node> blocks) {
        this.source = source;
        this.blocks = blocks;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h) {
                heads.add(new Head(h.getLevel(), PlainText.of(h), NodeLines.first(h), NodeLines.last(h), i,
                        heads.size()));
            }
        }
        // One pass with a stack of still-open sections, so a file of many headings stays linear.
        sectionEnd = new int[heads.size()];
        int[] open = new int[heads.size()];
        int depth = 0;
        for (int k = 0; k < heads.size(); k++) {
            while (depth > 0 && heads.get(open[depth - 1]).level() >= heads.get(k).level()) {
                sectionEnd[open[--depth]] = k;
            }
            open[depth++] = k;
        }
        while (depth > 0) {
            sectionEnd[open[--depth]] = heads.size();
        }
    }

    static Outline parse(SourceText source) {
        return new Outline(source, NodeLines.children(PARSER.parse(source.text())));
    }

    SourceText source() {
        return source;
    }

    List<Node> blocks() {
        return blocks;
    }

    List<Head> heads() {
        return heads;
    }

    /** The first heading whose lower-cased text satisfies {@code test}; later duplicates are ignored. */
    Optional<Head> find(Predicate<String> test) {
        for (Head h : heads) {
            if (test.test(h.key())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    List<Head> findAll(Predicate<String> test) {
        List<Head> out = new ArrayList<>();
        for (Head h : heads) {
            if (test.test(h.key())) {
                out.add(h);
            }
        }
        return out;
    }

    /** Blocks after the heading up to the next heading of the same or a higher level, subheadings included. */
    List<Node> body(Head h) {
        return blocks.subList(h.index() + 1, end(h, true));
    }

    /** Blocks after the heading up to the next heading of any level. */
    List<Node> ownBody(Head h) {
        return blocks.subList(h.index() + 1, end(h, false));
    }

    /** The headings nested inside {@code h}'s section. */
    List<Head> subheads(Head h) {
        int k = h.ordinal();
        return heads.subList(k + 1, sectionEnd[k]);
    }

    /** Every section with its raw source text, so that sections figgen does not read still survive. */
    List<Section> sections() {
        List<Section> out = new ArrayList<>();
        for (Head h : heads) {
            int endIndex = end(h, true);
            int lastLine = endIndex < blocks.size() ? NodeLines.first(blocks.get(endIndex)) - 1 : source.lineCount();
            out.add(new Section(h.text(), h.level(), h.line(), rawText(h.lastLine() + 1, lastLine)));
        }
        return out;
    }

    private String rawText(int from, int to) {
        int a = from;
        int b = to;
        while (a <= b && source.line(a).isBlank()) {
            a++;
        }
        while (b >= a && source.line(b).isBlank()) {
            b--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) {
                sb.append('\n');
            }
            sb.append(source.line(i));
        }
        return sb.toString();
    }

    private int end(Head h, boolean includeSubsections) {
        int k = h.ordinal();
        int next = includeSubsections ? sectionEnd[k] : k + 1;
        return next < heads.size() ? heads.get(next).index() : blocks.size();
    }
}
