package io.figgen.scene;

import io.figgen.scene.Component.CodeLine;
import io.figgen.scene.Component.FlowArrow;
import io.figgen.scene.Component.FlowNode;
import io.figgen.scene.Component.Item;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a group of text rows (rows between blank lines, outside boxes) into components: a flow when a row
 * joins words with an arrow, a section heading for a capitals label, a list for marked lines, a table for
 * column-aligned rows, connectors for rows of lines, and paragraphs for the rest.
 */
final class TextGroupComposer {
    private static final int LEAD_MAX = 36;
    private static final int COLUMN_DRIFT = 3;
    private final Sketch sketch;
    private final Ids ids;

    /** The spec's Text Content labels, each as {@link #key}: lines the spec lists one by one stay apart. */
    private final java.util.Set<String> listed;

    TextGroupComposer(Sketch sketch, Ids ids) {
        this(sketch, ids, List.of());
    }

    TextGroupComposer(Sketch sketch, Ids ids, List<String> labels) {
        this.sketch = sketch;
        this.ids = ids;
        this.listed = new java.util.HashSet<>();
        for (String l : labels) {
            String k = key(l);
            // (a label of one word, "Brokers", is no line of its own: it may head the value under it)
            if (k.split(" ").length >= 2) {
                listed.add(k);
            }
        }
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}%$+]+");

    /** A line as a label key: lower case, its words and numbers only. */
    private static String key(String s) {
        return NOT_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Whether line {@code next} starts a phrase of its own after {@code before}: both are labels the spec
     * lists one by one ({@code 91% of task outputs reused} over {@code 4 runners share one cache}, {@code 3 min}
     * over {@code target ≤ 5 min}).
     */
    private boolean listedApart(String before, String next) {
        String n = next.strip();
        return !listed.isEmpty() && !n.isEmpty() && listed.contains(key(before)) && listed.contains(key(n));
    }

    /** In a card body each blank-separated group is one item; elsewhere groups read as prose and lists. */
    List<Component> compose(List<Row> rows, boolean cardBody, List<Item> into) {
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (Row r : rows) {
            for (Token t : r.tokens()) {
                left = Math.min(left, t.col());
                right = Math.max(right, t.end());
            }
        }
        return compose(rows, cardBody, into, left, right);
    }

    /** {@code left..right} are the columns of the area the rows belong to, for placing connectors. */
    /** A card body's group of rows; {@code width} is the card's inner width, which tells a wrapped line. */
    List<Component> compose(List<Row> rows, boolean cardBody, List<Item> into, int width) {
        int saved = cardWidth;
        cardWidth = width;
        try {
            return compose(rows, cardBody, into);
        } finally {
            cardWidth = saved;
        }
    }

    /** The inner width of the card being read, 0 outside cards. */
    private int cardWidth;

    /** Whether row i labels the branches of the connector row under it ({@code YES │ NO} over a bus). */
    private static boolean branchesAt(List<Row> rows, int i) {
        return ConnectorReader.isBranchLabels(rows.get(i)) && i + 1 < rows.size() && ConnectorReader.isConnectorRow(rows.get(i + 1));
    }

    /** The last column the group being read may reach (its area's right edge), for telling a wrap from a break. */
    private int areaRight = Integer.MAX_VALUE;

    List<Component> compose(List<Row> rows, boolean cardBody, List<Item> into, int left, int right) {
        int saved = areaRight;
        areaRight = right;
        try {
            return composeWithin(rows, cardBody, into, left, right);
        } finally {
            areaRight = saved;
        }
    }

    private List<Component> composeWithin(List<Row> rows, boolean cardBody, List<Item> into, int left, int right) {
        rows = rightAligned(rows);
        List<Component> out = new ArrayList<>();
        String stacked = io.figgen.sketch.StackedLetters.word(rows);
        if (stacked != null) {
            // a word written one letter per line (a vertical sidebar label) reads as the word
            out.add(new Component.Heading(Text.plain(stacked, "section"), false, line(rows.get(0))));
            return out;
        }
        int i = 0;
        while (i < rows.size()) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                // a pipe table's delimiter row that no table took: line art, nothing to draw
                i++;
                continue;
            }
            int codeEnd = codeEnd(rows, i);
            int answersEnd = answersEnd(rows, i);
            int levelsEnd = underlinedEnd(rows, i);
            int fieldsEnd = fieldsEnd(rows, i);
            boolean underline = i > 0 && rows.get(i - 1).hasText() && isUnderline(row) && row.tokens().size() == 1;
            if (!underline && (ConnectorReader.isConnectorRow(row) || branchesAt(rows, i))) {
                int end = i + 1;
                while (end < rows.size() && (ConnectorReader.isConnectorRow(rows.get(end)) || branchesAt(rows, end)
                        || ConnectorReader.isLoopCaption(rows, end))) {
                    end++;
                }
                List<Row> run = rows.subList(i, end);
                boolean drawing = i > 0 && !rows.get(i - 1).art().isEmpty() || end < rows.size() && !rows.get(end).art().isEmpty();
                // lines next to a character drawing are part of it, not connectors between parts
                if (!drawing) {
                    out.add(ConnectorReader.connector(run, left, right, line(row)));
                }
                i = end;
            } else if (codeEnd > i) {
                out.add(code(rows.subList(i, codeEnd)));
                i = codeEnd;
            } else if (isFlowRow(row)) {
                int end = flowEnd(rows, i);
                out.add(flow(rows.subList(i, end)));
                i = end;
            } else if (isRuleOnly(row)) {
                Token first = row.tokens().get(0);
                Token last = row.tokens().get(row.tokens().size() - 1);
                int span = last.end() - first.col() + 1;
                boolean horizontal = row.tokens().stream().anyMatch(t -> !(t instanceof Token.VLine));
                // a row of vertical lines alone (the sides of boxes drawn in characters) is no divider
                if (!underline && horizontal && span >= (right - left + 1) / 3) {
                    double w = Math.max(1, right - left + 1);
                    boolean arrow = last instanceof Token.Arrow;
                    out.add(new Component.Rule((first.col() - left) / w, (last.end() - left + 1) / w, arrow, line(row)));
                }
                i++;
            } else if (fieldsEnd > i) {
                // a table's columns listed one to a line (work_id, use_type, granted_by): code, each on its line
                out.add(code(rows.subList(i, fieldsEnd)));
                i = fieldsEnd;
            } else if (levelsEnd > i) {
                // labels underlined in colours, one pair of rows each, blank rows between: one table of them
                out.add(table(rows.subList(i, levelsEnd).stream().filter(r -> !r.isBlank()).toList(), false));
                i = levelsEnd;
            } else if (answersEnd > i) {
                out.add(answers(rows.subList(i, answersEnd)));
                i = answersEnd;
            } else if (isHeading(rows, i, cardBody)) {
                // a capitals label wrapped over lines by the sketch's width ("NEUTRAL" / "POSITIONING") is one
                List<String> lines = new ArrayList<>(List.of(decisionName(rows, i) ? markedName(row) : texts(row)));
                int end = i + 1;
                while (end < rows.size() && lines.size() < 3 && wrapsHeading(rows.get(end - 1), rows.get(end))) {
                    lines.add(texts(rows.get(end)));
                    end++;
                }
                if (lines.size() >= 3 && brokenByHand(rows.subList(i, end))) {
                    // three capitals lines the author broke where the next one's first word had room (WORKS /
                    // REVIEW / PERMISSIONS in a menu) were not wrapped by the sketch's width: items, one a line
                    List<Item> items = new ArrayList<>();
                    for (int k = i; k < end; k++) {
                        items.add(new Item(null, Text.mixed(texts(rows.get(k)), "body"), line(rows.get(k))));
                    }
                    out.add(new Component.Items(items, line(row)));
                    i = end;
                    continue;
                }
                out.add(new Component.Heading(Text.plain(TextRules.join(lines), "section"), true, line(row)));
                i = end;
            } else if (marked(row) != null) {
                int end = i + 1;
                while (end < rows.size() && !isFlowRow(rows.get(end)) && (marked(rows.get(end)) != null
                        || continues(rows.get(end), rows.get(i)))) {
                    end++;
                }
                Component list = list(rows.subList(i, end), cardBody ? into : null);
                if (list != null) {
                    out.add(list);
                }
                i = end;
            } else if (textCount(row) >= 2) {
                int end = i + 1;
                // a rule under the first row of aligned columns is the table's header rule ("Monthly egress  10 TB"
                // over "────"), when aligned rows follow it
                // (or a pipe table's |----|----| delimiter row)
                boolean headed = end + 1 < rows.size() && AreaComposer.isPipeDelimiter(rows.get(end))
                        && textCount(rows.get(end + 1)) >= 2 && !isFlowRow(rows.get(end + 1))
                        || end + 1 < rows.size() && isRuleOnly(rows.get(end))
                        && rows.get(end).tokens().stream().noneMatch(t -> t instanceof Token.Arrow)
                        && rows.get(end).tokens().stream().anyMatch(t -> t instanceof Token.Rule)
                        && textCount(rows.get(end + 1)) >= 2 && !isFlowRow(rows.get(end + 1));
                if (headed) {
                    end++;
                }
                while (end < rows.size() && !isFlowRow(rows.get(end)) && (textCount(rows.get(end)) >= 2
                        || end - i >= 2 && continuesTable(rows.subList(i, end), rows.get(end)))) {
                    end++;
                }
                // phrases set apart by wide spaces are separate items: one row of them is a row of labels,
                // two or more rows a table
                List<Row> body = new ArrayList<>(rows.subList(i, end));
                if (headed) {
                    body.remove(1);
                }
                // "Store:      S3-compatible" lines, their values lined up: a key-value list, never a table
                boolean keys = !headed && body.size() >= 2 && body.stream().allMatch(r -> textCount(r) == 2
                        && r.tokens().get(0) instanceof Token.Text k && k.text().endsWith(":") && TextRules.startsWithKey(texts(r)));
                if (keys) {
                    for (Row r : body) {
                        Component p = paragraph(List.of(r), cardBody, into);
                        if (p != null) {
                            out.add(p);
                        }
                    }
                    i = end;
                    continue;
                }
                Component part = end - i == 1 ? phrases(row, cardBody, into, left, right) : table(body, headed);
                if (part != null) {
                    out.add(part);
                }
                i = end;
            } else {
                int end = i + 1;
                while (end < rows.size() && textCount(rows.get(end)) == 1 && marked(rows.get(end)) == null
                        && !isFlowRow(rows.get(end)) && !isHeading(rows, end, cardBody) && underlinedEnd(rows, end) == end
                        && !(TextRules.startsWithKey(texts(rows.get(end))) && !cardBody)) {
                    end++;
                }
                // lines the sketch broke on purpose are one paragraph each
                int from = i;
                for (int cut : deliberateBreaks(rows.subList(i, end), right)) {
                    Component part = paragraph(rows.subList(from, i + cut), cardBody, into);
                    if (part != null) {
                        out.add(part);
                    }
                    from = i + cut;
                }
                i = end;
            }
        }
        // a lead-in line and the list under it read as one unit
        if (out.size() > 1 && !cardBody) {
            return List.of(new Component.Stack(out, 0.45, false, 0));
        }
        return out;
    }

    /** Answers a decision gives, the marker each is drawn with: the figure's own allowed, denied and ask marks. */
    private static final java.util.Map<String, String> ANSWERS = java.util.Map.of("YES", "\u2713", "ALLOW", "\u2713",
            "ACCEPT", "\u2713", "PASS", "\u2713", "NO", "\u2717", "DENY", "\u2717", "REJECT", "\u2717", "FAIL", "\u2717",
            "ASK", "?", "MAYBE", "?");

    /**
     * Where a run of answers ends ({@code YES} / {@code NO} / {@code ASK}, one to a line), or i when none starts
     * at row i: two or more answer words alone on their lines are the answers listed, not a capitals heading
     * with a line run on under it.
     */
    private static int answersEnd(List<Row> rows, int i) {
        int end = i;
        while (end < rows.size() && textCount(rows.get(end)) == 1 && rows.get(end).tokens().size() == 1
                && ANSWERS.containsKey(texts(rows.get(end)).strip())) {
            end++;
        }
        return end - i >= 2 ? end : i;
    }

    private Component answers(List<Row> rows) {
        List<Component.Item> items = new ArrayList<>();
        for (Row r : rows) {
            String word = texts(r).strip();
            items.add(new Component.Item(ANSWERS.get(word), Text.plain(word, "strong"), line(r)));
        }
        return new Component.Items(items, line(rows.get(0)));
    }

    private int line(Row row) {
        return sketch.specLine(row.row());
    }

    static String texts(Row row) {
        StringBuilder sb = new StringBuilder();
        for (Token t : row.tokens()) {
            if (t instanceof Token.Text x) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(x.text());
            } else if (t instanceof Token.Arrow a && !a.label().isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(a.label());
            } else if (t instanceof Token.Arrow a && a.col() == a.end() && sb.length() > 0) {
                // an arrow glyph between words is part of the sentence ("review → fix")
                sb.append(' ').append(glyph(a.direction()));
            }
        }
        return TextRules.stripPlaceholders(sb.toString());
    }

    private static String glyph(Token.Direction d) {
        return switch (d) {
            case RIGHT -> "→";
            case LEFT -> "←";
            case BOTH -> "↔";
            case UP -> "↑";
            case DOWN -> "↓";
        };
    }

    /** Text runs of a row that stand apart as columns; words joined by an arrow glyph are one run. */
    static int textCount(Row row) {
        int n = 0;
        Token prev = null;
        for (Token t : row.tokens()) {
            boolean joined = prev instanceof Token.Arrow a && a.col() == a.end();
            if (t instanceof Token.Text && !(joined && n > 0)) {
                n++;
            }
            prev = t;
        }
        return n;
    }

    /**
     * A rule under a line: rule marks only, not all of them upright (a lone {@code │} under a line is a
     * connector going down from it, not its underline).
     */
    private static boolean isUnderline(Row row) {
        return isRuleOnly(row) && !row.tokens().stream().allMatch(t -> t instanceof Token.VLine);
    }

    private static boolean isRuleOnly(Row row) {
        return !row.tokens().isEmpty() && row.tokens().stream().allMatch(t -> t instanceof Token.Rule || t instanceof Token.VLine
                || t instanceof Token.Arrow a && a.label().isEmpty());
    }

    /** The next line goes on with a capitals heading: one capitals run alone, standing under the last. */
    /**
     * Whether a line of the rows ends where the next line's first word would still have fitted within the area:
     * the author broke the lines there, so the sketch's width did not wrap them into one.
     */
    private boolean brokenByHand(List<Row> rows) {
        for (int k = 1; k < rows.size(); k++) {
            Row above = rows.get(k - 1);
            int end = above.tokens().get(above.tokens().size() - 1).end();
            String first = TextRules.SPACES.split(texts(rows.get(k)).strip())[0];
            if (end + 1 + first.length() <= areaRight) {
                return true;
            }
        }
        return false;
    }

    private static boolean wrapsHeading(Row above, Row next) {
        if (next.tokens().size() != 1 || !(next.tokens().get(0) instanceof Token.Text t) || marked(next) != null) {
            return false;
        }
        String text = t.text();
        Token a = above.tokens().get(0);
        boolean under = t.col() <= a.end() && t.end() >= a.col();
        return under && TextRules.isCapsLabel(text) && TextRules.selection(text) == null && !text.endsWith(":")
                && text.length() <= 30;
    }

    private boolean isHeading(List<Row> rows, int i, boolean cardBody) {
        Row row = rows.get(i);
        if (textCount(row) != 1 || row.tokens().size() != 1) {
            return false;
        }
        String text = texts(row);
        boolean underlined = i + 1 < rows.size() && isUnderline(rows.get(i + 1));
        TextRules.Marked mark = marked(row);
        // a numbered line in capitals the author underlines ("I. THE FOUR LEVELS" over a rule) is a section's
        // heading, its numeral kept; any other marked line is an item
        if (mark != null && !(underlined && SECTION_NUMBER.matcher(mark.marker()).matches() && TextRules.isCapsLabel(mark.text()))
                && !decisionName(rows, i)) {
            return false;
        }
        boolean alone = rows.size() == 1 || i + 1 < rows.size() && !cardBody;
        if (TextRules.selection(text) != null || text.endsWith(".") || text.length() > 60) {
            return false;
        }
        // an author who underlines a line means a heading, in whatever case it is written
        return underlined || TextRules.isCapsLabel(text) && alone;
    }

    /**
     * A box's name opening it after the mark that tags it, a decision's diamond or a tier's circled number
     * ("◆ GATE", "① EDGE"): the box's heading, the number kept.
     */
    private static boolean decisionName(List<Row> rows, int i) {
        TextRules.Marked mark = marked(rows.get(i));
        return i == 0 && mark != null && NAME_MARK.matcher(mark.marker()).matches() && TextRules.isCapsLabel(mark.text());
    }

    private static final java.util.regex.Pattern NAME_MARK = java.util.regex.Pattern.compile("[◆◇]|[\u2460-\u2473\u2776-\u277f]");

    /** The heading's words: a diamond goes (the box's style marks the decision), a tier's number stays. */
    private static String markedName(Row row) {
        TextRules.Marked mark = marked(row);
        return mark.marker().equals("◆") || mark.marker().equals("◇") ? mark.text() : mark.marker() + " " + mark.text();
    }

    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile("^(?:[IVX]+|\\d{1,2})[.)]?$");

    private static TextRules.Marked marked(Row row) {
        if (row.tokens().isEmpty()) {
            return null;
        }
        Token first = row.tokens().get(0);
        if (first instanceof Token.VLine && row.tokens().size() > 1 && row.tokens().get(1) instanceof Token.Text t
                && TextRules.marker(t.text()).marker() != null) {
            // a mark beside an axis line ("|  * Nova-3") opens an item all the same
            first = t;
        }
        if (first instanceof Token.Arrow a && a.end() == a.col() && row.tokens().size() > 1
                && row.tokens().get(1) instanceof Token.Text t) {
            return new TextRules.Marked(a.direction() == Token.Direction.RIGHT ? "→" : "", t.text());
        }
        if (first instanceof Token.Text t) {
            TextRules.Marked m = TextRules.marker(t.text());
            return m.marker() == null ? null : m;
        }
        return null;
    }

    /** An unmarked row indented under a list item continues it. */
    private static boolean continues(Row row, Row item) {
        return textCount(row) == 1 && !row.tokens().isEmpty() && row.tokens().get(0).col() > item.tokens().get(0).col();
    }

    /** A list, or null when its items went into the card's list {@code into}. */
    private Component list(List<Row> rows, List<Item> into) {
        List<ListItem> items = new ArrayList<>();
        for (Row r : rows) {
            List<Segment> segments = marked(r) == null ? List.of() : segments(r);
            if (!segments.isEmpty()) {
                Segment first = segments.get(0);
                boolean bullet = first.marker() != null && !first.arrow();
                for (int k = 0; k < segments.size(); k++) {
                    Segment sg = segments.get(k);
                    if (k == 1 && segments.size() == 2 && bullet && sg.marker() == null) {
                        // "■ Open-source trust     Auditability builds": a term and its description
                        items.get(items.size() - 1).describe(sg.text(), sg.col());
                    } else {
                        // each mark opens an item, also further along the row ("◆ BMAT   ◆ Pex")
                        items.add(new ListItem(sg.marker(), sg.text(), line(r), sg.textCol()));
                    }
                }
            } else if (!items.isEmpty()) {
                items.get(items.size() - 1).goOn(r);
            }
        }
        splitAtDescriptionColumn(items);
        List<Item> out = new ArrayList<>();
        for (ListItem i : items) {
            out.add(i.item());
        }
        if (into != null) {
            into.addAll(out);
            return null;
        }
        return new Component.Items(out, line(rows.get(0)));
    }

    /**
     * A term as long as the space a list leaves for its terms runs into its description with one space
     * ("■ Calibrated confidence Conformal prediction", under "■ Open-source trust     Auditability builds"): when
     * two or more items describe from one column, an item whose words cross that column at a word's start is
     * split there too, so every term of the list is set alike.
     */
    private static void splitAtDescriptionColumn(List<ListItem> items) {
        java.util.Map<Integer, Integer> cols = new java.util.TreeMap<>();
        for (ListItem i : items) {
            if (i.descriptionCol >= 0) {
                cols.merge(i.descriptionCol, 1, Integer::sum);
            }
        }
        int col = cols.entrySet().stream().filter(e -> e.getValue() >= 2).max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(-1);
        if (col < 0) {
            return;
        }
        for (ListItem i : items) {
            int at = col - i.leadCol;
            if (i.descriptionCol < 0 && i.leadCol >= 0 && at > 0 && at < i.lead.length() && i.lead.charAt(at - 1) == ' '
                    && i.lead.charAt(at) != ' ' && i.lead.indexOf(' ') < at) {
                i.describe(i.lead.substring(at), col);
                i.lead = i.lead.substring(0, at).strip();
            }
        }
    }

    /** A list item being read: its mark and first words, a description column, and the lines under it. */
    private static final class ListItem {
        private final String marker;
        private String lead;
        private final int leadCol;
        private final int line;
        private final List<String> description = new ArrayList<>();
        private int descriptionCol = -1;
        private final List<String> details = new ArrayList<>();

        ListItem(String marker, String lead, int line, int leadCol) {
            this.marker = marker == null || marker.isEmpty() ? null : marker;
            this.lead = lead;
            this.leadCol = leadCol;
            this.line = line;
        }

        void describe(String text, int col) {
            description.add(text);
            descriptionCol = col;
        }

        /** A line under the item: more of its description when it stands in that column, else detail. */
        void goOn(Row r) {
            Token first = r.tokens().stream().filter(t -> t instanceof Token.Text).findFirst().orElse(null);
            if (descriptionCol >= 0 && first != null && Math.abs(first.col() - descriptionCol) <= 2) {
                description.add(texts(r));
            } else {
                details.add(texts(r));
            }
        }

        Item item() {
            if (!description.isEmpty()) {
                String rest = TextRules.join(description);
                if (!details.isEmpty()) {
                    rest = TextRules.join(List.of(rest, TextRules.join(details)));
                }
                return new Item(marker, Text.concat(Text.mixed(lead, "strong"), Text.mixed(rest, "body")), line);
            }
            if (details.isEmpty()) {
                return new Item(marker, Text.mixed(lead, "body"), line);
            }
            // An item whose first line is a short name followed by detail lines reads as "name: detail": the
            // name in the strong face, as the house sets lead-ins; a sentence the sketch wrapped stays one.
            String rest = TextRules.join(details);
            // a word broken before its hyphen ("UNLEARNING" / "-BASED TDA") goes on, and is one
            Text text = lead.length() <= LEAD_MAX && !lead.endsWith(",") && !lead.endsWith("-") && !HYPHEN_ON.matcher(rest).lookingAt()
                    && !TextRules.wrapped(lead, rest)
                    ? Text.concat(Text.mixed(lead, "strong"), Text.mixed(rest, "body"))
                    : Text.mixed(TextRules.join(List.of(lead, rest)), "body");
            return new Item(marker, text, line);
        }
    }

    private static final java.util.regex.Pattern HYPHEN_ON = java.util.regex.Pattern.compile("-\\p{L}");

    /** A run of a marked row: its mark (null for none), its words, its column; {@code arrow} for an arrow mark. */
    private record Segment(String marker, String text, int col, boolean arrow, int textCol) {
    }

    /** The items of a marked row: each list mark opens one, the words after it up to the next mark belong to it. */
    private static List<Segment> segments(Row r) {
        List<String> markers = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        List<Integer> textCols = new ArrayList<>();
        List<Boolean> arrows = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        List<Token> tokens = r.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i) instanceof Token.VLine) {
            i++;
        }
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t instanceof Token.Arrow a && a.col() == a.end() && a.label().isEmpty() && i + 1 < tokens.size()
                    && tokens.get(i + 1) instanceof Token.Text next && texts.isEmpty()) {
                markers.add(a.direction() == Token.Direction.RIGHT ? "→" : "");
                cols.add(next.col());
                textCols.add(next.col());
                arrows.add(true);
                texts.add(new ArrayList<>(List.of(next.text())));
                i++;
            } else if (t instanceof Token.Text x) {
                TextRules.Marked m = TextRules.marker(x.text());
                List<String> current = texts.isEmpty() ? null : texts.get(texts.size() - 1);
                // the words after an arrow the sentence took ("(25 → 20 → 15...)") go on with it
                boolean afterArrow = current != null && tokens.get(i - 1) instanceof Token.Arrow
                        && current.get(current.size() - 1).equals(glyph(((Token.Arrow) tokens.get(i - 1)).direction()));
                if (current != null && m.marker() == null && (afterArrow || !(tokens.get(i - 1) instanceof Token.Text prevText
                        && artBetween(r, prevText, x)) && runsOn(current.get(current.size() - 1), x.text()))) {
                    current.add(x.text());
                } else {
                    // set apart by wide space, a phrase is an item of its own, marked or not
                    markers.add(m.marker());
                    cols.add(x.col());
                    // where the words start after the mark ("■ " is a cell and a space)
                    textCols.add(x.col() + (m.marker() == null ? 0 : Math.max(0, x.text().length() - m.text().length())));
                    arrows.add(false);
                    texts.add(new ArrayList<>(List.of(m.marker() == null ? x.text() : m.text())));
                }
            } else if (t instanceof Token.Arrow a && !texts.isEmpty() && (!a.label().isEmpty()
                    || i + 1 < tokens.size() && tokens.get(i + 1) instanceof Token.Text)) {
                // an arrow between words is part of the sentence ("review → fix"); one at the end points away
                texts.get(texts.size() - 1).add(a.label().isEmpty() ? glyph(a.direction()) : a.label());
            }
        }
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < markers.size(); k++) {
            String text = TextRules.stripPlaceholders(TextRules.join(texts.get(k)));
            if (!text.isEmpty()) {
                out.add(new Segment(markers.get(k), text, cols.get(k), arrows.get(k), textCols.get(k)));
            }
        }
        return out;
    }

    /** A paragraph, or null when it went into the card's list {@code into} as items. */
    /**
     * A row of a hand-aligned table whose other cells are empty (a cell wrapped onto a second line) continues
     * the table when its words start under one of the table's columns, other than the first.
     */
    private static boolean continuesTable(List<Row> table, Row row) {
        if (textCount(row) != 1 || marked(row) != null || !(row.tokens().get(0) instanceof Token.Text x)) {
            return false;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        for (Row r : table) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text) {
                    starts.add(t.col());
                }
            }
        }
        Integer near = starts.floor(x.col() + COLUMN_DRIFT);
        if (near != null && near <= starts.first() + COLUMN_DRIFT && x.col() - near <= COLUMN_DRIFT) {
            // under the first column: the rest of a row label the sketch broke ("Hide &" / "Seek\"")
            Row last = table.get(table.size() - 1);
            Token head = last.tokens().isEmpty() ? null : last.tokens().get(0);
            return head instanceof Token.Text h && Math.abs(h.col() - x.col()) <= COLUMN_DRIFT && unfinished(h.text());
        }
        return near != null && near > starts.first() + COLUMN_DRIFT && x.col() - near <= COLUMN_DRIFT;
    }

    /**
     * One row of phrases set apart by wide spaces or line art: separate labels, side by side where the sketch
     * puts them (in a card, one item each).
     */
    private Component phrases(Row row, boolean cardBody, List<Item> into, int left, int right) {
        List<Token.Text> parts = phraseTokens(row);
        if (parts.size() < 2) {
            return paragraph(List.of(row), cardBody, into);
        }
        if (parts.size() >= 3 && parts.stream().anyMatch(p -> SEPARATOR.matcher(p.text().strip()).matches())) {
            // facts the sketch sets apart with a middle dot ("4000+ servers  ·  Major IDE integration") are one
            // line of them, the dot between: not columns with a stray dot in the middle one
            StringBuilder sb = new StringBuilder();
            for (Token.Text p : parts) {
                sb.append(sb.length() > 0 ? " " : "").append(TextRules.stripPlaceholders(p.text()));
            }
            return new Component.Paragraph(Text.mixed(sb.toString(), "body"), line(row));
        }
        if (cardBody && into != null) {
            for (Token.Text p : parts) {
                into.add(new Item(null, Text.mixed(TextRules.stripPlaceholders(p.text()), "body"), line(row)));
            }
            return null;
        }
        List<Component> labels = new ArrayList<>();
        double[] weights = new double[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            Token.Text p = parts.get(k);
            int from = k == 0 ? Math.min(p.col(), left) : p.col();
            int to = k + 1 < parts.size() ? parts.get(k + 1).col() - 1 : Math.max(p.end(), right);
            weights[k] = Math.max(1, to - from + 1);
            labels.add(new Component.Paragraph(Text.mixed(TextRules.stripPlaceholders(p.text()), "body"), line(row)));
        }
        return new Component.Columns(labels, weights, List.of(), 0, line(row));
    }

    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile(
            "(?:[IVX]{1,5}|\\d{1,2})[.)]?|[\\u2460-\\u2473\\u2776-\\u277F]");
    private static final java.util.Set<String> JOINING = java.util.Set.of("and", "or", "of", "the", "to", "with", "for",
            "a", "an", "in", "on", "by", "vs", "vs.", "+", "-", "/", "&", "=", "--");

    /**
     * The phrases of a row: its text runs, where an arrow glyph between words ({@code Render → Hetzner}) joins
     * them, a lone numeral is the number of the phrase after it ({@code VIII  DRIFT}), and a run that ends on a
     * comma or a joining word, or is followed by a lower-case word, goes on in the next ({@code Microsoft,  OpenAI}).
     */
    private static List<Token.Text> phraseTokens(Row row) {
        List<Token.Text> parts = new ArrayList<>();
        Token prev = null;
        boolean glue = false;
        for (Token t : row.tokens()) {
            if (t instanceof Token.Text x && !TextRules.stripPlaceholders(x.text()).isEmpty()) {
                Token.Text last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
                boolean joined = last != null && !artBetween(row, last, x)
                        && (glue || NUMERAL.matcher(last.text()).matches() || runsOn(last.text(), x.text()) || keyed(last.text(), x.text()));
                if (joined) {
                    String sep = glue ? " " + glyph(((Token.Arrow) prev).direction()) + " " : " ";
                    parts.set(parts.size() - 1, new Token.Text(last.col(), x.end(), last.text() + sep + x.text()));
                } else {
                    parts.add(x);
                }
                glue = false;
            } else {
                glue = t instanceof Token.Arrow a && a.col() == a.end() && a.label().isEmpty() && prev instanceof Token.Text
                        && !parts.isEmpty();
            }
            prev = t;
        }
        return parts;
    }

    /** True when the sketch draws line art between two runs of a row: they are separate items, always. */
    private static boolean artBetween(Row row, Token a, Token b) {
        for (Token.Art art : row.art()) {
            if (art.col() > a.end() && art.end() < b.col()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FACT = java.util.regex.Pattern.compile(
            "^(?:[A-Za-z][\\w ()./&+#-]{0,24}:\\s+\\S.*|P\\s*=\\s*[0-9.]+.*|[~≈]?[$€£]\\s?[0-9].*)$");

    /**
     * True when a card's line opens with a capital after a line that does not run on and does not end in
     * capitals ("Vercel-tied" / "Ecosystem lock-in", "Atomic" / "Independent atoms"): in a group of three lines
     * or more the sketch put a new facet on its own line (two lines, "Requires" / "Django", are one facet).
     */
    private static boolean opensLine(String above, String line) {
        String a = above.strip();
        String l = line.strip();
        // a lead-in ("Coverage guarantee:") is followed by its value, not by a new facet
        return !a.isEmpty() && !l.isEmpty() && !a.endsWith("-") && !a.endsWith(":") && !goesOn(a, l)
                && (Character.isUpperCase(l.codePointAt(0)) || codeStart(l)) && !acronymGoesOn(a, l)
                && (!Character.isUpperCase(a.codePointAt(a.length() - 1)) || acronym(lastWord(a)) && !acronym(firstWord(l)));
    }

    /**
     * An acronym is capitalised wherever it stands, so one opening a line after a line that itself goes on
     * with a phrase ("Server-" / "rendered" / "HTML") carries that phrase on; after a line of its own it opens a
     * facet ("Graph" / "AGE ext").
     */
    private static boolean acronymGoesOn(String above, String line) {
        return acronym(firstWord(line)) && Character.isLowerCase(above.codePointAt(0)) && !above.endsWith(".")
                && !above.endsWith("!") && !above.endsWith("?");
    }

    /**
     * A field whose value is an acronym ({@code CI: GH}) over one capitalised word ({@code Actions}): the name
     * the narrow box broke in two, one value.
     */
    private static boolean acronymNamesOn(String above, String line) {
        String last = lastWord(above);
        return TextRules.startsWithKey(above) && TextRules.SPACES.split(above.strip()).length == 2 && acronym(last)
                && line.matches("\\p{Lu}\\p{Ll}{2,}") && !TextRules.startsWithKey(line);
    }

    /** Whether {@code line} goes on with {@code above}; code opens in lower case, so only the ending above can carry it on. */
    private static boolean goesOn(String above, String line) {
        if (LOWER_KEY.matcher(line.strip()).matches() && !above.strip().endsWith(",")) {
            // a field of its own in lower case ("login: recompute, compare in constant time") opens a line of its
            // own, as a capitalised one does, though it opens in lower case
            return false;
        }
        return codeStart(line) ? runsOn(above, "") : runsOn(above, line);
    }

    private static final java.util.regex.Pattern LOWER_KEY = java.util.regex.Pattern.compile("[a-z][\\w-]{1,15}:\\s+\\S.*");

    /** A line opening with code ({@code /app}, {@code _app.tsx}, {@code getServerSideProps}): code is not capitalised. */
    private static boolean codeStart(String line) {
        String w = firstWord(line);
        return TextRules.isCodeWord(w) || CAMEL.matcher(w).matches();
    }

    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("^[a-z]+[A-Z][A-Za-z0-9]*(?:\\(\\))?$");

    private static boolean acronym(String word) {
        String w = word.replaceAll("[^\\p{L}\\p{N}]+$", "");
        return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isLetter(w.charAt(0));
    }

    private static String firstWord(String s) {
        return TextRules.SPACES.split(s.strip())[0];
    }

    private static String lastWord(String s) {
        String[] w = TextRules.SPACES.split(s.strip());
        return w[w.length - 1];
    }

    /** True when a line of a card opens a new fact rather than going on with the line above it. */
    private boolean startsFact(String above, String line) {
        String a = above.strip();
        String l = line.strip();
        if (FACT.matcher(l).matches()) {
            return true;
        }
        if (!FACT.matcher(a).matches() || a.endsWith("-") || runsOn(a, l)) {
            return false;
        }
        // a fact's value wrapped by the card's width goes on; one that had room ends there
        String next = TextRules.SPACES.split(l)[0];
        return cardWidth == 0 || a.length() + 1 + next.length() <= cardWidth - 2;
    }

    /**
     * Where a group of single-text lines ends its paragraphs: the index after each, the last being the group's
     * size. A line that ends where the next line's first word would still have fitted, the next opening with a
     * capital, was broken by the sketch ("Human review of attribution outputs" / "Ad hoc, no systematic
     * coverage"); a paragraph wrapped by the box's width runs on. When every break of the group opens a
     * capitalised line and one of them is such a break, or the group is three lines or more, it is a list of
     * lines, one fact each, and every break is meant (a line near the box's edge included).
     */
    private List<Integer> deliberateBreaks(List<Row> group, int right) {
        List<Integer> roomy = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        boolean allCapital = true;
        int lone = loneLowerItem(group);
        for (int k = 1; k < group.size() && right > 0; k++) {
            String a = texts(group.get(k - 1)).strip();
            String b = texts(group.get(k)).strip();
            if (routeGoesOn(group.get(k - 1), group.get(k), a, b) || acronymNamesOn(a, b)
                    || bareKey(a) && !TextRules.startsWithKey(b)) {
                // "/api/v1/permissions" over a deeper "/{work_id}": the box's width broke one path at a slash;
                // "CI: GH" over "Actions": a field's value named on the next line; "Extra:" over "Kafka
                // Connect": a field whose value is all on the next line
                continue;
            }
            boolean capital = !a.isEmpty() && !b.isEmpty() && !a.endsWith("-") && !goesOn(a, b)
                    && (Character.isUpperCase(b.codePointAt(0)) || codeStart(b)) && !acronymGoesOn(a, b);
            // a line opening on an identifier ("posthog-js lib", "granted_by") after one that does not run on
            // (no joining word, comma or hyphen at its end) is an item of its own, though it opens in lower case
            boolean named = !a.isEmpty() && !b.isEmpty() && IDENTIFIER.matcher(firstWord(b)).matches() && !a.endsWith("-")
                    && !a.endsWith(",") && !JOINING.contains(lastWord(a).toLowerCase(java.util.Locale.ROOT));
            // a line of nothing but values ("~€20-60/mo") after a field ("IaC: Optional") is a fact of its own, as
            // its siblings in the next card are, though the field reached the box's edge
            boolean values = !a.isEmpty() && !b.isEmpty() && TextRules.startsWithKey(a) && !runsOn(a, b) && !a.endsWith("-")
                    && java.util.Arrays.stream(TextRules.SPACES.split(b)).allMatch(TextRules::isDataWord);
            named |= values || LOWER_KEY.matcher(b).matches() && !a.endsWith(",");
            capital |= named || k == lone;
            allCapital &= capital;
            all.add(k);
            // lines opening on the same word ("Full control" / "Full effort") are parallel items, never one
            boolean parallel = capital && firstWord(a).length() >= 3 && firstWord(a).equals(firstWord(b))
                    && !runsOn(a, b);
            if (capital && hadRoom(group.get(k - 1), b, right) || parallel || named) {
                roomy.add(k);
            }
        }
        // three or more lines, each opening with a capital after a line that does not run on, are a list even
        // where a narrow card left no line room for the next word (PostHog's six features)
        List<Integer> cuts = new ArrayList<>(allCapital && (!roomy.isEmpty() || group.size() >= 3) ? all : roomy);
        cuts.add(group.size());
        return cuts;
    }

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[\u00b7\u2022|]");
    /** A name from code: snake_case, or a package named for its language ({@code posthog-js}, {@code foo-py}). */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile(
            "^[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]$|^[a-z][a-z0-9]*-(?:js|py|ts|go|rs|sdk|cli)$");

    /**
     * In a list of five lines or more whose every other break opens a capitalised line, the one line that opens
     * in lower case ("Issue grouping" / "sentry SDK") after a line that does not run on is an item too (a
     * product written in lower case); -1 when there is no such line.
     */
    private static int loneLowerItem(List<Row> group) {
        if (group.size() < 5) {
            return -1;
        }
        int found = -1;
        for (int k = 1; k < group.size(); k++) {
            String a = texts(group.get(k - 1)).strip();
            String b = texts(group.get(k)).strip();
            if (a.isEmpty() || b.isEmpty()) {
                return -1;
            }
            if (Character.isUpperCase(b.codePointAt(0)) || codeStart(b)) {
                continue;
            }
            String open = firstWord(b).toLowerCase(java.util.Locale.ROOT);
            boolean goesOn = a.endsWith("-") || a.endsWith(",") || a.endsWith("(") || a.chars().filter(c -> c == '(').count()
                    > a.chars().filter(c -> c == ')').count() || JOINING.contains(lastWord(a).toLowerCase(java.util.Locale.ROOT))
                    || JOINING.contains(open) || !Character.isLetter(b.codePointAt(0));
            if (found >= 0 || goesOn) {
                return -1;
            }
            found = k;
        }
        return found;
    }

    /** A line of one path segment, deeper than the line of one path above it: the path going on. */
    private static boolean routeGoesOn(Row above, Row below, String a, String b) {
        return below.tokens().get(0).col() > above.tokens().get(0).col() && b.length() > 1 && b.startsWith("/")
                && !b.contains(" ") && a.startsWith("/") && !a.contains(" ") && !a.endsWith("/");
    }

    /** Whether the next line's first word would have fitted at the end of this row, inside {@code right}. */
    private static boolean hadRoom(Row above, String below, int right) {
        int end = -1;
        for (Token t : above.tokens()) {
            if (t instanceof Token.Text x) {
                end = Math.max(end, x.end());
            }
        }
        String first = TextRules.SPACES.split(below)[0];
        return end >= 0 && end + 2 + first.length() < right;
    }

    /**
     * A key ending in its colon and, across the gap, the one value it names ({@code RECOMMENDED MIGRATION PATH:
     * Render → Hetzner+Ubicloud}): one line, not two labels at their places. A value that is itself a key, or
     * ends as one, stands apart (a row of keys heads columns).
     */
    private static boolean keyed(String before, String after) {
        return before.endsWith(":") && before.length() > 1 && !after.endsWith(":") && !after.contains(": ");
    }

    /** A field's name with its value still to come ({@code Extra:}). */
    private static boolean bareKey(String line) {
        return BARE_KEY.matcher(line.strip()).matches();
    }

    private static final java.util.regex.Pattern BARE_KEY = java.util.regex.Pattern.compile("[A-Z][\\w ()./&+#-]{0,24}:");

    private static boolean runsOn(String before, String after) {
        String[] words = TextRules.SPACES.split(before.strip());
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        // a line of nothing but marks and line art is empty by the time it gets here (fuzzing found one)
        return before.endsWith(",") || before.endsWith("|") || before.endsWith("+") || before.endsWith("&") || before.endsWith("/")
                || JOINING.contains(last) || !after.isEmpty() && Character.isLowerCase(after.codePointAt(0));
    }

    private Component paragraph(List<Row> rows, boolean cardBody, List<Item> into) {
        List<String> lines = new ArrayList<>();
        for (Row r : rows) {
            lines.add(texts(r));
        }
        String text = TextRules.join(lines);
        if (cardBody && into != null) {
            if (lines.size() > 1 && lines.stream().allMatch(TextRules::startsWithKey)) {
                // "IaC: None" / "CI: Auto": facts, one item each
                for (int k = 0; k < rows.size(); k++) {
                    into.add(new Item(null, Text.mixed(lines.get(k), "body"), line(rows.get(k))));
                }
                return null;
            }
            // a card's facet is one or two lines (the family writes "Up + Down" / "(sometimes)" as one); in a
            // longer group, a fact ("IaC: Req", "P=0.20", "~€20/mo") stands on its own line, its value going on
            // only where the card had no room for it ("CI: GH" / "Actions")
            List<String> item = new ArrayList<>();
            int first = 0;
            for (int k = 0; k < lines.size(); k++) {
                // a key with its value still to come ("Extra:" over "Kafka Connect"), or a line ending on a
                // comma ("streams (3.9+)," over "queues: no replay"), goes on in the next line
                String last = item.isEmpty() ? "" : item.get(item.size() - 1).strip();
                boolean open = last.endsWith(",") || bareKey(last);
                boolean apart = item.size() == 1 && listedApart(item.get(0), lines.get(k));
                if (!item.isEmpty() && (lines.size() > 2 || apart) && !open && (apart || startsFact(item.get(item.size() - 1), lines.get(k))
                        || opensLine(item.get(item.size() - 1), lines.get(k)))) {
                    into.add(new Item(null, facet(item), line(rows.get(first))));
                    item.clear();
                    first = k;
                }
                item.add(lines.get(k));
            }
            into.add(new Item(null, facet(item), line(rows.get(first))));
            return null;
        }
        String role = text.endsWith(":") ? "strong" : "body";
        return new Component.Paragraph(Text.mixed(text, role), line(rows.get(0)));
    }

    /**
     * A card's facet: its lines joined, and a field name in capitals on a line of its own over the value
     * ("SPEED" / "~100x faster") set as a lead-in, in the strong face, so the name and the value do not run
     * together in one style.
     */
    private static Text facet(List<String> lines) {
        String head = lines.get(0).strip();
        if (lines.size() > 1 && TextRules.isCapsLabel(head) && head.length() <= 24 && !TextRules.isCapsLabel(lines.get(1))
                && TextRules.selection(head) == null && !TextRules.startsWithKey(head)) {
            // (a field, "CI: GH" over "Actions", is no name over its value: its key leads it, as any field's does)
            return Text.concat(Text.mixed(head, "strong"), Text.mixed(TextRules.join(lines.subList(1, lines.size())), "body"));
        }
        return Text.mixed(TextRules.join(lines), "body");
    }

    private Component table(List<Row> rows, boolean headed) {
        // column starts of a hand-aligned table drift by a few cells from row to row: cluster them
        TreeSet<Integer> all = new TreeSet<>();
        int end = 0;
        for (Row r : rows) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    all.add(x.col());
                    end = Math.max(end, x.end());
                }
            }
        }
        TreeSet<Integer> starts = new TreeSet<>();
        for (int c : all) {
            if (starts.isEmpty() || c - starts.last() > COLUMN_DRIFT) {
                starts.add(c);
            }
        }
        List<Integer> cols = new ArrayList<>(starts);
        double[] weights = new double[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            int next = c + 1 < cols.size() ? cols.get(c + 1) : end + 1;
            weights[c] = Math.max(1, next - cols.get(c));
        }
        List<List<Text>> cells = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        boolean header = false;
        List<Integer> lines = new ArrayList<>();
        List<String> underlines = new ArrayList<>();
        for (Row r : rows) {
            underlines.add(underline(r));
            List<StringBuilder> texts = new ArrayList<>();
            cols.forEach(c -> texts.add(new StringBuilder()));
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    // a cell that runs up to the next column's start with one space ("A3 -- Artist Verified Artist
                    // has ...", the description starting where every other row's does) is two cells
                    String text = x.text();
                    int at = x.col();
                    for (int start : starts.tailSet(x.col() + COLUMN_DRIFT + 1)) {
                        int cut = start - at;
                        if (cut > 1 && cut < text.length() && text.charAt(cut - 1) == ' ' && text.charAt(cut) != ' ') {
                            int c = Math.max(0, cols.indexOf(starts.floor(at + COLUMN_DRIFT)));
                            texts.get(c).append(texts.get(c).length() > 0 ? " " : "").append(text, 0, cut - 1);
                            text = text.substring(cut);
                            at = start;
                        }
                    }
                    int c = Math.max(0, cols.indexOf(starts.floor(at + COLUMN_DRIFT)));
                    texts.get(c).append(texts.get(c).length() > 0 ? " " : "").append(text);
                } else if (t instanceof Token.Arrow a && (!a.label().isEmpty() || a.col() == a.end())) {
                    Integer s = starts.floor(a.col() + COLUMN_DRIFT);
                    int c = s == null ? 0 : Math.max(0, cols.indexOf(s));
                    String text = a.label().isEmpty() ? glyph(a.direction()) : a.label();
                    texts.get(c).append(texts.get(c).length() > 0 ? " " : "").append(text);
                }
            }
            List<String> row = new ArrayList<>();
            for (StringBuilder sb : texts) {
                row.add(TextRules.stripPlaceholders(sb.toString()));
            }
            if (raw.isEmpty()) {
                header = headed || rows.size() > 2 && TextRules.isCapsLabel(texts(r));
            }
            raw.add(row);
            lines.add(line(r));
        }
        Component heads = wrappedHeads(raw, weights, lines);
        if (heads != null) {
            return heads;
        }
        Component swatched = swatched(raw, weights, lines, underlines);
        if (swatched != null) {
            return swatched;
        }
        mergeWrapped(raw, lines, header);
        for (int r = 0; r < raw.size(); r++) {
            List<Text> row = new ArrayList<>();
            for (String s : raw.get(r)) {
                row.add(s.isEmpty() ? new Text(List.of()) : header && r == 0 ? Text.plain(s, "strong") : Text.mixed(s, "body"));
            }
            cells.add(row);
        }
        return new Component.Table(cells, weights, lines, lines.get(0));
    }

    private static final java.util.regex.Pattern UNDERLINE_COLOUR = java.util.regex.Pattern.compile(
            "^\\((gray|grey|amber|blue|green|red|coral|teal|navy|gold|orange|purple)(?: line| underline)?\\)(?:\\s|$)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The palette token a colour word the sketch writes stands for. */
    private static final java.util.Map<String, String> COLOUR_TOKENS = java.util.Map.ofEntries(
            java.util.Map.entry("gray", "a0"), java.util.Map.entry("grey", "a0"), java.util.Map.entry("amber", "medium"),
            java.util.Map.entry("orange", "medium"), java.util.Map.entry("blue", "a2"), java.util.Map.entry("green", "high"),
            java.util.Map.entry("red", "low"), java.util.Map.entry("coral", "coral"), java.util.Map.entry("teal", "teal"),
            java.util.Map.entry("navy", "navy"), java.util.Map.entry("gold", "gold"), java.util.Map.entry("purple", "navy"));

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("^[a-z][a-z0-9_]*(?: \\([A-Z0-9]+\\))?$");

    /**
     * Where a run of field names ends (a schema's columns one to a line: {@code work_id (ISRC)}, {@code status},
     * {@code granted_by}), or i: four lines or more, each one lower-case name (a note in capitals after it
     * allowed), one of them at least snake_case.
     */
    private static int fieldsEnd(List<Row> rows, int i) {
        int end = i;
        int snake = 0;
        while (end < rows.size() && rows.get(end).hasText() && textCount(rows.get(end)) == 1
                && FIELD.matcher(texts(rows.get(end)).strip()).matches()) {
            snake += texts(rows.get(end)).contains("_") ? 1 : 0;
            end++;
        }
        return end - i >= 4 && snake >= 1 ? end : i;
    }

    /** Where a run of two or more underlined rows (a row, the row underlining it, blank rows between) ends, or i. */
    private static int underlinedEnd(List<Row> rows, int i) {
        int j = i;
        int pairs = 0;
        int end = i;
        while (j + 1 < rows.size() && !rows.get(j).isBlank() && rows.get(j).hasText() && underline(rows.get(j)) == null
                && underline(rows.get(j + 1)) != null) {
            pairs++;
            j += 2;
            end = j;
            while (j < rows.size() && rows.get(j).isBlank()) {
                j++;
            }
        }
        return pairs >= 1 ? end : i;
    }

    /**
     * The colour a row underlines the row above in ({@code ───────── (gray)} under {@code A0 -- No Data}), as a
     * palette token, or null: a rule opening the row, a colour note after it.
     */
    static String underline(Row r) {
        if (r.tokens().isEmpty() || !(r.tokens().get(0) instanceof Token.Rule)) {
            return null;
        }
        for (Token t : r.tokens()) {
            if (t instanceof Token.Text x) {
                java.util.regex.Matcher m = UNDERLINE_COLOUR.matcher(x.text().strip());
                return m.lookingAt() ? COLOUR_TOKENS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
            }
        }
        return null;
    }

    /**
     * Rows whose labels the sketch underlines in a colour, row by row (the levels of a badge system): each
     * underline row goes into the row above (its words the second line of the row's cells), and the colour is
     * the colour of a line under the label, so the colour the figure is about is drawn as the sketch draws it,
     * not dropped as a style note.
     */
    private static Component swatched(List<List<String>> raw, double[] weights, List<Integer> lines, List<String> underlines) {
        long coloured = underlines.stream().filter(java.util.Objects::nonNull).count();
        if (coloured < 1 || underlines.get(0) != null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<String> tones = new ArrayList<>();
        for (int r = 0; r < raw.size(); r++) {
            if (underlines.get(r) != null && !rows.isEmpty()) {
                // the underline row's words go on the row above's description, its last cell with words
                List<String> above = rows.get(rows.size() - 1);
                StringBuilder more = new StringBuilder();
                for (int c = 1; c < raw.get(r).size(); c++) {
                    String v = raw.get(r).get(c);
                    if (!v.isEmpty()) {
                        more.append(more.length() > 0 ? " " : "").append(v);
                    }
                }
                int last = above.size() - 1;
                while (last > 1 && above.get(last).isEmpty()) {
                    last--;
                }
                if (more.length() > 0) {
                    above.set(last, above.get(last).isEmpty() ? more.toString() : above.get(last) + TextRules.ITEM_BREAK + more);
                }
                tones.set(tones.size() - 1, underlines.get(r));
            } else {
                rows.add(new ArrayList<>(raw.get(r)));
                rowLines.add(lines.get(r));
                tones.add("");
            }
        }
        // the labels' column, then the rest; a column only the colour notes filled goes
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < weights.length; c++) {
            final int col = c;
            if (c == 0 || rows.stream().anyMatch(row -> !row.get(col).isEmpty())) {
                keep.add(c);
            }
        }
        List<List<Text>> cells = new ArrayList<>();
        List<List<String>> toned = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Text> row = new ArrayList<>();
            List<String> t = new ArrayList<>();
            for (int k = 0; k < keep.size(); k++) {
                String v = rows.get(r).get(keep.get(k));
                row.add(v.isEmpty() ? new Text(List.of()) : Text.mixed(v, k == 0 ? "strong" : "body"));
                // the label underlined in its level's colour, as the sketch draws it
                t.add(k == 0 && !tones.get(r).isEmpty() ? Component.Table.UNDERLINE + tones.get(r) : "");
            }
            cells.add(row);
            toned.add(t);
        }
        double[] w = new double[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            w[k] = weights[keep.get(k)];
        }
        return new Component.Table(cells, w, rowLines, false, toned, false, -1, rowLines.get(0));
    }

    /**
     * Two rows of capitals, cell under cell ({@code RESEARCH  TRANSLATION  COMMERCIAL} over {@code TRADITION  GAP
     * APPLICATION}): column heads the sketch wrapped, each one label ({@code RESEARCH TRADITION}) at its column,
     * not a table of words; null for anything else.
     */
    private static Component wrappedHeads(List<List<String>> raw, double[] weights, List<Integer> lines) {
        if (raw.size() != 2 || raw.get(0).size() < 2) {
            return null;
        }
        List<Component> heads = new ArrayList<>();
        for (int c = 0; c < raw.get(0).size(); c++) {
            String top = raw.get(0).get(c);
            String under = raw.get(1).get(c);
            if (top.isEmpty() || under.isEmpty() || !TextRules.isCapsLabel(top) || !TextRules.isCapsLabel(under)
                    || TextRules.words(top).size() > 2 || TextRules.words(under).size() > 2) {
                return null;
            }
            heads.add(new Component.Heading(Text.plain(top + " " + under, "section"), true, lines.get(0)));
        }
        return new Component.Columns(heads, weights, List.of(), 0, lines.get(0));
    }

    /**
     * Rows that go on with the row above, their cells joined to its cells: a row whose first cell is empty
     * under a column of row labels ({@code COND.} / {@code (fee)}), and a row whose label finishes the label
     * above ({@code "Hide &} / {@code Seek"}, {@code Time to} / {@code market}).
     */
    private static void mergeWrapped(List<List<String>> raw, List<Integer> lines, boolean header) {
        int first = header ? 1 : 0;
        long labelled = raw.stream().skip(first).filter(r -> !r.get(0).isEmpty()).count();
        boolean labels = raw.size() - first >= 3 && labelled * 3 >= (raw.size() - first) * 2 && raw.get(0).size() >= 2;
        if (!labels) {
            return;
        }
        int r = first + 1;
        while (r < raw.size()) {
            List<String> row = raw.get(r);
            List<String> above = raw.get(r - 1);
            if (!(row.get(0).isEmpty() || unfinished(above.get(0)))) {
                r++;
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                above.set(c, TextRules.join(List.of(above.get(c), row.get(c))));
            }
            raw.remove(r);
            lines.remove(r);
        }
    }

    /** A row label the sketch's width broke: an open quote, or a joining mark or word at its end. */
    private static boolean unfinished(String label) {
        long quotes = label.chars().filter(ch -> ch == '"').count();
        String t = label.strip();
        return quotes % 2 == 1 || t.endsWith("&") || t.endsWith(",") || t.endsWith("/") || t.endsWith("+")
                || t.endsWith("-") && t.length() > 1 && Character.isLetter(t.charAt(t.length() - 2))
                || JOINING.contains(TextRules.SPACES.split(t)[TextRules.SPACES.split(t).length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    // ---- code: rows that read as code keep their lines and indentation ----

    /** A code comment line: {@code // Define}, {@code // + dispatch}. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("^//(?:\\s.*)?$");
    /** A count of what is above ("2 lines", "15+ lines"): a caption, not code. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("^[~≈<>]?\\d+\\+?\\s+\\p{L}+$");

    /** End of a run of code rows starting at i (exclusive), or i when no code starts there. */
    private static int codeEnd(List<Row> rows, int i) {
        if (COMMENT.matcher(texts(rows.get(i)).strip()).matches() && !isFlowRow(rows.get(i)) && marked(rows.get(i)) == null) {
            // a code comment ("// Define") heads the code it describes: the lines under it to the next blank
            // line, however little each looks like code in a narrow box ("const theme", "= atom('lgt')"), but
            // for a count written under them ("15+ lines"), which is about the code, not in it
            int end = i + 1;
            while (end < rows.size() && rows.get(end).hasText() && !isFlowRow(rows.get(end)) && marked(rows.get(end)) == null
                    && !COUNT.matcher(texts(rows.get(end)).strip()).matches()) {
                end++;
            }
            return end - i >= 2 ? end : i;
        }
        if (!TextRules.isCodeLine(texts(rows.get(i))) || isFlowRow(rows.get(i))) {
            return i;
        }
        int left = rows.get(i).tokens().get(0).col();
        int end = i + 1;
        int code = 1;
        while (end < rows.size()) {
            Row r = rows.get(end);
            String t = texts(r);
            boolean indented = !r.tokens().isEmpty() && r.tokens().get(0).col() > left;
            if (isFlowRow(r) || marked(r) != null || !r.hasText()
                    || !(TextRules.isCodeLine(t) || indented || t.matches("[)\\]}]+[,;]?"))) {
                break;
            }
            code += TextRules.isCodeLine(t) ? 1 : 0;
            end++;
        }
        return end - i >= 2 && code * 2 >= end - i ? end : i;
    }

    private Component code(List<Row> rows) {
        int left = Integer.MAX_VALUE;
        for (Row r : rows) {
            left = Math.min(left, r.tokens().get(0).col());
        }
        List<CodeLine> lines = new ArrayList<>();
        for (Row r : rows) {
            Token first = r.tokens().get(0);
            Token last = r.tokens().get(r.tokens().size() - 1);
            String text = TextRules.collapse(sketch.grid().text(r.row(), first.col(), last.end()));
            int indent = first.col() - left;
            CodeLine prev = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (prev != null && continuesRoute(prev, indent, text)) {
                // a route the box's width broke at a slash ("/api/v1/permissions" / "  /{work_id}") is one path
                lines.set(lines.size() - 1, new CodeLine(prev.indent(), prev.text() + text, prev.line()));
            } else {
                lines.add(new CodeLine(indent, text, line(r)));
            }
        }
        return new Component.Code(lines, lines.get(0).line());
    }

    /** A deeper line of one path segment going on from a line that is one path. */
    private static boolean continuesRoute(CodeLine prev, int indent, String text) {
        return indent > prev.indent() && text.length() > 1 && text.startsWith("/") && !text.contains(" ")
                && prev.text().startsWith("/") && !prev.text().contains(" ") && !prev.text().endsWith("/");
    }

    /**
     * Rows of a name and a value right-aligned to one column ({@code cli         -6}): a row whose name runs into
     * its value with a single space ({@code migrations -43}), ending in that column, is the same two cells.
     */
    private static List<Row> rightAligned(List<Row> rows) {
        List<Row> out = null;
        for (int i = 2; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.tokens().size() != 1 || !(r.tokens().get(0) instanceof Token.Text t)) {
                continue;
            }
            Row a = rows.get(i - 1);
            Row b = rows.get(i - 2);
            if (!pairRow(a) || !pairRow(b) || a.tokens().get(1).end() != b.tokens().get(1).end() || t.end() != a.tokens().get(1).end()
                    || t.col() != a.tokens().get(0).col()) {
                continue;
            }
            int cut = t.text().lastIndexOf(' ');
            String value = cut < 0 ? "" : t.text().substring(cut + 1);
            if (cut < 0 || !value.matches("[-+±~<>≈]?[$€£]?\\d[\\d,.]*[a-zA-Z%]{0,3}")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(rows);
            }
            out.set(i, new Row(r.row(), List.of(new Token.Text(t.col(), t.col() + cut - 1, t.text().substring(0, cut)),
                    new Token.Text(t.col() + cut + 1, t.end(), value)), r.art()));
        }
        return out == null ? rows : out;
    }

    private static boolean pairRow(Row r) {
        return r.tokens().size() == 2 && r.tokens().get(0) instanceof Token.Text && r.tokens().get(1) instanceof Token.Text;
    }

    // ---- flows: "Node ──── label ────> Node" with detail lines aligned beneath ----

    private static boolean isFlowRow(Row row) {
        List<Token> ts = row.tokens();
        for (int i = 1; i + 1 < ts.size(); i++) {
            if (ts.get(i) instanceof Token.Arrow a && a.end() > a.col() && ts.get(i - 1) instanceof Token.Text
                    && ts.get(i + 1) instanceof Token.Text) {
                return true;
            }
        }
        return false;
    }

    /** Rows after a flow row belong to it while they hold detail lines aligned under its parts. */
    private static int flowEnd(List<Row> rows, int start) {
        Row head = rows.get(start);
        int left = head.tokens().get(0).col();
        int end = start + 1;
        while (end < rows.size()) {
            Row r = rows.get(end);
            Token first = r.tokens().isEmpty() ? null : r.tokens().get(0);
            // an item under a node's title ("- Territorial scope" below "Checks:") is that node's, not a list
            // of its own; one at the flow's left edge starts the list after the flow
            if (first == null || isFlowRow(r) || marked(r) != null && firstText(r).col() <= left + 2) {
                break;
            }
            boolean detail = textCount(r) >= 2 || first.col() > left + 2
                    || first instanceof Token.Text t && (t.text().startsWith("(") || t.text().startsWith("--"));
            if (!detail) {
                break;
            }
            end++;
        }
        return end;
    }

    private Component flow(List<Row> rows) {
        Row head = rows.get(0);
        List<Token> parts = new ArrayList<>();
        for (Token t : head.tokens()) {
            if (t instanceof Token.Text || t instanceof Token.Arrow) {
                parts.add(t);
            }
        }
        List<List<String>> titles = new ArrayList<>();
        List<List<String>> details = new ArrayList<>();
        for (Token p : parts) {
            titles.add(new ArrayList<>(p instanceof Token.Text t ? List.of(t.text()) : List.of()));
            details.add(new ArrayList<>());
        }
        for (Row r : rows.subList(1, rows.size())) {
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    int owner = owner(parts, x);
                                        // a node's title goes on over lines ("Alembic" / "Migration"); a quote, a bracket or an
                    // item opens its detail ("AI Platform" over "\"Can I train ...\"")
                    boolean detail = parts.get(owner) instanceof Token.Arrow || !details.get(owner).isEmpty()
                            || DETAIL_OPENER.matcher(x.text()).lookingAt();
                    (detail ? details : titles).get(owner).add(x.text());
                }
            }
        }
        List<FlowNode> nodes = new ArrayList<>();
        List<FlowArrow> arrows = new ArrayList<>();
        int line = line(head);
        for (int i = 0; i < parts.size(); i++) {
            Token p = parts.get(i);
            String detail = flowDetail(details.get(i));
            if (p instanceof Token.Arrow a) {
                Text label = a.label().isEmpty() ? null : Text.plain(a.label(), "arrowLabel");
                Text sub = detail.isEmpty() ? null : TextRules.isCommand(detail)
                        ? Text.plain(detail, "code") : Text.mixed(detail, "caption");
                if (arrows.size() < nodes.size()) {
                    arrows.add(new FlowArrow(label, sub, a.direction() != Token.Direction.LEFT,
                            a.direction() == Token.Direction.LEFT || a.direction() == Token.Direction.BOTH, line));
                }
            } else {
                if (nodes.size() > arrows.size()) {
                    arrows.add(new FlowArrow(null, null, true, false, line));
                }
                String title = TextRules.join(titles.get(i));
                nodes.add(new FlowNode(ids.of(title), Text.plain(title, "node"),
                        detail.isEmpty() ? null : Text.mixed(detail, "nodeSub"), line));
            }
        }
        while (arrows.size() >= nodes.size() && !arrows.isEmpty()) {
            arrows.remove(arrows.size() - 1);
        }
        return new Component.Flow(nodes, arrows, line);
    }

    private static final Pattern DETAIL_OPENER = Pattern.compile("[\"“({\\[]|[-•*] ");
    private static final Pattern ITEM = Pattern.compile("[-•*]\\s+(.*)");

    /**
     * A part's detail lines as one text: items ("- Rights holder") each on a line of their own, the lines
     * between them joined as the sketch's width wrapped them.
     */
    private static String flowDetail(List<String> lines) {
        if (lines.stream().noneMatch(l -> ITEM.matcher(l.strip()).matches())) {
            return TextRules.join(lines);
        }
        List<List<String>> items = new ArrayList<>();
        for (String l : lines) {
            Matcher m = ITEM.matcher(l.strip());
            if (m.matches() || items.isEmpty()) {
                items.add(new ArrayList<>());
            }
            items.get(items.size() - 1).add(m.matches() ? m.group(1) : l);
        }
        return String.join(TextRules.ITEM_BREAK, items.stream().map(TextRules::join).toList());
    }

    private static Token firstText(Row r) {
        for (Token t : r.tokens()) {
            if (t instanceof Token.Text) {
                return t;
            }
        }
        return r.tokens().get(0);
    }

    /** The node a detail line starts under, or else the part nearest it. */
    private static int owner(List<Token> parts, Token.Text x) {
        for (int i = 0; i < parts.size(); i++) {
            Token p = parts.get(i);
            if (p instanceof Token.Text && x.col() >= p.col() - 1 && x.col() <= p.end()) {
                return i;
            }
        }
        return nearest(parts, x);
    }

    private static int nearest(List<Token> parts, Token.Text x) {
        int best = 0;
        double bestScore = Double.MAX_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            Token p = parts.get(i);
            int overlap = Math.min(p.end(), x.end()) - Math.max(p.col(), x.col());
            double score = overlap >= 0 ? -overlap : Math.abs((p.col() + p.end()) / 2.0 - (x.col() + x.end()) / 2.0);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
