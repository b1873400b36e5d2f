package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A Callout Boxes row whose Position puts it beside a box ("right of CMO node") stands there, in the room the
 * sketch leaves on that side of the box's row, rather than in the notes row under the body: the spec says
 * what it annotates, and the empty side of a centred box is where a reader looks for it.
 */
final class BesideCallouts {
    private BesideCallouts() {
    }

    /** The body with the callouts placed in it, and those callouts. */
    record Result(Component body, List<ContentElement> placed) {
    }

    /**
     * The body with each such callout in the spacer beside its box; the callouts placed leave {@code callouts}.
     * {@code draw} makes a row's callout component.
     */
    static Result place(Component body, List<ContentElement> callouts, Function<ContentElement, Component> draw) {
        List<ContentElement> placed = new ArrayList<>();
        Component out = body;
        for (ContentElement e : List.copyOf(callouts)) {
            CalloutPlace where = CalloutPlace.of(e.position());
            if (where.kind() != CalloutPlace.Kind.BESIDE || out == null) {
                continue;
            }
            Set<String> near = new HashSet<>(TextRules.words(where.near()));
            if (near.isEmpty()) {
                continue;
            }
            boolean[] done = {false};
            out = Components.rewriteUp(out, c -> {
                if (done[0] || !(c instanceof Columns r)) {
                    return c;
                }
                for (int i = 0; i < r.children().size(); i++) {
                    int side = where.right() ? i + 1 : i - 1;
                    if (r.children().get(i) instanceof Node n && names(n, near) && side >= 0 && side < r.children().size()
                            && r.children().get(side) instanceof Component.Spacer) {
                        List<Component> kids = new ArrayList<>(r.children());
                        kids.set(side, draw.apply(e));
                        done[0] = true;
                        return new Columns(kids, r.weights(), r.links(), r.minHeight(), r.line(), r.at());
                    }
                }
                return c;
            });
            if (done[0]) {
                callouts.remove(e);
                placed.add(e);
            }
        }
        return new Result(out, placed);
    }

    /** Whether every word the Position names the box by is a word of the box's element, title or id. */
    private static boolean names(Node n, Set<String> near) {
        Set<String> own = new HashSet<>(TextRules.words(n.element()));
        if (n.title() != null) {
            own.addAll(TextRules.words(n.title().value()));
        }
        own.addAll(TextRules.words(n.id().replace('-', ' ')));
        return own.containsAll(near);
    }
}
