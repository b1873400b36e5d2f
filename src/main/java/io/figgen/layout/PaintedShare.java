package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.model.Size;

import java.util.List;

/**
 * The share of a canvas that a page's filled shapes cover, on a coarse grid: the layout's estimate of what
 * the check measures on the PNG (the pixels not in the background colour), so a figure whose panels would
 * leave too little paper can give up spacing before it is drawn. Fills count whole, a line of text a third
 * of its box (its ink, roughly); strokes are too thin to matter.
 */
final class PaintedShare {
    /** Grid cell in canvas pixels: fine enough for a panel's edge, coarse enough to cost nothing. */
    private static final double CELL = 8;
    private static final double INK = 1 / 3.0;

    private PaintedShare() {
    }

    /**
     * Whether the shapes cover at most {@code most} of the canvas. The sum of their areas bounds the cover from
     * above (overlaps count twice there), so most pages are cleared without the grid.
     */
    static boolean atMost(List<Shape> shapes, Size size, String background, double most) {
        double canvas = (double) size.width() * size.height();
        double sum = 0;
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && painted(r.fill(), background) && r.box().w() * r.box().h() < 0.98 * canvas) {
                sum += r.box().w() * r.box().h();
            } else if (s instanceof Shape.Dot d && painted(d.fill(), background)) {
                sum += Math.PI * d.r() * d.r();
            } else if (s instanceof Shape.Polygon g && painted(g.fill(), background) && g.opacity() > 0) {
                sum += canvas; // rare; leave it to the grid
            } else if (s instanceof Shape.Text t) {
                sum += t.bounds().w() * t.bounds().h() * INK;
            }
        }
        return sum / canvas <= most || of(shapes, size, background) <= most;
    }

    static double of(List<Shape> shapes, Size size, String background) {
        int cols = (int) Math.ceil(size.width() / CELL);
        int rows = (int) Math.ceil(size.height() / CELL);
        double[][] cover = new double[rows][cols];
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && painted(r.fill(), background)
                    && r.box().w() * r.box().h() < 0.98 * size.width() * size.height()) {
                cover(cover, r.box(), 1);
            } else if (s instanceof Shape.Dot d && painted(d.fill(), background)) {
                cover(cover, new Box(d.cx() - d.r() * 0.886, d.cy() - d.r() * 0.886, d.r() * 1.772, d.r() * 1.772), 1);
            } else if (s instanceof Shape.Polygon g && painted(g.fill(), background) && g.opacity() > 0) {
                polygon(cover, g.points());
            } else if (s instanceof Shape.Text t) {
                cover(cover, t.bounds(), INK);
            }
        }
        double sum = 0;
        for (double[] row : cover) {
            for (double c : row) {
                sum += Math.min(1, c);
            }
        }
        return sum / ((double) rows * cols);
    }

    private static boolean painted(String fill, String background) {
        return fill != null && !fill.equalsIgnoreCase("none") && !fill.equalsIgnoreCase(background);
    }

    /** Cells whose centre the box holds take {@code amount} more cover (a fill over a fill counts once). */
    private static void cover(double[][] cover, Box b, double amount) {
        int c0 = Math.max(0, (int) Math.round(b.x() / CELL));
        int c1 = Math.min(cover[0].length, (int) Math.round(b.right() / CELL));
        int r0 = Math.max(0, (int) Math.round(b.y() / CELL));
        int r1 = Math.min(cover.length, (int) Math.round(b.bottom() / CELL));
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                cover[r][c] = amount >= 1 ? Math.max(1, cover[r][c]) : cover[r][c] + amount;
            }
        }
    }

    private static void polygon(double[][] cover, List<double[]> points) {
        Box around = Box.around(points);
        for (int r = Math.max(0, (int) (around.y() / CELL)); r < Math.min(cover.length, (int) Math.ceil(around.bottom() / CELL)); r++) {
            for (int c = Math.max(0, (int) (around.x() / CELL)); c < Math.min(cover[0].length, (int) Math.ceil(around.right() / CELL)); c++) {
                if (RadarBlock.contains(points, (c + 0.5) * CELL, (r + 0.5) * CELL)) {
                    cover[r][c] = Math.max(1, cover[r][c]);
                }
            }
        }
    }
}
