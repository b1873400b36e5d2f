package io.figgen.scene.chart;

import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.sketch.Area;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline written as a list: two or more consecutive lines that each start with a date and a colon
 * ({@code Mar 2025: OAuth 2.1 mandated in spec}), under a heading that says it is a timeline (or in a spec
 * whose prose does). The heading stays the rest of the figure's; the lines become events in order. Without
 * that word a dated list stays a list.
 */
final class DatedListReader {
    private static final Pattern DATED = Pattern.compile(
            "^((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?|Q[1-4]\\s+|H[12]\\s+)?"
                    + "(?:19|20)\\d{2})\\s*[:–—-]\\s+(\\S.*)$");

    private DatedListReader() {
    }

    static Charts.Found read(ChartContext cx, Area area) {
        List<Row> rows = area.rows();
        for (int i = 0; i < rows.size(); i++) {
            int start = i;
            List<Chart.Event> events = new ArrayList<>();
            int last = -1;
            while (i < rows.size()) {
                Row r = rows.get(i);
                int row = r.row();
                Matcher m = r.tokens().size() == 1 && r.tokens().get(0) instanceof Token.Text t
                        && area.boxes().stream().noneMatch(b -> b.top() <= row && b.bottom() >= row)
                        ? DATED.matcher(t.text().strip()) : null;
                if (m == null || !m.matches() || last >= 0 && row != last + 1) {
                    break;
                }
                int line = cx.sketch().specLine(row);
                events.add(new Chart.Event(Text.mixed(m.group(1), "caption"), Text.mixed(TextRules.stripScaffolding(m.group(2)), "strong"),
                        List.of(), false, line));
                last = row;
                i++;
            }
            if (events.size() >= 2 && (headedTimeline(rows, start) || cx.says("timeline", "chronolog\\w*"))) {
                return new Charts.Found(rows.get(start).row(), last, new Chart.Timeline(events, events.get(0).line()));
            }
            i = start;
        }
        return null;
    }

    /** Whether one of the two rows above the list is a heading naming a timeline ("MCP SPEC MANDATE TIMELINE:"). */
    private static boolean headedTimeline(List<Row> rows, int start) {
        for (int k = Math.max(0, start - 2); k < start; k++) {
            for (Token t : rows.get(k).tokens()) {
                if (t instanceof Token.Text x && x.text().toLowerCase(Locale.ROOT).matches(".*\\b(timeline|milestones|roadmap|history)\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
