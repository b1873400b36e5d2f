package io.figgen.layout;

import io.figgen.model.Shape;
import io.figgen.model.Size;
import io.figgen.scene.Edge;

import java.util.ArrayList;
import java.util.List;

/**
 * The page's last passes, once every part is placed: the sketch's lines settle on what they join (or go),
 * a bus the stated relationships contradict is cut back, and the stated edges nothing draws yet are routed.
 * In that order, because each needs the drawn geometry the one before leaves.
 */
final class PageEdges {
    private PageEdges() {
    }

    /** What the passes left out, what they routed, and the other stated edges the page draws. */
    record Result(List<Shape.Line> dropped, EdgeRouter.Routes routes, List<Edge> joined) {
    }

    static Result finish(Ctx ctx, Canvas out, Size size, List<Edge> edges) {
        List<Shape> shapes = out.shapes();
        // a line the sketch put short of its box runs on to it, one that joins nothing is not drawn
        List<Shape.Line> dropped = new ArrayList<>(ConnectorEnds.settle(shapes, size.width(), size.height(), 3 * ctx.gap(),
                out.far()));
        // the sketch's lines give way to the spec's stated relationships, which are routed where not drawn
        List<StatedEdges.Group> groups = StatedEdges.groups(shapes, out.nodes());
        List<Edge> stated = edges.stream().filter(e -> e.source() != Edge.Source.SKETCH && e.resolved()
                && e.kind().connects()).toList();
        List<Shape.Line> cut = StatedEdges.cutUnstated(shapes, groups, out.nodes(), stated);
        if (!cut.isEmpty()) {
            dropped.addAll(cut);
            dropped.addAll(ConnectorEnds.settle(shapes, size.width(), size.height(), 0));
            groups = StatedEdges.groups(shapes, out.nodes());
        }
        Tone tone = new SceneLayout(ctx).baseTone();
        StatedEdges.Plan plan = StatedEdges.plan(edges, groups, shapes);
        EdgeRouter.Routes routes = new EdgeRouter(ctx, size.width(), size.height()).route(out, plan.toRoute(), ctx.color("navy"),
                text -> Inline.plain(ctx, text, "caption", tone));
        return new Result(dropped, routes, plan.drawn(routes.drawn()));
    }
}
