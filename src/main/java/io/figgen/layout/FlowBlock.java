package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A left-to-right flow: filled nodes joined by arrows, each arrow with an optional label over its shaft and a
 * detail (often a command, set in monospace) under it. Arrows take the width their labels need; nodes share
 * the rest, and the whole flow is centred when it needs less than the width it is given.
 */
final class FlowBlock extends Block {
    record Node(String id, RichText title, RichText detail, String fill, int line) {
    }

    record Arrow(RichText label, RichText detail, boolean forward, boolean back, int line) {
    }

    final List<Node> nodes;
    final List<Arrow> arrows;
    final String arrowColor;
    /** Flows stacked one under another with as many parts, this one among them: they share column widths. */
    private List<FlowBlock> peers = List.of(this);

    /** {@code arrows.size() == nodes.size() - 1}: arrow i joins node i to node i + 1. */
    FlowBlock(List<Node> nodes, List<Arrow> arrows, String arrowColor) {
        this.nodes = List.copyOf(nodes);
        this.arrows = List.copyOf(arrows);
        this.arrowColor = arrowColor;
    }

    private double padX(Ctx ctx) {
        return Ctx.round(18 * ctx.scale);
    }

    private double padY(Ctx ctx) {
        return Ctx.round(14 * ctx.scale);
    }

    private double arrowWidth(Ctx ctx, Arrow a, double width) {
        double need = Math.max(textWidth(ctx, a.label()), textWidth(ctx, a.detail())) + 48 * ctx.scale;
        double min = 120 * ctx.scale;
        double max = width * 0.42 / Math.max(1, arrows.size());
        return Ctx.round(Math.max(Math.min(need, max), Math.min(min, max)));
    }

    private static double textWidth(Ctx ctx, RichText t) {
        return t == null || t.isEmpty() ? 0 : t.naturalWidth(ctx);
    }

    /**
     * Flows stacked one under another with as many nodes (a request and its response) set their nodes in
     * common columns, so the same party stands at the same place in each.
     */
    static void align(List<Block> stacked) {
        for (int i = 0; i < stacked.size(); ) {
            int end = i + 1;
            if (stacked.get(i) instanceof FlowBlock first) {
                while (end < stacked.size() && stacked.get(end) instanceof FlowBlock next
                        && next.nodes.size() == first.nodes.size() && next.arrows.size() == first.arrows.size()) {
                    end++;
                }
                List<FlowBlock> run = stacked.subList(i, end).stream().map(FlowBlock.class::cast).toList();
                for (FlowBlock f : run) {
                    f.peers = run;
                }
            }
            i = end;
        }
    }

    /** Widths of nodes and arrows, alternating, for a given total width: the widest of its peers' at each. */
    private double[] widths(Ctx ctx, double width) {
        double[] own = ownWidths(ctx, width);
        if (peers.size() < 2) {
            return own;
        }
        double[] w = new double[own.length];
        for (FlowBlock p : peers) {
            double[] pw = p == this ? own : p.ownWidths(ctx, width);
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], pw[i]);
            }
        }
        return java.util.Arrays.stream(w).sum() <= width + 0.01 ? w : own;
    }

    private double[] ownWidths(Ctx ctx, double width) {
        double[] w = new double[nodes.size() + arrows.size()];
        double arrowsTotal = 0;
        for (int i = 0; i < arrows.size(); i++) {
            w[2 * i + 1] = arrowWidth(ctx, arrows.get(i), width);
            arrowsTotal += w[2 * i + 1];
        }
        double share = (width - arrowsTotal) / nodes.size();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            double natural = Math.max(textWidth(ctx, n.title()), textWidth(ctx, n.detail())) + 2 * padX(ctx);
            w[2 * i] = Ctx.ceil(Math.min(share, Math.max(natural * 1.15, 200 * ctx.scale)));
        }
        return w;
    }

    private double nodeHeight(Ctx ctx, Node n, double w) {
        double inner = w - 2 * padX(ctx);
        double h = n.title().wrap(ctx, inner).size() * ctx.lineHeight(n.title().lead());
        if (n.detail() != null && !n.detail().isEmpty()) {
            h += n.detail().wrap(ctx, inner).size() * ctx.lineHeight(n.detail().lead());
        }
        return h + 2 * padY(ctx);
    }

    private double arrowHeight(Ctx ctx, Arrow a, double w) {
        double h = shaftGap(ctx) * 2;
        if (a.label() != null && !a.label().isEmpty()) {
            h += a.label().wrap(ctx, w).size() * ctx.lineHeight(a.label().lead());
        }
        if (a.detail() != null && !a.detail().isEmpty()) {
            h += a.detail().wrap(ctx, w).size() * ctx.lineHeight(a.detail().lead());
        }
        return h;
    }

    private double shaftGap(Ctx ctx) {
        return Ctx.round(8 * ctx.scale);
    }

    @Override
    double height(Ctx ctx, double width) {
        double[] w = widths(ctx, width);
        double h = 0;
        for (int i = 0; i < nodes.size(); i++) {
            h = Math.max(h, nodeHeight(ctx, nodes.get(i), w[2 * i]));
        }
        for (int i = 0; i < arrows.size(); i++) {
            double ah = arrowHeight(ctx, arrows.get(i), w[2 * i + 1]);
            // the shaft sits at the nodes' middle, so the taller half of the labels decides
            h = Math.max(h, ah);
        }
        return h;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double[] w = widths(ctx, area.w());
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double x = area.x() + Math.max(0, (area.w() - total) / 2);
        double nodeH = 0;
        for (int i = 0; i < nodes.size(); i++) {
            nodeH = Math.max(nodeH, nodeHeight(ctx, nodes.get(i), w[2 * i]));
        }
        double top = area.y() + (area.h() - nodeH) / 2;
        double mid = top + nodeH / 2;
        for (int i = 0; i < w.length; i++) {
            if (i % 2 == 0) {
                drawNode(ctx, out, nodes.get(i / 2), new Box(x, top, w[i], nodeH));
            } else {
                drawArrow(ctx, out, arrows.get(i / 2), x, w[i], mid);
            }
            x += w[i];
        }
    }

    private void drawNode(Ctx ctx, Canvas out, Node n, Box box) {
        out.node(n.id(), box);
        out.rect(box.x(), box.y(), box.w(), box.h(), n.fill(), null, 0, null);
        double inner = box.w() - 2 * padX(ctx);
        List<List<Span>> lines = new ArrayList<>(n.title().wrap(ctx, inner));
        List<Double> heights = new ArrayList<>();
        lines.forEach(l -> heights.add(ctx.lineHeight(n.title().lead())));
        if (n.detail() != null && !n.detail().isEmpty()) {
            for (List<Span> l : n.detail().wrap(ctx, inner)) {
                lines.add(l);
                heights.add(ctx.lineHeight(n.detail().lead()));
            }
        }
        double textH = heights.stream().mapToDouble(Double::doubleValue).sum();
        double y = box.y() + (box.h() - textH) / 2;
        Box container = new Box(box.x() + padX(ctx) / 2, box.y(), box.w() - padX(ctx), box.h());
        for (int i = 0; i < lines.size(); i++) {
            double lw = RichText.width(ctx, lines.get(i));
            out.textLine(lines.get(i), box.x() + (box.w() - lw) / 2, y, heights.get(i), container, n.line());
            y += heights.get(i);
        }
    }

    private void drawArrow(Ctx ctx, Canvas out, Arrow a, double x, double w, double mid) {
        // the shaft runs from one node's border to the next's: its tail and its head touch what they join
        double x1 = x;
        double x2 = x + w;
        double stroke = Ctx.round(2 * ctx.scale);
        if (a.forward() || !a.back()) {
            out.polyline(List.of(new double[] {x1, mid}, new double[] {x2, mid}), arrowColor, stroke, null, true, a.back(),
                    io.figgen.model.Shape.Role.CONNECTOR, a.line());
        } else {
            out.polyline(List.of(new double[] {x2, mid}, new double[] {x1, mid}), arrowColor, stroke, null, true, false,
                    io.figgen.model.Shape.Role.CONNECTOR, a.line());
        }
        Box container = new Box(x, mid - 200, w, 400);
        if (a.label() != null && !a.label().isEmpty()) {
            double lh = ctx.lineHeight(a.label().lead());
            List<List<Span>> lines = a.label().wrap(ctx, w);
            double y = mid - shaftGap(ctx) - lines.size() * lh;
            for (List<Span> l : lines) {
                out.textLine(l, x + (w - RichText.width(ctx, l)) / 2, y, lh, container, a.line());
                y += lh;
            }
        }
        if (a.detail() != null && !a.detail().isEmpty()) {
            double lh = ctx.lineHeight(a.detail().lead());
            double y = mid + shaftGap(ctx);
            for (List<Span> l : a.detail().wrap(ctx, w)) {
                out.textLine(l, x + (w - RichText.width(ctx, l)) / 2, y, lh, container, a.line());
                y += lh;
            }
        }
    }
}
