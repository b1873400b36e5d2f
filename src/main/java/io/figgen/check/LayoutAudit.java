package io.figgen.check;

import io.figgen.model.Box;
import io.figgen.model.Figure;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the geometry of a laid-out figure: every text inside the canvas and inside the box it belongs to,
 * no two texts overlapping, no text smaller than the minimum for the canvas width.
 */
public final class LayoutAudit {
    /** The smallest text allowed at a 1200 px wide canvas; it scales with the width. */
    public static final double MIN_FONT_AT_1200 = 12;
    private static final double TOLERANCE = 0.75;

    private LayoutAudit() {
    }

    public enum Kind { OVERLAP, OVERFLOW, OUTSIDE_CANVAS, TOO_SMALL }

    /** One geometric problem, at the spec line of the text concerned. */
    public record Problem(Kind kind, int line, String message) {
    }

    public static double minFont(Figure f) {
        return MIN_FONT_AT_1200 * f.size().width() / 1200.0;
    }

    public static List<Problem> audit(Figure f) {
        List<Problem> out = new ArrayList<>();
        List<Shape.Text> texts = f.texts();
        Box canvas = new Box(0, 0, f.size().width(), f.size().height());
        double min = minFont(f);
        for (Shape.Text t : texts) {
            if (!canvas.contains(t.bounds(), TOLERANCE)) {
                out.add(new Problem(Kind.OUTSIDE_CANVAS, t.sourceLine(), "text \"" + t.text() + "\" runs off the canvas"));
            } else if (t.container() != null && !t.container().contains(t.bounds(), TOLERANCE)) {
                out.add(new Problem(Kind.OVERFLOW, t.sourceLine(), "text \"" + t.text() + "\" overflows its box"));
            }
            if (t.size() < min - 1e-6) {
                out.add(new Problem(Kind.TOO_SMALL, t.sourceLine(), "text \"" + t.text() + "\" is " + t.size()
                        + " px, under the minimum of " + min + " px"));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Shape.Text a = texts.get(i);
                Shape.Text b = texts.get(j);
                if (a.bounds().intersects(b.bounds(), TOLERANCE)) {
                    out.add(new Problem(Kind.OVERLAP, a.sourceLine(), "text \"" + a.text() + "\" overlaps \"" + b.text() + "\""));
                }
            }
        }
        return out;
    }
}
