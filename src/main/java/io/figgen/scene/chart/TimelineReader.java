package io.figgen.scene.chart;

import io.figgen.model.ContentElement;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.chart.Chart.Event;
import io.figgen.scene.chart.Chart.Timeline;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A timeline: a row of marks ({@code ● o * ◆ ○ ■}) joined by runs of {@code ─ - ═} at least {@value #MIN_LINK}
 * cells long, with dates on the row above aligned with the marks, a {@code │} under each mark and, under those,
 * each event's text in its column (the title, then the detail lines). Further such rows, each after at most
 * {@value #MAX_GAP} blank rows, go on with the same timeline.
 *
 * <p>A chain is a timeline only when it reads as one: every mark has its stem, or every mark its date above
 * and the spec's prose speaks of a timeline or milestones. Chains of marks inside an icon ({@code ●──●──●},
 * links of 2) or a tapestry's decoration (marks without stems or dates) are left to the rest of the reader.
 */
final class TimelineReader {
    private static final int MIN_LINK = 3;
    private static final int MAX_GAP = 2;
    /** How far left of its mark a column's text starts in the usual sketch ({@code "  Nov 2024"} over {@code "     ●"}). */
    private static final int LEAD = 3;
    private static final String MARKS = "●o*◆○■◉◇□•";
    private static final String RUN = "-─━═";
    private static final String HEADS = ">►▶→";
    /** A date as timelines write one: {@code 2017}, {@code Nov 2024}, {@code Q3 2025}, {@code 2025-03-26}, {@code 1990s}. */
    /** A release's version alone on its line: {@code v0.3}, {@code 1.0}, {@code v2}. */
    private static final Pattern VERSION = Pattern.compile("[vV]?\\d+(\\.\\d+)*( ■)?");

    private static final Pattern DATE = Pattern.compile(
            "^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+|(?:q[1-4]|h[12])\\s+)?"
                    + "(?:19|20)\\d\\d(?:[-–/]\\d{1,4})*s?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIGHLIGHT_TAG = Pattern.compile(
            "selected.*|highlight.*|.*_primary|primary_.*|emphasis.*|.*outcome.*|current.*|latest.*|milestone_key.*");

    private final ChartContext cx;
    private final Cells cells;
    private final Area area;
    private final Map<Integer, Row> rows = new LinkedHashMap<>();

    private TimelineReader(ChartContext cx, Area area) {
        this.cx = cx;
        this.cells = new Cells(cx.sketch().grid());
        this.area = area;
        for (Row r : area.rows()) {
            rows.put(r.row(), r);
        }
    }

    static Charts.Found read(ChartContext cx, Area area) {
        return new TimelineReader(cx, area).find();
    }

    /** One row of the timeline: its marks' columns, its date row (or -1) and its text rows. */
    private record Segment(int chainRow, List<Integer> marks, List<String> glyphs, int dateRow, int textTop, int textBottom) {
        int top() {
            return dateRow >= 0 ? dateRow : chainRow;
        }

        int bottom() {
            return textBottom >= textTop ? textBottom : chainRow;
        }
    }

    private Charts.Found find() {
        for (Row r : area.rows()) {
            Segment first = segment(r.row());
            if (first == null) {
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            segments.add(first);
            for (Segment s = first; ; ) {
                Segment next = following(s.bottom());
                if (next == null) {
                    break;
                }
                segments.add(next);
                s = next;
            }
            int top = first.top();
            int bottom = segments.get(segments.size() - 1).bottom();
            // words an arrow carries or bars in its rows are another figure's, which a timeline would lose
            for (int k = top; k <= bottom; k++) {
                Row row = rows.get(k);
                if (row != null && chain(k, new ArrayList<>()) == null && row.tokens().stream().anyMatch(t -> t instanceof Token.Bar
                        || t instanceof Token.Arrow a && !a.label().isBlank())) {
                    return null;
                }
            }
            // a box among the timeline's rows would be lost with them: such a chain is another figure's, unless
            // the box hangs from a mark's stem (┌──┴──┐ under it), the words of that mark's event boxed
            for (Box b : area.boxes()) {
                if (b.bottom() >= top && b.top() <= bottom && segments.stream().noneMatch(s -> eventBox(s, b) >= 0)) {
                    return null;
                }
            }
            List<Event> events = new ArrayList<>();
            List<String> spans = new ArrayList<>();
            boolean spanned = false;
            int marks = 0;
            for (Segment s : segments) {
                events.addAll(events(s));
                if (!spans.isEmpty()) {
                    spans.add("");
                }
                List<String> named = spans(s);
                spanned |= named.stream().anyMatch(x -> !x.isEmpty());
                spans.addAll(named);
                marks += s.marks().size();
            }
            hollow(events, segments);
            highlight(events, segments);
            // brackets under the events (◄── BREAKS ALLOWED ──►) group them into phases; their row is the chart's
            List<Chart.Phase> phases = new ArrayList<>();
            int phaseRow = segments.size() == 1 && events.size() == first.marks().size() ? phases(bottom, first.marks(), phases) : -1;
            if (phaseRow >= 0) {
                bottom = phaseRow;
            }
            // the stretches the sketch names between the marks ("│  3 min  │"), where every mark is an event
            List<String> stretches = spanned && events.size() == marks ? spans : List.of();
            return new Charts.Found(top, bottom, new Timeline(events, stretches, phases, cx.sketch().specLine(top)));
        }
        return null;
    }

    /** The segment whose chain stands on {@code row}, or null when the row is no timeline's chain. */
    private Segment segment(int row) {
        List<String> glyphs = new ArrayList<>();
        List<Integer> marks = chain(row, glyphs);
        if (marks == null) {
            return null;
        }
        int dateRow = hasText(row - 1) && chain(row - 1, new ArrayList<>()) == null ? row - 1 : -1;
        boolean stems = marks.stream().allMatch(c -> cells.any(row + 1, c, Cells.VERTICAL));
        int textTop = row + 1;
        // under the stems, the events' words; a blank row may part them from the stems when the words follow
        while (textTop <= area.bottom() && !hasText(textTop) && (!blank(textTop)
                || stems && textTop - row <= 2 && textTop + 1 <= area.bottom() && hasText(textTop + 1) && !boxAt(textTop))) {
            textTop++;
        }
        int textBottom = textTop - 1;
        for (int k = textTop; k <= area.bottom() && hasText(k); k++) {
            if (chain(k + 1, new ArrayList<>()) != null || chain(k, new ArrayList<>()) != null) {
                break;
            }
            textBottom = k;
        }
        boolean datesAligned = dateRow >= 0 && marks.stream().allMatch(c -> textTokens(dateRow).stream()
                .anyMatch(t -> t.col() - 2 <= c && t.end() + 2 >= c));
        boolean spoken = cx.says("timeline", "milestones?", "chronolog\\w*", "roadmap", "history");
        if (!(stems && (dateRow >= 0 || textBottom >= textTop) || datesAligned && spoken)) {
            return null;
        }
        return new Segment(row, marks, glyphs, dateRow, textTop, textBottom);
    }

    /** The next segment when it starts within {@value #MAX_GAP} blank rows after {@code bottom}, else null. */
    private Segment following(int bottom) {
        int k = bottom + 1;
        while (k <= area.bottom() && k - bottom <= MAX_GAP && blank(k)) {
            k++;
        }
        if (k > area.bottom() || k - bottom > MAX_GAP + 1) {
            return null;
        }
        Segment s = segment(k);
        if (s == null) {
            s = segment(k + 1);
            if (s == null || s.dateRow() != k) {
                return null;
            }
        }
        return s;
    }

    /**
     * The columns of a chain's marks when every cell of the row is a mark or a run (an arrowhead may end it)
     * and every link between two marks is at least {@value #MIN_LINK} cells; null otherwise.
     */
    private List<Integer> chain(int row, List<String> glyphs) {
        if (row < area.top() || row > area.bottom() || rows.get(row) == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int c = area.left(); c <= area.right(); c++) {
            if (!cells.at(row, c).isBlank() && !isBorder(row, c)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            return null;
        }
        List<Integer> marks = new ArrayList<>();
        int link = 0;
        for (int c = first; c <= last; c++) {
            String s = cells.at(row, c);
            if (s.length() == 1 && RUN.contains(s)) {
                link++;
            } else if (!s.isBlank() && MARKS.contains(s) && s.codePointCount(0, s.length()) == 1) {
                if (!marks.isEmpty() && link < MIN_LINK) {
                    return null;
                }
                marks.add(c);
                glyphs.add(s);
                link = 0;
            } else if (c == last && HEADS.contains(s) && link > 0) {
                break;
            } else {
                return null;
            }
        }
        return marks.size() >= 2 ? marks : null;
    }

    /** The area's own frame cells (a ragged right border) are not part of a row's content. */
    private boolean isBorder(int row, int c) {
        return (c == area.left() || c == area.right()) && cells.any(row, c, Cells.VERTICAL);
    }

    /** A bracket: an arrowhead, a run, its label, a run and the other arrowhead. */
    private static final Pattern BRACKET = Pattern.compile("[◄<◀←|├][─\\-]+\\s*([^─◄►<>◀▶←→|\\s][^─◄►<>◀▶←→|]*?)\\s*[─\\-]+[►>▶→|┤]");

    /**
     * The row of phase brackets within {@value #MAX_GAP} blank rows under the timeline's last row, its phases
     * added to {@code out}, or -1 when there is none: a row of brackets and nothing else, each spanning at least
     * one of the marks.
     */
    private int phases(int bottom, List<Integer> marks, List<Chart.Phase> out) {
        int row = bottom + 1;
        while (row <= area.bottom() && row - bottom <= MAX_GAP && blank(row)) {
            row++;
        }
        if (row > area.bottom() || blank(row)) {
            return -1;
        }
        String text = cx.sketch().grid().text(row, area.left() + 1, area.right() - 1);
        if (text.length() != area.right() - area.left() - 1) {
            return -1;
        }
        java.util.regex.Matcher m = BRACKET.matcher(text);
        List<Chart.Phase> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        while (m.find()) {
            int c0 = area.left() + 1 + m.start();
            int c1 = area.left() + m.end();
            int from = -1;
            int to = -1;
            for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i) >= c0 - LEAD && marks.get(i) <= c1 + LEAD) {
                    from = from < 0 ? i : from;
                    to = i;
                }
            }
            if (from < 0) {
                return -1;
            }
            found.add(new Chart.Phase(Text.plain(m.group(1).strip(), "section"), from, to, cx.sketch().specLine(row)));
            for (int k = m.start(); k < m.end(); k++) {
                rest.setCharAt(k, ' ');
            }
        }
        if (found.isEmpty() || !rest.toString().isBlank()) {
            return -1;
        }
        out.addAll(found);
        return row;
    }

    /** Whether a box of the sketch spans the row (a box's border is no blank row of the timeline's). */
    private boolean boxAt(int row) {
        return area.boxes().stream().anyMatch(b -> b.top() <= row && b.bottom() >= row && eventBoxAt(row, b) < 0);
    }

    /**
     * The index of the mark whose stem the box hangs from (its top border joined to the stem, {@code ┴}, at
     * most two rows under the chain), or -1: such a box holds that event's words, set apart.
     */
    private int eventBox(Segment s, Box b) {
        return eventBoxAt(s.chainRow(), s.marks(), b);
    }

    private int eventBoxAt(int row, Box b) {
        for (int chainRow = row - 1; chainRow >= Math.max(area.top(), row - 3); chainRow--) {
            List<Integer> marks = chain(chainRow, new ArrayList<>());
            if (marks != null) {
                return eventBoxAt(chainRow, marks, b);
            }
        }
        return -1;
    }

    private int eventBoxAt(int chainRow, List<Integer> marks, Box b) {
        if (b.top() <= chainRow || b.top() - chainRow > 3 || !b.interior().boxes().isEmpty()) {
            return -1;
        }
        for (int i = 0; i < marks.size(); i++) {
            int m = marks.get(i);
            if (m > b.left() && m < b.right() && cells.any(b.top(), m, "┴┼┬+")) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasText(int row) {
        return !textTokens(row).isEmpty();
    }

    private boolean blank(int row) {
        Row r = rows.get(row);
        return r == null || r.tokens().isEmpty() && r.art().isEmpty();
    }

    private List<Token.Text> textTokens(int row) {
        Row r = rows.get(row);
        if (r == null) {
            return List.of();
        }
        List<Token.Text> out = new ArrayList<>();
        for (Token t : r.tokens()) {
            if (t instanceof Token.Text x && !x.text().isBlank()) {
                out.add(x);
            }
        }
        return out;
    }

    /** The mark a text in the row under the chain belongs to: the one it starts under or is centred on. */
    private static int column(Token.Text t, List<Integer> marks) {
        int best = 0;
        double score = Double.MAX_VALUE;
        double centre = (t.col() + t.end()) / 2.0;
        for (int i = 0; i < marks.size(); i++) {
            int m = marks.get(i);
            double s = Math.min(Math.abs(t.col() - (m - LEAD)), Math.abs(centre - m));
            if (s < score) {
                score = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether the row names the stretches between the marks ({@code │    3 min     │    9 min     │}): ticks
     * under the marks, and each word strictly between two of them.
     */
    private boolean spanRow(Segment s, int row) {
        Row r = rows.get(row);
        if (r == null || r.tokens().stream().noneMatch(Token.Text.class::isInstance)) {
            return false;
        }
        boolean tick = false;
        for (Token t : r.tokens()) {
            if (t instanceof Token.VLine v) {
                if (s.marks().stream().noneMatch(m -> Math.abs(m - v.col()) <= 1)) {
                    return false;
                }
                tick = true;
            } else if (!(t instanceof Token.Text x) || between(x, s.marks()) < 0) {
                return false;
            }
        }
        return tick;
    }

    /** The stretch a word stands in, between mark i and mark i + 1, clear of both; -1 when none. */
    private static int between(Token.Text x, List<Integer> marks) {
        for (int i = 0; i + 1 < marks.size(); i++) {
            if (x.col() > marks.get(i) + 1 && x.end() < marks.get(i + 1) - 1) {
                return i;
            }
        }
        return -1;
    }

    /** The names of the stretches between a segment's marks, one fewer than its marks ("" for none). */
    private List<String> spans(Segment s) {
        String[] out = new String[Math.max(0, s.marks().size() - 1)];
        java.util.Arrays.fill(out, "");
        for (int row = s.textTop(); row <= s.textBottom(); row++) {
            if (spanRow(s, row)) {
                for (Token.Text x : textTokens(row)) {
                    int i = between(x, s.marks());
                    out[i] = out[i].isEmpty() ? x.text().strip() : out[i] + " " + x.text().strip();
                }
            }
        }
        return List.of(out);
    }

    private List<Event> events(Segment s) {
        int n = s.marks().size();
        List<List<String>> dates = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        List<List<Integer>> lineRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(new ArrayList<>());
            lines.add(new ArrayList<>());
            lineRows.add(new ArrayList<>());
        }
        if (s.dateRow() >= 0) {
            for (Token.Text t : textTokens(s.dateRow())) {
                String text = TextRules.stripScaffolding(t.text());
                if (!text.isEmpty()) {
                    dates.get(column(t, s.marks())).add(text);
                }
            }
        }
        // a box hung from a stem holds its event's words: each of its rows is a line of that event
        Map<Integer, Integer> boxed = new java.util.HashMap<>();
        Map<Integer, Row> boxRows = new java.util.HashMap<>();
        for (Box b : area.boxes()) {
            int i = eventBox(s, b);
            if (i >= 0) {
                for (Row r : b.interior().rows()) {
                    boxed.put(r.row(), i);
                    boxRows.put(r.row(), r);
                }
            }
        }
        for (int row = s.textTop(); row <= s.textBottom(); row++) {
            if (spanRow(s, row)) {
                // the stretches' names (see spans), not words of the events
                continue;
            }
            String[] here = new String[n];
            List<Token.Text> tokens = new ArrayList<>(textTokens(row));
            Row inBox = boxRows.get(row);
            if (inBox != null) {
                String said = inBox.tokens().stream().filter(t -> t instanceof Token.Text x && !x.text().isBlank())
                        .map(t -> ((Token.Text) t).text()).reduce((a, c) -> a + " " + c).orElse("");
                String text = TextRules.stripScaffolding(said);
                if (!text.isEmpty()) {
                    int i = boxed.get(row);
                    here[i] = text;
                }
            }
            for (Token.Text t : tokens) {
                String text = TextRules.stripScaffolding(t.text());
                if (text.isEmpty()) {
                    continue;
                }
                int i = column(t, s.marks());
                here[i] = here[i] == null ? text : here[i] + " " + text;
            }
            for (int i = 0; i < n; i++) {
                if (here[i] != null) {
                    lines.get(i).add(here[i]);
                    lineRows.get(i).add(row);
                }
            }
        }
        List<Event> out = new ArrayList<>();
        int line = cx.sketch().specLine(s.chainRow());
        List<List<String>> cols = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> col = new ArrayList<>(lines.get(i));
            String date = dates.get(i).isEmpty() ? null : TextRules.join(dates.get(i));
            if (date == null && !col.isEmpty() && DATE.matcher(col.get(0)).matches()) {
                date = col.remove(0);
            }
            cols.add(col);
            dated.add(date);
        }
        // releases each opening with their version ("v0.3" over "Plugin API"): the version is each one's title
        // and the lines under it its name, alike for all, where titles read one by one split some names off
        boolean versions = cols.stream().filter(c -> !c.isEmpty()).count() >= 2
                && cols.stream().allMatch(c -> c.isEmpty() || VERSION.matcher(c.get(0)).matches());
        for (int i = 0; i < n; i++) {
            List<String> col = cols.get(i);
            String date = dated.get(i);
            int k = versions ? Math.min(1, col.size()) : titleLines(col);
            String title = k == 0 ? "" : TextRules.join(col.subList(0, k));
            List<Text> detail = new ArrayList<>();
            List<String> rest = col.subList(k, col.size());
            for (String d : versions && !rest.isEmpty() ? List.of(TextRules.join(rest)) : phrases(rest, labelKeys())) {
                detail.add(Text.mixed(d, "body"));
            }
            if (title.isEmpty() && date == null && detail.isEmpty()) {
                continue;
            }
            out.add(new Event(date == null ? null : Text.mixed(date, "code"), title.isEmpty() ? null : Text.mixed(title, "strong"),
                    detail, false, line));
        }
        return out;
    }

    /**
     * How many of a column's first lines are its title: as many as make up a label the spec names (whole, or
     * its end: "OAuth Resource / Server, RFC 8707" for "Resource Server, RFC 8707"), else the first line and the
     * lines a phrase broken mid-way carries on to.
     */
    private int titleLines(List<String> col) {
        if (col.isEmpty()) {
            return 0;
        }
        for (int k = col.size(); k >= 1; k--) {
            String joined = Labels.key(TextRules.join(col.subList(0, k)));
            for (String label : cx.labels()) {
                String l = Labels.key(label);
                // (a label that is whole lines under the first, "5xx rate 18%" under "ALERT FIRES", is a line
                // of its own, not the end of the title)
                if (!l.isEmpty() && (joined.equals(l) || l.contains(" ") && joined.endsWith(" " + l) && !linesEnd(col.subList(1, k), l))) {
                    return k;
                }
            }
        }
        int k = 1;
        while (k < col.size() && goesOn(TextRules.join(col.subList(0, k)), col.get(k), true)) {
            k++;
        }
        return k;
    }

    /** The spec's labels, each as a key to compare lines with. */
    private java.util.Set<String> labelKeys() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String label : cx.labels()) {
            out.add(Labels.key(label));
        }
        return out;
    }

    /** Whether the label is the last of the lines, or the last few joined: it starts where a line starts. */
    private static boolean linesEnd(List<String> lines, String label) {
        for (int j = 0; j < lines.size(); j++) {
            if (Labels.key(TextRules.join(lines.subList(j, lines.size()))).equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines under a title, each line broken mid-phrase joined to the one it goes on from, unless both are
     * labels the spec lists.
     */
    private static List<String> phrases(List<String> lines, java.util.Set<String> labels) {
        List<String> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String l : lines) {
            // two lines each a label the spec lists ("5xx rate 18%", "checkout-api") are two phrases
            boolean listed = labels.contains(Labels.key(TextRules.join(cur))) && labels.contains(Labels.key(l));
            if (!cur.isEmpty() && (listed || !goesOn(TextRules.join(cur), l, false))) {
                out.add(TextRules.join(cur));
                cur.clear();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            out.add(TextRules.join(cur));
        }
        return out;
    }

    /**
     * Whether {@code next} carries on the phrase {@code lead} was broken from; a title of one word
     * ({@code "Initial" / "Release"}) always goes on, a detail line of one word ({@code "SEP-1024"}) need not.
     */
    private static boolean goesOn(String lead, String next, boolean title) {
        if (lead.isEmpty() || next.isEmpty() || lead.endsWith(":") || lead.endsWith(".")) {
            return false;
        }
        String[] words = TextRules.SPACES.split(lead.strip());
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        char last = lead.charAt(lead.length() - 1);
        return title && words.length == 1 && !DATE.matcher(lead).matches() && titleCase(next)
                || ",-–&/+(".indexOf(last) >= 0
                || Character.isLowerCase(next.codePointAt(0))
                || SMALL_WORDS.contains(lastWord);
    }

    /**
     * A short line in title case: every word opens in a capital or a digit but the small words inside it
     * ({@code "HTTP Transport"}, {@code "Leave the Island"}, not {@code "Dug by hand"}).
     */
    private static boolean titleCase(String line) {
        String[] words = TextRules.SPACES.split(line.strip());
        if (words.length > 3) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            int cp = words[i].codePointAt(0);
            boolean small = i > 0 && SMALL_WORDS.contains(words[i]);
            if (!Character.isUpperCase(cp) && !Character.isDigit(cp) && !small) {
                return false;
            }
        }
        return true;
    }

    /** Words a title keeps in lower case inside it ("Leave the Island"), and a phrase broken after them goes on. */
    private static final List<String> SMALL_WORDS = List.of("a", "an", "the", "and", "or", "of", "to", "from", "for", "with",
            "in", "on", "at", "by", "as", "via", "vs", "vs.");

    /**
     * Singles out the event the spec does: one whose element carries a highlight tag ({@code primary_outcome},
     * {@code selected_*}), one whose mark differs from all the others', or else the final one when the prose
     * says the final or latest milestone is emphasised.
     */
    private static final Pattern MARKED = Pattern.compile(".*\\S\\s+■$");

    /** The hollow glyphs a timeline marks an event with: a step still to come. */
    private static final String HOLLOW = "○◇□";

    /** The events the sketch marks with a hollow glyph ({@code ○──────○}), where every mark is an event. */
    private static void hollow(List<Event> events, List<Segment> segments) {
        List<String> glyphs = new ArrayList<>();
        segments.forEach(s -> glyphs.addAll(s.glyphs()));
        if (glyphs.size() != events.size()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            if (glyphs.get(i).length() == 1 && HOLLOW.contains(glyphs.get(i))) {
                events.set(i, events.get(i).hollow());
            }
        }
    }

    private void highlight(List<Event> events, List<Segment> segments) {
        List<String> glyphs = new ArrayList<>();
        segments.forEach(s -> glyphs.addAll(s.glyphs()));
        int pick = -1;
        for (int i = 0; i < events.size() && pick < 0; i++) {
            Event e = events.get(i);
            for (Text t : new Text[] {e.date(), e.title()}) {
                ContentElement el = t == null ? null : cx.element(t.value());
                if (el != null && el.tags().stream().anyMatch(tag -> HIGHLIGHT_TAG.matcher(tag).matches())) {
                    pick = i;
                }
            }
        }
        if (pick < 0 && glyphs.size() == events.size() && glyphs.size() >= 3) {
            for (int i = 0; i < glyphs.size(); i++) {
                String g = glyphs.get(i);
                if (glyphs.stream().filter(g::equals).count() == 1
                        && glyphs.stream().filter(x -> !x.equals(g)).distinct().count() == 1) {
                    pick = i;
                }
            }
        }
        if (pick < 0 && cx.says("final milestone", "last milestone", "latest milestone", "most recent", "final event")
                && cx.says("emphasi[sz]ed", "highlighted", "accent", "coral")) {
            pick = events.size() - 1;
        }
        // a square after an event's title ("v0.5 ■") is the sketch's mark for the one singled out, not a word
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.title() != null && MARKED.matcher(e.title().value()).matches()) {
                String bare = e.title().value().replaceAll("\\s*■$", "");
                events.set(i, new Event(e.date(), Text.mixed(bare, "strong"), e.detail(), e.highlight(), e.line(), e.open()));
                pick = pick < 0 || i == pick ? i : pick;
            }
        }
        if (pick >= 0) {
            Event e = events.get(pick);
            events.set(pick, new Event(e.date(), e.title(), e.detail(), true, e.line(), e.open()));
        }
    }
}
