package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/** Collects the shapes blocks draw, rounding coordinates so output is compact and stable. */
final class Canvas {
    private final List<Shape> shapes = new ArrayList<>();
    /** Where each scene node was drawn, by its id: what the edge router joins. */
    private final java.util.Map<String, Box> nodes = new java.util.LinkedHashMap<>();
    private final Ctx ctx;

    Canvas(Ctx ctx) {
        this.ctx = ctx;
    }

    List<Shape> shapes() {
        return shapes;
    }

    /** Records that the scene node {@code id} is drawn in {@code box} (no-op for a block that is no node). */
    void node(String id, Box box) {
        if (id != null) {
            nodes.putIfAbsent(id, new Box(r(box.x()), r(box.y()), r(box.w()), r(box.h())));
        }
    }

    java.util.Map<String, Box> nodes() {
        return nodes;
    }

    /** Regions a routed edge keeps out of though nothing there is a box or a text: a plot's arrows and marks. */
    private final List<Box> keepOut = new ArrayList<>();

    void keepOut(Box b) {
        keepOut.add(new Box(r(b.x()), r(b.y()), r(b.w()), r(b.h())));
    }

    List<Box> keepOut() {
        return keepOut;
    }

    /** Lines whose loose end may run as far as the first border it meets (a loop's rise to its box). */
    private final java.util.Set<Shape> far = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void reachesFar(Shape line) {
        far.add(line);
    }

    java.util.Set<Shape> far() {
        return far;
    }

    void rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth, double[] dash) {
        if (fill == null && stroke == null) {
            return;
        }
        shapes.add(new Shape.Rect(new Box(r(x), r(y), r(w), r(h)), fill, stroke, r(strokeWidth), dash));
    }

    void polyline(List<double[]> points, String stroke, double width, double[] dash, boolean arrowEnd, boolean arrowStart,
                  Shape.Role role, int sourceLine) {
        List<double[]> pts = new ArrayList<>();
        for (double[] p : points) {
            pts.add(new double[] {r(p[0]), r(p[1])});
        }
        shapes.add(new Shape.Line(pts, stroke, r(width), dash, arrowEnd, arrowStart, role, sourceLine));
    }

    void dot(double cx, double cy, double radius, String fill, String stroke, double strokeWidth) {
        shapes.add(new Shape.Dot(r(cx), r(cy), r(radius), fill, stroke, r(strokeWidth)));
    }

    /** A part's own outline, which connectors end on as on a box's border (a decision's diamond). */
    void outline(List<double[]> points, String fill, String stroke, double width) {
        List<double[]> pts = new ArrayList<>();
        for (double[] p : points) {
            pts.add(new double[] {r(p[0]), r(p[1])});
        }
        shapes.add(new Shape.Polygon(pts, fill, 1, stroke, r(width), null, true));
    }

    void polygon(List<double[]> points, String fill, double opacity, String stroke, double width, double[] dash) {
        List<double[]> pts = new ArrayList<>();
        for (double[] p : points) {
            pts.add(new double[] {r(p[0]), r(p[1])});
        }
        shapes.add(new Shape.Polygon(pts, fill, opacity, stroke, r(width), dash));
    }

    /**
     * Draws one line of spans starting at {@code x} with its top at {@code top} and the given line height;
     * the baseline centres the font's ascent and descent in the line. Returns the drawn width.
     */
    double textLine(List<Span> line, double x, double top, double lineHeight, Box container, int sourceLine) {
        double cx = x;
        // one baseline for the line, from its largest face: a value in the data face sits on the words' baseline
        // ("Free: 1M events"), and fallback glyphs on the same one
        double lineAsc = 0;
        double lineDesc = 0;
        for (Span s : line) {
            lineAsc = Math.max(lineAsc, ctx.measurer.ascent(s.style().face(), s.style().size()));
            lineDesc = Math.max(lineDesc, ctx.measurer.descent(s.style().face(), s.style().size()));
        }
        double baseline = r(top + (lineHeight - (lineAsc + lineDesc)) / 2 + lineAsc);
        for (int i = 0; i < line.size(); i++) {
            Span s = line.get(i);
            TextStyle st = s.style();
            if (i > 0) {
                cx += RichText.gap(ctx, line.get(i - 1).style(), st);
            }
            double asc = ctx.measurer.ascent(st.face(), st.size());
            double desc = ctx.measurer.descent(st.face(), st.size());
            for (TextMeasurer.Run run : ctx.measurer.runs(s.text(), st.face())) {
                String text = run.text();
                int lead = 0;
                while (lead < text.length() && text.charAt(lead) == ' ') {
                    lead++;
                }
                if (lead > 0) {
                    // an SVG text's leading spaces collapse when it is drawn: the space after a glyph from another
                    // face ("①" before " EDGE") is room before the run, not part of it
                    cx += ctx.measurer.width(text.substring(0, lead), run.face(), st.size(), st.letterSpacing());
                    text = text.substring(lead);
                    if (text.isEmpty()) {
                        continue;
                    }
                    run = new TextMeasurer.Run(text, run.face());
                }
                double w = ctx.measurer.width(run.text(), run.face(), st.size(), st.letterSpacing());
                double ra = Math.min(ctx.measurer.ascent(run.face(), st.size()), baseline - top);
                double rd = Math.min(ctx.measurer.descent(run.face(), st.size()), top + lineHeight - baseline);
                Box bounds = new Box(r(cx), baseline - Math.max(asc, ra), w, Math.max(asc, ra) + Math.max(desc, rd));
                shapes.add(new Shape.Text(run.text(), r(cx), baseline, run.face(), st.size(), st.letterSpacing(), st.color(),
                        bounds, container, st.role(), sourceLine));
                cx += w;
            }
        }
        return cx - x;
    }

    private static double r(double v) {
        return Ctx.round(v);
    }
}
