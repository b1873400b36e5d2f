package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.LayoutAudit;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * A dense figure takes the room it wastes before its type shrinks, measured on the laid-out figure: a wide
 * box's short facts in two columns, a section of text beside the table under it, bars closer together.
 */
class CompositionTest {
    private static Layout sceneFixture(String name) throws Exception {
        return LayoutFixtures.fixture("scene", name);
    }

    private static Layout sharedSpec(String name) throws Exception {
        return LayoutFixtures.sharedSpec(name);
    }

    private static void clean(Layout l) {
        assertEquals(List.of(), LayoutAudit.audit(l.figure()), "overlapping or overflowing text");
    }

    private static Box boxOf(Layout l, String word) {
        return LayoutFixtures.boxOf(l, word);
    }

    @Test
    void aWideCardsShortFactsStandInTwoColumnsWhileNumberedStepsStayInOne() throws Exception {
        Layout l = sceneFixture("field-columns");
        clean(l);
        Box card = boxOf(l, "INC-101 · Payment gateway");
        Shape.Text type = textStarting(l, "TYPE:");
        Shape.Text duration = textStarting(l, "DURATION:");
        Shape.Text cause = textStarting(l, "CAUSE:");
        Shape.Text impact = textStarting(l, "IMPACT:");
        assertTrue(duration.bounds().y() > type.bounds().y(), "the first half reads down the first column");
        assertTrue(cause.bounds().x() > card.x() + card.w() / 2 - 1, "the second half starts the second column: " + cause.bounds());
        assertEquals(type.bounds().y(), cause.bounds().y(), 0.5, "the columns start level");
        assertEquals(duration.bounds().y(), impact.bounds().y(), 0.5);
        Box steps = boxOf(l, "INC-102 · Search cluster");
        double x = textStarting(l, "Page the on-call").bounds().x();
        for (String step : List.of("Fail over", "Rebuild the primary")) {
            assertEquals(x, textStarting(l, step).bounds().x(), 0.5, "numbered steps stay one column: " + step);
        }
        assertTrue(x < steps.x() + steps.w() / 4);
    }

    @Test
    void aDenseFiguresSectionOfTextAndItsTableStandSideBySideRatherThanShrinkTheType() throws Exception {
        Layout l = sharedSpec("fig-choice-16-object-storage-strategy");
        clean(l);
        Shape.Text why = textStarting(l, "WHY IT MATTERS");
        Shape.Text egress = textStarting(l, "EGRESS COST");
        assertEquals(why.bounds().y(), egress.bounds().y(), 0.5, "the two headings stand on one line");
        assertTrue(egress.bounds().x() > why.bounds().right(), "the table's section on the right");
        double tableLeft = textStarting(l, "Cloudflare R2").bounds().x();
        for (Shape.Text t : l.figure().texts()) {
            if (t.text().startsWith("Audio previews") || t.text().startsWith("A 30-second")) {
                assertTrue(t.bounds().right() < tableLeft, "the paragraph stays left of the table: " + t.text());
            }
        }
        assertEquals(1.0, l.fit(), 1e-9, "the type did not shrink");
    }

    private static Shape.Text textStarting(Layout l, String start) {
        return LayoutFixtures.textStarting(l, start);
    }

    @Test
    void aCalloutPutRightOfABoxStandsLevelWithItInTheRoomToItsRight() throws Exception {
        Layout l = sceneFixture("callout-beside");
        clean(l);
        assertEquals(new io.figgen.model.Size(1920, 1080), l.figure().size(), "the Aspect Ratio row's 16:9");
        Box triage = boxOf(l, "TRIAGE");
        Box callout = boxOf(l, "MODEL SHARE");
        assertEquals(triage.y(), callout.y(), 0.5, "level with the box it annotates");
        assertTrue(callout.x() >= triage.right() + 8, "right of it, with a gap: " + triage + " " + callout);
        assertTrue(callout.right() <= l.figure().size().width() - 40, "inside the margin: " + callout);
        // the body's boxes under it keep their column: the callout took the row's empty side, not its middle
        assertEquals(boxOf(l, "INBOX").x(), triage.x(), 0.5);
    }

    @Test
    void aKeyMessagesSquareLeadsItsLineAndItsAccentLineRulesItsLeftEdge() throws Exception {
        Layout bar = sceneFixture("footer-marks");
        clean(bar);
        Shape.Text said = textStarting(bar, "Objects move");
        Shape.Rect square = bar.figure().shapes().stream().filter(Shape.Rect.class::isInstance).map(Shape.Rect.class::cast)
                .filter(r -> r.box().w() == r.box().h() && r.box().w() < said.size() && r.box().right() < said.bounds().x())
                .filter(r -> Math.abs(r.box().y() + r.box().h() / 2 - (said.bounds().y() + said.bounds().h() / 2)) < said.size() * 0.3)
                .findFirst().orElseThrow(() -> new AssertionError("no square leading the key message"));
        assertEquals(said.fill(), square.fill(), "on the coral bar the square is in the bar's text colour");
        assertTrue(said.bounds().x() - square.box().right() < 2 * square.box().w(), "it leads the text, close to it");
        Layout ruled = sceneFixture("footer-rule");
        clean(ruled);
        Box panel = boxOf(ruled, "\"NINETY DAYS: objects move to the cold store\"");
        assertTrue(ruled.figure().shapes().stream().anyMatch(s -> s instanceof Shape.Rect r && "#E84C4F".equalsIgnoreCase(r.fill())
                && Math.abs(r.box().x() - panel.x()) < 0.5 && Math.abs(r.box().h() - panel.h()) < 0.5 && r.box().w() >= 3),
                "a coral rule down the callout's left edge");
    }

    @Test
    void theCalloutItsPositionPutsTopRightIsTheOneBesideTheTitle() throws Exception {
        Layout l = sharedSpec("fig-landscape-30-convergence-thesis");
        clean(l);
        // "The Novelty" asks for the top-right corner: it stands beside the title, the other two stay under the body
        Shape.Text title = textStarting(l, "THE CONVERGENCE THESIS");
        Shape.Text novelty = textStarting(l, "The Novelty");
        assertTrue(novelty.bounds().y() < title.bounds().bottom() && novelty.bounds().x() > title.bounds().right(),
                "beside the title: " + novelty.bounds() + " " + title.bounds());
        Shape.Text venn = textStarting(l, "MUSIC ATTRIBUTION");
        for (String under : List.of("Research Implication", "Maturity Asymmetry")) {
            assertTrue(textStarting(l, under).bounds().y() > venn.bounds().bottom(), under + " stays in the notes row");
        }
    }

    @Test
    void aPageThatWouldLeaveTooLittlePaperGivesUpSpacingFirst() throws Exception {
        Layout l = sharedSpec("fig-supplementary-03-work-detail-confidence");
        clean(l);
        // at its spec's 16:10 its full-width panel covered 71% of the canvas at full spacing
        assertEquals(new io.figgen.model.Size(1920, 1200), l.figure().size());
        assertTrue(PaintedShare.of(l.figure().shapes(), l.figure().size(), l.figure().background()) <= 0.68 + 1e-9);
        assertEquals(1.0, l.fit(), 1e-9, "at full type");
    }

    @Test
    void aBoxUnderASpectrumIsNamedByItsOwnTitleAndItsCutWordsAreDrawnWhole() throws Exception {
        Layout l = sharedSpec("fig-landscape-09-seven-tda-methods");
        clean(l);
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        collect(l.scene().body(), titles);
        // the spectrum's ends over the row name no box: the first box keeps its own element and its title
        assertEquals("Unlearning-Based TDA panel", titles.get("1. UNLEARNING-BASED TDA"), "titles: " + titles);
        assertEquals("Inference-Time Conditioning panel", titles.get("4. INFERENCE-TIME CONDITIONING"), "titles: " + titles);
        assertEquals(7, l.figure().texts().stream().filter(t -> t.text().equals("Measures:")).count(), "every card's key keeps its colon");
    }

    private static void collect(io.figgen.scene.Component c, java.util.Map<String, String> titles) {
        if (c instanceof io.figgen.scene.Component.Node n) {
            if (n.title() != null) {
                titles.put(n.title().value(), n.element());
            }
            if (n.body() != null) {
                collect(n.body(), titles);
            }
        } else if (c instanceof io.figgen.scene.Component.Stack s) {
            s.children().forEach(k -> collect(k, titles));
        } else if (c instanceof io.figgen.scene.Component.Columns r) {
            r.children().forEach(k -> collect(k, titles));
        }
    }

    @Test
    void aDenseDiagramsArrowsAndGapsGiveUpLengthBeforeItsTypeShrinks() throws Exception {
        Layout l = sharedSpec("fig-theory-21-consent-infrastructure");
        clean(l);
        // at the sketch's full connector rows the type had to go down to 0.925 of its size, at spacing 0.45 to 0.95
        assertEquals(1.0, l.fit(), 1e-9, "the type is at full size");
    }

    @Test
    void aHalfWidthCardsFourShortFactsStandInTwoColumnsAndThreeStayInOne() throws Exception {
        Layout l = sharedSpec("fig-theory-21-consent-infrastructure");
        Shape.Text get = textStarting(l, "GET");
        Shape.Text post = textStarting(l, "POST");
        Shape.Text put = textStarting(l, "PUT");
        Shape.Text delete = textStarting(l, "DELETE");
        assertEquals(get.bounds().x(), post.bounds().x(), 0.5, "the first half reads down the first column");
        assertEquals(get.bounds().y(), put.bounds().y(), 0.5, "the second column starts level with the first");
        assertEquals(post.bounds().y(), delete.bounds().y(), 0.5);
        assertTrue(put.bounds().x() > get.bounds().right(), "PUT stands in the second column: " + put.bounds());
        // the server's three tools would stand two and one: they stay in one column
        double x = textStarting(l, "check_permission").bounds().x();
        for (String tool : List.of("list_permissions", "get_attribution")) {
            assertEquals(x, textStarting(l, tool).bounds().x(), 0.5, tool);
        }
    }

    @Test
    void aChartOfPlacedBoxesGivesUpItsEmptyRowsBeforeTheTypeShrinks() throws Exception {
        Layout l = sharedSpec("fig-choice-15-deployment-options");
        clean(l);
        // at every sketch row's full height the type went down to 0.85 of its size
        assertTrue(l.fit() >= 0.925 - 1e-9, "type at " + l.fit());
        // the boxes keep their places on the cost axis: the dearest highest, the two at €20 to €50 level
        Box big = boxOf(l, "Big Three");
        Box render = boxOf(l, "Render");
        Box hetzner = boxOf(l, "Hetzner +");
        Box bare = boxOf(l, "Hetzner bare");
        assertTrue(big.bottom() <= render.y() + 0.5, "Big Three above Render: " + big + " " + render);
        assertEquals(render.y(), hetzner.y(), 0.5, "Render and Hetzner + Ubicloud level");
        assertTrue(render.bottom() <= bare.y() + 0.5, "bare metal lowest: " + render + " " + bare);
        double last = -1;
        for (String tick : List.of("€500+", "€100", "€50", "€20", "€7")) {
            Shape.Text t = l.figure().texts().stream().filter(x -> x.text().equals(tick)).findFirst().orElseThrow();
            assertTrue(t.bounds().y() >= last, "ticks in order down the axis: " + tick);
            last = t.bounds().bottom();
        }
    }

    @Test
    void anAsideInParenthesesUnderALineIsReadOnItsLine() throws Exception {
        Layout l = sharedSpec("fig-choice-15-deployment-options");
        clean(l);
        Shape.Text path = textStarting(l, "RECOMMENDED MIGRATION PATH");
        Shape.Text aside = l.figure().texts().stream().filter(t -> t.text().contains("(Start simple")).findFirst().orElseThrow();
        assertEquals(path.bounds().y(), aside.bounds().y(), 0.5, "the aside follows the line it belongs to: " + aside.text());
        // with the aside on its line the figure's type holds at 0.975 (body 11 px at 800 px)
        assertTrue(l.fit() >= 0.975 - 1e-9, "type at " + l.fit());
    }

    @Test
    void theChosenColumnsMarkStandsUnderItsHeadNotInTheNotesRow() throws Exception {
        Layout l = sharedSpec("fig-voice-21-managed-vs-self-hosted-decision");
        clean(l);
        // Text Content's "SWEET SPOT", which the chosen column's element says it is ("highlighted sweet spot")
        Shape.Text head = textStarting(l, "II FRAMEWORK");
        Shape.Text mark = textStarting(l, "SWEET SPOT");
        assertTrue(mark.bounds().y() >= head.bounds().bottom() - 0.5 && mark.bounds().y() < head.bounds().bottom() + head.size(),
                "the mark stands just under the head: " + mark.bounds() + " " + head.bounds());
        Box column = boxOf(l, "LOW");
        assertTrue(column.contains(mark.bounds(), 0.5), "inside the chosen column's outline");
        assertEquals(head.fill(), mark.fill(), "in the chosen column's colour");
        assertTrue(l.scene().extras() == null, "no notes row left: " + l.scene().extras());
    }

    @Test
    void spacingGivesWayOnlyWhileEveryEdgeKeepsItsLabel() throws Exception {
        Layout l = sharedSpec("fig-supplementary-08-ecosystem-integration-academic");
        clean(l);
        // at the tightest spacing the scaffold's edge to the attribution tier was squeezed out of the gutter to the
        // margin, its "integration surfaces" with no room beside it: the roomier spacing keeps the label
        assertEquals(List.of(), l.unlabelled(), "edges drawn without their label");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals("integration surfaces")));
    }

    @Test
    void aDenseFiguresBarsStandCloserBeforeItsTypeShrinks() throws Exception {
        Layout l = sharedSpec("fig-repo-23-mcp-auth-crisis");
        clean(l);
        assertEquals(1.0, l.fit(), 1e-9, "the type is at full size");
        List<Box> bars = l.figure().shapes().stream().filter(Shape.Rect.class::isInstance).map(s -> ((Shape.Rect) s).box())
                .filter(b -> b.h() > 10 && b.h() < 40 && b.w() > 20 && b.w() < 900).sorted(java.util.Comparator.comparingDouble(Box::y)).toList();
        assertTrue(bars.size() >= 5, "the five bars: " + bars);
        for (int i = 0; i + 1 < 5; i++) {
            assertTrue(bars.get(i + 1).y() >= bars.get(i).bottom(), "bars do not overlap: " + bars.get(i) + " " + bars.get(i + 1));
        }
    }

    @Test
    void aDenseWideFiguresLastCalloutStandsBesideItsTitleAndTheRestKeepTheirRow() throws Exception {
        Layout l = sharedSpec("fig-landscape-09-seven-tda-methods");
        clean(l);
        Shape.Text title = textStarting(l, "SEVEN TDA METHODS");
        Shape.Text axis = textStarting(l, "CAUSAL");
        Box barrier = boxOf(l, "WHITE-BOX BARRIER");
        assertTrue(barrier.x() > title.bounds().right(), "the callout stands right of the title: " + barrier + " " + title.bounds());
        assertTrue(barrier.bottom() < axis.bounds().y(), "level with the title, above the body: " + barrier);
        assertTrue(barrier.right() > l.figure().size().width() * 0.9, "at the header's right: " + barrier);
        Box similarity = boxOf(l, "SIMILARITY ≠ CAUSATION");
        Box card = boxOf(l, "7. WATERMARKING");
        assertTrue(similarity.y() > card.bottom(), "the other callout keeps its row under the body: " + similarity);
    }

    @Test
    void aWideCalloutsHeadingStandsLeftOfItsTextOnTheSameBand() throws Exception {
        Layout l = sharedSpec("fig-landscape-09-seven-tda-methods");
        Shape.Text heading = textStarting(l, "SIMILARITY");
        Shape.Text body = textStarting(l, "Embedding similarity");
        Box panel = boxOf(l, "SIMILARITY ≠ CAUSATION");
        assertTrue(heading.bounds().right() < body.bounds().x(), "the heading left of its text: " + heading.bounds() + " " + body.bounds());
        assertTrue(heading.bounds().y() < body.bounds().bottom() && body.bounds().y() < heading.bounds().bottom(),
                "on the same band: " + heading.bounds() + " " + body.bounds());
        assertTrue(panel.contains(heading.bounds(), 0.5) && panel.contains(body.bounds(), 0.5), "both in the callout's panel: " + panel);
    }

    @Test
    void aChartsInsetRowStandsBesideTheChartItsPartsStackedAtTheirOwnHeight() throws Exception {
        Layout l = sharedSpec("fig-persona-03-persona-vectors-activation-space");
        clean(l);
        Shape.Text steering = textStarting(l, "STEERING MECHANISM");
        Shape.Text space = textStarting(l, "ACTIVATION SPACE");
        Shape.Text axis = textStarting(l, "ASSISTANT AXIS");
        Box terms = boxOf(l, "h = activation");
        Box formula = l.figure().shapes().stream().filter(Shape.Rect.class::isInstance).map(r -> ((Shape.Rect) r).box())
                .filter(b -> b.contains(terms, 0.5) && !b.equals(terms) && b.w() < l.figure().size().width())
                .min(java.util.Comparator.comparingDouble(Box::w)).orElseThrow();
        assertTrue(steering.bounds().x() > axis.bounds().x(), "the inset stands right of the plot: " + steering.bounds());
        assertTrue(steering.bounds().bottom() < axis.bounds().y(), "beside the plot, not under it: " + steering.bounds());
        assertTrue(formula.y() > steering.bounds().bottom() && formula.x() >= steering.bounds().x() - 1,
                "the formula's card under its section: " + formula);
        assertTrue(formula.bottom() < axis.bounds().y(), "the card at its own height, not stretched to the plot's: " + formula);
        assertTrue(steering.bounds().y() > space.bounds().bottom(), "under the plot's heading");
    }

    @Test
    void aDenseFlowsLabelledConnectorKeepsLittleMoreThanItsLabelsLineBetweenTheBoxes() throws Exception {
        Layout l = sharedSpec("fig-ecosystem-05-cmo-licensing-architecture");
        clean(l);
        Box cmo = boxOf(l, "CMO (STIM exemplar)");
        Box scaffold = boxOf(l, "SCAFFOLD CONFIDENCE LAYER");
        Shape.Text label = textStarting(l, "licences AI platforms");
        double gap = scaffold.y() - cmo.bottom();
        assertTrue(label.bounds().y() >= cmo.bottom() - 0.5 && label.bounds().bottom() <= scaffold.y() + 0.5,
                "the label between the boxes it joins: " + label.bounds());
        // four sketch rows: roomy, three quarters of a label's line each (four words' heights with the stack's
        // gaps); at this figure's tight spacing, under three
        assertTrue(gap < 3 * label.bounds().h(), "the connector gives up length before the type: " + gap + " for a "
                + label.bounds().h() + " px line");
    }

    @Test
    void aVennsCalloutBarStandsClearOfTheSetsLeadersAndItsLeaderCrossesNoOtherText() throws Exception {
        Layout l = sharedSpec("fig-landscape-30-convergence-thesis");
        clean(l);
        Shape.Text words = textStarting(l, "THIS INTERSECTION");
        Box bar = l.figure().shapes().stream().filter(Shape.Rect.class::isInstance).map(r -> (Shape.Rect) r)
                .filter(r -> r.box().contains(words.bounds(), 0.5) && r.fill() != null && r.box().w() < l.figure().size().width() / 2)
                .map(Shape.Rect::box).findFirst().orElseThrow();
        Box plate = boxOf(l, "MUSIC ATTRIBUTION");
        Shape.Line own = null;
        for (Shape s : l.figure().shapes()) {
            if (s instanceof Shape.Line line && line.role() == Shape.Role.CURVE) {
                if (Math.abs(line.first()[0] - bar.x()) <= 1) {
                    own = line;
                    continue;
                }
                for (int i = 1; i < line.points().size(); i++) {
                    assertTrue(!VectorsBlock.crosses(bar, line.points().get(i - 1), line.points().get(i)),
                            "a set's leader runs through the bar " + bar);
                }
            }
        }
        assertTrue(own != null, "the bar has its leader");
        for (Shape.Text t : l.figure().texts()) {
            if (!plate.contains(t.bounds(), 0.5) && !bar.contains(t.bounds(), 0.5)) {
                assertTrue(!VectorsBlock.crosses(t.bounds(), own.first(), own.last()), "the bar's leader runs through \"" + t.text() + "\"");
            }
        }
    }

    @Test
    void aStretchedCalloutsTextFollowsItsHeadingAsItsSiblingsDo() throws Exception {
        Layout l = sharedSpec("fig-repo-25-mcp-evolution-timeline");
        clean(l);
        Shape.Text heading = textStarting(l, "ADOPTION");
        Shape.Text first = textStarting(l, "4000+");
        assertTrue(first.bounds().y() - heading.bounds().bottom() < 1.5 * first.bounds().h(),
                "the text right under its heading, not centred in the room below it: " + heading.bounds() + " " + first.bounds());
    }

    @Test
    void theSketchsSquareOnTheTitleLineIsTheCoralSquareAfterTheTitle() throws Exception {
        Layout l = sharedSpec("fig-persona-03-persona-vectors-activation-space");
        Shape.Text title = textStarting(l, "PERSONA VECTORS");
        List<Box> squares = l.figure().shapes().stream().filter(s -> s instanceof Shape.Rect r && "#E84C4F".equalsIgnoreCase(r.fill())
                && Math.abs(r.box().w() - r.box().h()) < 0.5 && r.box().w() < title.bounds().h()).map(s -> ((Shape.Rect) s).box())
                .filter(b -> b.x() > title.bounds().right() && b.x() < title.bounds().right() + title.bounds().h()
                        && b.y() > title.bounds().y() && b.bottom() < title.bounds().bottom()).toList();
        assertEquals(1, squares.size(), "one coral square just after the title, within its line");
        assertTrue(l.figure().texts().stream().noneMatch(t -> t.text().contains("[sq]")), "never drawn as text");
    }

    @Test
    void aDenseFiguresLeadingGivesWayWithItsSpacingButNeverBelowItsFacesHeight() {
        TextMeasurer m = new TextMeasurer();
        io.figgen.theme.Theme theme = io.figgen.theme.ThemeLoader.house();
        Ctx roomy = new Ctx(theme, m, 1, 1, 1, 1);
        Ctx tight = new Ctx(theme, m, 1, 1, 1, 0.35);
        for (String role : List.of("body", "code", "cardTitle", "caption", "subtitle")) {
            TextStyle st = roomy.style(role);
            double extent = 0;
            for (io.figgen.model.FontFace f : List.of(io.figgen.model.FontFace.SERIF, io.figgen.model.FontFace.SANS,
                    io.figgen.model.FontFace.MONO)) {
                extent = Math.max(extent, m.ascent(f, st.size()) + m.descent(f, st.size()));
            }
            assertTrue(tight.lineHeight(st) < roomy.lineHeight(st), role + ": tighter at 0.35 spacing");
            assertTrue(tight.lineHeight(st) >= extent - 1e-9, role + ": a line holds its tallest face: " + tight.lineHeight(st) + " < " + extent);
        }
    }

    @Test
    void aDenseStacksLayerHeadingsStandInOneColumnLeftOfTheirRows() throws Exception {
        // five layers, each a heading over a row of boxes, on a 16:9 canvas: over their rows the headings cost
        // five lines of height and the type shrinks further
        Layout l = sceneFixture("layer-stack");
        clean(l);
        List<String> headings = List.of("I. EDGE", "II. ORCHESTRATION", "III. PROCESSORS", "IV. LEDGER", "V. RECONCILIATION");
        List<String> firsts = List.of("CHECKOUT", "VALIDATOR", "CARD PSP", "JOURNAL", "FILE IMPORT");
        double rowX = boxOf(l, firsts.get(0)).x();
        double headingRight = 0;
        for (int i = 0; i < headings.size(); i++) {
            Shape.Text heading = textStarting(l, headings.get(i));
            Box first = boxOf(l, firsts.get(i));
            assertEquals(rowX, first.x(), 0.5, "every layer's row starts at one x: " + firsts.get(i));
            assertTrue(heading.bounds().y() >= first.y() - 1 && heading.bounds().y() < first.bottom(),
                    "the heading stands level with its row, not over it: " + headings.get(i) + " " + heading.bounds() + " " + first);
            headingRight = Math.max(headingRight, heading.bounds().right());
        }
        assertTrue(headingRight < rowX, "the headings' column ends before the rows start");
    }

    @Test
    void stepsDownOneColumnAndTheRowsWhereTheFlowBranchesLineUpOnTheSketchsColumns() throws Exception {
        // single steps, then two rows of two: each row shared its width its own way, the column went crooked
        // and the branch rows ran out to the margins
        Layout l = sceneFixture("branch-grid");
        clean(l);
        Box build = boxOf(l, "BUILD");
        for (String step : List.of("STAGING", "SMOKE GATE", "PRODUCTION")) {
            Box b = boxOf(l, step);
            assertEquals(build.x(), b.x(), 0.5, "one column: " + step);
            assertEquals(build.w(), b.w(), 0.5, "one width: " + step);
        }
        Box rollback = boxOf(l, "ROLLBACK");
        Box note = boxOf(l, "INCIDENT NOTE");
        assertEquals(rollback.x(), note.x(), 0.5, "the branch's column lines up too");
        assertEquals(build.w(), rollback.w(), 0.5, "boxes the sketch draws alike are alike");
        double left = l.figure().texts().stream().filter(t -> t.text().startsWith("DEPLOY")).findFirst().orElseThrow().bounds().x();
        assertTrue(build.x() > left + 50, "the steps keep the sketch's indent, not the margin: " + build);
    }

    @Test
    void aTallSidePanelsSignalsShareItsHeightAsTheSketchSpreadsThemAndItsFootnoteStandsAtItsFoot() throws Exception {
        // the sketch writes the four alerts three rows apart down a panel as tall as the tiers beside it
        Layout l = sceneFixture("side-signals");
        clean(l);
        Box panel = boxOf(l, "ALERTS");
        List<Shape.Text> items = List.of("Disk full", "Slow reads", "Lost replica", "Cost spike").stream()
                .map(w -> textStarting(l, w)).toList();
        double step = items.get(1).bounds().y() - items.get(0).bounds().y();
        for (int i = 1; i < items.size(); i++) {
            assertEquals(step, items.get(i).bounds().y() - items.get(i - 1).bounds().y(), 1.0, "evenly apart");
        }
        assertTrue(step > 3 * items.get(0).bounds().h(), "apart as the sketch draws them, not bunched: " + step);
        Shape.Text foot = textStarting(l, "paged 24/7");
        assertTrue(panel.bottom() - foot.bounds().bottom() < 2 * foot.bounds().h(), "the footnote at the panel's foot");
        assertTrue(foot.bounds().y() - items.get(3).bounds().bottom() > foot.bounds().h(), "set apart from the last alert");
    }
}
