package io.figgen.layout;

import io.figgen.model.Box;

import java.util.List;

/**
 * A rule or arrow the sketch draws on a line of its own ({@code ──────>}), spanning the same share of the width
 * as in the sketch: a divider, or a direction that the text under it names. When that text names two boxes of
 * the figure ({@code RECOMMENDED MIGRATION PATH: Render → Hetzner+Ubicloud}), the arrow joins them: out of
 * the first's bottom, along the arrow's line, up into the second's.
 */
final class LineBlock extends Block {
    final double from;
    final double to;
    final boolean arrow;
    final String color;

    /** {@code from} and {@code to} are fractions of the width. */
    LineBlock(double from, double to, boolean arrow, String color) {
        this.from = from;
        this.to = to;
        this.arrow = arrow;
        this.color = color;
    }

    private String fromName;
    private String toName;
    private java.util.Map<String, String> titled = java.util.Map.of();

    /**
     * Reads the two names a line of text joins with an arrow ({@code KEY: A → B}); {@code titled} maps squeezed
     * node titles to node ids and is complete by the time the figure is drawn.
     */
    void joins(String text, java.util.Map<String, String> titled) {
        int arrowAt = text.indexOf('\u2192');
        if (!arrow || arrowAt < 0 || text.indexOf('\u2192', arrowAt + 1) >= 0) {
            return;
        }
        String a = text.substring(0, arrowAt);
        a = a.substring(a.lastIndexOf(':') + 1).strip();
        String b = text.substring(arrowAt + 1);
        int aside = b.indexOf('(');
        b = (aside >= 0 ? b.substring(0, aside) : b).strip();
        if (!a.isEmpty() && !b.isEmpty()) {
            fromName = io.figgen.scene.TextRules.squeeze(a);
            toName = io.figgen.scene.TextRules.squeeze(b);
            this.titled = titled;
        }
    }

    @Override
    double height(Ctx ctx, double width) {
        return Ctx.round(14 * ctx.scale);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
        double y = area.y() + area.h() / 2;
        double weight = arrow ? Ctx.round(2 * ctx.scale) : 1;
        Box a = fromName == null ? null : out.nodes().get(titled.get(fromName));
        Box b = toName == null ? null : out.nodes().get(titled.get(toName));
        if (a != null && b != null && a != b && a.bottom() < y && b.bottom() < y) {
            double ax = a.x() + a.w() / 2;
            double bx = b.x() + b.w() / 2;
            out.polyline(List.of(new double[] {ax, a.bottom()}, new double[] {ax, y}, new double[] {bx, y}, new double[] {bx, b.bottom()}),
                    color, weight, null, true, false, io.figgen.model.Shape.Role.CONNECTOR, sourceLine);
            return;
        }
        out.polyline(List.of(new double[] {area.x() + from * area.w(), y}, new double[] {area.x() + to * area.w(), y}),
                color, weight, null, arrow, false, io.figgen.model.Shape.Role.RULE, sourceLine);
    }
}
