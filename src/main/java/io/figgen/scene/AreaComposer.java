package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Heading;
import io.figgen.scene.Component.Item;
import io.figgen.scene.Component.Link;
import io.figgen.scene.Component.Node;
import io.figgen.scene.Component.Stack;
import io.figgen.sketch.Area;
import io.figgen.sketch.Box;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;
import io.figgen.theme.Style;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads an area of the sketch into components, top to bottom: boxes that share rows become a row of nodes
 * (cards or panels), text between them becomes headings, flows, lists, tables and paragraphs. A node's style
 * comes from the content element bound to its box, or from its shape (a box with {@code ■ SELECTED} is the
 * chosen option).
 */
final class AreaComposer {
    /** A row of boxes spanning less than this share of its area keeps the sketch's horizontal placement. */
    private static final double NARROW_ROW = 0.7;
    private static final double LONE_BOX = 0.6;
    private final Theme theme;
    private final Sketch sketch;
    private final Map<Object, ContentElement> bindings;
    private final TextGroupComposer text;
    private final Ids ids;

    private final Anchors anchors;
    private final double figureHeight;
    private final io.figgen.scene.chart.ChartContext charts;
    private final java.util.Set<Integer> chartRows = new java.util.TreeSet<>();

    /** The sketch rows the charts of this figure took: their line art is drawn as chart, not left out. */
    java.util.Set<Integer> chartRows() {
        return chartRows;
    }

    AreaComposer(Theme theme, Sketch sketch, Map<Object, ContentElement> bindings, Anchors anchors, double figureHeight,
                 TextGroupComposer text, Ids ids, io.figgen.scene.chart.ChartContext charts) {
        this.charts = charts;
        this.ids = ids;
        this.figureHeight = figureHeight;
        this.theme = theme;
        this.sketch = sketch;
        this.bindings = bindings;
        this.anchors = anchors;
        this.text = text;
    }

    Component compose(Area area, int depth) {
        io.figgen.scene.chart.Charts.Found chart = io.figgen.scene.chart.Charts.find(charts, area);
        if (chart != null) {
            for (int row = chart.top(); row <= chart.bottom(); row++) {
                chartRows.add(row);
            }
            // the chart's rows are data, not text: what stands above and below it is the rest of the area
            List<Component> parts = new ArrayList<>();
            if (chart.top() > area.top() && hasText(part(area, area.top(), chart.top() - 1))) {
                parts.add(compose(part(area, area.top(), chart.top() - 1), depth));
            }
            Component plot = new Component.Plot(chart.chart(), chart.chart().line());
            // a box standing beside the chart in its rows (a note on the right of the bars) stands beside it still
            List<io.figgen.sketch.Box> beside = area.boxes().stream().filter(b -> b.top() >= chart.top() && b.bottom() <= chart.bottom()
                    && area.besideRight(b)).toList();
            if (beside.size() == 1) {
                io.figgen.sketch.Box b = beside.get(0);
                List<Component> pair = List.of(plot, box(b, styleOf(b, depth), depth));
                List<Component.Link> links = new ArrayList<>();
                links.add(null);
                links.add(null);
                plot = new Columns(pair, new double[] {Math.max(1, b.left() - area.left()), Math.max(1, b.right() - b.left() + 1)}, links,
                        0, chart.chart().line());
            }
            parts.add(plot);
            if (chart.bottom() < area.bottom() && hasText(part(area, chart.bottom() + 1, area.bottom()))) {
                parts.add(compose(part(area, chart.bottom() + 1, area.bottom()), depth));
            }
            return parts.size() == 1 ? parts.get(0) : new Stack(parts, 1, false, 0);
        }
        List<Component> blocks = new ArrayList<>();
        List<Row> all = area.rows();
        for (int k = 0; k < all.size(); k++) {
            int end = GlyphMatrix.end(sketch, all, k);
            if (end > k) {
                // rows of [■][▧][□] cells under their labels: one table of filled cells, whatever blank rows part them
                int top = all.get(k).row();
                int bottom = all.get(end - 1).row();
                if (area.boxes().stream().noneMatch(b -> b.bottom() >= top && b.top() <= bottom)) {
                    List<Component> parts = new ArrayList<>();
                    if (top > area.top() && hasText(part(area, area.top(), top - 1))) {
                        parts.add(compose(part(area, area.top(), top - 1), depth));
                    }
                    parts.add(GlyphMatrix.of(sketch, all.subList(k, end)));
                    if (bottom < area.bottom() && hasText(part(area, bottom + 1, area.bottom()))) {
                        parts.add(compose(part(area, bottom + 1, area.bottom()), depth));
                    }
                    return parts.size() == 1 ? parts.get(0) : new Stack(parts, 1, false, 0);
                }
            }
        }
        ColumnTable.Found columnTable = ColumnTable.find(sketch, area);
        if (columnTable != null) {
            // options compared in columns, their rows parted by blank lines: one table, rows aligned across
            List<Component> parts = new ArrayList<>();
            if (columnTable.top() > area.top() && hasText(part(area, area.top(), columnTable.top() - 1))) {
                parts.add(compose(part(area, area.top(), columnTable.top() - 1), depth));
            }
            parts.add(columnTable.table());
            if (columnTable.bottom() < area.bottom() && hasText(part(area, columnTable.bottom() + 1, area.bottom()))) {
                parts.add(compose(part(area, columnTable.bottom() + 1, area.bottom()), depth));
            }
            return parts.size() == 1 ? parts.get(0) : new Stack(parts, 1, false, 0);
        }
        for (Area strip : Strips.horizontal(area)) {
            Component legend = blocks.isEmpty() ? null : BarNames.legend(blocks.get(blocks.size() - 1), strip, sketch);
            if (legend != null) {
                blocks.set(blocks.size() - 1, legend);
                continue;
            }
            ChartReader.Axes axes = ChartReader.find(strip);
            List<Area> columns = axes != null ? List.of(strip) : Strips.vertical(strip);
            if (axes != null) {
                blocks.add(ChartReader.chart(sketch, strip, axes));
            } else if (columns.size() > 1) {
                List<Component> parts = new ArrayList<>();
                double[] weights = new double[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    parts.add(compose(columns.get(i), depth));
                    weights[i] = columns.get(i).width();
                }
                Component named = parts.size() == 2 ? BarNames.join(parts.get(0), parts.get(1),
                        label -> io.figgen.scene.chart.Charts.setApart(charts, label)) : null;
                blocks.add(named != null ? named : new Columns(parts, weights, List.of(), 0, sketch.specLine(strip.top())));
            } else {
                blocks.addAll(sequence(strip, depth));
            }
        }
        return stack(blocks);
    }

    private static final java.util.regex.Pattern PIPE_DELIMITER = java.util.regex.Pattern.compile(
            "\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?");

    /** A Markdown pipe table's delimiter row ({@code |------|:----:|}), line art to the sketch reader. */
    static boolean isPipeDelimiter(Row r) {
        return r.tokens().isEmpty() && r.art().size() == 1 && PIPE_DELIMITER.matcher(r.art().get(0).text().strip()).matches();
    }

    private static boolean hasText(Area a) {
        return !a.boxes().isEmpty() || a.rows().stream().anyMatch(Row::hasText);
    }

    /** The rows and boxes of an area from sketch row {@code top} to {@code bottom}. */
    private static Area part(Area a, int top, int bottom) {
        return new Area(top, bottom, a.left(), a.right(),
                a.boxes().stream().filter(b -> b.top() >= top && b.bottom() <= bottom).toList(),
                a.rows().stream().filter(r -> r.row() >= top && r.row() <= bottom).toList());
    }

    /** A strip read top to bottom: rows of boxes, and the text groups between them. */
    private List<Component> sequence(Area area, int depth) {
        boolean outer = placing;
        placing = outer || mixedGrid(area);
        try {
            return sequenceRows(area, depth);
        } finally {
            placing = outer;
        }
    }

    /**
     * Whether the rows being read keep their sketch places (see {@link #mixedGrid}); set for an area and the
     * strips read inside it, such as the stack beside a side box.
     */
    private boolean placing;

    private List<Component> sequenceRows(Area area, int depth) {
        List<Component> blocks = new ArrayList<>();
        List<Box> boxes = new ArrayList<>(area.boxes());
        boxes.sort(Comparator.comparingInt(Box::top).thenComparingInt(Box::left));
        List<Row> group = new ArrayList<>();
        int b = 0;
        int skipUntil = -1;
        for (Row row : area.rows()) {
            if (row.row() <= skipUntil) {
                continue;
            }
            if (b < boxes.size() && row.row() >= boxes.get(b).top()) {
                Row heading = headBesideHeading(group);
                flush(group, blocks, area);
                if (heading != null) {
                    // the tier's name over the boxes it names, the connector's head passing beside it
                    blocks.add(new Heading(Text.plain(TextGroupComposer.texts(heading), "section"), true, sketch.specLine(heading.row())));
                }
                List<Box> band = new ArrayList<>();
                int bottom = boxes.get(b).bottom();
                while (b < boxes.size() && boxes.get(b).top() <= bottom) {
                    bottom = Math.max(bottom, boxes.get(b).bottom());
                    band.add(boxes.get(b++));
                }
                Box side = sideBox(band);
                if (side != null) {
                    // a tall box beside a stack of others (a rule panel beside the first steps of a flow) is a
                    // column of its own: the stack keeps its order and its connectors, not one row of all three
                    blocks.add(besideStack(area, band, side, bottom, depth));
                    skipUntil = bottom;
                    continue;
                }
                Component placed = boxRow(band, area, depth, bottom);
                Component beside = besideText(area, band, bottom, placed);
                if (beside != null) {
                    blocks.add(beside);
                } else {
                    blocks.add(placed);
                    betweenText(area, band, bottom, blocks);
                }
                skipUntil = bottom;
                continue;
            }
            if (row.isBlank() && !(isPipeDelimiter(row) && !group.isEmpty()
                    && TextGroupComposer.textCount(group.get(group.size() - 1)) >= 2)) {
                // a blank row between labels underlined in colours keeps them one group: one table of levels
                if (!group.isEmpty() && TextGroupComposer.underline(group.get(group.size() - 1)) != null) {
                    group.add(row);
                    continue;
                }
                flush(group, blocks, area);
            } else {
                group.add(row);
            }
        }
        flush(group, blocks, area);
        return joinedConnectors(blocks);
    }

    /**
     * The heading written on the last line of the rows over a box beside the head of the connector coming down
     * into the box ({@code II POOLER TIER       ▼}), parted from it: the group keeps the head as its last row, so
     * the connector ends on the box, and the heading is returned to stand over the box. Null when the last row
     * is no such line. Read as one row, the line was words, and the connector above it ended in the air.
     */
    private static Row headBesideHeading(List<Row> group) {
        if (group.size() < 2) {
            return null;
        }
        Row row = group.get(group.size() - 1);
        Row above = group.get(group.size() - 2);
        List<Token> heads = row.tokens().stream().filter(t -> t instanceof Token.Arrow a && a.label().isEmpty()
                && a.direction() == Token.Direction.DOWN).toList();
        List<Token> texts = row.tokens().stream().filter(t -> t instanceof Token.Text).toList();
        boolean headed = !heads.isEmpty() && !texts.isEmpty() && heads.size() + texts.size() == row.tokens().size()
                && ConnectorReader.isConnectorRow(above) && !ConnectorReader.isConnectorRow(row)
                && texts.size() == 1 && TextRules.isCapsLabel(TextGroupComposer.texts(new Row(row.row(), texts)))
                && texts.get(0).end() + 3 <= heads.get(0).col()
                && heads.stream().allMatch(h -> above.tokens().stream().anyMatch(t -> t instanceof Token.VLine
                && Math.abs(t.col() - h.col()) <= 1));
        if (!headed) {
            return null;
        }
        group.set(group.size() - 1, new Row(row.row(), heads, row.art()));
        return new Row(row.row(), texts, List.of());
    }

    /** Connectors on consecutive rows across the same columns are one connector (see betweenText). */
    private static List<Component> joinedConnectors(List<Component> blocks) {
        List<Component> out = new ArrayList<>();
        for (Component c : blocks) {
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof Component.Connector a && c instanceof Component.Connector b
                    && !a.axis() && !b.axis() && a.columns() == b.columns() && a.line() + a.rows().size() == b.line()) {
                List<List<Component.Mark>> rows = new ArrayList<>(a.rows());
                rows.addAll(b.rows());
                List<Text> labels = new ArrayList<>(a.labels());
                labels.addAll(b.labels());
                out.set(out.size() - 1, new Component.Connector(rows, a.columns(), labels, false, a.line()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The box of a band that stands right of all the others while they stand one above another: the band
     * joined them only because it spans their rows. Null when the band is a row side by side.
     */
    private static Box sideBox(List<Box> band) {
        if (band.size() < 3) {
            return null;
        }
        Box side = band.stream().max(Comparator.comparingInt(Box::left)).orElseThrow();
        List<Box> rest = band.stream().filter(b -> b != side).toList();
        if (rest.stream().anyMatch(b -> b.right() >= side.left())) {
            return null;
        }
        // the others stand one above another (none beside another)
        for (int i = 0; i < rest.size(); i++) {
            for (int j = i + 1; j < rest.size(); j++) {
                Box a = rest.get(i);
                Box b = rest.get(j);
                if (a.top() <= b.bottom() && b.top() <= a.bottom()) {
                    return null;
                }
            }
        }
        return side;
    }

    /** The band's stack read as a strip of its own, left of the side box, and the side box beside it. */
    private Component besideStack(Area area, List<Box> band, Box side, int bottom, int depth) {
        int top = band.stream().mapToInt(Box::top).min().orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (Row r : area.rows()) {
            if (r.row() >= top && r.row() <= bottom) {
                rows.add(new Row(r.row(), r.tokens().stream().filter(t -> t.col() < side.left()).toList(),
                        r.art().stream().filter(t -> t.col() < side.left()).toList()));
            }
        }
        Area left = new Area(top, bottom, area.left(), side.left() - 1,
                band.stream().filter(b -> b != side).toList(), rows);
        List<Component> stack = sequence(left, depth);
        Component column = stack.size() == 1 ? stack.get(0) : stack(stack);
        Component box = box(side, styleOf(side, depth), depth);
        // the sketch's gutter between them stays, room for the arrows each step sends to the side box
        int stackRight = band.stream().filter(b -> b != side).mapToInt(Box::right).max().orElseThrow();
        if (placing) {
            // rows that keep their places: the stack's strip runs to the side box, which keeps its columns, so the
            // stack's steps and the box line up with the rows below them
            double[] weights = {side.left() - area.left(), side.width(), Math.max(0.01, area.right() - side.right())};
            double[] at = {0, side.left() - area.left(), side.right() + 1 - area.left(), area.width()};
            return new Columns(List.of(column, box, new Component.Spacer(0)), weights, List.of(), 0, sketch.specLine(top), at);
        }
        int gutter = Math.max(1, side.left() - stackRight - 1);
        double[] weights = {Math.max(1, stackRight - area.left() + 1), gutter * 2,
                side.width() + Math.max(0, area.right() - side.right())};
        return new Columns(List.of(column, new Component.Spacer(0), box), weights, List.of(), 0, sketch.specLine(top));
    }

    /** Headings sit close to what they head; everything else keeps the theme's gap. */
    private static Component stack(List<Component> blocks) {
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Component blk = blocks.get(i);
            if (blk instanceof Heading && i + 1 < blocks.size()) {
                out.add(new Stack(List.of(blk, blocks.get(++i)), 0.5, false, 0));
            } else {
                out.add(blk);
            }
        }
        return out.size() == 1 ? out.get(0) : new Stack(out, 1, false, 0);
    }

    private void flush(List<Row> group, List<Component> blocks, Area area) {
        if (!group.isEmpty()) {
            blocks.addAll(text.compose(new ArrayList<>(group), false, null, area.left(), area.right()));
            group.clear();
        }
    }

    /**
     * Words written on a box row's lines outside the gaps between boxes (those belong to the links) still
     * belong to the figure: they follow the row.
     */
    private void betweenText(Area area, List<Box> band, int bottom, List<Component> blocks) {
        int top = band.get(0).top();
        List<Row> rows = new ArrayList<>();
        for (Row r : area.rows()) {
            if (r.row() >= top && r.row() <= bottom) {
                List<Token> outside = r.tokens().stream().filter(t -> gapIndex(band, t) < 0).toList();
                Row rest = new Row(r.row(), outside, r.art());
                if (rest.hasText()) {
                    rows.add(rest);
                }
            }
        }
        if (!rows.isEmpty()) {
            List<Component> read = text.compose(rows, false, null);
            if (read.size() == 1 && read.get(0) instanceof Component.Connector && rows.stream().allMatch(ConnectorReader::isConnectorRow)) {
                // a connector that starts on the row's last lines, beside a taller box (the stem under a decision
                // beside the box its other answer leads to), is read with the area's columns, so the rows under the
                // band carry it on as one connector
                read = text.compose(rows, false, null, area.left(), area.right());
            }
            blocks.addAll(read);
        }
    }

    /**
     * A note written beside a narrow row of boxes, right of the last one ({@code │ FETCH │ ← Stage 1}), stands
     * beside them in the figure too: it takes the room the row leaves on its right. Null when the row's words
     * are not all there, or the row has no such room.
     */
    private Component besideText(Area area, List<Box> band, int bottom, Component row) {
        if (!(row instanceof Columns c) || c.children().size() < 3
                || !(c.children().get(c.children().size() - 1) instanceof Component.Spacer)) {
            return null;
        }
        int top = band.get(0).top();
        int right = band.get(band.size() - 1).right();
        List<Row> rows = new ArrayList<>();
        for (Row r : area.rows()) {
            if (r.row() >= top && r.row() <= bottom) {
                List<Token> outside = r.tokens().stream().filter(t -> gapIndex(band, t) < 0).toList();
                if (outside.stream().anyMatch(t -> t.col() <= right)) {
                    return null;
                }
                Row rest = new Row(r.row(), outside, r.art());
                if (rest.hasText()) {
                    rows.add(rest);
                }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<Component> note = text.compose(rows, false, null);
        List<Component> children = new ArrayList<>(c.children());
        children.set(children.size() - 1, note.size() == 1 ? note.get(0) : new Stack(note, 0.5, false, 0));
        return new Columns(children, c.weights(), c.links(), c.minHeight(), c.line(), c.at());
    }

    /**
     * When the spec's spatial anchors name every box of a row, the anchors' widths and horizontal placement
     * decide the row (scaled to the canvas); the vertical flow stays the layout's, so nothing can overlap.
     */
    private Component anchoredRow(List<Box> boxes, List<Component> blocks, List<Link> links) {
        if (anchors.isEmpty() || boxes.size() < 2) {
            return null;
        }
        List<Anchors.Rect> rects = new ArrayList<>();
        for (Box b : boxes) {
            Anchors.Rect r = anchors.match(headWords(b));
            if (r == null || rects.contains(r)) {
                return null;
            }
            rects.add(r);
        }
        List<Component> placed = new ArrayList<>();
        List<Link> placedLinks = new ArrayList<>();
        double[] weights = new double[rects.size()];
        for (int i = 0; i < rects.size(); i++) {
            placed.add(blocks.get(i));
            weights[i] = rects.get(i).w();
            placedLinks.add(i < links.size() ? links.get(i) : null);
        }
        double minHeight = anchors.toFigure(rects.stream().mapToDouble(Anchors.Rect::h).max().orElse(0), figureHeight);
        return new Columns(placed, weights, placedLinks, minHeight, sketch.specLine(boxes.get(0).top()));
    }

    /**
     * Whether the area's rows are of two forms that line up: a box of a row across most of the width stands
     * at the columns of a box in a narrow row (a flow's single steps down one column, then a row where the
     * flow branches). Set apart, each form shares its row's width its own way and the column goes crooked,
     * so every row of such an area keeps its sketch places ({@link Columns#at}). Rows of one form already
     * line up, and keep filling their width.
     */
    private static boolean mixedGrid(Area area) {
        List<Box> boxes = area.boxes();
        // each box's row's form, found once: the pairs below are many on a sketch of many boxes
        boolean[] narrow = new boolean[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            narrow[i] = narrow(band(boxes.get(i), area), area);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(i);
                Box o = boxes.get(j);
                if (narrow[i] != narrow[j] && (o.top() > b.bottom() || o.bottom() < b.top())
                        && Math.abs(o.left() - b.left()) <= 1 && Math.abs(o.right() - b.right()) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The boxes of the area standing level with {@code b}: its row. */
    private static List<Box> band(Box b, Area area) {
        return area.boxes().stream().filter(o -> o.top() <= b.bottom() && o.bottom() >= b.top()).toList();
    }

    private static boolean narrow(List<Box> band, Area area) {
        int left = band.stream().mapToInt(Box::left).min().orElseThrow();
        int right = band.stream().mapToInt(Box::right).max().orElseThrow();
        return right - left + 1 < area.width() * NARROW_ROW;
    }

    /** The words a box is named by: its titled border and the text of its first lines. */
    static java.util.Set<String> headWords(Box box) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(TextRules.words(box.title()));
        int rows = 0;
        for (Row r : box.interior().rows()) {
            if (!r.isBlank() && rows++ < 3) {
                words.addAll(TextRules.words(TextGroupComposer.texts(r)));
            }
        }
        return words;
    }

    /** The index i when a token stands between box i and box i + 1 of a row (sorted by column), else -1. */
    private static int gapIndex(List<Box> boxes, Token t) {
        for (int i = 0; i + 1 < boxes.size(); i++) {
            if (t.col() > boxes.get(i).left() && t.end() < boxes.get(i + 1).right() && t.col() >= boxes.get(i).right() - 1
                    && t.end() <= boxes.get(i + 1).left() + 1) {
                return i;
            }
        }
        return -1;
    }

    /** Arrows and their labels between neighbouring boxes, one link per gap. */
    private List<Link> links(List<Box> boxes, Area area, int bottom) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i + 1 < boxes.size(); i++) {
            boolean forward = false;
            boolean back = false;
            boolean line = false;
            boolean joined = false;
            List<String> label = new ArrayList<>();
            for (Row r : area.rows()) {
                if (r.row() < boxes.get(0).top() || r.row() > bottom) {
                    continue;
                }
                for (Token t : r.tokens()) {
                    if (gapIndex(boxes, t) != i) {
                        continue;
                    }
                    if (t instanceof Token.Arrow a) {
                        forward |= a.direction() == Token.Direction.RIGHT || a.direction() == Token.Direction.BOTH;
                        back |= a.direction() == Token.Direction.LEFT || a.direction() == Token.Direction.BOTH;
                        if (!a.label().isEmpty()) {
                            label.add(a.label());
                        }
                    } else if (t instanceof Token.Text x) {
                        label.add(x.text());
                    } else if (t instanceof Token.Rule) {
                        line = true;
                    }
                }
                // a plus between two boxes ("BM25 │ + │ HNSW") joins them: the two go on together
                for (Token.Art a : r.art()) {
                    if (gapIndex(boxes, a) == i && a.text().strip().equals("+")) {
                        joined = true;
                    }
                }
            }
            if (joined && !forward && !back && label.isEmpty()) {
                links.add(new Link(false, false, Text.plain("+", "arrowLabel")));
                continue;
            }
            boolean any = forward || back;
            Text text = label.isEmpty() ? null : Text.mixed(TextRules.join(label), "caption");
            // a bare line between two boxes ({@code │──│}) joins them without a head, unless the spec says which way
            links.add(any || text != null ? new Link(forward || !back, back, text) : line ? new Link(false, false, null) : null);
        }
        return links;
    }

    private Component boxRow(List<Box> boxes, Area area, int depth, int bottom) {
        boxes.sort(Comparator.comparingInt(Box::left));
        List<Style> styles = new ArrayList<>();
        boolean anySelected = false;
        for (Box box : boxes) {
            Style s = styleOf(box, depth);
            styles.add(s);
            anySelected |= s.name().equals("card-selected");
        }
        Style shared = null;
        for (int i = 0; i < boxes.size() && !anySelected; i++) {
            if (bindings.get(boxes.get(i)) != null && !styles.get(i).name().startsWith("card-")) {
                shared = styles.get(i);
                break;
            }
        }
        List<Component> blocks = new ArrayList<>();
        double[] weights = new double[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            Style s = styles.get(i);
            // siblings in a row look alike unless the spec singles one out (or the sketch draws a decision)
            if (shared != null && bindings.get(boxes.get(i)) == null && boxes.get(i).border() != Box.Border.DIAMOND) {
                s = shared;
            }
            // beside a chosen option, an untagged card is one of the alternatives
            if (anySelected && s.name().equals("card") && bindings.get(boxes.get(i)) == null) {
                s = theme.style("card-deferred");
            }
            blocks.add(box(boxes.get(i), s, depth));
            weights[i] = boxes.get(i).width();
        }
        List<Link> links = links(boxes, area, bottom);
        Component anchored = anchoredRow(boxes, blocks, links);
        // in an area whose rows keep their sketch places, so does an anchored row: the anchors' sizes give each
        // row its widths alone, and rows under one another would set their gaps each their own way
        if (anchored != null && !placing) {
            return anchored;
        }
        double minHeight = anchored instanceof Columns a ? a.minHeight() : 0;
        int line = sketch.specLine(boxes.get(0).top());
        int span = boxes.get(boxes.size() - 1).right() - boxes.get(0).left() + 1;
        // one box over most of a panel (a card in a panel the sketch drew a column wider) fills it, as its
        // sibling panels' cards do
        if (placing || span < area.width() * (blocks.size() == 1 && depth > 0 ? LONE_BOX : NARROW_ROW)) {
            // a narrow group keeps its place across the width, so connectors drawn by column meet it; so does every
            // row of an area of mixed rows that line up (see mixedGrid), its place then exact (Columns.at)
            List<Component> placed = new ArrayList<>();
            List<Link> placedLinks = new ArrayList<>();
            double[] w = new double[blocks.size() + 2];
            double[] at = new double[blocks.size() + 3];
            placed.add(new Component.Spacer(0));
            placedLinks.add(null);
            w[0] = Math.max(0.01, boxes.get(0).left() - area.left());
            for (int i = 0; i < blocks.size(); i++) {
                placed.add(blocks.get(i));
                placedLinks.add(i < links.size() ? links.get(i) : null);
                w[i + 1] = weights[i];
                at[i + 1] = boxes.get(i).left() - area.left();
            }
            placed.add(new Component.Spacer(0));
            w[w.length - 1] = Math.max(0.01, area.right() - boxes.get(boxes.size() - 1).right());
            at[blocks.size() + 1] = boxes.get(boxes.size() - 1).right() + 1 - area.left();
            at[blocks.size() + 2] = area.width();
            return new Columns(placed, w, placedLinks, minHeight, line, placing ? at : null);
        }
        if (blocks.size() == 1) {
            return blocks.get(0);
        }
        return new Columns(blocks, weights, links, 0, line);
    }

    private static final java.util.regex.Pattern EMPHASISED = java.util.regex.Pattern.compile("(?i)\\bemphasi[sz]ed\\b");
    private static final java.util.regex.Pattern COLOURED = java.util.regex.Pattern.compile(
            "(?i)\\b(coral|teal|gold)\\s+(?:square|box|button|fill)\\b");

    private Style styleOf(Box box, int depth) {
        if (box.border() == Box.Border.DIAMOND) {
            // the sketch drew a decision: a diamond, whatever the row's tag calls it
            return theme.style("decision");
        }
        ContentElement e = bindings.get(box);
        if (e != null) {
            Style s = theme.styleForTag(e.primaryTag());
            // a dark node fill suits a small box with a name in it, not a zone of text; a stage whose name the
            // sketch rules off from a line or two of detail (01 / INGEST / ───── / PDF/email upload) is a titled
            // card, as its untagged siblings are (a zone of more keeps its own structure in an outline)
            if (s.kind().equals("node") && (isLarge(box))) {
                // (a stage set apart in coral, the outcome a flow leads to, keeps its emphasis as a zone: the
                // chosen card's outline, or the callout's)
                boolean coral = s.name().equals("node-coral");
                return theme.style(stageCard(box) ? coral ? "card-selected" : "card" : coral ? "callout" : "panel-outline");
            }
            // a stage the spec says is emphasised ("largest stage, emphasised") stands out from its navy siblings
            if (s.name().equals("node") && EMPHASISED.matcher(e.description()).find()) {
                return theme.style("node-coral");
            }
            // a small box the spec describes in a house colour ("48x48px coral square") is filled in it
            java.util.regex.Matcher coloured = COLOURED.matcher(e.description());
            if (s.kind().equals("node") && coloured.find()) {
                return theme.style("node-" + coloured.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            if (!s.kind().equals("text") && !s.kind().equals("title") && !s.kind().equals("bar")) {
                return s;
            }
        }
        Header h = header(box);
        if (h.badge != null) {
            return theme.style(h.rejected ? "card-deferred" : "card-selected");
        }
        if (h.divider >= 0) {
            return theme.style("card");
        }
        return theme.style(depth == 0 ? "panel" : "panel-outline");
    }

    /**
     * A box with a ruled-off title over at most {@value #STAGE_DETAIL} lines of detail and no boxes in it, a
     * third of the sketch wide at most: one of a row of stages, not a band across the figure.
     */
    private boolean stageCard(Box box) {
        int divider = header(box).divider;
        return divider >= 0 && box.interior().boxes().isEmpty() && box.width() * 3 <= sketch.frameWidth()
                && box.interior().rows().stream().filter(r -> r.row() > divider && r.hasText()).count() <= STAGE_DETAIL;
    }

    private static final int STAGE_DETAIL = 3;

    private static boolean isLarge(Box box) {
        long rows = box.interior().rows().stream().filter(Row::hasText).count();
        return rows > 3 || !box.interior().boxes().isEmpty();
    }

    /**
     * A panel of a split band ({@code +----+----+}) reads as an option card when it opens with a capitals
     * heading: the heading is the card's title, a selection mark makes it the chosen one, and its
     * neighbours the alternatives.
     */
    Component panel(Area area, boolean siblingSelected) {
        Row head = panelHeading(area);
        ContentElement e = bindings.get(area);
        Style style;
        if (e != null && !theme.styleForTag(e.primaryTag()).kind().equals("text")
                && !theme.styleForTag(e.primaryTag()).kind().equals("node")) {
            style = theme.styleForTag(e.primaryTag());
        } else if (head != null && TextRules.hasSelectedSuffix(TextGroupComposer.texts(head))) {
            style = theme.style("card-selected");
        } else if (siblingSelected) {
            style = theme.style("card-deferred");
        } else {
            style = theme.style("panel");
        }
        int bodyStart = head == null ? area.top() : head.row() + 1;
        List<Row> rows = new ArrayList<>();
        for (Row r : area.rows()) {
            boolean underline = head != null && r.row() == head.row() + 1 && !r.hasText();
            if (r.row() >= bodyStart && !underline) {
                rows.add(r);
            }
        }
        Area body = new Area(bodyStart, area.bottom(), area.left(), area.right(), area.boxes(), rows);
        int line = sketch.specLine(head == null ? area.top() : head.row());
        String title = head == null ? "" : TextGroupComposer.texts(head);
        Text titleText = title.isEmpty() ? null : Text.plain(title, style.kind().equals("card") ? "cardTitle" : "section");
        return node(style, e, titleText, null, compose(body, 1), line);
    }

    private Node node(Style style, ContentElement e, Text title, Text badge, Component body, int line) {
        String name = title != null ? title.value() : e != null ? e.element() : Names.firstHeading(body);
        return new Node(ids.of(name), style.name(), e == null ? "" : e.primaryTag(), e == null ? "" : e.element(),
                e == null ? 0 : e.line(), title, badge, body, line);
    }

    /** The panel's first row when it is a capitals heading (a selection mark after it allowed). */
    static Row panelHeading(Area area) {
        for (Row r : area.rows()) {
            if (r.isBlank()) {
                continue;
            }
            if (!area.boxes().isEmpty() && area.boxes().get(0).top() < r.row()) {
                return null;
            }
            String t = TextGroupComposer.texts(r);
            boolean single = r.tokens().stream().filter(x -> x instanceof Token.Text).count() == 1;
            return single && TextRules.isCapsLabel(TextRules.withoutSelectedSuffix(t)) ? r : null;
        }
        return null;
    }

    static boolean panelSelected(Area area) {
        Row head = panelHeading(area);
        return head != null && TextRules.hasSelectedSuffix(TextGroupComposer.texts(head));
    }

    private Component box(Box box, Style style, int depth) {
        int line = sketch.specLine(box.top());
        ContentElement e = bindings.get(box);
        Component.Table slots = GridTable.slots(sketch, box);
        if (slots != null && e == null) {
            return slots;
        }
        Component.Table grid = GridTable.of(sketch, box);
        if (grid != null) {
            // a box ruled into columns is a table, header and all, never a title over run-together cells
            Text title = box.title().isEmpty() ? null : Text.plain(box.title(), style.kind().equals("card") ? "cardTitle" : "section");
            return node(style, e, title, null, grid, line);
        }
        if (style.kind().equals("decision")) {
            // a decision's words are its question, however the sketch broke them to fit the diamond
            List<String> lines = box.interior().rows().stream().filter(Row::hasText).map(TextGroupComposer::texts).toList();
            return node(style, e, Text.plain(TextRules.join(lines), "cardTitle"), null, null, line);
        }
        if (style.kind().equals("card")) {
            Header h = header(box);
            String title = h.title.isEmpty() ? box.title() : h.title;
            Text titleText = title.isEmpty() ? null : Text.plain(title, "cardTitle");
            Text badge = h.badge == null ? null : Text.plain(h.badge, "badge");
            return node(style, e, titleText, badge, spreadAsDrawn(cardBody(box, h.bodyStart, depth), box), line);
        }
        Text title = box.title().isEmpty() ? null : Text.plain(box.title(), "section");
        return node(style, e, title, null, spreadAsDrawn(numberedHeading(compose(box.interior(), depth + 1)), box), line);
    }

    private static final java.util.regex.Pattern STEP_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}[.)]");

    /**
     * A box opening with a numbered name in capitals over more lines ({@code 1. NIGHTLY SNAPSHOT} over
     * {@code pg_basebackup 02:00 UTC}) is a numbered step: the line is its heading, number and all, as
     * {@code 5a. MARK VERIFIED} is, not a list of one item.
     */
    private static Component numberedHeading(Component body) {
        if (!(body instanceof Stack s) || s.children().size() < 2 || !(s.children().get(0) instanceof Component.Items l)
                || l.items().size() != 1) {
            return body;
        }
        Component.Item item = l.items().get(0);
        String name = item.text().value();
        if (item.marker() == null || !STEP_NUMBER.matcher(item.marker()).matches() || !TextRules.isCapsLabel(name)) {
            return body;
        }
        List<Component> kids = new ArrayList<>(s.children());
        kids.set(0, new Component.Heading(Text.plain(item.marker() + " " + name, "section"), true, item.line()));
        return new Stack(kids, s.gap(), s.spread(), s.line());
    }

    /**
     * A tall box whose lines the sketch spreads down its height, two blank rows or more between one group of
     * lines and the next on the whole (a side panel's signals, one level with each tier beside it): its body
     * shares the room as the sketch does ({@code spread}), rather than bunching at the top of a frame left
     * mostly empty. A list double-spaced, one blank row between items, keeps its lines together.
     */
    private static Component spreadAsDrawn(Component body, Box box) {
        if (!(body instanceof Stack s) || s.spread()) {
            return body;
        }
        List<Integer> written = box.interior().rows().stream().filter(Row::hasText).map(Row::row).toList();
        int height = box.interior().bottom() - box.interior().top() + 1;
        if (written.size() < 4 || height < SPREAD_ROWS) {
            return body;
        }
        int groups = 1;
        int blank = 0;
        for (int i = 1; i < written.size(); i++) {
            int apart = written.get(i) - written.get(i - 1) - 1;
            if (apart > 0) {
                groups++;
                blank += apart;
            }
        }
        int span = written.get(written.size() - 1) - written.get(0) + 1;
        boolean spread = groups >= 4 && blank >= 2 * (groups - 1) && span >= 0.5 * height;
        return spread ? new Stack(s.children(), s.gap(), true, s.line()) : body;
    }

    /** The least height, in sketch rows, of a box whose spread lines share its room (see spreadAsDrawn). */
    private static final int SPREAD_ROWS = 12;

    /** A card's header: the rows above its first divider, or a capitals first line, and any selection badge. */
    private record Header(String title, String badge, boolean rejected, int divider, int bodyStart) {
    }

    private static final java.util.regex.Pattern DIAMOND = java.util.regex.Pattern.compile("^[◆◇]\\s+(?=\\S)");

    private Header header(Box box) {
        Area in = box.interior();
        int divider = box.dividers().isEmpty() ? underlineRow(in) : box.dividers().get(0);
        int headerRows = 0;
        for (Row r : in.rows()) {
            if (divider >= 0 && r.row() < divider && !r.isBlank()) {
                headerRows++;
            }
        }
        if (divider >= 0 && headerRows > 4) {
            divider = -1;
        }
        List<String> title = new ArrayList<>();
        String badge = null;
        boolean rejected = false;
        int bodyStart = divider >= 0 ? divider + 1 : in.top();
        boolean capsRun = divider < 0 && box.title().isEmpty();
        for (Row r : in.rows()) {
            boolean inHeader = divider >= 0 ? r.row() < divider : r.row() < bodyStart;
            if (capsRun && !r.isBlank()) {
                // a heading wrapped over up to three capitals lines at the top of a box is its title
                // a decision's diamond before its name ("◆ GATE") marks the box, not a list
                String t = DIAMOND.matcher(TextGroupComposer.texts(r)).replaceFirst("");
                boolean caps = TextRules.isCapsLabel(t) || !title.isEmpty() && TextRules.isCapsLabel("XXX" + t);
                if (caps && r.tokens().size() <= 3 && title.size() < 3 && TextRules.selection(t) == null
                        && TextRules.rejection(t) == null
                        && !(TextRules.startsWithKey(t) && !title.isEmpty())) {
                    inHeader = true;
                    bodyStart = r.row() + 1;
                } else {
                    capsRun = false;
                }
            } else if (capsRun && !title.isEmpty()) {
                capsRun = false;
            }
            if (!inHeader) {
                continue;
            }
            for (Token t : r.tokens()) {
                if (t instanceof Token.Text x) {
                    String sel = TextRules.selection(x.text());
                    String no = TextRules.rejection(x.text());
                    if (sel != null && badge == null) {
                        badge = sel;
                    } else if (no != null && badge == null) {
                        badge = no;
                        rejected = true;
                    } else {
                        title.add(DIAMOND.matcher(x.text()).replaceFirst(""));
                    }
                }
            }
        }
        if (divider < 0 && badge == null) {
            // a badge may also stand on the first body line of a card without a divider
            for (Row r : in.rows()) {
                if (r.row() >= bodyStart && !r.isBlank()) {
                    String sel = r.tokens().size() == 1 ? TextRules.selection(TextGroupComposer.texts(r)) : null;
                    String no = r.tokens().size() == 1 ? TextRules.rejection(TextGroupComposer.texts(r)) : null;
                    if (sel != null || no != null) {
                        badge = sel != null ? sel : no;
                        rejected = sel == null;
                        bodyStart = r.row() + 1;
                    }
                    break;
                }
            }
        }
        return new Header(TextRules.join(title), badge, rejected, divider, bodyStart);
    }

    /** A short rule under the first line(s) of a box ({@code Render} / {@code ──────}) marks its title. */
    private static int underlineRow(Area in) {
        int seen = 0;
        for (Row r : in.rows()) {
            if (r.isBlank()) {
                continue;
            }
            if (seen > 0 && r.tokens().stream().allMatch(t -> t instanceof Token.Rule)) {
                return r.row();
            }
            if (++seen > 2) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A card body: nested boxes are composed as an area; otherwise each blank-separated group is one item of
     * the card's list, which stands where its first item does, with headings, code and flows in between.
     */
    private Component cardBody(Box box, int bodyStart, int depth) {
        Area in = box.interior();
        List<Box> nested = new ArrayList<>();
        for (Box b : in.boxes()) {
            if (b.top() >= bodyStart) {
                nested.add(b);
            }
        }
        if (!nested.isEmpty()) {
            List<Row> rows = in.rows().stream().filter(r -> r.row() >= bodyStart).toList();
            Area body = new Area(bodyStart, in.bottom(), in.left(), in.right(), nested, rows);
            return compose(body, depth + 1);
        }
        List<Item> bullets = new ArrayList<>();
        // the card's list is placed at index listAt of blocks once its first item is known
        List<Component> blocks = new ArrayList<>();
        int listAt = -1;
        List<Row> group = new ArrayList<>();
        List<List<Row>> groups = new ArrayList<>();
        for (Row r : in.rows()) {
            if (r.row() < bodyStart) {
                continue;
            }
            if (r.isBlank()) {
                if (!group.isEmpty() && TextGroupComposer.underline(group.get(group.size() - 1)) != null) {
                    // labels underlined in colours stay one group across the blank rows between them
                    group.add(r);
                } else if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
            } else {
                group.add(r);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        // a divider under the card's body sets off a footnote ("14-day retention"): said under the list, never
        // one more of its items
        int last = box.dividers().isEmpty() ? -1 : box.dividers().get(box.dividers().size() - 1);
        List<Component> foot = new ArrayList<>();
        if (last > bodyStart) {
            List<Row> under = in.rows().stream().filter(r -> r.row() > last && r.hasText()).toList();
            // (a line or two under a marked list; a list of its own under the divider stays the card's list)
            boolean marked = in.rows().stream().anyMatch(r -> r.row() >= bodyStart && r.row() < last
                    && TextRules.marker(TextGroupComposer.texts(r)).marker() != null);
            boolean unmarked = under.stream().allMatch(r -> TextRules.marker(TextGroupComposer.texts(r)).marker() == null);
            if (!under.isEmpty() && under.size() <= 2 && marked && unmarked) {
                groups.removeIf(g -> g.stream().allMatch(r -> r.row() > last || !r.hasText()));
                foot.addAll(text.compose(under, false, null));
            }
        }
        for (List<Row> g : groups) {
            int before = bullets.size();
            List<Component> made = text.compose(g, true, bullets, in.right() - in.left() + 1);
            if (bullets.size() > before && listAt < 0) {
                // the list stands where its first item is: after what the group drew above it (code before "15+ lines")
                int first = bullets.get(before).line();
                listAt = blocks.size() + (int) made.stream().filter(c -> c.line() > 0 && c.line() < first).count();
            }
            blocks.addAll(made);
        }
        if (listAt >= 0) {
            blocks.add(listAt, new Component.Items(bullets, 0));
        }
        blocks.addAll(foot);
        return blocks.isEmpty() ? null : blocks.size() == 1 ? blocks.get(0) : new Stack(blocks, 0.6, false, 0);
    }
}
