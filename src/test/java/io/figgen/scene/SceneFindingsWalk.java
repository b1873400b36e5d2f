package io.figgen.scene;

import java.util.List;

/** Test helper: walks a scene's components for the items and ids they hold. */
final class SceneFindingsWalk {
    private SceneFindingsWalk() {
    }

    static void items(Component c, List<Component.Item> out) {
        walk(c, x -> {
            if (x instanceof Component.Items l) {
                out.addAll(l.items());
            }
        });
    }

    static void ids(Component c, List<String> out) {
        walk(c, x -> {
            if (x instanceof Component.Node n) {
                out.add(n.id());
            } else if (x instanceof Component.Flow f) {
                f.nodes().forEach(fn -> out.add(fn.id()));
            }
        });
    }

    static void walk(Component c, java.util.function.Consumer<Component> visit) {
        Components.walk(c, visit);
    }
}
