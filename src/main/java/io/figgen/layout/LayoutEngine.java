package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.ContentElement;
import io.figgen.model.Figure;
import io.figgen.model.Shape;
import io.figgen.model.Size;
import io.figgen.scene.CalloutPlace;
import io.figgen.scene.Component;
import io.figgen.scene.Edge;
import io.figgen.scene.Scene;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a scene on its canvas: the title block at the top, the footer at the bottom, and the body between. Type and spacing scale with the
 * canvas's width (its area when it is taller than 4:3); when the content does not fit, spacing tightens first, then type shrinks in
 * steps (never below the theme's minimum), then spacing tightens further. Where the type had to give way, a
 * chart and the text next to it in the sketch's stack (on a wide canvas), or a section of text and a table,
 * are also tried side by side, and on a wide canvas a notes row's last callout beside the title; the
 * composition with the larger type wins.
 */
public final class LayoutEngine {
    /** Type scales tried in turn; after the last, spacing tightens as a final resort. */
    private static final double[] FITS = {1.0, 0.975, 0.95, 0.925, 0.9, 0.875, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6};
    private static final double[] SPACINGS = {0.3, 0.25};
    /**
     * Spacing given up, at full type, before any type shrinks: a figure read at docs-column width loses more
     * by smaller type than by tighter gaps (over the shared specs, going on to 0.45 keeps five more figures'
     * body type at full size, and on to 0.35 one more, theory-21, with six others' type larger).
     */
    private static final double[] ROOMY_SPACINGS = {0.85, 0.7, 0.55, 0.45, 0.35};
    /** Type scales tried for sparse figures: content filling under SPARSE of the room grows, up to GROWN_FILL. */
    private static final double[] GROWTH = {1.3, 1.2, 1.1};
    private static final double SPARSE = 0.55;
    private static final double GROWN_FILL = 0.8;
    /** A canvas at least this many times as wide as tall is wide: text may stand beside a chart. */
    private static final double WIDE = 1.5;
    /** How far under the house's painted limit the layout's estimate stays (the PNG's anti-aliased edges add). */
    private static final double PAPER_MARGIN = 0.02;
    private static final int BASE_WIDTH = 1200;
    private static final int BASE_HEIGHT = 900;

    private final Theme theme;
    private final TextMeasurer measurer;

    public LayoutEngine(Theme theme, TextMeasurer measurer) {
        this.theme = theme;
        this.measurer = measurer;
    }

    public Layout layout(Scene scene) {
        Size size = scene.size();
        List<ContentElement> unbound = new ArrayList<>(scene.unbound());
        // type is read at the width a figure is shown at (a docs column): it scales with the canvas's width,
        // so a 16:9 figure's body is as large in the column as a 4:3 one's; a canvas taller than 4:3 has the
        // room for the larger type its area gives
        double widthScale = size.width() / (double) BASE_WIDTH;
        double canvasScale = Math.max(widthScale, Math.sqrt((double) size.width() * size.height() / (BASE_WIDTH * BASE_HEIGHT)));
        boolean wide = size.width() >= WIDE * size.height();
        Fitted fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, scene, scene.extras(), false, wide, false), false);
        boolean besideWon = false;
        if (fitted != null && fitted.shrank() && recomposable(scene.body(), wide)) {
            // a figure whose type shrank to fit a chart over its text (on a wide canvas), or a table under a
            // section of text: the two side by side may read larger
            // only larger type than the sketch's own composition could win, so the search starts above it
            Fitted beside = fit(size, canvasScale, widthScale, ctx -> compose(ctx, scene, scene.extras(), true, wide, false), false,
                    fitted.fit());
            if (beside != null && beside.better(fitted)) {
                fitted = beside;
                besideWon = true;
            }
        }
        if (fitted != null && fitted.shrank() && wide && asideable(scene)) {
            // a dense wide figure with a row of callouts under its body: one of them beside the title, in the
            // header's empty right, gives the body the callout row's height (the larger type wins, as above)
            boolean b = besideWon;
            Fitted aside = fit(size, canvasScale, widthScale, ctx -> compose(ctx, scene, scene.extras(), b, wide, true), false,
                    fitted.fit());
            // a callout the spec puts at the top right takes that place at the same type as well
            if (aside != null && (aside.better(fitted) || toldTopRight(scene) && !fitted.better(aside))) {
                fitted = aside;
            }
        }
        if (fitted == null && scene.extras() != null) {
            // the notes row is an extra: when the figure cannot hold it, it goes, and its rows are reported
            unbound.addAll(scene.extraElements());
            fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, scene, null, false, wide, false), true);
        }
        if (fitted == null) {
            fitted = fit(size, canvasScale, widthScale, ctx -> compose(ctx, scene, null, false, wide, false), true);
        }
        Figure figure = new Figure(size, theme.background(), scene.title(), scene.description(), fitted.shapes());
        PageEdges.Result edges = fitted.edges();
        return new Layout(scene, figure, unbound, fitted.fit(), edges.dropped(), edges.routes().drawn(),
                edges.routes().unlabelled(), edges.joined());
    }

    private record Fitted(List<Shape> shapes, double fit, double spacing, PageEdges.Result edges) {
        Fitted(Page.Drawn d, double fit, double spacing) {
            this(d.shapes(), fit, spacing, d.edges());
        }

        /** The stated edges drawn without their label, for want of room beside their lines. */
        int lostLabels() {
            return edges.routes().unlabelled().size();
        }

        /** Whether the type or the spacing gave way for the content to fit. */
        boolean shrank() {
            return fit < 1 || spacing < 1;
        }

        /** Larger type wins; at the same type, roomier spacing; a tie keeps the other (the sketch's own). */
        boolean better(Fitted other) {
            return fit > other.fit + 1e-9 || Math.abs(fit - other.fit) < 1e-9 && spacing > other.spacing + 1e-9;
        }
    }

    /** Whether the body holds something the other composition sets otherwise: a pair side by side, a staircase. */
    private static boolean recomposable(Component c, boolean wide) {
        if (c instanceof Component.Stack s) {
            return SceneLayout.recomposes(s.children(), wide) || s.children().stream().anyMatch(k -> recomposable(k, wide));
        }
        if (c instanceof Component.Columns r) {
            return r.children().stream().anyMatch(k -> recomposable(k, wide));
        }
        return false;
    }

    /**
     * Lays the page out at the largest type that fits, then with tighter spacing; null when nothing fits,
     * unless {@code force}, which draws the last attempt anyway (the audit then reports the overflow).
     */
    private Fitted fit(Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages,
                       boolean force) {
        return fit(size, canvasScale, widthScale, pages, force, 0);
    }

    /**
     * As above, trying no type scale below {@code floor} (0 for all): a second composition needs to beat the
     * first's type, so the scales the first already reached are not searched again.
     */
    private Fitted fit(Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages,
                       boolean force, double floor) {
        return papered(labelled(size, canvasScale, widthScale, pages, force, floor), size, canvasScale, widthScale, pages);
    }

    /**
     * A page whose panels would leave less of the canvas background than the house asks (a full-width panel
     * on a canvas shorter than the sketch's) gives up spacing, its panels' padding and the gaps between them,
     * at the same type, for the first spacing that leaves enough paper. The estimate is kept a little under the
     * house's limit, which the check measures on the PNG.
     */
    private Fitted papered(Fitted f, Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages) {
        double most = 1 - theme.minBackgroundShare() - PAPER_MARGIN;
        if (f == null || PaintedShare.atMost(f.shapes(), size, theme.background(), most)) {
            return f;
        }
        for (double sp : ROOMY_SPACINGS) {
            if (sp >= f.spacing() - 1e-9) {
                continue;
            }
            Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, f.fit(), sp);
            Page page = pages.apply(ctx);
            if (page.fits(ctx, size)) {
                Fitted tighter = new Fitted(page.draw(ctx, size), f.fit(), sp);
                if (PaintedShare.atMost(tighter.shapes(), size, theme.background(), most)) {
                    return tighter;
                }
            }
        }
        return f;
    }

    /** The page at the largest type that fits, with roomier spacing where the tightest loses an edge's label. */
    private Fitted labelled(Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages,
                            boolean force, double floor) {
        Fitted fitted = fit(size, canvasScale, widthScale, pages, force, floor, ROOMY_SPACINGS);
        if (fitted != null && fitted.lostLabels() > 0 && fitted.spacing() < ROOMY_SPACINGS[ROOMY_SPACINGS.length - 2] - 1e-9) {
            // the tightest spacing may leave an edge's label no room beside its line (a route squeezed out of a
            // gutter to the margin); a word from the spec outweighs a step of type, so the roomier spacing is
            // tried, and wins when it keeps more labels
            Fitted roomier = fit(size, canvasScale, widthScale, pages, force, floor,
                    java.util.Arrays.copyOf(ROOMY_SPACINGS, ROOMY_SPACINGS.length - 1));
            if (roomier != null && roomier.lostLabels() < fitted.lostLabels()) {
                return roomier;
            }
        }
        return fitted;
    }

    private Fitted fit(Size size, double canvasScale, double widthScale, java.util.function.Function<Ctx, Page> pages,
                       boolean force, double floor, double[] roomySpacings) {
        double last = FITS[FITS.length - 1];
        Ctx base = new Ctx(theme, measurer, canvasScale, widthScale, 1, 1);
        Page first = pages.apply(base);
        if (first.fill(base, size) < SPARSE) {
            // sparse content reads better larger than marooned at the top of an empty canvas
            for (double grow : GROWTH) {
                Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, grow, 1);
                Page page = pages.apply(ctx);
                if (page.fill(ctx, size) <= GROWN_FILL) {
                    return new Fitted(page.draw(ctx, size), grow, 1);
                }
            }
        }
        if (first.fits(base, size)) {
            return new Fitted(first.draw(base, size), 1, 1);
        }
        // a dense figure gives up room between things before it gives up type size; when even the tightest
        // spacing does not fit, none does, so that one is tried first (most dense figures go on to smaller type)
        double tight = roomySpacings[roomySpacings.length - 1];
        Ctx tightest = new Ctx(theme, measurer, canvasScale, widthScale, 1, tight);
        Page tightPage = pages.apply(tightest);
        if (tightPage.fits(tightest, size)) {
            for (double sp : roomySpacings) {
                if (sp == tight) {
                    return new Fitted(tightPage.draw(tightest, size), 1, sp);
                }
                Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, 1, sp);
                Page page = pages.apply(ctx);
                if (page.fits(ctx, size)) {
                    return new Fitted(page.draw(ctx, size), 1, sp);
                }
            }
        }
        // height falls as type shrinks, so the largest scale that fits is found by halving the range
        int lo = 1;
        int hi = FITS.length - 1;
        while (hi >= lo && FITS[hi] < floor - 1e-9) {
            hi--;
        }
        Fitted best = null;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, FITS[mid], tight);
            Page page = pages.apply(ctx);
            if (page.fits(ctx, size)) {
                best = new Fitted(page.draw(ctx, size), FITS[mid], tight);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = 0; i < SPACINGS.length && last >= floor - 1e-9; i++) {
            Ctx ctx = new Ctx(theme, measurer, canvasScale, widthScale, last, Math.min(tight, SPACINGS[i]));
            Page page = pages.apply(ctx);
            if (page.fits(ctx, size) || force && i == SPACINGS.length - 1) {
                return new Fitted(page.draw(ctx, size), last, Math.min(tight, SPACINGS[i]));
            }
        }
        return null;
    }

    // ---- the page ----

    private record Page(Block header, Block body, Block footer, List<Edge> edges) {
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

        record Drawn(List<Shape> shapes, PageEdges.Result edges) {
        }

        Drawn draw(Ctx ctx, Size size) {
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
            return new Drawn(out.shapes(), PageEdges.finish(ctx, out, size, edges));
        }
    }

    /** Whether the notes row has a callout that may stand beside the title, and the scene a title for it. */
    private static boolean asideable(Scene scene) {
        return scene.header() != null && asideIndex(scene.extras()) >= 0;
    }

    /** Whether the callout that would stand beside the title is one the spec puts at the top right. */
    private static boolean toldTopRight(Scene scene) {
        int at = asideIndex(scene.extras());
        Component c = scene.extras() instanceof Component.Columns r && at >= 0 ? r.children().get(at) : scene.extras();
        return c instanceof Component.Callout k && CalloutPlace.of(k.position()).besideTitle() == CalloutPlace.TOP_RIGHT_SCORE;
    }

    /**
     * The notes row's callout to stand beside the title: the one its Position puts at the top right, else at
     * the right, else the rightmost (nearest the header's empty right); never one the spec puts at the foot.
     * -1 for none. A row of linked parts keeps its order, so only its last may go.
     */
    private static int asideIndex(Component extras) {
        if (extras instanceof Component.Callout c) {
            return CalloutPlace.of(c.position()).besideTitle() >= 0 ? 0 : -1;
        }
        if (!(extras instanceof Component.Columns r)) {
            return -1;
        }
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < r.children().size(); i++) {
            if (r.children().get(i) instanceof Component.Callout c && (r.links().isEmpty() || i == r.children().size() - 1)) {
                int score = CalloutPlace.of(c.position()).besideTitle();
                if (score >= 0 && score >= bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * {@code aside}: the notes row's callout {@link #asideIndex} picks (its only one, or the one its Position
     * puts nearest the header's empty right) stands beside the title, the rest keep their row.
     */
    private Page compose(Ctx ctx, Scene scene, Component extras, boolean beside, boolean wide, boolean aside) {
        SceneLayout blocks = new SceneLayout(ctx, beside, wide, scene.edges());
        Tone tone = blocks.baseTone();
        Block header = scene.header() == null ? null : blocks.title(scene.header());
        if (aside && header instanceof TitleBlock title && extras != null) {
            Component side = extras;
            if (extras instanceof Component.Columns r) {
                int at = asideIndex(r);
                side = r.children().get(at);
                List<Component> rest = new ArrayList<>(r.children());
                rest.remove(at);
                double[] weights = new double[rest.size()];
                for (int i = 0, j = 0; i < r.children().size(); i++) {
                    if (i != at) {
                        weights[j++] = r.weights()[i];
                    }
                }
                extras = rest.isEmpty() ? null : rest.size() == 1 ? rest.get(0)
                        : new Component.Columns(rest, weights, r.links().subList(0, Math.min(r.links().size(), rest.size() - 1)),
                        r.minHeight(), r.line());
            } else {
                extras = null;
            }
            header = new TitleAsideBlock(title, blocks.block(side, tone));
        }
        Block footer = scene.footer() == null ? null : blocks.footer(scene.footer());
        List<Block> body = new ArrayList<>();
        if (scene.body() instanceof Component.Stack s) {
            body.addAll(blocks.stacked(s.children(), tone));
        }
        if (extras != null) {
            body.add(blocks.block(extras, tone));
        }
        Block bodyBlock = body.isEmpty() ? null : new StackBlock(body, 1.1, true);
        return new Page(header, bodyBlock, footer, scene.edges());
    }
}
