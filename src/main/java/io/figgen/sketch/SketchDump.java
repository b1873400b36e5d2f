package io.figgen.sketch;

/** A plain-text outline of what the reader found, for {@code figgen inspect} and for debugging sketches. */
public final class SketchDump {
    private SketchDump() {
    }

    public static String dump(Sketch s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.framed() ? "frame" : "unframed").append(" cols ").append(s.frameLeft()).append('-')
                .append(s.frameRight()).append('\n');
        for (Band b : s.bands()) {
            sb.append("band L").append(s.specLine(b.top())).append('-').append(s.specLine(b.bottom()))
                    .append(" panels=").append(b.panels().size()).append('\n');
            for (Area a : b.panels()) {
                area(sb, s, a, "  ");
            }
        }
        return sb.toString();
    }

    private static void area(StringBuilder sb, Sketch s, Area a, String indent) {
        sb.append(indent).append("area cols ").append(a.left()).append('-').append(a.right()).append('\n');
        for (Box box : a.boxes()) {
            sb.append(indent).append("  box L").append(s.specLine(box.top())).append('-').append(s.specLine(box.bottom()))
                    .append(" cols ").append(box.left()).append('-').append(box.right()).append(' ').append(box.border());
            if (!box.title().isEmpty()) {
                sb.append(" title=\"").append(box.title()).append('"');
            }
            if (!box.dividers().isEmpty()) {
                sb.append(" dividers=").append(box.dividers().stream().map(s::specLine).toList());
            }
            sb.append('\n');
            area(sb, s, box.interior(), indent + "    ");
        }
        for (Row r : a.rows()) {
            if (!r.isBlank() || !r.art().isEmpty()) {
                sb.append(indent).append("  L").append(s.specLine(r.row())).append(':');
                for (Token t : r.tokens()) {
                    sb.append(' ').append(token(t));
                }
                for (Token.Art t : r.art()) {
                    sb.append(" art@").append(t.col()).append('"').append(t.text()).append('"');
                }
                sb.append('\n');
            }
        }
    }

    private static String token(Token t) {
        if (t instanceof Token.Text x) {
            return "T@" + x.col() + "\"" + x.text() + "\"";
        } else if (t instanceof Token.Arrow x) {
            return "A@" + x.col() + "-" + x.end() + ":" + x.direction() + (x.label().isEmpty() ? "" : "\"" + x.label() + "\"");
        } else if (t instanceof Token.Rule x) {
            return "R@" + x.col() + "-" + x.end();
        } else if (t instanceof Token.VLine x) {
            return "V@" + x.col() + (x.head() == null ? "" : ":" + x.head());
        } else if (t instanceof Token.Bar x) {
            return "B@" + x.col() + "-" + x.end();
        }
        return "?";
    }
}
