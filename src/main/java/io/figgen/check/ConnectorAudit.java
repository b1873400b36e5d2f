package io.figgen.check;

import io.figgen.model.Box;
import io.figgen.model.Contact;
import io.figgen.model.Figure;
import io.figgen.model.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a figure's connectors join what they say they join, as a reader sees it: each end of a
 * connector on the border of a box, the edge of a text or another connector (within {@link Contact#TOUCH} px),
 * no connector of zero length, no connector running through a box it does not start or end in, nor through a
 * text.
 */
public final class ConnectorAudit {
    private ConnectorAudit() {
    }

    public enum Kind { DANGLING, ZERO_LENGTH, CROSSING }

    /** One problem of one connector, at its spec line. */
    public record Problem(Kind kind, int line, String message) {
    }

    public static List<Problem> audit(Figure f) {
        Contact contact = Contact.of(f.shapes(), f.size().width(), f.size().height());
        List<Problem> out = new ArrayList<>();
        for (Shape.Line l : contact.connectors()) {
            if (l.length() < 1) {
                out.add(new Problem(Kind.ZERO_LENGTH, l.sourceLine(), "a connector of zero length at " + at(l.first())));
                continue;
            }
            end(l, l.first(), l.arrowStart(), contact, out);
            end(l, l.last(), l.arrowEnd(), contact, out);
            crossings(l, contact, f.texts(), out);
        }
        return out;
    }

    private static void end(Shape.Line l, double[] p, boolean head, Contact contact, List<Problem> out) {
        if (!contact.touches(l, p)) {
            out.add(new Problem(Kind.DANGLING, l.sourceLine(), (head ? "an arrowhead points at empty space at "
                    : "a connector ends on nothing at ") + at(p) + ": join it to a box, or leave it out of the sketch"));
        }
    }

    /** A connector through a box it does not join or through a text, as {@link Contact#crossed} finds it. */
    private static void crossings(Shape.Line l, Contact contact, List<Shape.Text> texts, List<Problem> out) {
        Box b = contact.crossed(l.points());
        if (b == null) {
            return;
        }
        String what = contact.isText(b) ? texts.stream().filter(t -> t.bounds().equals(b)).findFirst()
                .map(t -> "the text \"" + t.text() + "\"").orElse("a text") : "a box at " + at(new double[] {b.x(), b.y()});
        out.add(new Problem(Kind.CROSSING, l.sourceLine(), "a connector runs through " + what));
    }

    public static boolean crosses(Shape.Line l, Box b) {
        for (int i = 0; i + 1 < l.points().size(); i++) {
            if (b.crossedBy(l.points().get(i), l.points().get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String at(double[] p) {
        return "(" + Math.round(p[0]) + ", " + Math.round(p[1]) + ")";
    }
}
