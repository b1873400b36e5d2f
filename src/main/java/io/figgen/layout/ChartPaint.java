package io.figgen.layout;

import io.figgen.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * What every chart block shares: its type (tick numbers in the data face, names in the label face), placing
 * a label where it collides with nothing already placed, and drawing one line of text at a point.
 */
final class ChartPaint {
    final Ctx ctx;
    final Canvas out;
    final Box room;
    final List<Box> taken = new ArrayList<>();
    final TextStyle tick;
    final TextStyle name;
    final TextStyle note;
    final TextStyle title;
    final String navy;
    final String coral;
    final String quiet;
    final String grid;

    ChartPaint(Ctx ctx, Canvas out, Box room) {
        this.ctx = ctx;
        this.out = out;
        this.room = room;
        TextStyle code = ctx.style("code");
        TextStyle caption = ctx.style("caption");
        this.tick = code.withColor(ctx.color("label"));
        this.name = ctx.style("strong");
        this.note = code.withSize(Math.max(ctx.minFont, caption.size())).withColor(ctx.color("caption"));
        this.title = ctx.style("cardTitle");
        this.navy = ctx.color("navy");
        this.coral = ctx.color("coral");
        this.quiet = ctx.color("quiet");
        this.grid = ctx.color("surface2");
    }

    /**
     * The style of a note on the plot: the data face for values ("(5.63%, 418x)"), the caption face for words
     * ("Open + Calibrated", a quadrant's "Closed + Black Box"), so a chart's words are not set as code.
     */
    TextStyle note(String text) {
        return text.chars().anyMatch(Character::isDigit) ? note : ctx.style("caption").withSize(note.size()).withColor(note.color());
    }

    /**
     * The style of a chart's words beside its scale: an axis's or a threshold's name, a legend's key, the
     * names' heading ("SERVICE", "QUARANTINE THRESHOLD 2.0%", "over threshold (3)") in the caption face at the
     * ticks' size; a number alone ("2.0%") stays in the data face, as the ticks are.
     */
    TextStyle words(String text) {
        long words = java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 3).count();
        if (words == 0) {
            return tick;
        }
        TextStyle caption = ctx.style("caption").withSize(tick.size()).withColor(tick.color());
        // a heading in capitals is set as the house sets labels, tracked and semibold
        return text.equals(text.toUpperCase(java.util.Locale.ROOT))
                ? new TextStyle(caption.role(), io.figgen.model.FontFace.SANS_SEMIBOLD, caption.size(), caption.color(),
                Ctx.round(0.08 * caption.size()))
                : caption;
    }

    static double[] pt(double x, double y) {
        return new double[] {x, y};
    }

    double width(String s, TextStyle st) {
        return ctx.width(s, st);
    }

    double height(TextStyle st) {
        return ctx.lineHeight(st);
    }

    /** Draws {@code s} with its top left at x, y, kept inside the room; returns the box it took. */
    Box text(String s, TextStyle st, double x, double y, int line) {
        double w = width(s, st);
        double h = height(st);
        double cx = Math.max(room.x(), Math.min(x, room.right() - w));
        double cy = Math.max(room.y(), Math.min(y, room.bottom() - h));
        out.textLine(List.of(new Span(s, st)), cx, cy, h, room, line);
        Box b = new Box(cx, cy, w, h);
        taken.add(b);
        return b;
    }

    /** Whether a box is free of every label and mark placed so far and inside the room. */
    boolean free(Box b) {
        if (b.x() < room.x() || b.y() < room.y() || b.right() > room.right() || b.bottom() > room.bottom()) {
            return false;
        }
        for (Box t : taken) {
            if (b.x() < t.right() && t.x() < b.right() && b.y() < t.bottom() && t.y() < b.bottom()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places a block of lines (a name over its note) beside a mark at (x, y) of radius r: right, left, above,
     * below, then further out; the first free place wins, else the first candidate.
     */
    void beside(List<String> lines, List<TextStyle> styles, double x, double y, double r, int line) {
        double w = 0;
        double h = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, width(lines.get(i), styles.get(i)));
            h += height(styles.get(i));
        }
        double gap = Math.max(4, 6 * ctx.scale);
        List<double[]> at = new ArrayList<>();
        for (double far : new double[] {1, 2.5, 4}) {
            double g = gap * far + r;
            at.add(pt(x + g, y - h / 2));
            at.add(pt(x - g - w, y - h / 2));
            at.add(pt(x - w / 2, y - g - h));
            at.add(pt(x - w / 2, y + g));
            at.add(pt(x + g, y - h - g / 2));
            at.add(pt(x + g, y + g / 2));
        }
        double[] best = null;
        for (double[] p : at) {
            if (free(new Box(p[0], p[1], w, h))) {
                best = p;
                break;
            }
        }
        if (best == null) {
            best = at.get(0);
        }
        double ty = best[1];
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), styles.get(i), best[0], ty, line);
            ty += height(styles.get(i));
        }
    }
}
