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
}
