package io.figgen.layout;

import io.figgen.scene.Component;
import io.figgen.scene.Footer;
import io.figgen.scene.Ids;
import io.figgen.scene.Text;
import io.figgen.scene.TextRules;
import io.figgen.scene.Title;
import io.figgen.theme.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns scene components into blocks at one scale: each kind of component has its block, and text takes
 * its colours from the component around it (a card's text, a dark node's white, the footer bar's).
 */
final class SceneLayout {
    private final Ctx ctx;
    /** Whether what the sketch stacks is recomposed: a pair side by side, a ladder as a staircase (see {@link #recomposes}). */
    private final boolean beside;
    /** Whether the canvas is wide enough for a chart and its text side by side. */
    private final boolean wide;

    /** The scene's stated relationships, for the steps of a staircase. */
    private final List<io.figgen.scene.Edge> edges;
    /** Node titles, squeezed ({@link io.figgen.scene.TextRules#squeeze}), to their ids: an arrow rule finds the boxes its text names. */
    private final java.util.Map<String, String> titled = new java.util.HashMap<>();

    SceneLayout(Ctx ctx) {
        this(ctx, false, false, List.of());
    }

    SceneLayout(Ctx ctx, boolean beside, boolean wide, List<io.figgen.scene.Edge> edges) {
        this.ctx = ctx;
        this.beside = beside;
        this.wide = wide;
        this.edges = edges;
    }

    /**
     * Where a stack holds a chart and, next to it, text that explains it (a list, a card, a note), the two
     * may stand side by side: on a wide canvas a chart over its legend leaves both sides of the chart empty
     * and shrinks the type to fit the height. So may two sections, one of them a table, on any canvas (see
     * {@link #sectionPair}). {@link #recomposes} is true when {@code children} has such a pair (charts count only when {@code wide}) or
     * is a ladder the layout may set as a staircase ({@link #ladder}).
     */
    static boolean recomposes(List<Component> children, boolean wide) {
        return besidePair(children, wide) >= 0 || ladder(children) != null || layered(children);
    }

    /**
     * Two or more titled boxes in the stack, each a row of boxes: the layers of a stack diagram. Their
     * headings may stand in a column left of their rows, as a layer diagram labels its bands, where over
     * each row they cost a line of height a layer.
     */
    private static boolean layered(List<Component> children) {
        return children.stream().filter(c -> c instanceof Component.Node n && n.title() != null
                && n.body() instanceof Component.Columns r && r.children().stream().filter(Component.Node.class::isInstance).count() >= 2)
                .count() >= 2;
    }

    private static int besidePair(List<Component> children, boolean wide) {
        for (int i = 0; wide && i + 1 < children.size(); i++) {
            Component a = children.get(i);
            Component b = children.get(i + 1);
            if (plotted(a) && (prose(b) || inset(b)) || (prose(a) || inset(a)) && plotted(b)) {
                return i;
            }
        }
        return sectionPair(children);
    }

    /**
     * Two sections in a row of the stack (each a heading over its text or table), one of them a table: a
     * short paragraph over a narrow table leaves the right half of the figure empty twice over, and side by
     * side, the section first read on the left, they take the height of the taller alone.
     */
    private static int sectionPair(List<Component> children) {
        for (int i = 0; i + 1 < children.size(); i++) {
            if (section(children.get(i)) && section(children.get(i + 1)) && (tabled(children.get(i)) || tabled(children.get(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean section(Component c) {
        return c instanceof Component.Stack s && s.children().size() >= 2 && s.children().get(0) instanceof Component.Heading
                && s.children().stream().skip(1).allMatch(k -> k instanceof Component.Table || prose(k) && !(k instanceof Component.Node));
    }

    private static boolean tabled(Component c) {
        return ((Component.Stack) c).children().stream().anyMatch(Component.Table.class::isInstance);
    }

    /** A chart, or a section of one: its heading over it. */
    private static boolean plotted(Component c) {
        return c instanceof Component.Plot || c instanceof Component.Stack s && s.children().size() == 2
                && s.children().get(0) instanceof Component.Heading && s.children().get(1) instanceof Component.Plot;
    }

    /**
     * A row of what explains a chart (a section of text, a card of text or a formula, among spacers): under a
     * chart it fills a band of its own with the chart's sides empty above it; beside the chart, its parts
     * stacked, it is the inset the figure's prose often asks for ("the right side has a smaller inset").
     */
    private static boolean inset(Component c) {
        return c instanceof Component.Columns r && r.children().stream().anyMatch(k -> !(k instanceof Component.Spacer))
                && r.children().stream().allMatch(k -> k instanceof Component.Spacer || prose(k) || formula(k) || inset(k));
    }

    /** A card whose body is text and code lines: a formula and its terms. */
    private static boolean formula(Component c) {
        return c instanceof Component.Node n && n.body() instanceof Component.Stack s
                && s.children().stream().allMatch(k -> k instanceof Component.Code || prose(k));
    }

    /** An inset row's parts, spacers dropped, nested rows flattened, to stack beside a chart. */
    private static List<Component> parts(Component c) {
        List<Component> out = new ArrayList<>();
        if (c instanceof Component.Columns r) {
            for (Component k : r.children()) {
                out.addAll(parts(k));
            }
        } else if (!(c instanceof Component.Spacer)) {
            out.add(c);
        }
        return out;
    }

    /** Text a reader takes in beside a chart: a card or panel of text, a list, a paragraph, a callout. */
    private static boolean prose(Component c) {
        if (c instanceof Component.Node n) {
            return n.body() == null || prose(n.body());
        }
        if (c instanceof Component.Stack s) {
            // a section (a heading and its text) may stand beside a chart; a heading alone heads what follows it
            return s.children().stream().anyMatch(SceneLayout::prose)
                    && s.children().stream().allMatch(k -> k instanceof Component.Heading || prose(k));
        }
        return c instanceof Component.Items || c instanceof Component.Paragraph || c instanceof Component.Callout;
    }

    /**
     * The slot from the left of each row's stage when the rows are a ladder: three or more rows, each one stage
     * (a node) among spacers, their places along the row strictly rising or falling down the stack. Null when
     * they are not.
     */
    static int[] ladder(List<Component> children) {
        if (children.size() < 3) {
            return null;
        }
        double[] centres = new double[children.size()];
        for (int i = 0; i < children.size(); i++) {
            if (!(children.get(i) instanceof Component.Columns r) || !r.links().stream().allMatch(java.util.Objects::isNull)) {
                return null;
            }
            int node = -1;
            for (int k = 0; k < r.children().size(); k++) {
                Component c = r.children().get(k);
                if (c instanceof Component.Node) {
                    if (node >= 0) {
                        return null;
                    }
                    node = k;
                } else if (!(c instanceof Component.Spacer)) {
                    return null;
                }
            }
            if (node < 0 || r.children().size() < 2 || r.weights().length != r.children().size()) {
                return null;
            }
            double total = 0;
            double before = 0;
            for (int k = 0; k < r.weights().length; k++) {
                total += r.weights()[k];
                before += k < node ? r.weights()[k] : 0;
            }
            centres[i] = (before + r.weights()[node] / 2) / total;
        }
        int sign = (int) Math.signum(centres[1] - centres[0]);
        for (int i = 1; i < centres.length; i++) {
            if (sign == 0 || (int) Math.signum(centres[i] - centres[i - 1]) != sign) {
                return null;
            }
        }
        int[] slots = new int[centres.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = sign > 0 ? i : slots.length - 1 - i;
        }
        return slots;
    }

    /** The stated relationship between a lower stage and the one above it, as a step; null when none is stated. */
    private StairBlock.Step step(String lower, String upper, Tone tone) {
        for (io.figgen.scene.Edge e : edges) {
            if (e.source() == io.figgen.scene.Edge.Source.SKETCH || !e.kind().connects()) {
                continue;
            }
            boolean up = e.fromNode().equals(lower) && e.toNode().equals(upper);
            if (up || e.fromNode().equals(upper) && e.toNode().equals(lower)) {
                RichText label = e.label().isEmpty() ? null : Inline.plain(ctx, e.label(), "caption", tone);
                return new StairBlock.Step(label, up, e.line());
            }
        }
        return null;
    }

    /** A stack's blocks, with its chart-and-text pair in a row when this layout sets them side by side. */
    List<Block> stacked(List<Component> children, Tone tone) {
        int[] slots = beside ? ladder(children) : null;
        if (slots != null) {
            List<Block> stages = new ArrayList<>();
            List<Component.Node> nodes = new ArrayList<>();
            for (Component c : children) {
                Component.Columns r = (Component.Columns) c;
                Component.Node node = (Component.Node) r.children().stream().filter(Component.Node.class::isInstance).findFirst().orElseThrow();
                nodes.add(node);
                stages.add(block(node, tone));
            }
            List<StairBlock.Step> steps = new ArrayList<>();
            for (int i = 0; i + 1 < nodes.size(); i++) {
                steps.add(step(nodes.get(i + 1).id(), nodes.get(i).id(), tone));
            }
            return List.of(new StairBlock(stages, slots, steps, ctx.color("navy")).at(children.get(0).line()));
        }
        int at = beside ? besidePair(children, wide) : -1;
        if (at < 0) {
            return read(children, tone);
        }
        List<Block> out = new ArrayList<>(read(children.subList(0, at), tone));
        Block a = besideBlock(children.get(at), tone);
        Block b = besideBlock(children.get(at + 1), tone);
        // the chart keeps the larger share: it is what the figure shows; the text is read beside it (two
        // sections share the width evenly)
        boolean chartFirst = plotted(children.get(at));
        boolean chartSecond = plotted(children.get(at + 1));
        out.add(new RowBlock(List.of(a, b), chartFirst ? new double[] {0.58, 0.42} : chartSecond ? new double[] {0.42, 0.58}
                : new double[] {0.5, 0.5}));
        out.addAll(read(children.subList(at + 2, children.size()), tone));
        return out;
    }

    /** A block for one side of a pair: an inset row's parts stacked, top to bottom, anything else as itself. */
    private Block besideBlock(Component c, Tone tone) {
        if (!inset(c)) {
            return block(c, tone);
        }
        List<Block> stack = new ArrayList<>();
        for (Component k : parts(c)) {
            stack.add(block(k, tone));
        }
        return new StackBlock(stack, 1.0, false).held();
    }

    Tone baseTone() {
        return new Tone(ctx.style("body").color(), ctx.color("coral"), ctx.style("cardTitle").color(), false);
    }

    RichText text(Text t, Tone tone) {
        RichText out = null;
        // a command run among words (the scene's CommandWords) is sized against the words it stands among
        String words = t.runs().stream().filter(Text.Run::mixed).map(Text.Run::role).findFirst().orElse(null);
        for (Text.Run r : t.runs()) {
            RichText part = r.mixed() ? Inline.rich(ctx, r.value(), r.role(), tone)
                    : r.role().equals("code") && words != null ? Inline.command(ctx, r.value(), words, tone)
                    : Inline.plain(ctx, r.value(), r.role(), tone);
            out = out == null ? part : RichText.concat(out, part);
        }
        return out == null ? Inline.plain(ctx, "", "body", tone) : out;
    }

    private RichText textOrNull(Text t, Tone tone) {
        return t == null || t.runs().isEmpty() ? null : text(t, tone);
    }

    Block title(Title t) {
        Tone tone = baseTone();
        List<TitleBlock.Sub> subs = new ArrayList<>();
        for (Title.Subtitle s : t.subtitles()) {
            subs.add(new TitleBlock.Sub(text(s.text(), tone), s.square()));
        }
        return new TitleBlock(text(t.title(), tone), subs, ctx.color("coral"), t.square()).at(t.line());
    }

    Block footer(Footer f) {
        Style style = ctx.theme.style(f.style());
        if (style.kind().equals("bar")) {
            Tone onBar = new Tone(style.text(), style.text(), style.text(), true);
            BarBlock bar = new BarBlock(text(f.text(), onBar), style.fill());
            return (f.square() ? bar.led(style.text()) : bar).at(f.line());
        }
        // not a bar: a callout box (the footer's own panel style, else the house callout), not a grey footnote;
        // outlined on the page's own ground, so a dense figure keeps its share of background
        Style own = style.kind().equals("panel") ? style : ctx.theme.style("callout");
        Style panel = new Style(own.name(), own.kind(), null, own.stroke(), own.strokeWidth(), own.dash(), own.accent(),
                own.text(), own.title(), own.badge());
        Tone tone = toneOf(panel, baseTone());
        TextBlock said = new TextBlock(text(f.text(), tone), false);
        PanelBlock box = new PanelBlock(panel, null, (f.square() ? said.led(ctx.color("coral")) : said).at(f.line()));
        return (f.rule() ? box.ruled(ctx.color("coral")) : box).at(f.line());
    }

    Block block(Component c, Tone tone) {
        Block b;
        if (c instanceof Component.Stack s) {
            List<Block> parts = stacked(s.children(), tone);
            FlowBlock.align(parts);
            if (beside && layered(s.children())) {
                PanelBlock.headingsBeside(parts);
            }
            b = new StackBlock(parts, s.gap(), s.spread());
        } else if (c instanceof Component.Columns r) {
            b = columns(r, tone);
        } else if (c instanceof Component.Spacer) {
            b = new SpacerBlock();
        } else if (c instanceof Component.Node n) {
            b = node(n, tone);
            b.nodeId = n.id();
        } else if (c instanceof Component.Heading h) {
            b = new HeadingBlock(text(h.text(), tone), h.ruled() ? tone.accent() : null);
            b.nodeId = Ids.headingId(h.text().value());
        } else if (c instanceof Component.Paragraph p) {
            b = new TextBlock(text(p.text(), tone), false);
        } else if (c instanceof Component.Items l) {
            b = items(l, tone);
        } else if (c instanceof Component.Code code) {
            b = code(code, tone);
        } else if (c instanceof Component.Table t) {
            b = table(t, tone);
        } else if (c instanceof Component.Flow f) {
            b = flow(f, tone);
        } else if (c instanceof Component.Connector k) {
            ConnectorBlock cb = new ConnectorBlock(k.rows(), k.columns(), k.labels().stream().map(l -> text(l, tone)).toList(),
                    ctx.color("navy"));
            cb.role = k.axis() ? io.figgen.model.Shape.Role.AXIS : io.figgen.model.Shape.Role.CONNECTOR;
            b = cb;
        } else if (c instanceof Component.Rule r) {
            b = new LineBlock(r.from(), r.to(), r.arrow(), r.arrow() ? ctx.color("coral") : ctx.color("quiet"));
        } else if (c instanceof Component.Chart ch) {
            b = chart(ch, tone);
        } else if (c instanceof Component.Plot plot) {
            b = ChartBlocks.of(plot.chart());
        } else if (c instanceof Component.Callout co) {
            b = new PanelBlock(ctx.theme.style(co.style()),
                    new HeadingBlock(text(co.title(), tone), ctx.color("coral")).at(co.line()),
                    new TextBlock(text(co.body(), tone), false).at(co.line())).sideTitle();
        } else {
            throw new IllegalStateException("no block for " + c.getClass().getSimpleName());
        }
        return b.at(c.line());
    }

    /** One block per component, in order: a row's blocks stand in its columns, one each. */
    private List<Block> blocks(List<Component> children, Tone tone) {
        List<Block> out = new ArrayList<>(children.size());
        for (Component c : children) {
            out.add(block(c, tone));
        }
        return out;
    }

    /**
     * The blocks of a stack read top to bottom, where one part may take the next with it: an arrow rule the
     * line under it names the ends of, a line and the aside under it (so a stack may have fewer blocks than
     * components; a row never does, see {@link #blocks}).
     */
    private List<Block> read(List<Component> children, Tone tone) {
        List<Block> out = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Component c = children.get(i);
            if (c instanceof Component.Rule r && r.arrow() && i + 1 < children.size() && children.get(i + 1) instanceof Component.Paragraph p) {
                LineBlock line = (LineBlock) block(c, tone);
                line.joins(p.text().value(), titled);
                out.add(line);
                continue;
            }
            if (c instanceof Component.Paragraph p && i + 1 < children.size() && children.get(i + 1) instanceof Component.Paragraph aside
                    && aside(aside.text())) {
                out.add(block(new Component.Paragraph(joined(p.text(), aside.text()), p.line()), tone));
                i++;
                continue;
            }
            out.add(block(c, tone));
        }
        return out;
    }

    /**
     * Whether a line is wholly an aside in parentheses: under a line of text it is that line's afterthought
     * ("(Start simple, migrate when savings justify ops burden)"), read after it on its line, as the sketch's
     * width could not set it.
     */
    private static boolean aside(Text t) {
        String v = t.value().strip();
        return v.length() > 2 && v.startsWith("(") && v.endsWith(")") && v.indexOf(')') == v.length() - 1;
    }

    private static Text joined(Text a, Text b) {
        List<Text.Run> runs = new ArrayList<>(a.runs());
        for (int k = 0; k < b.runs().size(); k++) {
            Text.Run r = b.runs().get(k);
            runs.add(k == 0 ? new Text.Run(" " + r.value(), r.role(), r.mixed()) : r);
        }
        return new Text(runs);
    }

    private Block columns(Component.Columns r, Tone tone) {
        List<Block> children = blocks(r.children(), tone);
        if (r.links().isEmpty() && r.minHeight() == 0) {
            RowBlock row = new RowBlock(children, r.weights());
            row.at = r.at();
            return row;
        }
        List<RowBlock.Link> links = new ArrayList<>();
        for (Component.Link l : r.links()) {
            links.add(l == null ? null : new RowBlock.Link(l.forward(), l.back(), textOrNull(l.label(), tone), l.dashed(),
                    l.divider()));
        }
        RowBlock row = new RowBlock(children, r.weights(), links, ctx.color("navy"));
        row.dividerColor = ctx.color("coral");
        row.minHeight = r.minHeight();
        row.at = r.at();
        return row;
    }

    /** The colours inside a node: a card's own, a dark node's white, else the style's over the outer ones. */
    private Tone toneOf(Style style, Tone outer) {
        if (style.kind().equals("card") || style.kind().equals("decision")) {
            return new Tone(style.text(), style.accent(), style.title() != null ? style.title() : ctx.style("cardTitle").color(), false);
        }
        if (style.kind().equals("node")) {
            return new Tone(ctx.color("white"), ctx.color("white"), ctx.color("white"), true);
        }
        return new Tone(style.text() != null ? style.text() : outer.text(), style.accent() != null ? style.accent() : outer.accent(),
                outer.title(), false);
    }

    private Block node(Component.Node n, Tone outer) {
        if (n.title() != null) {
            titled.putIfAbsent(io.figgen.scene.TextRules.squeeze(n.title().value()), n.id());
        }
        Style style = ctx.theme.style(n.style());
        Tone tone = toneOf(style, outer);
        Block body;
        if (n.body() instanceof Component.Stack s && s.spread()) {
            // a body the sketch spreads down a tall box: its lists take the room (their items apart, what
            // follows them at the box's foot), not the page's breathing gaps
            body = block(new Component.Stack(s.children(), s.gap(), false, s.line()), tone);
            spreadLists(body);
        } else {
            body = n.body() == null ? null : block(n.body(), tone);
        }
        if (body instanceof TableBlock t) {
            // a table that is all its box holds spans the box: one at its content's width leaves the box's right
            // part empty
            t.fills = true;
        }
        if (style.kind().equals("decision") && n.title() != null && n.body() == null) {
            return new DecisionBlock(style, text(n.title(), tone));
        }
        if (style.kind().equals("card")) {
            // a badge in a role of its own (a severity) keeps that role's colour; else it takes the card's
            String badgeRole = n.badge() == null ? "badge" : n.badge().role();
            RichText badge = n.badge() == null ? null : RichText.of(n.badge().value(), badgeRole.equals("badge")
                    ? ctx.style("badge").withColor(style.badge() != null ? style.badge() : style.accent()) : ctx.style(badgeRole));
            return new CardBlock(style, textOrNull(n.title(), tone), badge, body);
        }
        if (n.title() == null && n.body() instanceof Component.Paragraph p && label(p.text().value())) {
            // a box that only names a thing ("AI System", "Permission Server") is that name, set centred and
            // strong in its box, as a diagram's node is, not a line of body text in its corner
            Text named = new Text(p.text().runs().stream().map(r -> new Text.Run(r.value(),
                    r.role().equals("body") ? "strong" : r.role(), r.mixed())).toList());
            java.util.regex.Matcher unknown = UNKNOWN.matcher(p.text().value());
            if (p.text().runs().size() == 1 && unknown.matches()) {
                // a name over the sketch's mark for what is not known ("Discogs" / "???"): the name, and the mark
                // quiet on the line under it, not run into the name
                named = new Text(List.of(new Text.Run(unknown.group(1), "strong", true),
                        new Text.Run(TextRules.ITEM_BREAK + unknown.group(2), "caption", false)));
            }
            return new PanelBlock(style, null, new TextBlock(text(named, tone), true).at(p.line()));
        }
        Block title = n.title() == null ? null : new HeadingBlock(text(n.title(), tone), tone.accent()).at(n.line());
        return new PanelBlock(style, title, body);
    }

    /** The lists of a box's body the sketch spreads down its height share its room (see ListBlock.spread). */
    private static void spreadLists(Block b) {
        if (b instanceof ListBlock l) {
            l.spread = true;
        } else if (b instanceof StackBlock s) {
            s.children.forEach(SceneLayout::spreadLists);
        }
    }

    private static final java.util.regex.Pattern UNKNOWN = java.util.regex.Pattern.compile("(.+?) (\\?{2,}|…)");

    /** A few words on one line: a name, not a sentence. */
    private static boolean label(String s) {
        return !s.contains(TextRules.ITEM_BREAK) && TextRules.words(s).size() <= 4 && s.length() <= 36;
    }

    private Block items(Component.Items l, Tone tone) {
        if (inline(l)) {
            // items the sketch writes along one line ({@code ● MB  ● DC  ● AI}) stand side by side
            List<Block> cells = new ArrayList<>();
            double[] weights = new double[l.items().size()];
            for (int i = 0; i < l.items().size(); i++) {
                Component.Item it = l.items().get(i);
                cells.add(new ListBlock(List.of(new ListBlock.Item(it.marker(), text(it.text(), tone), it.line())), tone.accent())
                        .at(it.line()));
                weights[i] = 1;
            }
            return new RowBlock(cells, weights);
        }
        List<ListBlock.Item> items = new ArrayList<>();
        // a list of terms each with its description ("Open-source trust" / "Auditability builds confidence") sets
        // each description on the line under its term: run on after it, the two read as one phrase
        boolean terms = l.items().size() >= 2 && l.items().stream().allMatch(SceneLayout::termed);
        for (Component.Item i : l.items()) {
            RichText t;
            if (terms) {
                Text.Run term = i.text().runs().get(0);
                RichText head = text(new Text(List.of(term)), tone);
                RichText rest = text(new Text(i.text().runs().subList(1, i.text().runs().size())), tone);
                t = RichText.concat(RichText.concat(head, RichText.of(TextRules.ITEM_BREAK, head.lead())), rest);
            } else {
                t = text(i.text(), tone);
            }
            items.add(new ListBlock.Item(i.marker(), t, i.line()));
        }
        return new ListBlock(items, tone.accent());
    }

    /** An item that is a term in the strong face, not a field ("Free:", "SPEED"), and a description after it. */
    private static boolean termed(Component.Item i) {
        List<Text.Run> runs = i.text().runs();
        // (a field name in capitals, "SPEED ~100x faster", leads its value on its line, like a key)
        return runs.size() >= 2 && runs.get(0).role().equals("strong") && !runs.get(0).value().strip().endsWith(":")
                && !TextRules.isCapsLabel(runs.get(0).value())
                && runs.subList(1, runs.size()).stream().anyMatch(r -> TextRules.words(r.value()).size() >= 2);
    }

    /** A list whose items the sketch writes on one line, each a short name: three or more of them. */
    private static boolean inline(Component.Items l) {
        if (l.items().size() < 3) {
            return false;
        }
        int line = l.items().get(0).line();
        for (Component.Item i : l.items()) {
            if (i.line() != line || line == 0 || TextRules.words(i.text().value()).size() > 3) {
                return false;
            }
        }
        return true;
    }

    private Block code(Component.Code code, Tone tone) {
        List<CodeBlock.Line> lines = new ArrayList<>();
        for (Component.CodeLine l : code.lines()) {
            lines.add(new CodeBlock.Line(l.indent(), l.text(), l.line()));
        }
        TextStyle s = ctx.style("code").withColor(tone.onDark() ? tone.text() : ctx.style("code").color());
        return new CodeBlock(lines, s, tone.onDark() ? null : ctx.color("elevated"), ctx.color("navy"));
    }

    private Block table(Component.Table t, Tone tone) {
        List<List<RichText>> rows = new ArrayList<>();
        for (List<Text> row : t.rows()) {
            List<RichText> cells = new ArrayList<>();
            for (Text cell : row) {
                cells.add(textOrNull(cell, tone));
            }
            rows.add(cells);
        }
        // a tone is a cell's fill, or, written "line:" and a colour, the colour of a line under the cell's words,
        // or, written "open:", the colour of an empty cell's outline
        List<List<String>> tones = new ArrayList<>();
        List<List<String>> underlines = new ArrayList<>();
        List<List<String>> outlines = new ArrayList<>();
        for (List<String> row : t.tones()) {
            tones.add(row.stream().map(x -> x.isEmpty() || x.startsWith(Component.Table.UNDERLINE) || x.startsWith(Component.Table.OPEN)
                    ? null : ctx.color(x)).toList());
            underlines.add(row.stream().map(x -> x.startsWith(Component.Table.UNDERLINE)
                    ? ctx.color(x.substring(Component.Table.UNDERLINE.length())) : null).toList());
            outlines.add(row.stream().map(x -> x.startsWith(Component.Table.OPEN)
                    ? ctx.color(x.substring(Component.Table.OPEN.length())) : null).toList());
        }
        Style chosen = ctx.theme.style("card-selected");
        TableBlock table = new TableBlock(rows, t.weights(), t.lines(), t.header(), t.spread(), t.selected(), chosen, tones,
                ctx.color(tone.onDark() ? "white" : "quiet"), tone.onDark() ? tone.text() : ctx.color("navy"));
        table.underlines = underlines;
        table.outlines = outlines;
        table.links = columnLinks(t, tone);
        if (t.badge() != null && t.selected() >= 0) {
            // the chosen column's mark, as the chosen card's badge: in its badge colour, led by a square, as large
            // as the column heads it stands under (a card's badge size is the smallest type, a head's is not)
            TextStyle mark = ctx.style("badge").withColor(chosen.badge() != null ? chosen.badge() : chosen.accent());
            table.badge = RichText.of(t.badge().value(), mark.withSize(Math.max(mark.size(), TableBlock.headSize(ctx))));
        }
        return table;
    }

    /**
     * The stated edges between two of a headed table's columns (an edge to a column is an edge to its head's
     * words: {@code II FRAMEWORK + APIs} to {@code III SELF-HOSTED}): the table draws them under its columns.
     */
    private List<TableBlock.Link> columnLinks(Component.Table t, Tone tone) {
        if (!t.header() || t.rows().isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Integer> heads = new java.util.HashMap<>();
        List<Text> head = t.rows().get(0);
        for (int c = 0; c < head.size(); c++) {
            if (head.get(c) != null && !head.get(c).value().isBlank()) {
                heads.putIfAbsent(io.figgen.scene.Ids.textId(head.get(c).value()), c);
            }
        }
        List<TableBlock.Link> links = new ArrayList<>();
        for (io.figgen.scene.Edge e : edges) {
            Integer from = heads.get(e.fromNode());
            Integer to = heads.get(e.toNode());
            if (e.kind().connects() && from != null && to != null && !from.equals(to)) {
                links.add(new TableBlock.Link(from, to, Inline.plain(ctx, e.label() == null ? "" : e.label(), "caption", tone),
                        e.kind() == io.figgen.scene.Edge.Kind.OPTIONAL, e.line()));
            }
        }
        return links;
    }

    private Block flow(Component.Flow f, Tone tone) {
        Tone onNode = new Tone(ctx.color("white"), ctx.color("coral"), ctx.color("white"), true);
        List<FlowBlock.Node> nodes = new ArrayList<>();
        for (Component.FlowNode n : f.nodes()) {
            nodes.add(new FlowBlock.Node(n.id(), text(n.title(), onNode), textOrNull(n.detail(), onNode), ctx.color("navy"), n.line()));
        }
        List<FlowBlock.Arrow> arrows = new ArrayList<>();
        for (Component.FlowArrow a : f.arrows()) {
            arrows.add(new FlowBlock.Arrow(textOrNull(a.label(), tone), textOrNull(a.detail(), tone), a.forward(), a.back(), a.line()));
        }
        return new FlowBlock(nodes, arrows, ctx.color("navy"));
    }

    private Block chart(Component.Chart ch, Tone tone) {
        List<ChartBlock.Point> points = new ArrayList<>();
        for (Component.ChartMark m : ch.marks()) {
            points.add(new ChartBlock.Point(m.top(), m.left(), m.bottom(), m.right(),
                    m.lines().stream().map(l -> text(l, tone)).toList(), m.line()));
        }
        List<ChartBlock.Label> labels = new ArrayList<>();
        for (Component.ChartLabel l : ch.labels()) {
            labels.add(new ChartBlock.Label(l.row(), l.col(), text(l.text(), tone), l.tick(), l.line()));
        }
        ChartBlock block = new ChartBlock(ch, points, labels, ctx.theme.style("card"), ctx.color("navy"));
        block.plot = true;
        return block;
    }
}
