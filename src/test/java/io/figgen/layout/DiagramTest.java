package io.figgen.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.check.ConnectorAudit;
import io.figgen.check.LayoutAudit;
import io.figgen.model.Box;
import io.figgen.model.Shape;
import io.figgen.render.Renderer;
import io.figgen.scene.Edge;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

/**
 * Connected diagrams, measured on the laid-out figure: every connector end on the border of what it joins,
 * heads on the target, loops returning under the parts they join, stated relationships drawn (as a link
 * between neighbours, or routed around the other parts), and a bus the stated flows correct.
 */
class DiagramTest {
    private static final double TOUCH = 2;

    private static Layout layout(String name) throws Exception {
        return LayoutFixtures.fixture("diagram", name);
    }

    private static Layout sharedSpec(String name) throws Exception {
        return LayoutFixtures.sharedSpec(name);
    }

    /** A fixture the scene tests share, laid out. */
    private static Layout sceneFixture(String name) throws Exception {
        return LayoutFixtures.fixture("scene", name);
    }

    private static Box boxOf(Layout l, String word) {
        return LayoutFixtures.boxOf(l, word);
    }

    private static List<Shape.Line> connectors(Layout l) {
        return l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.CONNECTOR).toList();
    }

    @Test
    void aRequestAndItsReplyStackedSetEachPartyInOneColumn() throws Exception {
        Layout l = layout("request-reply");
        List<Box> clients = l.figure().texts().stream().filter(t -> t.text().equals("Client"))
                .map(t -> LayoutFixtures.boxAround(l, t)).toList();
        assertEquals(2, clients.size());
        assertEquals(clients.get(0).x(), clients.get(1).x(), 0.01, "the client stands at one place in both flows");
        assertEquals(clients.get(0).w(), clients.get(1).w(), 0.01);
        Box registry = boxOf(l, "Registry");
        Box replies = boxOf(l, "Replies:");
        assertEquals(registry.x(), replies.x(), 0.01, "so does the party it asks");
        assertEquals(List.of(), LayoutAudit.audit(l.figure()), "overlapping or overflowing text");
    }

    @Test
    void tiersBesideATallPanelStackAndEachSendsItOneStraightArrow() throws Exception {
        Layout l = layout("side-panel-tiers");
        Box front = boxOf(l, "forms · sessions");
        Box logic = boxOf(l, "rules · prices");
        Box store = boxOf(l, "tables · blobs");
        Box ledger = boxOf(l, "LEDGER");
        assertEquals(front.x(), logic.x(), 0.5, "the tiers stand one above another, not in a row");
        assertTrue(front.bottom() < logic.y() && logic.bottom() < store.y());
        assertTrue(ledger.x() > front.right(), "the panel beside them");
        assertTrue(LayoutFixtures.textStarting(l, "calls").bounds().y() > front.bottom(), "the tier's connector keeps its label");
        for (Box tier : List.of(front, logic, store)) {
            Shape.Line arrow = joining(l, tier, ledger);
            assertNotNull(arrow, "an arrow from each tier to the panel");
            assertEquals(2, arrow.points().size(), "one straight run, not round the panel's other sides");
            assertEquals(arrow.first()[1], arrow.last()[1], 0.5);
            assertEquals(ledger.x(), arrow.last()[0], TOUCH, "its head on the panel's near side");
        }
    }

    @Test
    void aLoopDrawnRoundTheFigureIsTheStatedLoopAttachedAtBothEndsNotAFloatingFragment() throws Exception {
        Layout l = layout("round-loop");
        Box triage = boxOf(l, "TRIAGE");
        Box build = boxOf(l, "BUILD");
        Shape.Line loop = joining(l, triage, build);
        assertNotNull(loop, "the rebuild loop joins TRIAGE to BUILD");
        assertTrue(on(loop.last(), build), "its head on BUILD");
        assertEquals(1, l.figure().texts().stream().filter(t -> t.text().startsWith("rebuild")).count(), "its label said once");
        assertEquals(List.of(), ConnectorAudit.audit(l.figure()), "no line of the loop's margin left hanging");
    }

    @Test
    void aStatedLoopGoesRoundTheFlowRatherThanThroughItsForwardArrows() throws Exception {
        // the shortest way back from the branch's last box to the first step runs up the gutter between the two
        // columns, through the 'fail' arrow; a loop goes round
        Layout l = sceneFixture("branch-loop");
        clean(l);
        Shape.Line loop = joining(l, boxOf(l, "INCIDENT NOTE"), boxOf(l, "BUILD"));
        assertNotNull(loop, "the loop joins its two ends");
        assertTrue(on(loop.last(), boxOf(l, "BUILD")), "its head on the first step");
        for (Shape.Line other : connectors(l)) {
            if (other != loop) {
                assertEquals(0, crossings(loop, other), "the loop crosses no forward arrow: " + other.points().size());
            }
        }
    }

    /** How many times two orthogonal polylines cross (a run of one through a run of the other). */
    private static int crossings(Shape.Line a, Shape.Line b) {
        int n = 0;
        for (int i = 0; i + 1 < a.points().size(); i++) {
            for (int j = 0; j + 1 < b.points().size(); j++) {
                double[] p = a.points().get(i);
                double[] q = a.points().get(i + 1);
                double[] r = b.points().get(j);
                double[] t = b.points().get(j + 1);
                boolean aFlat = p[1] == q[1];
                boolean bFlat = r[1] == t[1];
                if (aFlat == bFlat) {
                    continue;
                }
                double[][] h = aFlat ? new double[][] {p, q} : new double[][] {r, t};
                double[][] v = aFlat ? new double[][] {r, t} : new double[][] {p, q};
                double x = v[0][0];
                double y = h[0][1];
                if (x > Math.min(h[0][0], h[1][0]) + 1 && x < Math.max(h[0][0], h[1][0]) - 1
                        && y > Math.min(v[0][1], v[1][1]) + 1 && y < Math.max(v[0][1], v[1][1]) - 1) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean on(double[] p, Box b) {
        return b.borderDistance(p[0], p[1]) <= TOUCH;
    }

    /** Whether some connector has an end on each box, the head (when {@code headOn}) on the second. */
    private static Shape.Line joining(Layout l, Box a, Box b) {
        for (Shape.Line x : connectors(l)) {
            if (on(x.first(), a) && on(x.last(), b) || on(x.first(), b) && on(x.last(), a)) {
                return x;
            }
        }
        return null;
    }

    private static void clean(Layout l) {
        assertEquals(List.of(), ConnectorAudit.audit(l.figure()), "dangling, zero-length or crossing connectors");
        assertEquals(List.of(), LayoutAudit.audit(l.figure()), "overlapping or overflowing text");
    }

    @Test
    void aStepsArrowsRunFromItsBoxAndItsListDownToTheNextStepsHeading() throws Exception {
        Layout l = sharedSpec("fig-howto-04-use-agent-sidebar");
        assertEquals(List.of(), ConnectorAudit.audit(l.figure()), "dangling, zero-length or crossing connectors");
        // the sketch's │ / v under the question box and under the tool calls: the steps I, II, III as a flow
        Box ask = boxOf(l, "\"Who produced Hide and Seek?\"");
        Box tools = LayoutFixtures.textStarting(l, "II. TOOL CALLS").bounds();
        Box lastTool = LayoutFixtures.textStarting(l, "get_attribution()").bounds();
        Box response = LayoutFixtures.textStarting(l, "III. RESPONSE").bounds();
        Shape.Line first = joining(l, ask, tools);
        assertNotNull(first, "an arrow from the question's box to the tool calls' heading");
        assertTrue(first.arrowEnd() && on(first.last(), tools), "its head on the heading's words");
        Shape.Line second = joining(l, lastTool, response);
        assertNotNull(second, "an arrow from the tool calls to the response's heading");
    }

    @Test
    void anEdgeStatedBetweenTwoColumnsOfATableRunsUnderThem() throws Exception {
        Layout l = sharedSpec("fig-voice-21-managed-vs-self-hosted-decision");
        assertEquals(List.of(), ConnectorAudit.audit(l.figure()), "dangling, zero-length or crossing connectors");
        // "Column II: Framework + APIs" to "Column III: Self-Hosted", dashed, "migrate as volume grows"
        Shape.Text low = l.figure().texts().stream().filter(t -> t.text().equals("LOW")).findFirst().orElseThrow();
        Shape.Text gpus = LayoutFixtures.textStarting(l, "HIGH (GPUs");
        Shape.Line migrate = connectors(l).stream().filter(x -> x.dash() != null && x.arrowEnd()).findFirst().orElseThrow();
        Box chosen = boxOf(l, "LOW");
        assertTrue(on(migrate.first(), chosen), "out of the chosen column's outline: " + chosen);
        assertTrue(on(migrate.last(), gpus.bounds()), "its head on self-hosted's last words");
        assertTrue(migrate.points().get(1)[1] > chosen.bottom(), "the run passes under the table");
        Shape.Text label = LayoutFixtures.textStarting(l, "migrate as volume grows");
        assertTrue(label.bounds().y() > low.bounds().bottom() && label.bounds().x() > low.bounds().x(), "its label under the run");
    }

    @Test
    void anArrowRuleOverALineThatNamesTwoBoxesJoinsThem() throws Exception {
        Layout l = sharedSpec("fig-choice-15-deployment-options");
        // "RECOMMENDED MIGRATION PATH: Render → Hetzner+Ubicloud" under the sketch's full-width arrow
        Box render = boxOf(l, "Musician-First Team");
        Box hetzner = boxOf(l, "Budget-Conscious Startup");
        Shape.Line path = joining(l, render, hetzner);
        assertNotNull(path, "an arrow from the Render card to the Hetzner + Ubicloud card");
        assertTrue(path.arrowEnd() && on(path.last(), hetzner), "its head on Hetzner + Ubicloud");
        Shape.Text key = l.figure().texts().stream().filter(t -> t.text().startsWith("RECOMMENDED MIGRATION PATH:")).findFirst().orElseThrow();
        assertEquals(io.figgen.model.FontFace.SANS_SEMIBOLD, key.face(), "a capitals key ending in its colon is set strong");
    }

    @Test
    void aReturnLineUnderAPipelineIsALoopFromTheLastStageItJoinsBackToTheFirst() throws Exception {
        Layout l = layout("pipeline-retry");
        clean(l);
        Box fetch = boxOf(l, "FETCH");
        Box validate = boxOf(l, "VALIDATE");
        // the loop: a rise from VALIDATE's bottom, a run under the row, a rise into FETCH's bottom, head up
        Shape.Line into = connectors(l).stream().filter(x -> x.arrowEnd() && on(x.last(), fetch)
                && Math.abs(x.last()[1] - fetch.bottom()) <= TOUCH).findFirst().orElseThrow();
        Shape.Line out = connectors(l).stream().filter(x -> on(x.first(), validate) && Math.abs(x.first()[1] - validate.bottom()) <= TOUCH
                || on(x.last(), validate) && Math.abs(x.last()[1] - validate.bottom()) <= TOUCH).findFirst().orElseThrow();
        double under = Math.max(fetch.bottom(), validate.bottom());
        Shape.Line run = connectors(l).stream().filter(x -> x.first()[1] == x.last()[1] && x.first()[1] > under).findFirst()
                .orElseThrow();
        assertTrue(Math.min(run.first()[0], run.last()[0]) <= into.last()[0] + TOUCH
                && Math.max(run.first()[0], run.last()[0]) >= Math.max(out.first()[0], out.last()[0]) - TOUCH, "the run spans the loop");
        Shape.Text retry = l.figure().texts().stream().filter(t -> t.text().equals("retry")).findFirst().orElseThrow();
        assertTrue(retry.bounds().bottom() <= run.first()[1] && retry.bounds().bottom() > run.first()[1] - 3 * retry.size(),
                "the label sits just above its run");
        assertFalse(ConnectorAudit.crosses(run, retry.bounds()));
    }

    @Test
    void statedFlowsTheSketchLeavesOutAreDrawnAsLinksOrRoutesWithTheirLabelsAndKinds() throws Exception {
        Layout l = layout("routed-flows");
        clean(l);
        Box primary = boxOf(l, "PRIMARY");
        Box cache = boxOf(l, "CACHE");
        Box replica = boxOf(l, "REPLICA");
        Box archive = boxOf(l, "ARCHIVE");
        // neighbours: a dashed link, its head on the primary
        Shape.Line reads = joining(l, cache, primary);
        assertNotNull(reads, "cache -> primary drawn");
        assertTrue(on(reads.last(), primary) && reads.arrowEnd() && reads.dash() != null, "dashed, head on the primary");
        // not neighbours: routed around the cache, head on the replica
        Shape.Line wal = joining(l, primary, replica);
        assertNotNull(wal, "primary -> replica routed");
        assertTrue(on(wal.last(), replica) && wal.arrowEnd() && !wal.arrowStart());
        assertFalse(ConnectorAudit.crosses(wal, cache), "the route goes round the cache");
        for (int i = 0; i + 1 < wal.points().size(); i++) {
            double[] a = wal.points().get(i);
            double[] b = wal.points().get(i + 1);
            assertTrue(a[0] == b[0] || a[1] == b[1], "orthogonal");
        }
        // both ways: a head at each end
        Shape.Line dump = joining(l, replica, archive);
        assertNotNull(dump);
        assertTrue(dump.arrowEnd() && dump.arrowStart());
        List<String> texts = l.figure().texts().stream().map(Shape.Text::text).toList();
        assertTrue(String.join(" ", texts).contains("streams WAL"), texts.toString());
        assertTrue(String.join(" ", texts).contains("nightly dump"), texts.toString());
        assertEquals(2, l.routed().size(), l.routed().toString());
        assertTrue(l.routed().stream().allMatch(e -> e.source() == Edge.Source.FLOWS_TABLE));
    }

    @Test
    void aBusTheStatedFlowsContradictFeedsOnlyWhatTheySay() throws Exception {
        Layout l = layout("bus-stated");
        clean(l);
        Box gateway = boxOf(l, "GATEWAY");
        Box scheduler = boxOf(l, "SCHEDULER");
        Box logs = boxOf(l, "LOGS");
        Box metrics = boxOf(l, "METRICS");
        for (Shape.Line x : connectors(l)) {
            boolean fromGateway = on(x.first(), gateway) || on(x.last(), gateway);
            boolean toWorker = on(x.first(), logs) || on(x.last(), logs) || on(x.first(), metrics) || on(x.last(), metrics);
            assertFalse(fromGateway && toWorker, "no line joins the gateway to a store");
            if (x.arrowEnd() && (on(x.last(), logs) || on(x.last(), metrics))) {
                assertTrue(on(x.first(), scheduler), "the stores are fed by the scheduler");
            }
        }
        assertNotNull(joining(l, scheduler, logs));
        assertNotNull(joining(l, scheduler, metrics));
        // the gateway still reaches the scheduler, head on it
        assertTrue(connectors(l).stream().anyMatch(x -> x.arrowEnd() && on(x.last(), scheduler)
                && Math.abs(x.last()[1] - scheduler.y()) <= TOUCH));
        assertFalse(l.dropped().isEmpty(), "the branches cut are reported");
    }

    @Test
    void aDiamondInTheSketchIsADrawnDiamondWhoseArrowsEndOnItsOutline() throws Exception {
        Layout l = layout("diamond-decision");
        clean(l);
        List<Shape.Polygon> diamonds = l.figure().shapes().stream().filter(Shape.Polygon.class::isInstance)
                .map(Shape.Polygon.class::cast).filter(Shape.Polygon::border).toList();
        assertEquals(1, diamonds.size(), "the decision is drawn as a diamond");
        Shape.Polygon diamond = diamonds.get(0);
        Box bounds = diamond.bounds();
        Shape.Text question = l.figure().texts().stream().filter(t -> t.text().startsWith("ITEMS")).findFirst().orElseThrow();
        for (double[] corner : new double[][] {{question.bounds().x(), question.bounds().y()},
                {question.bounds().right(), question.bounds().bottom()}}) {
            assertTrue(diamond.holds(corner), "the question stays inside the diamond, not only its box");
        }
        Box receive = boxOf(l, "RECEIVE ORDER");
        Box ship = boxOf(l, "SHIP ORDER");
        Box backorder = boxOf(l, "BACKORDER");
        int ends = 0;
        for (Shape.Line x : connectors(l)) {
            for (double[] p : List.of(x.first(), x.last())) {
                if (bounds.shrunk(-TOUCH).contains(new Box(p[0], p[1], 0, 0), 0)) {
                    ends++;
                    assertTrue(diamond.outlineDistance(p) <= TOUCH, "an end at the diamond is on its outline, not in a corner of its box: "
                            + p[0] + "," + p[1]);
                }
            }
        }
        assertEquals(3, ends, "the flow enters it once and leaves it twice");
        assertTrue(connectors(l).stream().anyMatch(x -> on(x.first(), receive) && diamond.outlineDistance(x.last()) <= TOUCH
                && x.arrowEnd()), "the order runs into the question, head on the diamond");
        assertTrue(connectors(l).stream().anyMatch(x -> diamond.outlineDistance(x.first()) <= TOUCH && on(x.last(), ship)
                && x.arrowEnd()), "yes runs on to shipping");
        assertTrue(connectors(l).stream().anyMatch(x -> diamond.outlineDistance(x.first()) <= TOUCH && on(x.last(), backorder)
                && x.arrowEnd()), "no runs to the backorder, head on it");
        assertTrue(backorder.h() < bounds.h(), "the box beside the decision keeps its own height");
        assertEquals(bounds.y() + bounds.h() / 2, backorder.y() + backorder.h() / 2, 1.5,
                "centred on the diamond's side corner, where the arrow meets both");
    }

    @Test
    void aTiersNameBesideTheHeadComingDownIntoItHeadsTheTierAndTheArrowReachesTheBox() throws Exception {
        // "II CACHE TIER       ▼": read as one line of words, the arrowhead was a glyph in a heading and the
        // bus over it ended in the air; the drops' labels beside a bus were a table's cells
        Layout l = layout("tier-headings");
        clean(l);
        Box redis = boxOf(l, "REDIS CLUSTER");
        Shape.Line down = connectors(l).stream().filter(x -> x.arrowEnd() && on(x.last(), redis)
                && Math.abs(x.last()[1] - redis.y()) <= TOUCH).findFirst().orElse(null);
        assertNotNull(down, "the arrow's head on the cluster's top");
        Shape.Text tier = LayoutFixtures.textStarting(l, "II CACHE TIER");
        assertFalse(tier.text().contains("↓") || tier.text().contains("▼"), "the head is no glyph in the heading: " + tier.text());
        assertTrue(tier.bounds().bottom() <= redis.y() && tier.bounds().right() < down.last()[0], "the name over its tier, beside the arrow");
        for (String rate : List.of("300 rps", "200 rps")) {
            assertNotNull(LayoutFixtures.textStarting(l, rate), rate + " drawn beside its drop");
        }
    }

    @Test
    void aLineNamingTwoCardsAndTheArrowBetweenThemIsThatArrowNotTwoMoreBoxes() throws Exception {
        // "I VECTOR ──── switch past 200 nodes ────▶ II FLUENT BIT" under the cards had drawn the two names
        // again as a pair of dark nodes; a card's second line DEFERRED had run into its title
        Layout l = layout("echo-flow");
        clean(l);
        assertEquals(1, l.figure().texts().stream().filter(t -> t.text().equals("I VECTOR")).count(), "each name drawn once");
        assertEquals(1, l.figure().texts().stream().filter(t -> t.text().equals("II FLUENT BIT")).count());
        Box vector = boxOf(l, "I VECTOR");
        Box fluent = boxOf(l, "II FLUENT BIT");
        Shape.Line arrow = joining(l, vector, fluent);
        assertNotNull(arrow, "the arrow joins the two cards");
        assertTrue(arrow.arrowEnd() && on(arrow.last(), fluent), "its head on the card it points to");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().startsWith("switch past")), "its label drawn");
        assertTrue(l.scene().notes().stream().anyMatch(n -> n.kind() == io.figgen.scene.SceneNote.Kind.JOINED),
                "check is told the line became the arrow");
        List<io.figgen.scene.Component.Node> cards = new java.util.ArrayList<>();
        io.figgen.scene.Components.walk(l.scene().body(), c -> {
            if (c instanceof io.figgen.scene.Component.Node n) {
                cards.add(n);
            }
        });
        assertTrue(cards.stream().anyMatch(n -> n.title().value().equals("II FLUENT BIT") && n.badge() != null
                && n.badge().value().equals("DEFERRED") && n.style().equals("card-deferred")), "DEFERRED on its own line is the card's badge");
    }

    @Test
    void aKeyMessageBrokenOverTwoLinesTakesTheCalloutsMarkWhereTheLinesMeet() throws Exception {
        Layout l = layout("diamond-decision");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().contains("partial orders wait; nothing ships short")),
                "the sketch's two lines joined with the callout's own semicolon");
    }

    @Test
    void aDecisionSplitsUnderItsQuestionWithEachBranchLabelledAtItsBranch() throws Exception {
        Layout l = layout("decision-tree");
        clean(l);
        Box question = boxOf(l, "OVER");
        Box yes = boxOf(l, "SELF-HOST");
        Box no = boxOf(l, "MANAGED");
        assertTrue(connectors(l).stream().anyMatch(x -> on(x.first(), question) && Math.abs(x.first()[1] - question.bottom()) <= TOUCH),
                "the stem leaves the question's bottom");
        for (Box target : List.of(yes, no)) {
            assertTrue(connectors(l).stream().anyMatch(x -> x.arrowEnd() && on(x.last(), target)
                    && Math.abs(x.last()[1] - target.y()) <= TOUCH), "a head on each answer's top");
        }
        Shape.Text y = l.figure().texts().stream().filter(t -> t.text().equals("YES")).findFirst().orElseThrow();
        Shape.Text n = l.figure().texts().stream().filter(t -> t.text().equals("NO")).findFirst().orElseThrow();
        double stem = question.x() + question.w() / 2;
        assertTrue(y.bounds().right() < stem && n.bounds().x() > stem, "YES left of the stem, NO right of it");
        assertTrue(y.bounds().bottom() <= yes.y() && y.bounds().y() >= question.bottom(), "the labels between question and answers");
    }

    @Test
    void everyYamlConnectionOfTheSceneFixtureIsDrawn() throws Exception {
        Layout l;
        try (InputStream in = DiagramTest.class.getResourceAsStream("/io/figgen/scene/yaml-connections.md")) {
            l = new Renderer(ThemeLoader.house()).render("yaml-connections.md", in.readAllBytes(), false, 1).layout();
        }
        clean(l);
        List<Edge> stated = l.scene().edges().stream().filter(e -> e.source() == Edge.Source.YAML && e.resolved()
                && e.kind().connects()).toList();
        assertFalse(stated.isEmpty());
        for (Edge e : stated) {
            assertTrue(l.routed().contains(e) || l.joined().contains(e), "drawn: " + e);
        }
    }

    @Test
    void everyArrowFormOfTheSketchJoinsItsTwoBoxesHeadOnTheTarget() throws Exception {
        Layout l = layout("arrow-forms");
        clean(l);
        String[][] forms = {{"ALPHA", "BRAVO"}, {"BRAVO", "CHARLIE"}, {"CHARLIE", "DELTA"}, {"GOLF", "FOXTROT"},
            {"GOLF", "HOTEL"}, {"INDIA", "HOTEL"}};
        for (String[] f : forms) {
            Box from = boxOf(l, f[0]);
            Box to = boxOf(l, f[1]);
            Shape.Line x = joining(l, from, to);
            assertNotNull(x, f[0] + " -> " + f[1] + " drawn");
            double[] head = x.arrowEnd() ? x.last() : x.first();
            assertTrue(x.arrowEnd() != x.arrowStart() && on(head, to), f[0] + " -> " + f[1] + ": one head, on " + f[1]);
        }
        Shape.Line both = joining(l, boxOf(l, "ECHO"), boxOf(l, "FOXTROT"));
        assertNotNull(both);
        assertTrue(both.arrowEnd() && both.arrowStart(), "◄──► heads both ends");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals("emits")), "the shaft's label");
    }

    @Test
    void columnsTheFlowsRunToAreCardsAQuestionFansOutToFromOneTrunk() throws Exception {
        Layout l = layout("option-columns");
        clean(l);
        io.figgen.scene.Scene scene = l.scene();
        List<io.figgen.scene.Component.Node> cards = new java.util.ArrayList<>();
        io.figgen.scene.Components.walk(scene.body(), c -> {
            if (c instanceof io.figgen.scene.Component.Node n && n.title() != null && n.title().value().startsWith("PATH")) {
                cards.add(n);
            }
        });
        assertEquals(List.of("PATH A SHARED", "PATH B MANAGED + VENDOR", "PATH C OWN METAL", "PATH D EDGE"),
                cards.stream().map(n -> n.title().value()).toList(), "each related column a card, not a table");
        assertEquals("card-selected", cards.get(1).style(), "the marked column is the chosen card");
        assertEquals("RECOMMENDED", cards.get(1).badge().value(), "its capitals under the mark its badge");
        assertEquals(List.of("Path A: Shared", "Path B: Managed", "Path C: Own", "Path D: Edge"),
                cards.stream().map(io.figgen.scene.Component.Node::element).toList(), "each card bound to its element");
        assertTrue(scene.edges().stream().filter(e -> e.source() == Edge.Source.FLOWS_TABLE).allMatch(Edge::resolved),
                "every flow reaches a box");
        Box question = boxOf(l, "Who runs the servers?");
        double trunk = question.x() + question.w() / 2;
        for (String head : List.of("PATH A SHARED", "PATH B MANAGED +", "PATH C OWN METAL", "PATH D EDGE")) {
            Box card = boxOf(l, head);
            Shape.Line edge = joining(l, question, card);
            assertNotNull(edge, "question -> " + head);
            assertTrue(Math.abs(edge.first()[0] - trunk) <= TOUCH && Math.abs(edge.first()[1] - question.bottom()) <= TOUCH,
                    "leaves the question's bottom middle: " + head);
            assertTrue(Math.abs(edge.last()[0] - (card.x() + card.w() / 2)) <= TOUCH && Math.abs(edge.last()[1] - card.y()) <= TOUCH
                    && edge.arrowEnd(), "its head on the middle of the card's top: " + head);
        }
        for (String label : List.of("nobody", "a vendor", "we do", "the CDN")) {
            assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals(label)), "branch label " + label);
        }
        // the labels the sketch leaves out stand in the cards whose elements say them, not in a row of leftovers
        Box shared = boxOf(l, "PATH A SHARED");
        Shape.Text noisy = l.figure().texts().stream().filter(t -> t.text().equals("Noisy neighbours")).findFirst().orElseThrow();
        assertTrue(shared.contains(noisy.bounds(), 0.5), "Noisy neighbours in Path A's card");
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals("Ops on call"))
                && l.figure().texts().stream().noneMatch(t -> t.text().equals("Ops")), "Ops on call completes the card's Ops");
        // the footer's callout says its content under its title, without repeating it
        assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().startsWith("Start managed and move")));
        assertTrue(l.figure().texts().stream().noneMatch(t -> t.text().startsWith("Path B is the balance")));
    }

    @Test
    void aVerticalDividerTheElementsAskForStandsBetweenOpenPanelsTheirFullHeightInCoral() throws Exception {
        Layout l = sceneFixture("divided-panels");
        clean(l);
        Shape.Text left = l.figure().texts().stream().filter(t -> t.text().startsWith("I. THE")).findFirst().orElseThrow();
        Shape.Text right = l.figure().texts().stream().filter(t -> t.text().startsWith("II. THE")).findFirst().orElseThrow();
        List<Shape.Line> rules = l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.RULE && x.first()[0] == x.last()[0]).toList();
        assertEquals(1, rules.size(), "one vertical rule");
        Shape.Line rule = rules.get(0);
        assertEquals(ThemeLoader.house().color("coral"), rule.stroke());
        assertTrue(rule.first()[0] > left.bounds().right() && rule.first()[0] < right.bounds().x(), "between the panels");
        assertTrue(Math.min(rule.first()[1], rule.last()[1]) <= left.bounds().y(), "from the panels' top");
        assertTrue(l.figure().shapes().stream().noneMatch(s -> s instanceof Shape.Rect r && r.stroke() != null
                && r.box().contains(left.bounds(), 0.5) && r.box().w() < l.figure().size().width()), "the panels stand open");
    }

    @Test
    void onAWideCardTheBadgeStandsAtTheRightEndOfTheTitleLine() throws Exception {
        Layout l = sceneFixture("severity-badges");
        clean(l);
        Shape.Text title = l.figure().texts().stream().filter(t -> t.text().startsWith("CVE-2025-53967")).findFirst().orElseThrow();
        Shape.Text badge = l.figure().texts().stream().filter(t -> t.text().startsWith("HIGH")).findFirst().orElseThrow();
        Box card = boxOf(l, "CVE-2025-53967 · Figma MCP Server");
        assertTrue(Math.abs(badge.bounds().y() + badge.bounds().h() / 2 - title.bounds().y() - title.bounds().h() / 2) < 2, "on the title's line");
        assertTrue(badge.bounds().right() > card.right() - card.w() * 0.1, "at the card's right end");
        assertEquals(ThemeLoader.house().color("medium"), badge.fill(), "high severity in the warning colour");
    }

    @Test
    void stagesNumberedDownThePageClimbAsALadderTheirStepsJoinedAndLabelled() throws Exception {
        Layout l = sceneFixture("stage-ladder");
        clean(l);
        Box top = boxOf(l, "III. CONTINUOUS");
        Box middle = boxOf(l, "II. AUTOMATED");
        Box bottom = boxOf(l, "I. MANUAL");
        assertTrue(bottom.x() < middle.x() && middle.x() < top.x(), "each stage a step to the right of the one below");
        assertTrue(top.y() < middle.y() && middle.y() < bottom.y());
        assertNotNull(joining(l, bottom, middle), "manual -> automated drawn");
        assertNotNull(joining(l, middle, top), "automated -> continuous drawn");
        for (String label : List.of("add a runner", "add a golden set")) {
            assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals(label)), "step label " + label);
        }
    }

    @Test
    void aDenseLadderIsSetAsAStaircaseEachStageOnItsOwnShareOfTheWidthItsStepsLabelled() throws Exception {
        Layout l = sharedSpec("fig-ecosystem-14-attribution-eval-framework-maturity");
        clean(l);
        Box top = boxOf(l, "III. CI GOLDEN DATASET");
        Box middle = boxOf(l, "II. AUTOMATED REGRESSION");
        Box bottom = boxOf(l, "I. MANUAL SPOT-CHECK");
        assertTrue(bottom.right() < middle.x() && middle.right() < top.x(), "side by side: " + bottom + " " + middle + " " + top);
        assertTrue(top.y() < middle.y() && middle.y() < bottom.y(), "each a step higher");
        assertTrue(middle.y() < bottom.y() + bottom.h() && top.y() + top.h() > middle.y(), "the steps share their height");
        Shape.Line up = joining(l, bottom, middle);
        assertNotNull(up, "manual -> automated drawn");
        assertTrue(on(up.last(), middle), "its head on the higher stage");
        assertNotNull(joining(l, middle, top), "automated -> golden dataset drawn");
        for (String label : List.of("add automation", "add golden datasets + drift")) {
            assertTrue(l.figure().texts().stream().anyMatch(t -> t.text().equals(label)), "step label " + label);
        }
        assertEquals(1.0, l.fit(), 1e-9, "the type at full size");
    }

    @Test
    void boxesUnderARowHeadingStandOnOneLineAndValuesAreDataInTheFooterToo() throws Exception {
        Layout l = sceneFixture("row-heading");
        clean(l);
        Shape.Text posthog = text(l, "PostHog");
        Shape.Text sentry = text(l, "Sentry");
        assertEquals(posthog.bounds().y(), sentry.bounds().y(), 0.01, "sibling cards' titles on one line");
        // the footer's values in the data face, the price in a card too, the words around them not
        assertEquals(io.figgen.model.FontFace.MONO, text(l, "0.40)").face());
        assertEquals(io.figgen.model.FontFace.MONO, text(l, "$15/host/mo").face());
        assertFalse(text(l, "+ per metric").face().name().contains("MONO"));
        // and the price sits on the words' baseline
        assertEquals(text(l, "$15/host/mo").y(), text(l, "+ per metric").y(), 0.01);
    }

    @Test
    void aRowOfNarrowCellsHoldingLettersIsARowOfSlotsTheLettersFilledTheRestOpen() throws Exception {
        io.figgen.scene.Scene scene;
        try (InputStream in = DiagramTest.class.getResourceAsStream("/io/figgen/scene/token-slots.md")) {
            scene = new Renderer(ThemeLoader.house()).scene("token-slots.md", in.readAllBytes());
        }
        List<io.figgen.scene.Component.Table> tables = new java.util.ArrayList<>();
        io.figgen.scene.Components.walk(scene.body(), c -> {
            if (c instanceof io.figgen.scene.Component.Table t) {
                tables.add(t);
            }
        });
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("navy", "navy", "open:navy")), tables.get(0).tones());
        Layout l = sceneFixture("token-slots");
        clean(l);
        Shape.Text t = l.figure().texts().stream().filter(x -> x.text().equals("T")).findFirst().orElseThrow();
        List<Shape.Rect> slots = l.figure().shapes().stream().filter(Shape.Rect.class::isInstance).map(Shape.Rect.class::cast)
                .filter(r -> Math.abs(r.box().y() - t.bounds().y()) < t.bounds().h() && r.box().w() < 4 * t.bounds().h()).toList();
        assertEquals(2, slots.stream().filter(r -> "#1e3a5f".equalsIgnoreCase(r.fill()) && r.stroke() == null).count(), "two tokens, filled " + slots);
        assertEquals(1, slots.stream().filter(r -> r.fill() == null && r.stroke() != null).count(), "one open slot, outlined");
    }

    @Test
    void sidePanelsOpeningWithHeadingsReadFromTheirTopsAndHttpMethodsAreCode() throws Exception {
        Layout l = layout("panels-headed");
        clean(l);
        // the shorter panel is stretched to its sibling's height; its heading stays level with the sibling's
        assertEquals(text(l, "MCP SERVER").bounds().y(), text(l, "REST API").bounds().y(), 1.0);
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            assertEquals(io.figgen.model.FontFace.MONO, text(l, method).face(), method);
        }
        assertFalse(text(l, "(read)").face().name().contains("MONO"));
    }

    @Test
    void boxesOfARowThatEachSayANameSetTheirNamesAlike() throws Exception {
        Layout l = sceneFixture("sibling-names");
        clean(l);
        // the names may wrap in their boxes: every line of them alike, each centred
        List<Shape.Text> names = l.figure().texts().stream().filter(t -> !t.text().equals("PAPERS TO PRODUCTS")).toList();
        assertEquals(List.of("CLMR/CLAP", "embeddings", "Contrastive audio repr.", "Inference-time systems", "(emerging)"),
                names.stream().map(Shape.Text::text).toList());
        for (Shape.Text n : names) {
            assertEquals(names.get(0).face(), n.face(), n.text());
            assertEquals(names.get(0).size(), n.size(), 0.01, n.text());
            // centred in its box
            Box box = boxOf(l, n.text());
            double left = n.bounds().x() - box.x();
            double right = box.right() - n.bounds().right();
            assertEquals(left, right, 2.0, n.text() + " centred");
        }
    }

    @Test
    void anArrowsLabelOnAWideRowTakesTheRoomOfTwoLinesNotThree() throws Exception {
        Layout l = sharedSpec("fig-landscape-03-papers-to-products");
        clean(l);
        // "Scale to generative models" over the arrow between two boxes of a 1920 px row: an eighth of the row is
        // its room, so two lines, where 130 px made three and the row three lines tall
        List<Shape.Text> label = l.figure().texts().stream()
                .filter(t -> t.text().length() >= 5 && "Scale to generative models".contains(t.text())).toList();
        assertFalse(label.isEmpty());
        long lines = label.stream().map(Shape.Text::y).distinct().count();
        assertTrue(lines >= 1 && lines <= 2, label.stream().map(Shape.Text::text).toList() + " on " + lines + " lines");
    }

    @Test
    void aListOfTermsSetsEachDescriptionUnderItsTerm() throws Exception {
        Layout l = sharedSpec("fig-pitch-09-moat-defensibility");
        clean(l);
        Shape.Text term = text(l, "Open-source trust");
        Shape.Text description = l.figure().texts().stream().filter(t -> t.text().startsWith("Auditability")).findFirst().orElseThrow();
        assertTrue(description.y() > term.y(), "the description on the line under its term");
        assertEquals(term.x(), description.x(), 0.5, "both at the item's text edge");
        assertTrue(term.face().name().contains("SEMIBOLD") && !description.face().name().contains("SEMIBOLD"));
    }

    @Test
    void aNameOverTheSketchsMarkForTheUnknownKeepsTheMarkOnItsOwnLine() throws Exception {
        Layout l = layout("unknown-sources");
        clean(l);
        Shape.Text name = text(l, "Discogs");
        Shape.Text mark = l.figure().texts().stream().filter(t -> t.text().equals("???") && Math.abs(t.x() + t.bounds().w() / 2
                - (name.x() + name.bounds().w() / 2)) < 2).findFirst().orElseThrow();
        assertTrue(mark.y() > name.y(), "the mark under the name, centred with it");
        assertTrue(mark.size() < name.size() || !mark.fill().equals(name.fill()), "and quieter than the name");
    }

    private static Shape.Text text(Layout l, String words) {
        return l.figure().texts().stream().filter(t -> t.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + words + "' in " + l.figure().texts().stream().map(Shape.Text::text).toList()));
    }

    @Test
    void aColumnOfLinesAndOneWordWrittenDownItIsAnAxisTheFigureKeeps() throws Exception {
        Layout l = sharedSpec("fig-ecosystem-14-attribution-eval-framework-maturity");
        clean(l);
        List<Shape.Line> axis = l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast)
                .filter(x -> x.role() == Shape.Role.AXIS && x.first()[0] == x.last()[0]).toList();
        assertTrue(axis.stream().anyMatch(Shape.Line::arrowEnd), "the MATURITY arrow, its head drawn");
        Shape.Text name = l.figure().texts().stream().filter(t -> t.text().equals("MATURITY")).findFirst().orElseThrow();
        assertTrue(axis.stream().anyMatch(x -> Math.max(x.first()[1], x.last()[1]) <= name.bounds().y() + 1),
                "a run of the axis above its name");
        // and it measures the whole ladder: from the top stage's title down to the bottom stage's last line
        double top = axis.stream().mapToDouble(x -> Math.min(x.first()[1], x.last()[1])).min().orElseThrow();
        double bottom = axis.stream().mapToDouble(x -> Math.max(x.first()[1], x.last()[1])).max().orElseThrow();
        Shape.Text highest = l.figure().texts().stream().filter(t -> t.text().equals("III. CI GOLDEN DATASET")).findFirst().orElseThrow();
        Shape.Text lowest = l.figure().texts().stream().filter(t -> t.text().startsWith("Catches obvious errors")).findFirst().orElseThrow();
        assertTrue(top <= highest.bounds().bottom(), "axis top " + top + " reaches the top stage");
        assertTrue(bottom >= lowest.bounds().y(), "axis bottom " + bottom + " reaches the bottom stage");
    }

    @Test
    void aReturnLoopsLabelsStandEachBesideItsOwnLineOneEachSide() throws Exception {
        Layout l = layout("return-labels");
        assertEquals(List.of(), LayoutAudit.audit(l.figure()), "overlapping or overflowing text");
        assertEquals(List.of(), ConnectorAudit.audit(l.figure()), "dangling, zero-length or crossing connectors");
        Box score = boxOf(l, "SCORE");
        Box publish = boxOf(l, "PUBLISH");
        Box desk = boxOf(l, "REVIEW DESK");
        Shape.Text retried = LayoutFixtures.textStarting(l, "retried");
        Shape.Text held = LayoutFixtures.textStarting(l, "held back");
        Shape.Line up = null;
        Shape.Line down = null;
        for (Shape.Line line : l.figure().shapes().stream().filter(Shape.Line.class::isInstance).map(Shape.Line.class::cast).toList()) {
            double[] a = line.first();
            double[] b = line.last();
            if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(Math.max(a[1], b[1]) - desk.y()) <= TOUCH) {
                if (Math.abs(Math.min(a[1], b[1]) - score.bottom()) <= TOUCH && a[0] > score.x() && a[0] < score.right()) {
                    up = line;
                } else if (Math.abs(Math.min(a[1], b[1]) - publish.bottom()) <= TOUCH && a[0] > publish.x() && a[0] < publish.right()) {
                    down = line;
                }
            }
        }
        assertNotNull(up, "a line from the desk up to SCORE");
        assertNotNull(down, "a line from PUBLISH down to the desk");
        assertTrue(up.arrowEnd() || up.arrowStart(), "the return line has its head");
        assertTrue(retried.bounds().right() < up.first()[0] && retried.bounds().right() > up.first()[0] - 4 * retried.bounds().h(),
                "the label opening the row ends just left of its line: " + retried.bounds());
        assertTrue(held.bounds().x() > down.first()[0], "the other stands right of its own: " + held.bounds());
        assertTrue(retried.bounds().y() > score.bottom() && retried.bounds().bottom() < desk.y(), "between the boxes");
    }
}
