package io.figgen.scene.chart;

import io.figgen.scene.Text;
import io.figgen.scene.TextRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ring's name the sketch cuts short to fit its box ({@code RING 2: RIGHTS}) and the Text Content label that
 * says it whole ({@code RIGHTS HOLDERS}): the ring is named by the label ({@code RING 2: RIGHTS HOLDERS}), and
 * the label is not left over for the notes row.
 */
public final class RingNames {
    private RingNames() {
    }

    /**
     * The rings with their names completed from the spec's labels ({@code all}); the labels used are removed
     * from {@code labels}, those left over for the notes row. A name is completed from any label, left over or
     * not: a label's words may all stand elsewhere in the figure ("partner churn" in the callout) while the
     * ring still reads cut short.
     */
    public static Chart.Rings complete(Chart.Rings rings, List<String> labels, List<String> all) {
        List<Chart.Ring> out = new ArrayList<>();
        boolean changed = false;
        for (Chart.Ring r : rings.rings()) {
            String name = r.label().value();
            int colon = name.indexOf(':');
            String head = colon < 0 ? "" : name.substring(0, colon + 1) + " ";
            String tail = (colon < 0 ? name : name.substring(colon + 1)).strip();
            String found = null;
            for (String l : all) {
                String key = norm(l);
                if (!tail.isEmpty() && key.startsWith(norm(tail) + " ") && TextRules.words(l).size() <= 4) {
                    found = l;
                    break;
                }
            }
            List<Text> details = new ArrayList<>();
            boolean more = false;
            for (Text d : r.details()) {
                String line = d.value();
                String done = completed(line, labels);
                more |= done != null;
                details.add(done == null ? d : Text.mixed(done, d.runs().get(0).role()));
            }
            if (found == null && !more) {
                out.add(r);
                continue;
            }
            String whole = name;
            if (found != null) {
                labels.remove(found);
                all.remove(found);
                whole = head + (TextRules.isCapsLabel(name) ? found.toUpperCase(Locale.ROOT) : found);
            }
            out.add(new Chart.Ring(Text.plain(whole, r.label().runs().get(0).role()), r.note(), details, r.highlight(),
                    r.line(), r.written(), r.nameLine(), r.noteLine()));
            changed = true;
        }
        return changed ? new Chart.Rings(out, rings.low(), rings.high(), rings.line()) : rings;
    }

    /**
     * A detail line a label completes, or null: the label ends with the line ({@code Scaffold}, {@code Attribution
     * Scaffold}), or goes on from the line's last word ({@code DAWs, streaming}, {@code Streaming platforms}).
     */
    private static String completed(String line, List<String> labels) {
        List<String> lw = TextRules.words(line);
        for (String l : labels) {
            List<String> w = TextRules.words(l);
            if (w.size() > 4 || lw.isEmpty() || w.size() < 2) {
                continue;
            }
            if (norm(l).endsWith(" " + norm(line))) {
                labels.remove(l);
                return l;
            }
            String last = lw.get(lw.size() - 1);
            int at = line.toLowerCase(Locale.ROOT).lastIndexOf(last);
            if (w.get(0).equals(last) && at >= 0 && at + last.length() == line.length()) {
                labels.remove(l);
                return line + l.substring(l.toLowerCase(Locale.ROOT).indexOf(last) + last.length());
            }
        }
        return null;
    }

    private static String norm(String s) {
        return String.join(" ", TextRules.words(s)).toLowerCase(Locale.ROOT);
    }
}
