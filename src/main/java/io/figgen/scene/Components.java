package io.figgen.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Walking and rewriting the component tree, for the readers that refine a scene and the checks that read it. */
public final class Components {
    private Components() {
    }

    /** Visits a component and everything it holds, parents first. */
    public static void walk(Component c, Consumer<Component> visit) {
        if (c == null) {
            return;
        }
        visit.accept(c);
        if (c instanceof Component.Stack s) {
            s.children().forEach(x -> walk(x, visit));
        } else if (c instanceof Component.Columns r) {
            r.children().forEach(x -> walk(x, visit));
        } else if (c instanceof Component.Node n) {
            walk(n.body(), visit);
        }
    }

    /** Each child rewritten, in order. */
    static List<Component> map(List<Component> children, UnaryOperator<Component> rewrite) {
        List<Component> out = new ArrayList<>(children.size());
        for (Component c : children) {
            out.add(rewrite.apply(c));
        }
        return out;
    }

    /**
     * The tree rebuilt from the leaves up: each stack's, row's and box's children rewritten first, then the
     * component itself by {@code rewrite} (which returns it unchanged where it has nothing to do).
     */
    static Component rewriteUp(Component c, UnaryOperator<Component> rewrite) {
        if (c instanceof Component.Stack s) {
            c = new Component.Stack(map(s.children(), k -> rewriteUp(k, rewrite)), s.gap(), s.spread(), s.line());
        } else if (c instanceof Component.Columns cols) {
            c = new Component.Columns(map(cols.children(), k -> rewriteUp(k, rewrite)), cols.weights(), cols.links(), cols.minHeight(),
                    cols.line(), cols.at());
        } else if (c instanceof Component.Node n) {
            c = n.withBody(rewriteUp(n.body(), rewrite));
        }
        return c == null ? null : rewrite.apply(c);
    }

    /** The running texts a part writes itself: a paragraph's, a list's items' (none for other parts). */
    static List<Text> lineTexts(Component c) {
        if (c instanceof Component.Paragraph p) {
            return List.of(p.text());
        }
        if (c instanceof Component.Items l) {
            return l.items().stream().map(Component.Item::text).toList();
        }
        return List.of();
    }
}
