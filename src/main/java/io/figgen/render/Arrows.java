package io.figgen.render;

import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a line's arrowheads, shared by the SVG and PDF writers so both formats draw the same figure:
 * heads are filled triangles (not SVG markers, which Batik and browsers fill differently), and the shaft stops
 * short of the tip so a thick stroke never pokes out of its head.
 */
final class Arrows {
    private Arrows() {
    }

    static double headSize(Shape.Line l) {
        return Math.max(8, l.width() * 4.5);
    }

    /** The line's points, with each end that carries a head pulled back under it. */
    static List<double[]> shaft(Shape.Line l) {
        List<double[]> pts = l.points();
        double back = headSize(l) * 0.8;
        List<double[]> out = new ArrayList<>(pts);
        if (l.arrowEnd()) {
            out.set(pts.size() - 1, pull(pts.get(pts.size() - 2), pts.get(pts.size() - 1), back));
        }
        if (l.arrowStart()) {
            out.set(0, pull(pts.get(1), pts.get(0), back));
        }
        return out;
    }

    /** The heads to draw, each three corners: tip first. */
    static List<double[][]> heads(Shape.Line l) {
        List<double[]> pts = l.points();
        List<double[][]> out = new ArrayList<>(2);
        if (l.arrowEnd()) {
            out.add(head(pts.get(pts.size() - 2), pts.get(pts.size() - 1), headSize(l)));
        }
        if (l.arrowStart()) {
            out.add(head(pts.get(1), pts.get(0), headSize(l)));
        }
        return out;
    }

    private static double[] pull(double[] from, double[] tip, double by) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {tip[0] - dx / len * by, tip[1] - dy / len * by};
    }

    private static double[][] head(double[] from, double[] tip, double size) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip[0] - ux * size;
        double by = tip[1] - uy * size;
        double half = size * 0.5;
        return new double[][] {tip, {bx - uy * half, by + ux * half}, {bx + uy * half, by - ux * half}};
    }
}
