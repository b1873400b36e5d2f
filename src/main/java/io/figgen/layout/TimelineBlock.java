package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.scene.Text;
import io.figgen.scene.chart.Chart;
import io.figgen.scene.chart.Chart.Event;
import io.figgen.scene.chart.Chart.Timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A timeline drawn from its events: one navy hairline axis across the room (a second row, and more, when
 * the events do not fit one at a readable column width), a dot per event on it (coral and larger for the
 * event the spec singles out), the date above in the data face, a short stem under the dot, then the title
 * in semibold and the detail lines in body type. Columns are evenly spaced; each event's text is centred on
 * its dot and wrapped inside its column, so no two events' texts meet. The height is the content's.
 */
final class TimelineBlock extends Block {
    /** The narrowest column (at scale 1) a row of events keeps before the timeline takes another row. */
    private static final double MIN_COLUMN = 150;
    /** As many events as one axis takes whenever their columns are at least {@link #MIN_COLUMN_FEW} wide. */
    private static final int ONE_ROW = 6;
    private static final double MIN_COLUMN_FEW = 110;

    private final Timeline chart;

    TimelineBlock(Timeline chart) {
        this.chart = chart;
    }

    private record Type(TextStyle date, TextStyle dateHigh, TextStyle title, TextStyle detail) {
    }

    private static Type type(Ctx ctx) {
        TextStyle body = ctx.style("body");
        TextStyle date = ctx.style("code").withSize(Math.max(ctx.minFont, Math.round(body.size() * 0.95)))
                .withColor(ctx.color("navy"));
        return new Type(date, date.withColor(ctx.color("coral")), ctx.style("strong"), body.withColor(ctx.color("label")));
    }

    /** One event's text, wrapped to its column. */
    private record Lines(List<List<Span>> date, List<List<Span>> title, List<List<Span>> detail) {
    }

    /** Where everything goes for a width: events per row, the column width and each row's parts' heights. */
    private record Plan(int perRow, double column, List<Lines> lines, double[] dateH, double[] textH, double height) {
    }

    private double gutter(Ctx ctx) {
        return 18 * ctx.scale;
    }

    private double radius(Ctx ctx) {
        return Math.max(4, 6.5 * ctx.scale);
    }

    private double stem(Ctx ctx) {
        return 14 * ctx.scale;
    }

    private double gap(Ctx ctx) {
        return 8 * ctx.scale;
    }

    private Plan plan(Ctx ctx, double width) {
        Type ty = type(ctx);
        int n = Math.max(1, chart.events().size());
        double widest = widestWord(ctx, ty) + gutter(ctx);
        // up to six events keep one axis while their columns stay readable; more take rows of wider columns
        double minCol = Math.max((n <= ONE_ROW ? MIN_COLUMN_FEW : MIN_COLUMN) * ctx.scale, widest);
        int fits = (int) Math.max(1, Math.floor(width / minCol));
        int perRow = n;
        if (n > fits) {
            int rows = (int) Math.ceil(n / (double) fits);
            perRow = (int) Math.ceil(n / (double) rows);
        }
        double column = width / perRow;
        double textW = Math.max(1, column - gutter(ctx));
        List<Lines> lines = new ArrayList<>();
        for (Event e : chart.events()) {
            List<List<Span>> detail = new ArrayList<>();
            for (Text d : e.detail()) {
                detail.addAll(RichText.of(d.value(), ty.detail()).wrap(ctx, textW));
            }
            lines.add(new Lines(wrap(ctx, e.date(), e.highlight() ? ty.dateHigh() : ty.date(), textW),
                    wrap(ctx, e.title(), ty.title(), textW), detail));
        }
        int rows = (int) Math.ceil(chart.events().size() / (double) perRow);
        double[] dateH = new double[rows];
        double[] textH = new double[rows];
        double height = 0;
        for (int row = 0; row < rows; row++) {
            for (int i = row * perRow; i < Math.min(chart.events().size(), (row + 1) * perRow); i++) {
                Lines l = lines.get(i);
                dateH[row] = Math.max(dateH[row], l.date().size() * ctx.lineHeight(ty.date()));
                double t = l.title().size() * ctx.lineHeight(ty.title());
                if (!l.detail().isEmpty()) {
                    t += (l.title().isEmpty() ? 0 : gap(ctx) / 2) + l.detail().size() * ctx.lineHeight(ty.detail());
                }
                textH[row] = Math.max(textH[row], t);
            }
            height += rowHeight(ctx, dateH[row], textH[row]) + (row > 0 ? ctx.gap() * 1.2 : 0) + phasesHeight(ctx, row, perRow);
        }
        return new Plan(perRow, column, lines, dateH, textH, height);
    }

    /** The room under a row for the brackets of the phases that start in it: a gap, the label's line. */
    private double phasesHeight(Ctx ctx, int row, int perRow) {
        boolean any = chart.phases().stream().anyMatch(p -> p.from() / perRow == row);
        return any ? gap(ctx) * 2 + ctx.lineHeight(phaseStyle(ctx)) : 0;
    }

    private static TextStyle phaseStyle(Ctx ctx) {
        return ctx.style("section").withColor(ctx.color("navy"));
    }

    /**
     * A phase's bracket under the events it groups: a hairline from the first's column to the last's, turned up
     * at its ends towards them, its name centred on it (the line stops either side of the name).
     */
    private void phase(Ctx ctx, Canvas out, Chart.Phase p, double x0, double x1, double top, double hair) {
        RichText label = RichText.of(p.label().value(), phaseStyle(ctx));
        double lh = ctx.lineHeight(label.lead());
        double y = top + gap(ctx) * 2 + lh / 2;
        double w = Math.min(label.naturalWidth(ctx), x1 - x0);
        double mid = (x0 + x1) / 2;
        double tick = gap(ctx);
        String navy = ctx.color("navy");
        double pad = gap(ctx);
        out.polyline(List.of(new double[] {x0, y - tick}, new double[] {x0, y}, new double[] {mid - w / 2 - pad, y}), navy, hair,
                null, false, false, Shape.Role.RULE, p.line());
        out.polyline(List.of(new double[] {mid + w / 2 + pad, y}, new double[] {x1, y}, new double[] {x1, y - tick}), navy, hair,
                null, false, false, Shape.Role.RULE, p.line());
        Box room = new Box(mid - w / 2, top, w, gap(ctx) * 2 + lh);
        for (List<Span> line : label.wrap(ctx, w)) {
            out.textLine(line, mid - RichText.width(ctx, line) / 2, y - lh / 2, lh, room, p.line());
        }
    }

    private double rowHeight(Ctx ctx, double dateH, double textH) {
        double dot = 2 * radius(ctx) * 1.4;
        return dateH + gap(ctx) + dot + stem(ctx) + gap(ctx) + textH;
    }

    private static List<List<Span>> wrap(Ctx ctx, Text t, TextStyle st, double width) {
        return t == null || t.value().isBlank() ? List.of() : RichText.of(t.value(), st).wrap(ctx, width);
    }

    private double widestWord(Ctx ctx, Type ty) {
        double w = 0;
        for (Event e : chart.events()) {
            if (e.date() != null) {
                w = Math.max(w, RichText.of(e.date().value(), ty.date()).widestWord(ctx));
            }
            if (e.title() != null) {
                w = Math.max(w, RichText.of(e.title().value(), ty.title()).widestWord(ctx));
            }
            for (Text d : e.detail()) {
                w = Math.max(w, RichText.of(d.value(), ty.detail()).widestWord(ctx));
            }
        }
        return w;
    }

    @Override
    double height(Ctx ctx, double width) {
        return plan(ctx, width).height();
    }

    @Override
    double minWidth(Ctx ctx) {
        return widestWord(ctx, type(ctx)) + gutter(ctx);
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box b) {
        Type ty = type(ctx);
        Plan plan = plan(ctx, b.w());
        String navy = ctx.color("navy");
        String coral = ctx.color("coral");
        double r = radius(ctx);
        double hair = Ctx.round(Math.max(1, 1.25 * ctx.scale));
        double top = b.y();
        List<Event> events = chart.events();
        for (int row = 0; row * plan.perRow() < events.size(); row++) {
            double axisY = top + plan.dateH()[row] + gap(ctx) + r * 1.4;
            int from = row * plan.perRow();
            int to = Math.min(events.size(), from + plan.perRow());
            out.polyline(List.of(new double[] {b.x(), axisY}, new double[] {b.right(), axisY}), navy, hair, null, false, false,
                    Shape.Role.AXIS, events.get(from).line());
            for (int i = from; i < to; i++) {
                Event e = events.get(i);
                Lines l = plan.lines().get(i);
                double colX = b.x() + (i - from) * plan.column();
                double x = colX + plan.column() / 2;
                Box column = new Box(colX, b.y(), plan.column(), b.h());
                double dr = e.highlight() ? r * 1.4 : r;
                // the date stands on the axis: its last line just above the dot
                double dateLh = ctx.lineHeight(ty.date());
                double y = axisY - r * 1.4 - gap(ctx) - l.date().size() * dateLh;
                for (List<Span> line : l.date()) {
                    centred(ctx, out, line, x, y, dateLh, column, e.line());
                    y += dateLh;
                }
                out.polyline(List.of(new double[] {x, axisY + dr}, new double[] {x, axisY + r * 1.4 + stem(ctx)}), navy, hair,
                        null, false, false, Shape.Role.RULE, e.line());
                // a hollow mark (a step still to come) rings the paper in the mark's colour
                out.dot(x, axisY, dr, e.open() ? ctx.theme.background() : e.highlight() ? coral : navy,
                        e.open() ? (e.highlight() ? coral : navy) : null, e.open() ? Ctx.round(2 * ctx.scale) : 0);
                if (i + 1 < to && !chart.span(i).isEmpty()) {
                    // the stretch to the next event, midway between the two dates, on the dates' last line
                    RichText span = RichText.of(chart.span(i), ctx.style("caption").withColor(ctx.color("caption")));
                    double lh = ctx.lineHeight(span.lead());
                    double mid = x + plan.column() / 2;
                    double sy = axisY - r * 1.4 - gap(ctx) - lh;
                    for (List<Span> line : span.wrap(ctx, plan.column() * 0.45)) {
                        centred(ctx, out, line, mid, sy, lh, new Box(mid - plan.column() * 0.25, b.y(), plan.column() * 0.5, b.h()), e.line());
                        sy += lh;
                    }
                }
                y = axisY + r * 1.4 + stem(ctx) + gap(ctx);
                double titleLh = ctx.lineHeight(ty.title());
                for (List<Span> line : l.title()) {
                    centred(ctx, out, line, x, y, titleLh, column, e.line());
                    y += titleLh;
                }
                if (!l.title().isEmpty()) {
                    y += gap(ctx) / 2;
                }
                double detailLh = ctx.lineHeight(ty.detail());
                for (List<Span> line : l.detail()) {
                    centred(ctx, out, line, x, y, detailLh, column, e.line());
                    y += detailLh;
                }
            }
            double under = top + rowHeight(ctx, plan.dateH()[row], plan.textH()[row]);
            for (Chart.Phase p : chart.phases()) {
                if (p.from() >= from && p.from() < to) {
                    // from the first event's column's inner edge to the last's (clipped to this row)
                    double x0 = b.x() + (p.from() - from) * plan.column() + gutter(ctx) / 2;
                    double x1 = b.x() + (Math.min(p.to(), to - 1) - from + 1) * plan.column() - gutter(ctx) / 2;
                    phase(ctx, out, p, x0, x1, under, hair);
                }
            }
            top = under + phasesHeight(ctx, row, plan.perRow()) + ctx.gap() * 1.2;
        }
    }

    private static void centred(Ctx ctx, Canvas out, List<Span> line, double x, double top, double lh, Box column, int src) {
        double w = RichText.width(ctx, line);
        double left = Math.max(column.x(), Math.min(x - w / 2, column.right() - w));
        out.textLine(line, left, top, lh, column, src);
    }
}
