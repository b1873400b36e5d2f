package io.figgen.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rectangles a spec's YAML spatial anchors give, in either schema: {@code zones[]} with
 * {@code bounds: [x, y, w, h]} and {@code anchors[]} with {@code position} and {@code size}; or free-named
 * regions with {@code position}, {@code width}, {@code height} and {@code elements[]}. Each rectangle is named
 * by its label, content and id, so sketch parts can be matched to it by words.
 */
final class Anchors {
    /** A named rectangle in the YAML canvas's coordinates. */
    record Rect(String id, Set<String> words, double x, double y, double w, double h) {
    }

    /** A rectangle that reached past the canvas and was cut to it: its id and what it was. */
    record Clamped(String id, double[] was, Rect now) {
    }

    private final List<Rect> rects;
    private final double canvasHeight;
    private final List<Clamped> clamped;

    private Anchors(List<Rect> rects, double canvasHeight, List<Clamped> clamped) {
        this.rects = List.copyOf(rects);
        this.canvasHeight = canvasHeight;
        this.clamped = List.copyOf(clamped);
    }

    /** The rectangles that reached past the canvas, as the YAML gave them, and as they are used. */
    List<Clamped> clamped() {
        return clamped;
    }

    /** A height in the YAML canvas's units as pixels of a figure {@code figureHeight} tall. */
    double toFigure(double h, double figureHeight) {
        return canvasHeight > 0 ? h * figureHeight / canvasHeight : h;
    }

    static Anchors of(Map<String, Object> yaml) {
        return of(yaml, 0, 0);
    }

    /**
     * The rectangles of the YAML; with a canvas of {@code width} by {@code height} (0 for unknown), each one is
     * cut to the canvas (a zone larger than the canvas, a position off it), and the cut ones are kept for report.
     */
    static Anchors of(Map<String, Object> yaml, double width, double height) {
        List<Rect> out = new ArrayList<>();
        if (yaml != null) {
            for (Map.Entry<String, Object> e : yaml.entrySet()) {
                if (e.getValue() instanceof Collection<?> items) {
                    for (Object item : items) {
                        read(item, out);
                    }
                } else if (e.getValue() instanceof Map<?, ?> region && !"canvas".equals(e.getKey())) {
                    read(region, out);
                    if (region.get("elements") instanceof Collection<?> elements) {
                        for (Object item : elements) {
                            read(item, out);
                        }
                    }
                }
            }
        }
        double canvasHeight = 0;
        double canvasWidth = width;
        if (yaml != null && yaml.get("canvas") instanceof Map<?, ?> c) {
            if (c.get("height") instanceof Number h && Double.isFinite(h.doubleValue()) && h.doubleValue() > 0) {
                canvasHeight = h.doubleValue();
            }
            if (c.get("width") instanceof Number w && Double.isFinite(w.doubleValue()) && w.doubleValue() > 0) {
                canvasWidth = w.doubleValue();
            }
        }
        double bottom = canvasHeight > 0 ? canvasHeight : height;
        List<Rect> kept = new ArrayList<>();
        List<Clamped> cut = new ArrayList<>();
        for (Rect r : out) {
            Rect c = canvasWidth > 0 && bottom > 0 ? clamp(r, canvasWidth, bottom) : r;
            if (c == null) {
                cut.add(new Clamped(r.id(), new double[] {r.x(), r.y(), r.w(), r.h()}, null));
            } else {
                if (c != r) {
                    cut.add(new Clamped(r.id(), new double[] {r.x(), r.y(), r.w(), r.h()}, c));
                }
                kept.add(c);
            }
        }
        return new Anchors(kept, canvasHeight, cut);
    }

    /** The rectangle cut to the canvas; the same one when it fits, null when nothing of it is on the canvas. */
    private static Rect clamp(Rect r, double width, double height) {
        double x = Math.max(0, r.x());
        double y = Math.max(0, r.y());
        double right = Math.min(width, r.x() + r.w());
        double bottom = Math.min(height, r.y() + r.h());
        if (x == r.x() && y == r.y() && right == r.x() + r.w() && bottom == r.y() + r.h()) {
            return r;
        }
        if (right <= x || bottom <= y) {
            return null;
        }
        return new Rect(r.id(), r.words(), x, y, right - x, bottom - y);
    }

    private static void read(Object item, List<Rect> out) {
        if (!(item instanceof Map<?, ?> m)) {
            return;
        }
        double[] r = rect(m);
        if (r == null || r[2] <= 0 || r[3] <= 0) {
            return;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String key : List.of("label", "content", "id", "name", "text")) {
            if (m.get(key) != null) {
                words.addAll(TextRules.words(String.valueOf(m.get(key)).replace('_', ' ')));
            }
        }
        out.add(new Rect(String.valueOf(m.get("id")), words, r[0], r[1], r[2], r[3]));
    }

    private static double[] rect(Map<?, ?> m) {
        double[] bounds = numbers(m.get("bounds"), 4);
        if (bounds != null) {
            return bounds;
        }
        double[] pos = numbers(m.get("position"), 2);
        double[] size = numbers(m.get("size"), 2);
        if (pos != null && size != null) {
            return new double[] {pos[0], pos[1], size[0], size[1]};
        }
        if (pos != null && m.get("width") instanceof Number w && m.get("height") instanceof Number h) {
            return new double[] {pos[0], pos[1], w.doubleValue(), h.doubleValue()};
        }
        return null;
    }

    private static double[] numbers(Object o, int n) {
        if (!(o instanceof List<?> l) || l.size() < n) {
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(l.get(i) instanceof Number v) || !Double.isFinite(v.doubleValue())) {
                return null;
            }
            out[i] = v.doubleValue();
        }
        return out;
    }

    boolean isEmpty() {
        return rects.isEmpty();
    }

    /** The rectangle whose name shares most words with {@code words} (at least half of its name), or null. */
    Rect match(Set<String> words) {
        Rect best = null;
        double bestScore = 0.5;
        for (Rect r : rects) {
            if (r.words().isEmpty()) {
                continue;
            }
            long exact = r.words().stream().filter(words::contains).count();
            long hit = r.words().stream().filter(w -> words.contains(w) || w.length() > 4 && words.stream()
                    .anyMatch(x -> x.length() > 4 && (x.startsWith(w) || w.startsWith(x)))).count();
            // a name of one word met only by its stem ("RECOVERED" in TIME TO RECOVER) is half a match: the box
            // may be another anchor's, named whole
            double score = r.words().size() == 1 && exact == 0 ? 0.5 * hit : (double) hit / r.words().size();
            if (score > bestScore || score == bestScore && best == null && score > 0.5) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }
}
