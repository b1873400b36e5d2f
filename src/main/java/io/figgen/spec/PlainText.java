package io.figgen.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a node with the Markdown markup gone: emphasis and links keep their text, inline code its
 * content, line breaks and block boundaries become one space. Specs quote exact strings in code spans and
 * bold, so nothing inside them is dropped.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(Node root) {
        StringBuilder b = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                space(b);
            } else if (n instanceof HtmlInline h) {
                if (h.getLiteral().regionMatches(true, 0, "<br", 0, 3)) {
                    space(b);
                }
            } else if (n instanceof FencedCodeBlock f) {
                space(b);
                b.append(oneLine(f.getLiteral()));
            } else if (n instanceof IndentedCodeBlock c) {
                space(b);
                b.append(oneLine(c.getLiteral()));
            } else if (!(n instanceof HtmlBlock)) {
                if (n instanceof Block || n instanceof TableCell) {
                    space(b);
                }
                pushChildren(stack, n);
            }
        }
        return b.toString().strip();
    }

    /** Like {@link #of}, but a code block given directly yields its content rather than nothing. */
    static String ofBlock(Node block) {
        if (block instanceof FencedCodeBlock f) {
            return f.getLiteral().strip();
        }
        if (block instanceof IndentedCodeBlock c) {
            return c.getLiteral().strip();
        }
        return of(block);
    }

    /** Whitespace runs, line breaks included, folded to single spaces. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void pushChildren(Deque<Node> stack, Node n) {
        List<Node> kids = NodeLines.children(n);
        for (int i = kids.size() - 1; i >= 0; i--) {
            stack.push(kids.get(i));
        }
    }

    private static void space(StringBuilder b) {
        if (b.length() > 0 && !Character.isWhitespace(b.charAt(b.length() - 1))) {
            b.append(' ');
        }
    }
}
