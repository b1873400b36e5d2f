package io.figgen.spec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Spec lines of commonmark blocks (its line indexes are 0-based) and flat walks over the tree. */
final class NodeLines {
    private NodeLines() {
    }

    /** 1-based line where the node starts, or 0 when commonmark kept no span for it. */
    static int first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** 1-based line where the node ends, or 0 when commonmark kept no span for it. */
    static int last(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** Every 1-based line the node covers, in order. */
    static List<Integer> all(Node node) {
        List<Integer> out = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            out.add(span.getLineIndex() + 1);
        }
        return out;
    }

    static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }

    /**
     * The nodes and all their descendants in document order. Iterative, because hostile input can
     * nest blocks or emphasis deeper than the Java stack.
     */
    static List<Node> preorder(List<Node> roots) {
        List<Node> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n);
            List<Node> kids = children(n);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }
}
