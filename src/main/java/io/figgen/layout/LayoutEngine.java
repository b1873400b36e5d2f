package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.ContentElement;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.theme.Style;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a spec's sketch on its canvas: the header band becomes the title block at the top, a short last
 * band the footer at the bottom, and the bands between fill the body. Type and spacing scale with the
 * canvas; when the content does not fit, everything shrinks in steps (type never below the theme's minimum).
 */
public final class LayoutEngine {
    /** Type scales tried in turn; after the last, spacing tightens as a final resort. */
    private static final double[] FITS = {1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6};
    private static final double[] SPACINGS = {0.7, 0.5, 0.35};
    /** Type scales tried for sparse figures: content filling under SPARSE of the room grows, up to GROWN_FILL. */
    private static final double[] GROWTH = {1.3, 1.2, 1.1};
    private static final double SPARSE = 0.55;
    private static final double GROWN_FILL = 0.8;
    private static final int BASE_WIDTH = 1200;
    private static final int BASE_HEIGHT = 900;

    private final Theme theme;
    private final TextMeasurer measurer;

    public LayoutEngine(Theme theme, TextMeasurer measurer) {
        this.theme = theme;
        this.measurer = measurer;
    }

    public Layout layout(Spec spec, Sketch sketch) {
        Size size = spec.size();
        Parts parts = Parts.of(sketch);
        List<ContentElement> unbound = new ArrayList<>();
        Map<Object, ContentElement> bindings = Binder.bind(spec.elements(), candidates(sketch, parts), theme, unbound);
        Anchors anchors = Anchors.of(spec.anchors().orElse(null));
        List<ContentElement> callouts = unbound.stream().filter(e -> e.table().toLowerCase(java.util.Locale.ROOT).contains("callout")).toList();
        unbound.removeAll(callouts);
        List<String> labels = missingLabels(spec, sketch);
        double canvasScale = Math.sqrt((double) size.width() * size.height() / (BASE_WIDTH * BASE_HEIGHT));
        double widthScale = size.width() / (double) BASE_WIDTH;
        Fitted fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, sketch, parts, bindings, anchors,
                size.height(), notes(ctx, callouts, labels)), false);
        if (fitted == null && (!callouts.isEmpty() || !labels.isEmpty())) {
            // the notes row is an extra: when the figure cannot hold it, it goes, and its rows are reported
            unbound.addAll(callouts);
            fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, sketch, parts, bindings, anchors,
                    size.height(), null), true);
        }
        if (fitted == null) {
            fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, sketch, parts, bindings, anchors,
                    size.height(), null), true);
        }
        List<Shape> shapes = fitted.shapes();
        double used = fitted.fit();
        String title = spec.metadata().title().isEmpty() ? spec.title() : spec.metadata().title();
        Figure figure = new Figure(size, theme.background(), title, spec.altText(), shapes);
        return new Layout(figure, unbound, used);
    }

    private record Fitted(List<Shape> shapes, double fit) {
    }

    /**
     * Lays the page out at the largest type that fits, then with tighter spacing; null when nothing fits,
     * unless {@code force}, which draws the last attempt anyway (the audit then reports the overflow).
     */
    private Fitted fit(Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages,
                       boolean force) {
        double last = FITS[FITS.length - 1];
        Ctx base = new Ctx(theme, measurer, canvasScale, widthScale, 1, 1);
        Page first = pages.apply(base);
        if (first.fill(base, size) < SPARSE) {
            // sparse content reads better larger than marooned at the top of an empty canvas
            for (double grow : GROWTH) {
                Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, grow, 1);
                Page page = pages.apply(ctx);
                if (page.fill(ctx, size) <= GROWN_FILL) {
                    return new Fitted(page.draw(ctx, size), grow);
                }
            }
        }
        if (first.fits(base, size)) {
            return new Fitted(first.draw(base, size), 1);
        }
        // height falls as type shrinks, so the largest scale that fits is found by halving the range
        int lo = 1;
        int hi = FITS.length - 1;
        Fitted best = null;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, FITS[mid], 1);
            Page page = pages.apply(ctx);
            if (page.fits(ctx, size)) {
                best = new Fitted(page.draw(ctx, size), FITS[mid]);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = 0; i < SPACINGS.length; i++) {
            Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, last, SPACINGS[i]);
            Page page = pages.apply(ctx);
            if (page.fits(ctx, size) || force && i == SPACINGS.length - 1) {
                return new Fitted(page.draw(ctx, size), last);
            }
        }
        return null;
    }

    /** The bands in their roles. */
    private record Parts(Band header, List<Band> body, Band footer) {
        static Parts of(Sketch sketch) {
            List<Band> bands = new ArrayList<>(sketch.bands());
            Band header = null;
            Band footer = null;
            if (sketch.framed() && bands.size() >= 2 && isShortText(bands.get(0), 4)) {
                header = bands.remove(0);
            }
            if (sketch.framed() && bands.size() >= 2 && isShortText(bands.get(bands.size() - 1), 3)) {
                footer = bands.remove(bands.size() - 1);
            }
            return new Parts(header, bands, footer);
        }

        private static boolean isShortText(Band band, int maxRows) {
            if (band.panels().size() != 1 || !band.panels().get(0).boxes().isEmpty()) {
                return false;
            }
            long rows = band.panels().get(0).rows().stream().filter(r -> !r.isBlank()).count();
            return rows > 0 && rows <= maxRows && band.panels().get(0).rows().stream().allMatch(r -> r.isBlank() || r.hasText());
        }
    }

    private List<Binder.Candidate> candidates(Sketch sketch, Parts parts) {
        List<Binder.Candidate> out = new ArrayList<>();
        if (parts.header() != null) {
            Set<String> w = words(parts.header().panels().get(0));
            out.add(new Binder.Candidate(parts.header(), Binder.Kind.TITLE, w, w, sketch.specLine(parts.header().top())));
        }
        if (parts.footer() != null) {
            Set<String> w = words(parts.footer().panels().get(0));
            out.add(new Binder.Candidate(parts.footer(), Binder.Kind.FOOTER, w, w, sketch.specLine(parts.footer().top())));
        }
        for (Band band : parts.body()) {
            for (int i = 0; i < band.panels().size(); i++) {
                Area a = band.panels().get(i);
                Row head = band.panels().size() > 1 ? AreaComposer.panelHeading(a) : null;
                if (band.panels().size() > 1) {
                    // "Left panel", "Right panel": split panels are named by where they stand
                    String where = i == 0 ? "left" : i == band.panels().size() - 1 ? "right" : "center";
                    Set<String> h = new LinkedHashSet<>(Set.of(where, "panel", "side", "column"));
                    if (head != null) {
                        h.addAll(TextRules.words(TextGroupComposer.texts(head)));
                    }
                    Set<String> all = new LinkedHashSet<>(h);
                    all.addAll(words(a));
                    out.add(new Binder.Candidate(a, Binder.Kind.CARD, h, all, sketch.specLine(a.top())));
                }
                boxCandidates(sketch, a, out);
                rowCandidates(sketch, a, out);
            }
        }
        return out;
    }

    private void boxCandidates(Sketch sketch, Area area, List<Binder.Candidate> out) {
        for (io.figgen.sketch.Box box : area.boxes()) {
            Set<String> head = new LinkedHashSet<>(io.figgen.layout.TextRules.words(box.title()));
            Area in = box.interior();
            int headerEnd = box.dividers().isEmpty() ? in.top() + 1 : box.dividers().get(0) - 1;
            for (Row r : in.rows()) {
                if (r.row() <= headerEnd) {
                    head.addAll(TextRules.words(TextGroupComposer.texts(r)));
                }
            }
            head.addAll(headingAbove(area, box));
            Set<String> all = new LinkedHashSet<>(head);
            all.addAll(words(in));
            Binder.Kind kind = !box.dividers().isEmpty() || head.contains("selected") ? Binder.Kind.CARD : Binder.Kind.PANEL;
            out.add(new Binder.Candidate(box, kind, head, all, sketch.specLine(box.top())));
            boxCandidates(sketch, in, out);
        }
    }

    private static final Set<String> ARROW_WORDS = Set.of("arrow", "arrows", "flow", "flows", "connector", "connectors",
            "link", "links", "path", "edge", "edges", "direction");
    private static final Set<String> RULE_WORDS = Set.of("divider", "line", "lines", "rule", "separator", "accent",
            "underline", "axis");

    /** Every row can carry an element: a label, a table row, an arrow, a divider; recursively inside boxes. */
    private void rowCandidates(Sketch sketch, Area area, List<Binder.Candidate> out) {
        for (Row r : area.rows()) {
            if (r.isBlank()) {
                continue;
            }
            Set<String> w = new LinkedHashSet<>(TextRules.words(TextGroupComposer.texts(r)));
            boolean arrow = r.tokens().stream().anyMatch(t -> t instanceof io.figgen.sketch.Token.Arrow
                    || t instanceof io.figgen.sketch.Token.VLine v && v.head() != null);
            boolean rule = r.tokens().stream().anyMatch(t -> t instanceof io.figgen.sketch.Token.Rule
                    || t instanceof io.figgen.sketch.Token.VLine);
            if (arrow) {
                w.addAll(ARROW_WORDS);
            }
            if (rule) {
                w.addAll(RULE_WORDS);
            }
            String text = TextGroupComposer.texts(r);
            if (TextRules.isCodeLine(text) || TextRules.isCommand(text)) {
                w.addAll(Set.of("code", "sample", "samples", "snippet", "snippets", "example", "examples", "command", "commands"));
            }
            TextRules.Marked marked = TextRules.marker(text);
            if (marked.marker() != null) {
                w.addAll(marked.marker().isEmpty() || !Character.isLetterOrDigit(marked.marker().codePointAt(0))
                        ? Set.of("bullet", "bullets", "list", "items", "features", "feature")
                        : Set.of("numeral", "numerals", "roman", "numbered", "number", "numbers", "steps", "step"));
            }
            if (r.tokens().stream().anyMatch(t -> t instanceof io.figgen.sketch.Token.Bar)) {
                w.addAll(Set.of("bar", "bars", "chart", "progress", "meter", "heat", "cells"));
            }
            out.add(new Binder.Candidate(r, Binder.Kind.TEXT, w, w, sketch.specLine(r.row())));
        }
        for (io.figgen.sketch.Box b : area.boxes()) {
            rowCandidates(sketch, b.interior(), out);
        }
    }

    /** The capitals label right above a box names it, as sketches title zones. */
    private static Set<String> headingAbove(Area area, io.figgen.sketch.Box box) {
        for (Row r : area.rows()) {
            if (r.row() >= box.top() - 2 && r.row() < box.top() && r.hasText()) {
                String t = TextGroupComposer.texts(r);
                if (TextRules.isCapsLabel(t)) {
                    return new LinkedHashSet<>(TextRules.words(t));
                }
            }
        }
        return Set.of();
    }

    private static Set<String> words(Area area) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : area.rows()) {
            out.addAll(TextRules.words(TextGroupComposer.texts(r)));
        }
        for (io.figgen.sketch.Box b : area.boxes()) {
            out.addAll(TextRules.words(b.title()));
            out.addAll(words(b.interior()));
        }
        return out;
    }

    // ---- the page ----

    private record Page(Block header, Block body, Block footer) {
        double marginX(Ctx ctx) {
            return ctx.spacing().marginX() * ctx.scale;
        }

        double top(Ctx ctx) {
            return ctx.spacing().marginTop() * ctx.scale;
        }

        double bottom(Ctx ctx) {
            return ctx.spacing().marginBottom() * ctx.scale;
        }

        double bodyRoom(Ctx ctx, Size size, double w) {
            double room = size.height() - top(ctx) - bottom(ctx);
            if (header != null) {
                room -= header.height(ctx, w) + ctx.gap() * 1.2;
            }
            if (footer != null) {
                room -= footer.height(ctx, w) + ctx.gap();
            }
            return room;
        }

        /** The share of the body's room its content takes at this scale. */
        double fill(Ctx ctx, Size size) {
            double w = size.width() - 2 * marginX(ctx);
            return body == null ? 1 : body.height(ctx, w) / Math.max(1, bodyRoom(ctx, size, w));
        }

        boolean fits(Ctx ctx, Size size) {
            double w = size.width() - 2 * marginX(ctx);
            return body == null || body.height(ctx, w) <= bodyRoom(ctx, size, w);
        }

        List<Shape> draw(Ctx ctx, Size size) {
            Canvas out = new Canvas(ctx);
            out.rect(0, 0, size.width(), size.height(), ctx.theme.background(), null, 0, null);
            double x = marginX(ctx);
            double w = size.width() - 2 * x;
            double y = top(ctx);
            if (header != null) {
                double h = header.height(ctx, w);
                header.draw(ctx, out, new Box(x, y, w, h));
                y += h + ctx.gap() * 1.2;
            }
            double footerTop = size.height() - bottom(ctx);
            if (footer != null) {
                double h = footer.height(ctx, w);
                footerTop -= h;
                footer.draw(ctx, out, new Box(x, footerTop, w, h));
                footerTop -= ctx.gap();
            }
            if (body != null) {
                body.draw(ctx, out, new Box(x, y, w, Math.max(0, footerTop - y)));
            }
            return out.shapes();
        }
    }

    /**
     * Text Content labels whose words the sketch does not already carry: the spec asks for them, so they are
     * drawn, with the callouts the sketch leaves out, in a notes row at the foot of the body.
     */
    private static List<String> missingLabels(Spec spec, Sketch sketch) {
        Set<String> drawn = new LinkedHashSet<>();
        for (Band b : sketch.bands()) {
            for (Area a : b.panels()) {
                drawn.addAll(words(a));
            }
        }
        List<String> out = new ArrayList<>();
        for (io.figgen.model.Label l : spec.labels()) {
            List<String> w = TextRules.words(l.text());
            long hit = w.stream().filter(x -> drawn.contains(x) || drawn.stream().anyMatch(d -> d.length() > 3 && x.startsWith(d))).count();
            if (!w.isEmpty() && hit * 10 < w.size() * 6) {
                out.add(l.text());
            }
        }
        return out;
    }

    private Block notes(Ctx ctx, List<ContentElement> callouts, List<String> labels) {
        if (callouts.isEmpty() && labels.isEmpty()) {
            return null;
        }
        Tone tone = new Tone(ctx.style("body").color(), ctx.color("coral"), ctx.style("cardTitle").color(), false);
        List<Block> parts = new ArrayList<>();
        for (ContentElement c : callouts) {
            String title = c.element().replaceAll("^[\"“]|[\"”]$", "");
            Block heading = new HeadingBlock(Inline.plain(ctx, title, "section", tone), ctx.color("coral")).at(c.line());
            Block body = new TextBlock(Inline.rich(ctx, c.description(), "body", tone), false).at(c.line());
            parts.add(new PanelBlock(ctx.theme.style("callout"), heading, body).at(c.line()));
        }
        if (!labels.isEmpty()) {
            List<Block> lines = new ArrayList<>();
            for (String l : labels) {
                lines.add(new TextBlock(Inline.rich(ctx, l, "caption", tone), false));
            }
            parts.add(new StackBlock(lines, 0.3, false));
        }
        double[] weights = new double[parts.size()];
        java.util.Arrays.fill(weights, 1);
        return parts.size() == 1 ? parts.get(0) : new RowBlock(parts, weights);
    }

    private Page compose(Ctx ctx, Sketch sketch, Parts parts, Map<Object, ContentElement> bindings, Anchors anchors,
                         double sketchHeight, Block notes) {
        AreaComposer areas = new AreaComposer(ctx, sketch, bindings, anchors, sketchHeight);
        Tone tone = areas.baseTone();
        Block header = parts.header() == null ? null : header(ctx, sketch, parts.header(), tone);
        Block footer = parts.footer() == null ? null : footer(ctx, sketch, parts.footer(), bindings.get(parts.footer()), tone);
        List<Block> body = new ArrayList<>();
        for (Band band : parts.body()) {
            List<Block> panels = new ArrayList<>();
            double[] weights = new double[band.panels().size()];
            boolean split = band.panels().size() > 1;
            boolean anySelected = split && band.panels().stream().anyMatch(AreaComposer::panelSelected);
            for (int i = 0; i < band.panels().size(); i++) {
                Area a = band.panels().get(i);
                if (!a.isEmpty()) {
                    panels.add(split ? areas.panel(a, anySelected && !AreaComposer.panelSelected(a), tone) : areas.compose(a, 0, tone));
                    weights[panels.size() - 1] = a.width();
                }
            }
            if (panels.size() == 1) {
                body.add(panels.get(0));
            } else if (!panels.isEmpty()) {
                body.add(new RowBlock(panels, java.util.Arrays.copyOf(weights, panels.size())).at(sketch.specLine(band.top())));
            }
        }
        if (notes != null) {
            body.add(notes);
        }
        Block bodyBlock = body.isEmpty() ? null : new StackBlock(body, 1.1, true);
        return new Page(header, bodyBlock, footer);
    }

    private Block header(Ctx ctx, Sketch sketch, Band band, Tone tone) {
        List<Row> rows = band.panels().get(0).rows().stream().filter(Row::hasText).toList();
        RichText title = Inline.plain(ctx, TextGroupComposer.texts(rows.get(0)), "title", tone);
        List<TitleBlock.Sub> subs = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            TextRules.Marked m = TextRules.marker(TextGroupComposer.texts(r));
            String text = m.marker() == null ? TextGroupComposer.texts(r) : m.text();
            boolean square = m.marker() != null && (m.marker().isEmpty() || m.marker().equals("■"));
            subs.add(new TitleBlock.Sub(Inline.plain(ctx, square ? text : TextGroupComposer.texts(r), "subtitle", tone), square));
        }
        return new TitleBlock(title, subs, ctx.color("coral")).at(sketch.specLine(rows.get(0).row()));
    }

    private Block footer(Ctx ctx, Sketch sketch, Band band, ContentElement bound, Tone tone) {
        List<String> lines = band.panels().get(0).rows().stream().filter(Row::hasText).map(TextGroupComposer::texts).toList();
        String text = TextRules.join(lines);
        int line = sketch.specLine(band.top());
        Style style = bound == null ? ctx.theme.style("bar") : ctx.theme.styleForTag(bound.primaryTag());
        if (style.kind().equals("bar")) {
            Tone onBar = new Tone(style.text(), style.text(), style.text(), true);
            return new BarBlock(Inline.rich(ctx, text, "footer", onBar), style.fill()).at(line);
        }
        return new TextBlock(Inline.rich(ctx, text, "caption", tone), false).at(line);
    }
}
