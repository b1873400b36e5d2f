package io.figgen.scene;

import java.util.List;

/**
 * One thing the figure shows, as the whole spec describes it: no sketch cells, no pixels. Components nest
 * (a node holds its body, a stack its parts); each carries the spec line it was read from, so that findings
 * and {@code figgen inspect --scene} point back at the spec. Positions that only the sketch gives (where a
 * connector stands across its strip, where a chart's marks sit) are kept as offsets on a grid of
 * {@code columns} by {@code rows}, which the layout maps onto whatever room it gives the component.
 */
public sealed interface Component {
    /** The spec line this component comes from; 0 when the component is figgen's own grouping. */
    int line();

    /** Parts one above the other; {@code gap} scales the theme's gap, {@code spread} shares spare height. */
    record Stack(List<Component> children, double gap, boolean spread, int line) implements Component {
        public Stack {
            children = List.copyOf(children);
        }
    }

    /**
     * Parts side by side, in proportion to {@code weights}; {@code links.get(i)} (or null) is the arrow drawn
     * from part i to part i + 1. {@code minHeight} (canvas pixels, 0 for none) comes from spatial anchors.
     * {@code at}, when not null, is where each part starts across the row in the sketch's columns, and, last,
     * the row's extent: parts the sketch draws at the same columns in different rows (the steps of a flow
     * down one column) then stand at the same x in the figure, where weights alone would set each row's gaps
     * its own way.
     */
    record Columns(List<Component> children, double[] weights, List<Link> links, double minHeight, int line, double[] at)
            implements Component {
        public Columns {
            children = List.copyOf(children);
            weights = weights.clone();
            links = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(links));
            at = at == null || at.length != children.size() + 1 ? null : at.clone();
        }

        public Columns(List<Component> children, double[] weights, List<Link> links, double minHeight, int line) {
            this(children, weights, links, minHeight, line, null);
        }
    }

    /**
     * An arrow between neighbours in a row of nodes; {@code label} may be null; {@code dashed} for an optional
     * or asynchronous relation, as the spec states it.
     */
    record Link(boolean forward, boolean back, Text label, boolean dashed, boolean divider) {
        public Link(boolean forward, boolean back, Text label, boolean dashed) {
            this(forward, back, label, dashed, false);
        }

        public Link(boolean forward, boolean back, Text label) {
            this(forward, back, label, false);
        }

        /** No relation but a division: the accent rule the spec asks for between split panels. */
        public static Link dividing() {
            return new Link(false, false, null, false, true);
        }
    }

    /** Empty room that keeps a narrow group at its place across the width. */
    record Spacer(int line) implements Component {
    }

    /**
     * A box of the figure: an option card, a zone, a panel, a stage. {@code style} is the theme style it is
     * drawn in (chosen from its tag, its selection mark or its siblings), {@code tag} the semantic tag of the
     * content element it was bound to ("" for none), {@code element} that element's name and
     * {@code elementLine} its row. {@code title} and {@code badge} may be null; so may {@code body}. {@code id}
     * names it in the scene (edges refer to it), unique within the scene.
     */
    record Node(String id, String style, String tag, String element, int elementLine, Text title, Text badge, Component body,
                int line) implements Component {
        /** The node with another body (a pass that rewrote what it holds). */
        public Node withBody(Component b) {
            return new Node(id, style, tag, element, elementLine, title, badge, b, line);
        }

        /** The node with another title (a cut title completed, a label's spelling). */
        public Node withTitle(Text t) {
            return new Node(id, style, tag, element, elementLine, t, badge, body, line);
        }

        /** The node with another badge. */
        public Node withBadge(Text b) {
            return new Node(id, style, tag, element, elementLine, title, b, body, line);
        }

        /** The node in another style (siblings made alike, a panel read as text). */
        public Node withStyle(String s) {
            return new Node(id, s, tag, element, elementLine, title, badge, body, line);
        }
    }

    /** A section heading; {@code ruled} draws the accent rule under it. */
    record Heading(Text text, boolean ruled, int line) implements Component {
    }

    /** Running text. */
    record Paragraph(Text text, int line) implements Component {
    }

    /** A list; an item's {@code marker} is null for none, "" for the house square, else the glyph or numeral. */
    record Items(List<Item> items, int line) implements Component {
        public Items {
            items = List.copyOf(items);
        }
    }

    record Item(String marker, Text text, int line) {
    }

    /** Code, commands or a file tree: lines kept as written, {@code indent} in characters. */
    record Code(List<CodeLine> lines, int line) implements Component {
        public Code {
            lines = List.copyOf(lines);
        }
    }

    record CodeLine(int indent, String text, int line) {
    }

    /**
     * A table: rows of cells (an empty text for an empty cell), column weights, and each row's spec line;
     * {@code header} when the first row heads the columns. {@code tones} (empty for none) gives a filled cell
     * the theme colour token the spec's legend implies for it, row by row ("" for an unfilled cell).
     * {@code spread}: the columns keep the sketch's proportions across the room (a table that lines up with the
     * boxes, arrows or bands around it), else each is as wide as its content. {@code selected}: the column
     * the spec marks as the chosen option (its header's selection mark, or a selected_option element), or -1.
     * {@code badge}: what the chosen column's head is marked with ({@code SWEET SPOT}), or null.
     */
    record Table(List<List<Text>> rows, double[] weights, List<Integer> lines, boolean header, List<List<String>> tones,
                 boolean spread, int selected, Text badge, int line) implements Component {
        /** A tone so prefixed ({@code line:gray}) underlines the cell's words in the colour rather than filling it. */
        public static final String UNDERLINE = "line:";
        /** A tone so prefixed ({@code open:navy}) outlines an empty cell in the colour: an open slot. */
        public static final String OPEN = "open:";

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            weights = weights.clone();
            lines = List.copyOf(lines);
            tones = tones.stream().map(List::copyOf).toList();
        }

        public Table(List<List<Text>> rows, double[] weights, List<Integer> lines, boolean header, List<List<String>> tones,
                     boolean spread, int selected, int line) {
            this(rows, weights, lines, header, tones, spread, selected, null, line);
        }

        /** The table with its chosen column's head marked {@code badge}. */
        public Table badged(Text badge) {
            return new Table(rows, weights, lines, header, tones, spread, selected, badge, line);
        }

        /**
         * A table without filled cells, its header read from its first row's style; one without a header (labels
         * under a row of boxes, say) keeps the sketch's proportions.
         */
        public Table(List<List<Text>> rows, double[] weights, List<Integer> lines, int line) {
            this(rows, weights, lines, headed(rows), List.of(), !headed(rows), -1, line);
        }

        private static boolean headed(List<List<Text>> rows) {
            return rows.size() > 1 && rows.get(0).stream().anyMatch(c -> !c.runs().isEmpty())
                    && rows.get(0).stream().allMatch(c -> c.runs().stream().allMatch(r -> r.role().equals("strong")));
        }
    }

    /** A chain of nodes joined by labelled arrows, left to right ({@code Model ── autogenerate ──> Migration}). */
    record Flow(List<FlowNode> nodes, List<FlowArrow> arrows, int line) implements Component {
        public Flow {
            nodes = List.copyOf(nodes);
            arrows = List.copyOf(arrows);
        }
    }

    /** {@code detail} may be null; {@code id} as a node's. */
    record FlowNode(String id, Text title, Text detail, int line) {
    }

    /** {@code label} and {@code detail} may be null. */
    record FlowArrow(Text label, Text detail, boolean forward, boolean back, int line) {
    }

    /**
     * Connecting lines between stacked parts: vertical runs, buses and arrowheads, row by row, at column offsets
     * on a grid {@code columns} wide, with the short labels written beside them, in reading order.
     */
    record Connector(List<List<Mark>> rows, int columns, List<Text> labels, boolean axis, int line) implements Component {
        /** {@code axis}: the lines are an axis the figure draws for itself (a MATURITY arrow), joining no parts. */
        public Connector {
            rows = rows.stream().map(List::copyOf).toList();
            labels = List.copyOf(labels);
        }

        public Connector(List<List<Mark>> rows, int columns, List<Text> labels, int line) {
            this(rows, columns, labels, false, line);
        }
    }

    /** One stroke of a connector row. */
    record Mark(MarkKind kind, int col, int end, boolean headStart, boolean headEnd) {
    }

    enum MarkKind {
        /** a vertical line; {@code headEnd} points down, {@code headStart} up */
        VERTICAL,
        /** a lone arrowhead; {@code headEnd} down, {@code headStart} up */
        HEAD,
        /** a horizontal line or bus from {@code col} to {@code end}; heads at the right and left end */
        HORIZONTAL,
        /** where the next label stands */
        LABEL,
        /**
         * a line that returns under what it joins, from corner {@code col} to corner {@code end}, rising at both
         * ends to the parts it joins; {@code headStart} puts the head on the rise at {@code col}, {@code headEnd}
         * on the one at {@code end}
         */
        RETURN
    }

    /** A horizontal divider from {@code from} to {@code to} (fractions of the width), with an arrowhead or not. */
    record Rule(double from, double to, boolean arrow, int line) implements Component {
    }

    /**
     * A chart placed by coordinates on a grid {@code columns} by {@code rows}: the y axis at column
     * {@code axisCol} from row {@code axisTop} down to the x axis at row {@code xRow}, which runs to column
     * {@code xEnd}; labelled marks and labels at their grid positions.
     */
    record Chart(int columns, int rows, int axisCol, int axisTop, int xRow, int xEnd, List<ChartMark> marks,
                 List<ChartLabel> labels, int line) implements Component {
        public Chart {
            marks = List.copyOf(marks);
            labels = List.copyOf(labels);
        }
    }

    record ChartMark(int top, int left, int bottom, int right, List<Text> lines, int line) {
        public ChartMark {
            lines = List.copyOf(lines);
        }
    }

    /** {@code tick}: a tick label left of the y axis, right-aligned to it. */
    record ChartLabel(int row, int col, Text text, boolean tick, int line) {
    }

    /**
     * A chart read as data (axes, points, bars, curves, spokes, events) rather than placed by sketch cells:
     * what {@link io.figgen.scene.chart.Chart} it is says how it is drawn.
     */
    record Plot(io.figgen.scene.chart.Chart chart, int line) implements Component {
    }

    /**
     * A callout box: a heading and its text, in the {@code style} of its tag. {@code position} is where its
     * Callout Boxes row asks for it ("top-right corner", "right of CMO node"; "" for nowhere in particular).
     */
    record Callout(Text title, Text body, String style, String position, int line) implements Component {
    }
}
