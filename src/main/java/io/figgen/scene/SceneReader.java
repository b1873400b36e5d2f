package io.figgen.scene;

import io.figgen.model.ContentElement;
import io.figgen.model.Size;
import io.figgen.model.Spec;
import io.figgen.scene.Component.Callout;
import io.figgen.scene.Component.Columns;
import io.figgen.scene.Component.Stack;
import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Glyphs;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;
import io.figgen.sketch.Token;
import io.figgen.theme.Theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a spec and its sketch into the scene the figure shows. The sketch gives the structure: the header
 * band becomes the title block, a short last band the footer, the bands between the body. The content
 * elements are bound to the parts they name and give them their tags; callouts and labels the sketch does
 * not draw become the notes row; relationships come from the flows table, the YAML and the sketch.
 */
public final class SceneReader {
    /** Elements that describe the paper under the figure rather than something on it. */
    private static final java.util.regex.Pattern GROUND = java.util.regex.Pattern.compile(
            "(?i)(?:warm |cream |paper |canvas )?(?:background|canvas|backdrop)(?: .*)?|(?:.* )?(?:grain|texture|halftone)(?: .*)?");
    private final Theme theme;

    private final KeyMessage keyMessage;

    public SceneReader(Theme theme) {
        this.theme = theme;
        this.keyMessage = new KeyMessage(theme);
    }

    public Scene read(Spec spec, Sketch sketch) {
        Size size = spec.size();
        Parts parts = Parts.of(sketch);
        List<ContentElement> unbound = new ArrayList<>();
        List<Binder.Candidate> candidates = candidates(sketch, parts);
        List<ContentElement> ground = spec.elements().stream().filter(e -> GROUND.matcher(e.element().strip()).matches()).toList();
        List<ContentElement> elements = new ArrayList<>(spec.elements());
        elements.removeAll(ground);
        Map<Object, ContentElement> bindings = Binder.bind(elements, candidates, theme, unbound);
        Anchors anchors = Anchors.of(spec.anchors().orElse(null), size.width(), size.height());
        List<ContentElement> callouts = new ArrayList<>(unbound.stream()
                .filter(e -> e.table().toLowerCase(Locale.ROOT).contains("callout")).toList());
        unbound.removeAll(callouts);
        // a callout whose words the sketch already writes (as its footer, say) is drawn there, not twice
        Set<String> sketchWords = sketchWords(sketch);
        List<ContentElement> drawnCallouts = callouts.stream().filter(c -> drawnBySketch(c, sketchWords)).toList();
        callouts.removeAll(drawnCallouts);
        Set<String> sketchPairs = sketchPairs(sketch);
        // a callout bound by its title to a sketch word ("TRANSLATION GAP" over a column) still says its content:
        // when the sketch does not write that content, the notes row does
        // (one bound to the footer or the title is said there: the figure's last band is its key message)
        for (Binder.Candidate c : candidates) {
            ContentElement e = bindings.get(c.key());
            if (e != null && c.kind() != Binder.Kind.FOOTER && c.kind() != Binder.Kind.TITLE
                    && e.table().toLowerCase(Locale.ROOT).contains("callout") && phraseShare(e, sketchPairs) < 0.5
                    && !callouts.contains(e)) {
                callouts.add(e);
            }
        }
        // a callout whose title met a line another element took (RECOMMENDED NEXT STEP on "(recommended)"): the
        // line draws its title, not its content, which the notes row says
        java.util.Set<ContentElement> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        taken.addAll(bindings.values());
        for (ContentElement e : elements) {
            if (!taken.contains(e) && !unbound.contains(e) && !callouts.contains(e) && !drawnCallouts.contains(e)
                    && e.table().toLowerCase(Locale.ROOT).contains("callout") && phraseShare(e, sketchPairs) < 0.5) {
                callouts.add(e);
            }
        }
        callouts.sort(java.util.Comparator.comparingInt(ContentElement::line));
        List<String> labels = missingLabels(spec, sketchWords);
        Ids ids = new Ids();
        TextGroupComposer text = new TextGroupComposer(sketch, ids, spec.labels().stream().map(io.figgen.model.Label::text).toList());
        AreaComposer areas = new AreaComposer(theme, sketch, bindings, anchors, size.height(), text, ids,
                io.figgen.scene.chart.ChartContext.of(spec, sketch));
        Title header = parts.header() == null ? null : header(sketch, parts.header());
        Footer footer = parts.footer() == null ? null : keyMessage.footer(sketch, parts.footer(), bindings.get(parts.footer()),
                spec.elements().stream().filter(e -> e.table().toLowerCase(Locale.ROOT).contains("callout")).toList());
        List<Component> body = new ArrayList<>();
        List<Band> bodyBands = parts.body();
        // a vertical accent line the Content Elements ask for divides the split panels
        boolean divided = spec.elements().stream().anyMatch(e -> e.tags().contains("accent_line_v")
                || e.element().strip().matches("(?i)(?:vertical )?divider(?: .*)?"));
        for (int bi = 0; bi < bodyBands.size(); bi++) {
            Band band = bodyBands.get(bi);
            int gridEnd = BandTable.end(bodyBands, bi);
            if (gridEnd > bi) {
                // bands ruled into the same columns, row after row: one table
                body.add(BandTable.of(sketch, bodyBands.subList(bi, gridEnd), a -> bindings.get(a) != null
                        && theme.styleNameForTag(bindings.get(a).primaryTag()).equals("card-selected")));
                bi = gridEnd - 1;
                continue;
            }
            List<Component> panels = new ArrayList<>();
            double[] weights = new double[band.panels().size()];
            boolean split = band.panels().size() > 1;
            boolean anySelected = split && band.panels().stream().anyMatch(AreaComposer::panelSelected);
            for (int i = 0; i < band.panels().size(); i++) {
                Area a = band.panels().get(i);
                if (!a.isEmpty()) {
                    panels.add(split ? areas.panel(a, anySelected && !AreaComposer.panelSelected(a)) : areas.compose(a, 0));
                    weights[panels.size() - 1] = a.width();
                }
            }
            if (panels.size() == 1) {
                body.add(panels.get(0));
            } else if (!panels.isEmpty()) {
                List<Component.Link> links = new ArrayList<>();
                if (divided) {
                    // the spec's accent rule between the panels: plain panels stand open on either side of it
                    // (panels set apart, a problem beside its solution, keep their boxes, siblings alike)
                    boolean plain = panels.stream().allMatch(c -> c instanceof Component.Node n && n.style().startsWith("panel"));
                    for (int i = 0; i < panels.size(); i++) {
                        if (plain && panels.get(i) instanceof Component.Node n) {
                            panels.set(i, n.withStyle("text"));
                        }
                        if (i + 1 < panels.size()) {
                            links.add(Component.Link.dividing());
                        }
                    }
                }
                body.add(new Columns(panels, java.util.Arrays.copyOf(weights, panels.size()), links, 0,
                        sketch.specLine(band.top())));
            }
        }
        String title = spec.metadata().title().isEmpty() ? spec.title() : spec.metadata().title();
        Component bodyStack = body.isEmpty() ? null : new Stack(body, 1.1, true, 0);
        List<SceneNote> notes = new ArrayList<>();
        lineArt(sketch, notes, areas.chartRows());
        for (Anchors.Clamped c : anchors.clamped()) {
            String was = java.util.Arrays.stream(c.was()).mapToObj(v -> v == Math.rint(v) && Math.abs(v) < 1e12
                            ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v))
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            int line = EdgeReader.lineOf(spec, "id", c.id());
            notes.add(new SceneNote(SceneNote.Kind.CLAMPED, line, 0, c.now() == null
                    ? "the rectangle '" + c.id() + "' " + was + " lies off the canvas: it is left out; give it a place on the canvas"
                    : String.format(Locale.ROOT, "the rectangle '%s' %s reaches past the %s canvas: it is cut to [%.0f, %.0f, %.0f, %.0f]",
                            c.id(), was, size, c.now().x(), c.now().y(), c.now().w(), c.now().h())));
        }
        if (bodyStack != null) {
            bodyStack = GlyphMatrix.resolve(bodyStack, GlyphMatrix.tones(sketch, spec.elements(), theme),
                    GlyphMatrix.valueTones(sketch, spec.elements(), theme));
            bodyStack = EntityTable.rewrite(bodyStack);
            bodyStack = StageTitles.rewrite(bodyStack);
            bodyStack = MarkedBoxes.rewrite(bodyStack);
            bodyStack = SiblingStyles.unify(bodyStack);
            bodyStack = SpacedWords.rewrite(bodyStack);
            // (after the spaced letters are one word: the axis's name)
            bodyStack = AxisArrows.mark(bodyStack);
        }
        if (bodyStack != null) {
            bodyStack = withoutTrailingConnector(bodyStack, notes);
        }
        if (footer == null && bodyStack != null) {
            KeyMessage.KeyLine key = keyMessage.keyLine(bodyStack, spec.elements(), callouts);
            if (key != null) {
                bodyStack = key.body();
                footer = key.footer();
            }
        }
        if (header == null && bodyStack != null) {
            TitlePromoter.Promoted promoted = TitlePromoter.promote(title, bodyStack);
            if (promoted != null) {
                header = promoted.header();
                bodyStack = promoted.body();
                // the promoted line's [sq], which the text reader set aside, is the title's accent square
                int row = header.line() - sketch.firstLine();
                if (row >= 0 && row < sketch.grid().height()
                        && FooterMarks.SQUARE.matcher(sketch.grid().text(row, 0, sketch.grid().rowLength(row) - 1)).matches()) {
                    header = new Title(header.title(), header.subtitles(), header.line(), true);
                }
            }
        }
        WordExpander words = new WordExpander(Vocabulary.of(spec), notes);
        if (bodyStack != null) {
            bodyStack = words.expand(bodyStack);
            bodyStack = CutTitles.complete(bodyStack, notes);
            java.util.function.UnaryOperator<Text> tiers = TierMarks.of(spec.elements());
            if (tiers != null) {
                bodyStack = new WordExpander(tiers).expand(bodyStack);
            }
            bodyStack = new WordExpander(CommandWords.of(bodyStack)::apply).expand(bodyStack);
        }
        header = words.title(header);
        if (footer != null) {
            List<ContentElement> calloutRows = spec.elements().stream().filter(e -> e.table().toLowerCase(Locale.ROOT).contains("callout")).toList();
            footer = FooterMarks.mark(new Footer(MessageText.titled(MessageText.quoted(words.text(footer.text(), footer.line())), calloutRows,
                    sketchWords, theme.style(footer.style()).kind().equals("bar")), footer.style(), footer.tag(), footer.line()), sketch);
        }
        List<Edge> echoed = new ArrayList<>();
        bodyStack = FlowEchoes.drop(bodyStack, echoed, notes);
        Names names = Names.of(bodyStack);
        List<Edge> edges = new ArrayList<>(EdgeReader.read(spec, names));
        List<Scene.Binding> madeBound = new ArrayList<>();
        // the columns may be named by elements no box took, or that only a stray word took
        List<ContentElement> loose = new ArrayList<>(unbound);
        for (Binder.Candidate c : candidates) {
            if (c.kind() == Binder.Kind.TEXT && bindings.get(c.key()) != null) {
                loose.add(bindings.get(c.key()));
            }
        }
        OptionColumns.Result options = OptionColumns.rewrite(bodyStack, edges, loose, theme, ids);
        if (options != null) {
            bindings.values().removeIf(e -> options.bound().containsKey(e));
            // the related columns are cards now: the edges are read again, to the boxes they reach
            bodyStack = options.body();
            options.bound().forEach((e, line) -> madeBound.add(new Scene.Binding(e, "card", line)));
            unbound.removeAll(options.bound().keySet());
            names = Names.of(bodyStack);
            edges = new ArrayList<>(EdgeReader.read(spec, names));
        }
        bodyStack = LabelOwners.place(bodyStack, labels, spec.elements());
        bodyStack = RowHeadings.hoist(bodyStack);
        bodyStack = DescribedTerms.apply(bodyStack, spec.elements());
        bodyStack = Formulas.mark(bodyStack);
        if (bodyStack != null) {
            bodyStack = LabelSpellings.apply(bodyStack, spec.labels(), notes);
        }
        ListedElements.Result listed = ListedElements.place(bodyStack, unbound, theme);
        bodyStack = listed.body();
        listed.bound().forEach((e, line) -> madeBound.add(new Scene.Binding(e, "boxes", line)));
        unbound.removeAll(listed.bound().keySet());
        BadgeElements.Result badges = BadgeElements.place(bodyStack, spec.elements());
        bodyStack = badges.body();
        badges.bound().forEach((e, line) -> madeBound.add(new Scene.Binding(e, "badge", line)));
        unbound.removeAll(badges.bound().keySet());
        bindings.values().removeIf(badges.bound()::containsKey);
        bodyStack = spans(bodyStack, edges);
        bodyStack = CalloutBoxes.place(bodyStack, spec.elements(), callouts);
        // a label whose words the figure writes after all (a name the sketch split with a line, "Ml┊dozeniec",
        // joined again in its box) is no leftover
        if (bodyStack != null && !labels.isEmpty()) {
            Set<String> shown = shownWords(bodyStack);
            labels.removeIf(l -> !TextRules.words(l).isEmpty() && shown.containsAll(TextRules.words(l)));
        }
        if (bodyStack != null) {
            bodyStack = new LabelExpander(edges, notes).expand(bodyStack);
        }
        if (bodyStack != null) {
            bodyStack = new LinkLabeller(edges, false).label(bodyStack);
        }
        SketchEdges.collect(bodyStack, edges);
        // (an arrow the spec states between the same boxes is that arrow already)
        for (Edge e : echoed) {
            if (edges.stream().noneMatch(x -> x.fromNode() != null && x.toNode() != null
                    && (x.fromNode().equals(e.fromNode()) && x.toNode().equals(e.toNode())
                    || x.fromNode().equals(e.toNode()) && x.toNode().equals(e.fromNode())))) {
                edges.add(e);
            }
        }
        if (bodyStack != null) {
            bodyStack = new LinkLabeller(edges, true).label(bodyStack);
        }
        conflicts(edges, notes);
        if (bodyStack != null) {
            List<String> all = new ArrayList<>(spec.labels().stream().map(io.figgen.model.Label::text).toList());
            bodyStack = Components.rewriteUp(bodyStack, c -> c instanceof Component.Plot p
                    && p.chart() instanceof io.figgen.scene.chart.Chart.Rings r
                    ? new Component.Plot(io.figgen.scene.chart.RingNames.complete(r, labels, all), p.line()) : c);
        }
        List<io.figgen.scene.chart.Chart> charts = new ArrayList<>();
        if (bodyStack != null) {
            Components.walk(bodyStack, c -> {
                if (c instanceof Component.Plot p) {
                    charts.add(p.chart());
                }
            });
        }
        // a Text Content label a chart writes (a level's "800 ACCEPTABLE" for "800ms ACCEPTABLE") is no leftover for the notes row
        labels.removeIf(l -> charts.stream().anyMatch(ch -> io.figgen.scene.chart.ChartParts.writes(ch, l)));
        // nor one whose every word a chart writes, in full or cut short ("MIR (Music Info Retrieval)" beside a set
        // MIR and its "Music Information Retrieval"; "Conformal Prediction" in "Conformal prediction (Vovk 2005)")
        if (!charts.isEmpty() && !labels.isEmpty()) {
            Set<String> charted = new java.util.HashSet<>(bodyStack == null ? Set.of() : shownWords(bodyStack));
            for (io.figgen.scene.chart.Chart ch : charts) {
                io.figgen.scene.chart.ChartParts.texts(ch).forEach(t -> charted.addAll(TextRules.words(t.value())));
            }
            labels.removeIf(l -> saidIn(l, charted));
        }
        // a callout whose content a chart writes (the Venn's centre asking the Key Question, where the row's
        // Position puts it) is drawn there, not said again in the notes row
        List<ContentElement> chartedCallouts = callouts.stream().filter(c -> charts.stream()
                .anyMatch(ch -> io.figgen.scene.chart.ChartParts.writes(ch, unquoted(c.description())))).toList();
        callouts.removeAll(chartedCallouts);
        bodyStack = ChosenColumns.mark(bodyStack);
        bodyStack = ColumnBadges.place(bodyStack, labels, spec.elements());
        bodyStack = TitleEchoes.drop(bodyStack);
        bodyStack = LoopFragments.drop(bodyStack, edges);
        // an element that names a chart's point, axis or line is drawn by the chart, not left unbound
        unbound.removeIf(e -> charts.stream().anyMatch(ch -> io.figgen.scene.chart.ChartParts.draws(ch, e)));
        for (Edge e : edges) {
            boolean charted = charts.stream().anyMatch(ch -> io.figgen.scene.chart.ChartParts.names(ch, e.from())
                    && io.figgen.scene.chart.ChartParts.names(ch, e.to()));
            if (e.source() != Edge.Source.SKETCH && !e.resolved() && !charted) {
                String missing = e.fromNode().isEmpty() ? e.from() : e.to();
                notes.add(new SceneNote(SceneNote.Kind.UNRESOLVED, e.line(), 0, "edge endpoint '" + missing
                        + "' names nothing the figure shows"));
            }
        }
        List<Scene.Binding> bound = new ArrayList<>();
        for (Binder.Candidate c : candidates) {
            ContentElement e = bindings.get(c.key());
            if (e != null) {
                bound.add(new Scene.Binding(e, c.kind().name().toLowerCase(Locale.ROOT), c.line()));
            }
        }
        bound.addAll(madeBound);
        for (ContentElement e : drawnCallouts) {
            bound.add(new Scene.Binding(e, "sketch text", 0));
        }
        for (ContentElement e : chartedCallouts) {
            bound.add(new Scene.Binding(e, "chart text", 0));
        }
        // a callout the spec puts beside a box stands in that box's row, not in the notes row
        BesideCallouts.Result beside = BesideCallouts.place(bodyStack, callouts, SceneReader::callout);
        bodyStack = beside.body();
        for (ContentElement e : beside.placed()) {
            bound.add(new Scene.Binding(e, "callout", e.line()));
        }
        for (ContentElement e : ground) {
            // the paper itself: the canvas is always painted (in the house background; textures are not drawn)
            bound.add(new Scene.Binding(e, "canvas", 0));
        }
        bound.sort(java.util.Comparator.comparingInt((Scene.Binding b) -> b.element().line()).thenComparingInt(Scene.Binding::line));
        return new Scene(title, spec.altText(), size, header, bodyStack, footer, notes(callouts, labels), callouts, edges,
                bound, unbound, notes);
    }

    /**
     * Two stated edges between the same components whose labels disagree (neither holds the other): the
     * figure can draw one label, so both lines are reported.
     */
    private static void conflicts(List<Edge> edges, List<SceneNote> notes) {
        List<Edge> stated = edges.stream().filter(e -> e.source() != Edge.Source.SKETCH && e.resolved() && !e.label().isEmpty())
                .toList();
        for (int i = 0; i < stated.size(); i++) {
            for (int j = i + 1; j < stated.size(); j++) {
                Edge a = stated.get(i);
                Edge b = stated.get(j);
                // the same direction, or either way when one of them runs both ways ("miss" there, "hit" back)
                boolean both = a.kind() == Edge.Kind.BIDIRECTIONAL || b.kind() == Edge.Kind.BIDIRECTIONAL;
                boolean same = a.fromNode().equals(b.fromNode()) && a.toNode().equals(b.toNode())
                        || both && a.fromNode().equals(b.toNode()) && a.toNode().equals(b.fromNode());
                String la = a.label().toLowerCase(Locale.ROOT);
                String lb = b.label().toLowerCase(Locale.ROOT);
                if (same && a.source() != b.source() && !la.contains(lb) && !lb.contains(la)) {
                    String msg = "the edge '" + a.from() + "' -> '" + a.to() + "' is labelled \"" + a.label() + "\" here and \""
                            + b.label() + "\" elsewhere: make them agree";
                    notes.add(new SceneNote(SceneNote.Kind.CONFLICT, a.line(), b.line(), msg));
                    notes.add(new SceneNote(SceneNote.Kind.CONFLICT, b.line(), a.line(), "the edge '" + b.from() + "' -> '"
                            + b.to() + "' is labelled \"" + b.label() + "\" here and \"" + a.label() + "\" elsewhere"
                            + ": make them agree"));
                }
            }
        }
    }

    /** Line art left out of the figure, each run reported at its line. */
    private static void lineArt(Sketch sketch, List<SceneNote> notes, java.util.Set<Integer> chartRows) {
        for (Band b : sketch.bands()) {
            for (Area a : b.panels()) {
                lineArt(sketch, a, notes, chartRows);
            }
        }
    }

    /** Line art a chart reads (its axes, curves and marks) is drawn by the chart: no note for it. */
    private static void lineArt(Sketch sketch, Area a, List<SceneNote> notes, java.util.Set<Integer> chartRows) {
        for (Row r : a.rows()) {
            for (Token.Art art : chartRows.contains(r.row()) ? List.<Token.Art>of() : r.art()) {
                notes.add(new SceneNote(SceneNote.Kind.DROPPED, sketch.specLine(r.row()), 0,
                        "line art '" + art.text() + "' is not drawn as text"));
            }
        }
        for (io.figgen.sketch.Box box : a.boxes()) {
            lineArt(sketch, box.interior(), notes, chartRows);
        }
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
            // one message over a few lines; a legend or a row of separate items is part of the body
            return rows > 0 && rows <= maxRows && band.panels().get(0).rows().stream()
                    .allMatch(r -> r.isBlank() || r.hasText() && (words(r).size() <= 1 || twoPhrases(words(r))));
        }

        private static List<String> words(Row r) {
            return r.tokens().stream().filter(t -> t instanceof Token.Text x && !TextRules.stripScaffolding(x.text()).isEmpty())
                    .map(t -> ((Token.Text) t).text().strip()).toList();
        }

        /**
         * A message in two phrases the sketch sets apart ({@code ■ 14.2 min down to 3.4 min    Only option under
         * 5 min target}): the square leads the first only, where a legend marks each of its items.
         */
        private static boolean twoPhrases(List<String> texts) {
            return texts.size() == 2 && texts.get(0).startsWith("■ ") && !Glyphs.isBullet(texts.get(1).codePointAt(0))
                    && TextRules.words(texts.get(0)).size() >= 3 && TextRules.words(texts.get(1)).size() >= 3;
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
            Set<String> head = new LinkedHashSet<>(TextRules.words(box.title()));
            Area in = box.interior();
            // a box's name is its first written lines, also when the box opens with a blank row
            int headerEnd = box.dividers().isEmpty() ? firstWritten(in) + 1 : box.dividers().get(0) - 1;
            List<String> headLines = new ArrayList<>();
            for (Row r : in.rows()) {
                if (r.row() <= headerEnd) {
                    headLines.add(TextGroupComposer.texts(r));
                }
            }
            // each line's words, and the lines joined, so a name the sketch broke at a hyphen ("REPLICA-" /
            // "TION DET.") is named by its whole word too
            for (String line : headLines) {
                head.addAll(TextRules.words(line));
            }
            head.addAll(TextRules.words(TextRules.join(headLines)));
            head.addAll(headingAbove(area, box));
            Set<String> all = new LinkedHashSet<>(head);
            all.addAll(words(in));
            // a diamond is a decision, which the spec's options and decisions name as they name cards
            Binder.Kind kind = !box.dividers().isEmpty() || head.contains("selected") || box.border() == io.figgen.sketch.Box.Border.DIAMOND
                    ? Binder.Kind.CARD : Binder.Kind.PANEL;
            out.add(new Binder.Candidate(box, kind, head, all, sketch.specLine(box.top())));
            boxCandidates(sketch, in, out);
        }
    }

    private static int firstWritten(Area in) {
        for (Row r : in.rows()) {
            if (!r.isBlank()) {
                return r.row();
            }
        }
        return in.top();
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
            boolean arrow = r.tokens().stream().anyMatch(t -> t instanceof Token.Arrow
                    || t instanceof Token.VLine v && v.head() != null);
            boolean rule = r.tokens().stream().anyMatch(t -> t instanceof Token.Rule || t instanceof Token.VLine);
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
            if (r.tokens().stream().anyMatch(t -> t instanceof Token.Bar)) {
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
        // a box that writes no word of its own (a toggle drawn as 💬) is named by the words just over it, capitals
        // or not, where they stand over the box
        boolean wordless = words(box.interior()).isEmpty();
        Set<String> named = new LinkedHashSet<>();
        for (Row r : area.rows()) {
            // a row with an arrow in it (a spectrum's "CAUSAL ◄──► CORROBORATIVE") is an axis, not a heading
            if (r.row() >= box.top() - 2 && r.row() < box.top() && r.hasText()
                    && r.tokens().stream().noneMatch(Token.Arrow.class::isInstance)) {
                String t = TextGroupComposer.texts(r);
                if (TextRules.isCapsLabel(t)) {
                    return new LinkedHashSet<>(TextRules.words(t));
                }
                if (wordless && r.tokens().stream().allMatch(k -> k.col() >= box.left() - 2 && k.col() <= box.right())) {
                    named.addAll(TextRules.words(t));
                }
            }
        }
        return named;
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

    /** Every word the sketch writes, read once for the callouts and labels that may already be drawn. */
    private static Set<String> sketchWords(Sketch sketch) {
        Set<String> drawn = new LinkedHashSet<>();
        for (Band b : sketch.bands()) {
            for (Area a : b.panels()) {
                drawn.addAll(words(a));
            }
        }
        return drawn;
    }

    /** Every pair of words the sketch writes one after the other (across a wrapped line too), for phrases. */
    private static Set<String> sketchPairs(Sketch sketch) {
        Set<String> out = new java.util.HashSet<>();
        for (Band b : sketch.bands()) {
            for (Area a : b.panels()) {
                pairs(a, out);
            }
        }
        return out;
    }

    private static void pairs(Area area, Set<String> out) {
        List<String> run = new ArrayList<>();
        for (Row r : area.rows()) {
            run.addAll(TextRules.words(TextGroupComposer.texts(r)));
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            out.add(run.get(i) + " " + run.get(i + 1));
        }
        for (io.figgen.sketch.Box b : area.boxes()) {
            pairs(b.interior(), out);
        }
    }

    /**
     * The share of a callout's content the sketch writes as phrases (pairs of words in its order): a content
     * whose words are scattered over the figure ("Pipecat", "APIs") but never said is not drawn.
     */
    private static double phraseShare(ContentElement callout, Set<String> pairs) {
        List<String> w = TextRules.words(callout.description());
        if (w.size() < 2) {
            return 1;
        }
        int hit = 0;
        for (int i = 0; i + 1 < w.size(); i++) {
            hit += pairs.contains(w.get(i) + " " + w.get(i + 1)) ? 1 : 0;
        }
        return hit / (double) (w.size() - 1);
    }

    /** True when most of a callout's own words (title and content) are words the sketch writes. */
    private static boolean drawnBySketch(ContentElement callout, Set<String> drawn) {
        return drawnShare(callout, drawn) >= 0.8;
    }

    /** The share of a callout's content words the sketch writes somewhere (0 for a callout without content). */
    private static double drawnShare(ContentElement callout, Set<String> drawn) {
        List<String> w = TextRules.words(callout.description());
        return w.isEmpty() ? 1 : w.stream().filter(drawn::contains).count() / (double) w.size();
    }

    /** Greek letters spelt out: a word a single letter stands for, as words() skips single letters. */
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "theta", "lambda", "mu", "sigma");

    /**
     * Text Content labels whose words the sketch does not already carry: the spec asks for them, so they are
     * drawn, with the callouts the sketch leaves out, in a notes row at the foot of the body.
     */
    private static List<String> missingLabels(Spec spec, Set<String> drawn) {
        List<String> out = new ArrayList<>();
        for (io.figgen.model.Label l : spec.labels()) {
            // a label may spell out a letter the sketch writes ("h' = h + alpha * v" for "h' = h + α·v")
            List<String> spelt = TextRules.words(l.text());
            List<String> w = spelt.stream().filter(x -> !GREEK.contains(x)).toList();
            if (w.isEmpty() != spelt.isEmpty()) {
                continue;
            }
            long hit = w.stream().filter(x -> drawn.contains(x) || drawn.stream().anyMatch(d -> d.length() > 3 && x.startsWith(d))).count();
            if (!w.isEmpty() && hit * 10 < w.size() * 6) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** A table cell's text without the straight or curly quotes that enclose it whole. */
    static String unquoted(String s) {
        String t = s.strip();
        boolean straight = t.length() > 2 && t.startsWith("\"") && t.endsWith("\"") && t.chars().filter(c -> c == '"').count() == 2;
        boolean curly = t.length() > 2 && t.startsWith("\u201c") && t.endsWith("\u201d") && t.indexOf('\u201c', 1) < 0;
        return straight || curly ? t.substring(1, t.length() - 1).strip() : s;
    }

    /** A Callout Boxes row drawn as a callout: its title over its content. */
    private static Callout callout(ContentElement c) {
        String title = c.element().replaceAll("^[\"“]|[\"”]$", "");
        // the Content cell's quotes delimit it, as a Relationships label's do: the callout says what is between them
        return new Callout(Text.plain(TextRules.dashes(title), "section"), Text.mixed(TextRules.dashes(unquoted(c.description())), "body"),
                "callout", c.position(), c.line());
    }

    private static Component notes(List<ContentElement> callouts, List<String> labels) {
        if (callouts.isEmpty() && labels.isEmpty()) {
            return null;
        }
        List<Component> parts = new ArrayList<>();
        for (ContentElement c : callouts) {
            parts.add(callout(c));
        }
        if (!labels.isEmpty()) {
            List<Component> lines = new ArrayList<>();
            for (String l : labels) {
                lines.add(new Component.Paragraph(Text.mixed(l, "caption"), 0));
            }
            parts.add(new Stack(lines, 0.3, false, 0));
        }
        // each callout's share of the row follows its length, so the row's texts wrap to as many lines and the
        // longest sets no taller a row than it must; short labels, one to a line, need less
        double[] weights = new double[parts.size()];
        double mean = callouts.stream().mapToInt(c -> c.description().length()).average().orElse(1);
        for (int i = 0; i < callouts.size(); i++) {
            weights[i] = Math.max(0.6, Math.min(1.6, callouts.get(i).description().length() / Math.max(1, mean)));
        }
        if (!labels.isEmpty()) {
            // as wide as its longest label, against a callout's line when its text wraps to about three
            int longest = labels.stream().mapToInt(String::length).max().orElse(0);
            weights[weights.length - 1] = callouts.isEmpty() ? 1 : Math.max(0.5, Math.min(1, longest / Math.max(1, mean / 3)));
        }
        return parts.size() == 1 ? parts.get(0) : new Columns(parts, weights, List.of(), 0, 0);
    }


    private static Title header(Sketch sketch, Band band) {
        List<Row> rows = band.panels().get(0).rows().stream().filter(Row::hasText).toList();
        Text title = Text.plain(TextGroupComposer.texts(rows.get(0)), "title");
        List<Title.Subtitle> subs = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            String line = TextGroupComposer.texts(r);
            TextRules.Marked m = TextRules.marker(line);
            boolean square = m.marker() != null && (m.marker().isEmpty() || m.marker().equals("■"));
            subs.add(square ? TitlePromoter.subtitle(m.text(), m.marker()) : TitlePromoter.subtitle(line, null));
        }
        // the sketch's [sq] on the title's line is the accent square the house puts after the title
        boolean square = rows.get(0).tokens().stream().anyMatch(t -> t instanceof io.figgen.sketch.Token.Text x
                && FooterMarks.SQUARE.matcher(x.text()).matches());
        return new Title(title, subs, sketch.specLine(rows.get(0).row()), square);
    }

    /** Every word the body's titles, headings, lines and items write. */
    /** Whether each word of the label is a word shown, or cut short from one (three letters or more: "Info"). */
    private static boolean saidIn(String label, Set<String> shown) {
        List<String> words = TextRules.words(label);
        return !words.isEmpty() && words.stream().allMatch(w -> shown.contains(w)
                || w.length() >= 3 && shown.stream().anyMatch(s -> s.startsWith(w)));
    }

    private static Set<String> shownWords(Component body) {
        Set<String> shown = new java.util.HashSet<>();
        Components.walk(body, c -> {
            if (c instanceof Component.Node n && n.title() != null) {
                shown.addAll(TextRules.words(n.title().value()));
            } else if (c instanceof Component.Paragraph p) {
                shown.addAll(TextRules.words(p.text().value()));
            } else if (c instanceof Component.Heading h) {
                shown.addAll(TextRules.words(h.text().value()));
            } else if (c instanceof Component.Items l) {
                l.items().forEach(i -> shown.addAll(TextRules.words(i.text().value())));
            }
        });
        return shown;
    }

    /**
     * The body without a connector it ends on: lines the sketch runs on below its last part (a dotted zone's
     * walls to the band's foot) join nothing there, and would otherwise reach down to the notes row.
     */
    private static Component withoutTrailingConnector(Component body, List<SceneNote> notes) {
        if (!(body instanceof Stack s) || s.children().isEmpty()) {
            return body;
        }
        Component last = s.children().get(s.children().size() - 1);
        // only plain vertical lines: a run under the row (a loop's return) or a head is the sketch's meaning
        if (last instanceof Component.Connector k && s.children().size() >= 2 && k.rows().stream().flatMap(List::stream)
                .allMatch(m -> m.kind() == Component.MarkKind.VERTICAL && !m.headStart() && !m.headEnd())) {
            notes.add(new SceneNote(SceneNote.Kind.DROPPED, k.line(), 0,
                    "lines under the last part of the body join nothing below it: they are not drawn"));
            return new Stack(s.children().subList(0, s.children().size() - 1), s.gap(), s.spread(), s.line());
        }
        Component inner = withoutTrailingConnector(last, notes);
        if (inner == last) {
            return body;
        }
        List<Component> kids = new ArrayList<>(s.children());
        kids.set(kids.size() - 1, inner);
        return new Stack(kids, s.gap(), s.spread(), s.line());
    }

    /**
     * A timeline's stretches the Relationships / Flows rows label (Nov 2024 to Mar 2025, "4 months"): the label
     * stands between the two events, where a reader measures the stretch.
     */
    private static Component spans(Component body, List<Edge> edges) {
        if (body == null) {
            return null;
        }
        return Components.rewriteUp(body, c -> {
            if (!(c instanceof Component.Plot p) || !(p.chart() instanceof io.figgen.scene.chart.Chart.Timeline t)) {
                return c;
            }
            List<String> spans = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i + 1 < t.events().size(); i++) {
                String a = String.join(" ", TextRules.words(t.events().get(i).date().value()));
                String b = String.join(" ", TextRules.words(t.events().get(i + 1).date().value()));
                String label = "";
                for (Edge e : edges) {
                    if (!e.label().isBlank() && String.join(" ", TextRules.words(e.from())).equals(a)
                            && String.join(" ", TextRules.words(e.to())).equals(b)) {
                        label = e.label().strip();
                        break;
                    }
                }
                any |= !label.isEmpty();
                spans.add(label);
            }
            return any ? new Component.Plot(t.withSpans(spans), p.line()) : c;
        });
    }

}
