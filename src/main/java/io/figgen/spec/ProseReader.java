package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * Purpose, key message and alt text. The compact dialect puts purpose and key message in one section and
 * marks the message with {@code The key message is: "..."}; the template dialect gives each its own section.
 */
final class ProseReader {

    record Message(String purpose, String keyMessage) {
    }

    record AltText(String text, int line) {
    }

    /** Phrases that introduce the key message inside prose, the explicit one first. */
    private static final List<String> MARKERS = List.of("key message is", "communicates:");

    private ProseReader() {
    }

    static Message message(Outline outline) {
        Optional<Outline.Head> purposeHead = outline.find(t -> t.startsWith("purpose") && !t.contains("key message"));
        Optional<Outline.Head> keyHead = outline.find(t -> t.startsWith("key message"));
        Optional<Outline.Head> combined = outline.find(t -> t.contains("purpose") && t.contains("key message"));
        List<String> paragraphs = combined.map(h -> paragraphs(outline.ownBody(h))).orElse(List.of());

        String purpose = purposeHead.map(h -> String.join("\n\n", paragraphs(outline.ownBody(h)))).orElse(null);
        String key = keyHead.map(h -> String.join("\n\n", paragraphs(outline.ownBody(h)))).orElse(null);
        if (purpose != null && key != null) {
            return new Message(purpose, key);
        }
        String marked = null;
        String marker = null;
        for (String m : MARKERS) {
            for (String p : paragraphs) {
                if (marked == null && p.toLowerCase(Locale.ROOT).contains(m)) {
                    marked = p;
                    marker = m;
                }
            }
        }
        List<String> rest = new ArrayList<>(paragraphs);
        if (marked != null) {
            rest.remove(marked);
        }
        String whole = String.join("\n\n", paragraphs);
        String combinedKey = marked == null ? whole : quoteAfterMarker(marked, marker);
        String combinedPurpose = marked == null || rest.isEmpty() ? whole : String.join("\n\n", rest);
        return new Message(purpose != null ? purpose : combinedPurpose, key != null ? key : combinedKey);
    }

    static AltText altText(Outline outline) {
        Optional<Outline.Head> head = outline.find(t -> t.startsWith("alt text"));
        if (head.isEmpty()) {
            return new AltText("", 0);
        }
        // alt text is one paragraph: the first block with text; anything after it is not alt text
        for (Node block : outline.ownBody(head.get())) {
            String text = PlainText.oneLine(PlainText.ofBlock(block));
            if (!text.isEmpty()) {
                return new AltText(text, NodeLines.first(block) + (block instanceof FencedCodeBlock ? 1 : 0));
            }
        }
        return new AltText("", 0);
    }

    private static List<String> paragraphs(List<Node> blocks) {
        List<String> out = new ArrayList<>();
        for (Node b : blocks) {
            String text = PlainText.ofBlock(b);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Lower-casing can change a string's length (e.g. "İ"), so the index is found in the original text. */
    private static int indexIgnoringCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -word.length();
    }

    /** The quoted sentence after the marker, or the rest of the paragraph when it is not quoted. */
    static String quoteAfterMarker(String paragraph, String marker) {
        String rest = paragraph.substring(indexIgnoringCase(paragraph, marker) + marker.length()).strip();
        if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        if (rest.isEmpty()) {
            return paragraph;
        }
        char open = rest.charAt(0);
        char close = open == '“' ? '”' : open == '"' ? '"' : 0;
        if (close != 0) {
            int end = rest.lastIndexOf(close);
            if (end > 0) {
                return rest.substring(1, end).strip();
            }
            return rest.substring(1).strip();
        }
        return rest;
    }
}
