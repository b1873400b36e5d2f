package io.figgen.check;

import io.figgen.model.Box;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a figure reads as a composition, measured the way a reader meets it: in a docs column about 800 px wide.
 * Its body type (the size of the median character) and its smallest type at that width; the largest region
 * of the canvas nothing is drawn in (a frame's empty interior counts as empty: a half-empty panel is dead
 * room); the share of the PNG that is background; and the siblings of one kind (the boxes of one row) drawn in
 * different styles when the spec gives them no reason to differ.
 */
public final class CompositionAudit {
    /** The width figures are read at in the docs. */
    public static final double DISPLAY_WIDTH = 800;
    /** The body type a reader needs at that width, and the smallest type, in px. */
    public static final double BODY_AT_DISPLAY = 11;
    public static final double SMALLEST_AT_DISPLAY = 8;
    /** The largest empty region a figure may leave while any of its text sits at the minimum size. */
    public static final double EMPTY_BAR = 1.0 / 6;

    /** Cells across the canvas for the empty-region search (a cell is 1/48 of the width). */
    private static final int CELLS = 48;

    /**
     * The measures of one figure. {@code largestEmpty} and {@code background} are shares of the canvas;
     * {@code atMinimum} whether any text is at the figure's minimum size (where a large empty region is waste).
     */
    public record Composition(double bodyAt800, double smallestAt800, double largestEmpty, Box emptyRegion,
                              double background, boolean atMinimum, List<String> siblingMismatches) {
        /** Whether the figure meets the composition bars of the house. */
        public boolean passes() {
            return bodyAt800 >= BODY_AT_DISPLAY - 1e-6 && smallestAt800 >= SMALLEST_AT_DISPLAY - 1e-6
                    && !(atMinimum && largestEmpty > EMPTY_BAR) && background >= 0.3 && siblingMismatches.isEmpty();
        }
    }

    private CompositionAudit() {
    }

    public static Composition of(Scene scene, Figure figure, double minFont, double backgroundShare) {
        double w = figure.size().width();
        double h = figure.size().height();
        double k = DISPLAY_WIDTH / w;
        List<Shape.Text> texts = figure.texts();
        double smallest = texts.stream().mapToDouble(Shape.Text::size).min().orElse(0);
        boolean atMinimum = texts.stream().anyMatch(t -> t.size() <= minFont + 0.05);
        Box empty = largestEmpty(figure, w, h);
        double emptyShare = empty == null ? 0 : empty.w() * empty.h() / (w * h);
        return new Composition(round(body(texts) * k), round(smallest * k), round(emptyShare), empty, round(backgroundShare),
                atMinimum, siblings(scene));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The size of the median character: what most of the figure's words are set in. */
    static double body(List<Shape.Text> texts) {
        List<Shape.Text> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingDouble(Shape.Text::size));
        long total = sorted.stream().mapToLong(t -> t.text().strip().length()).sum();
        long seen = 0;
        for (Shape.Text t : sorted) {
            seen += t.text().strip().length();
            if (2 * seen >= total) {
                return t.size();
            }
        }
        return 0;
    }

    /**
     * The largest axis-aligned rectangle of the canvas that nothing drawn touches: texts, lines, marks and
     * small filled boxes take their room; a large box takes only its frame (what it frames may be empty).
     */
    static Box largestEmpty(Figure f, double w, double h) {
        double cell = w / CELLS;
        int cols = CELLS;
        int rows = (int) Math.ceil(h / cell);
        boolean[][] used = new boolean[rows][cols];
        double big = 0.03 * w * h;
        for (Shape s : f.shapes()) {
            if (s instanceof Shape.Text t) {
                fill(used, t.bounds(), cell);
            } else if (s instanceof Shape.Rect r) {
                Box b = r.box();
                boolean drawn = r.fill() != null && !r.fill().equalsIgnoreCase(f.background()) || r.stroke() != null;
                if (!drawn || b.w() * b.h() >= 0.9 * w * h) {
                    continue;
                }
                if (b.w() * b.h() < big) {
                    fill(used, b, cell);
                } else {
                    // its frame only
                    fill(used, new Box(b.x(), b.y(), b.w(), 1), cell);
                    fill(used, new Box(b.x(), b.bottom() - 1, b.w(), 1), cell);
                    fill(used, new Box(b.x(), b.y(), 1, b.h()), cell);
                    fill(used, new Box(b.right() - 1, b.y(), 1, b.h()), cell);
                }
            } else if (s instanceof Shape.Line l) {
                for (int i = 1; i < l.points().size(); i++) {
                    segment(used, l.points().get(i - 1), l.points().get(i), cell);
                }
            } else if (s instanceof Shape.Dot d) {
                if (d.r() * 2 < 3 * cell) {
                    fill(used, new Box(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r()), cell);
                } else {
                    double[] prev = null;
                    for (int a = 0; a <= 72; a++) {
                        double[] p = {d.cx() + d.r() * Math.cos(a * Math.PI / 36), d.cy() + d.r() * Math.sin(a * Math.PI / 36)};
                        if (prev != null) {
                            segment(used, prev, p, cell);
                        }
                        prev = p;
                    }
                }
            } else if (s instanceof Shape.Polygon g) {
                for (int i = 0; i < g.points().size(); i++) {
                    segment(used, g.points().get(i), g.points().get((i + 1) % g.points().size()), cell);
                }
            }
        }
        return maximalRectangle(used, cell, w, h);
    }

    private static void fill(boolean[][] used, Box b, double cell) {
        int c0 = Math.max(0, (int) Math.floor(b.x() / cell));
        int c1 = Math.min(used[0].length - 1, (int) Math.floor((b.right() - 0.01) / cell));
        int r0 = Math.max(0, (int) Math.floor(b.y() / cell));
        int r1 = Math.min(used.length - 1, (int) Math.floor((b.bottom() - 0.01) / cell));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                used[r][c] = true;
            }
        }
    }

    private static void segment(boolean[][] used, double[] a, double[] b, double cell) {
        int n = (int) Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (cell / 2)) + 1;
        for (int i = 0; i <= n; i++) {
            double x = a[0] + (b[0] - a[0]) * i / n;
            double y = a[1] + (b[1] - a[1]) * i / n;
            fill(used, new Box(x, y, 0.02, 0.02), cell);
        }
    }

    /** The largest rectangle of free cells (histogram method, row by row), in canvas units. */
    private static Box maximalRectangle(boolean[][] used, double cell, double w, double h) {
        int rows = used.length;
        int cols = used[0].length;
        int[] height = new int[cols];
        long bestArea = 0;
        int[] best = null;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                height[c] = used[r][c] ? 0 : height[c] + 1;
            }
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            for (int c = 0; c <= cols; c++) {
                int hc = c == cols ? 0 : height[c];
                while (!stack.isEmpty() && height[stack.peek()] >= hc) {
                    int top = stack.pop();
                    int left = stack.isEmpty() ? 0 : stack.peek() + 1;
                    long area = (long) height[top] * (c - left);
                    if (area > bestArea) {
                        bestArea = area;
                        best = new int[] {r - height[top] + 1, left, height[top], c - left};
                    }
                }
                stack.push(c);
            }
        }
        if (best == null) {
            return null;
        }
        double x = best[1] * cell;
        double y = best[0] * cell;
        return new Box(x, y, Math.min(best[3] * cell, w - x), Math.min(best[2] * cell, h - y));
    }

    /**
     * Rows of boxes where one box is drawn unlike all its siblings although no tag sets it apart (selected,
     * deferred, highlighted, warning): siblings of one kind share one style. Two boxes of two styles, or a row
     * of many styles, are boxes of different kinds.
     */
    static List<String> siblings(Scene scene) {
        List<String> out = new ArrayList<>();
        if (scene.body() == null) {
            return out;
        }
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Columns cols) {
                java.util.Map<String, Integer> styles = new java.util.LinkedHashMap<>();
                int nodes = 0;
                for (Component child : cols.children()) {
                    if (child instanceof Component.Node n && !io.figgen.scene.SiblingStyles.emphasised(n)) {
                        styles.merge(String.valueOf(n.style()), 1, Integer::sum);
                        nodes++;
                    }
                }
                if (nodes >= 3 && styles.size() == 2 && styles.containsValue(1)) {
                    out.add("L" + cols.line() + ": " + nodes + " boxes in one row, one unlike the others: " + styles);
                }
            }
        });
        return out;
    }
}
