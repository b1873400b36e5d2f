package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What the scene holds for each source, asserted as properties rather than whole files. */
class SceneTest {
    static Scene scene(String name) throws Exception {
        return new Renderer(ThemeLoader.house()).scene(name + ".md", bytes(name));
    }

    private static byte[] bytes(String name) throws Exception {
        try (InputStream in = SceneTest.class.getResourceAsStream("/io/figgen/scene/" + name + ".md")) {
            return in.readAllBytes();
        }
    }

    /** The head of a spec written inline: its title, its Metadata and the opening of its sketch's fence. */
    private static String sketchSpec(String n, String title, String dimensions) {
        return "# fig-s-" + n + ": " + title + "\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| ID | fig-s-" + n + " |\n"
                + "| Dimensions | " + dimensions + " |\n\n## Visual Concept (ASCII Layout)\n\n```\n";
    }

    /** The scene of a spec written inline. */
    private static Scene inline(String spec) {
        return new Renderer(ThemeLoader.house()).scene("inline.md", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every component of one kind in the scene's body, in reading order. */
    static <T> List<T> all(Scene s, Class<T> kind) {
        List<T> out = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (kind.isInstance(c)) {
                out.add(kind.cast(c));
            }
        });
        return out;
    }

    /** Every text the scene shows, in reading order. */
    static List<String> texts(Scene s) {
        List<String> out = new ArrayList<>();
        if (s.header() != null) {
            out.add(s.header().title().value());
            s.header().subtitles().forEach(t -> out.add(t.text().value()));
        }
        collect(s.body(), out);
        collect(s.extras(), out);
        if (s.footer() != null) {
            out.add(s.footer().text().value());
        }
        return out;
    }

    private static void collect(Component c, List<String> out) {
        if (c == null) {
            return;
        }
        if (c instanceof Component.Stack st) {
            st.children().forEach(x -> collect(x, out));
        } else if (c instanceof Component.Columns r) {
            r.children().forEach(x -> collect(x, out));
            r.links().stream().filter(l -> l != null && l.label() != null).forEach(l -> out.add(l.label().value()));
        } else if (c instanceof Component.Node n) {
            if (n.title() != null) {
                out.add(n.title().value());
            }
            if (n.badge() != null) {
                out.add(n.badge().value());
            }
            collect(n.body(), out);
        } else if (c instanceof Component.Heading h) {
            out.add(h.text().value());
        } else if (c instanceof Component.Paragraph p) {
            out.add(p.text().value());
        } else if (c instanceof Component.Items l) {
            l.items().forEach(i -> out.add(i.text().value()));
        } else if (c instanceof Component.Connector k) {
            k.labels().forEach(l -> out.add(l.value()));
        } else if (c instanceof Component.Flow f) {
            f.nodes().forEach(n -> out.add(n.title().value()));
            f.arrows().stream().filter(a -> a.label() != null).forEach(a -> out.add(a.label().value()));
        } else if (c instanceof Component.Callout co) {
            out.add(co.title().value());
            out.add(co.body().value());
        } else if (c instanceof Component.Table t) {
            t.rows().forEach(r -> r.forEach(cell -> out.add(cell.value())));
        } else if (c instanceof Component.Chart ch) {
            ch.marks().forEach(m -> m.lines().forEach(l -> out.add(l.value())));
            ch.labels().forEach(l -> out.add(l.text().value()));
        }
    }

    private static Edge edge(Scene s, Edge.Source source, String label) {
        return s.edges().stream().filter(e -> e.source() == source && e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + source + " edge labelled " + label + " in " + s.edges()));
    }

    @Test
    void flowsRowsBecomeEdgesResolvedToTheNodesTheyName() throws Exception {
        Scene s = scene("flows-table");
        Edge raw = edge(s, Edge.Source.FLOWS_TABLE, "raw files");
        assertEquals("upload", raw.fromNode());
        assertEquals("parse", raw.toNode());
        assertEquals(Edge.Kind.FEEDBACK, edge(s, Edge.Source.FLOWS_TABLE, "re-crawl").kind());
        Edge cold = edge(s, Edge.Source.FLOWS_TABLE, "cold copy");
        assertEquals(Edge.Kind.OPTIONAL, cold.kind());
        assertFalse(cold.resolved(), "nothing in the figure is named Archive");
        assertTrue(s.notes().stream().anyMatch(n -> n.kind() == SceneNote.Kind.UNRESOLVED && n.line() == cold.line()));
        // the sketch's own arrows are edges too, between the boxes they join
        assertEquals(2, s.edges().stream().filter(e -> e.source() == Edge.Source.SKETCH).count());
        // a relationship row is not a content element: it styles no box
        assertTrue(s.unbound().stream().noneMatch(e -> e.element().contains("→")));
    }

    @Test
    void yamlConnectionsReadAnchorIdsAsTheirLabelsAndGiveSketchLabelsInFull() throws Exception {
        Scene s = scene("yaml-connections");
        Edge delegate = edge(s, Edge.Source.YAML, "delegate rights");
        assertEquals("Rights Holders (many)", delegate.from());
        assertEquals(Edge.Kind.BIDIRECTIONAL, edge(s, Edge.Source.YAML, "licence terms agreed").kind());
        assertTrue(delegate.resolved(), delegate.toString());
        List<String> texts = texts(s);
        assertTrue(texts.contains("delegate rights"), texts.toString());
        assertTrue(texts.contains("licence terms agreed"), texts.toString());
        assertFalse(texts.contains("delegate"));
        assertEquals(2, s.notes().stream().filter(n -> n.kind() == SceneNote.Kind.EXPANDED).count());
        assertTrue(s.notes().stream().filter(n -> n.kind() == SceneNote.Kind.EXPANDED).allMatch(n -> n.otherLine() > n.line() - 100
                && n.otherLine() != n.line()), "each expansion names the line it was taken from");
    }

    @Test
    void callBoxesAndLabelsTheSketchLeavesOutAreInTheNotesRow() throws Exception {
        Scene s = scene("callouts-labels");
        List<String> texts = texts(s);
        assertTrue(texts.contains("LIFECYCLE"), texts.toString());
        assertTrue(texts.contains("Ninety-day lifecycle rule"), texts.toString());
        assertFalse(texts.contains("Hot tier"), "a label the sketch already draws is not drawn twice");
        assertEquals(1, s.extraElements().size());
    }

    @Test
    void aCalloutThePositionPutsBesideABoxStandsInThatBoxsRow() throws Exception {
        Scene s = scene("callout-beside");
        // "right of Triage node": the spacer right of TRIAGE holds it, not the notes row
        Component.Columns[] row = {null};
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Columns r && r.children().stream().anyMatch(k -> k instanceof Component.Node n && n.id().equals("triage"))) {
                row[0] = r;
            }
        });
        assertNotNull(row[0], "the triage row");
        List<Component> kids = row[0].children();
        int triage = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof Component.Node n && n.id().equals("triage")) {
                triage = i;
            }
        }
        assertTrue(kids.get(triage + 1) instanceof Component.Callout c && c.title().value().equals("MODEL SHARE"), kids.toString());
        // the other two keep the notes row, each with the place its row asks for
        List<String> notes = new java.util.ArrayList<>();
        Components.walk(s.extras(), c -> {
            if (c instanceof Component.Callout co) {
                notes.add(co.title().value() + " @ " + co.position());
            }
        });
        assertEquals(List.of("SLA @ bottom-center", "NO LOOPS @ top-right corner"), notes);
        assertEquals(2, s.extraElements().size(), "the callout placed beside its box is no extra: " + s.extraElements());
        assertTrue(s.bindings().stream().anyMatch(b -> b.element().element().contains("MODEL SHARE") && b.part().equals("callout")));
        assertTrue(s.unbound().stream().noneMatch(e -> e.element().contains("MODEL SHARE")));
    }

    @Test
    void aBoxBesideACalloutMustBeNamedInFullAndHaveRoomOnThatSide() throws Exception {
        // "left of the Triage box": the spacer left of it holds it; "right of Router" names nothing drawn, and
        // that callout keeps the notes row
        String spec = new String(bytes("callout-beside"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("right of Triage node", "left of the Triage box")
                .replace("| bottom-center |", "| right of Router |");
        Scene s = inline(spec);
        String dump = SceneDump.tree(s);
        assertTrue(dump.matches("(?s).*columns L\\d+\\n\\s*callout L\\d+ style=callout \"MODEL SHARE\"[^\\n]*\\n\\s*node #triage.*"), dump);
        assertTrue(s.extraElements().stream().anyMatch(e -> e.element().contains("SLA")), "names nothing: stays a note");
    }

    @Test
    void capitalsLinesTheAuthorBrokeWhereTheNextWordHadRoomAreItemsAndAWrappedHeadingStaysOne() throws Exception {
        // a menu's links one to a line had been read as one heading wrapped over three lines ("WORKS REVIEW
        // PERMISSIONS"); a heading the box's width wraps stays whole
        String spec = sketchSpec("menu", "Menu", "1200 x 900px") + """
                +--------------------------------------------------+
                |  MENU                                            |
                +--------------------------------------------------+
                |                                                  |
                |  ┌────────────────┐   ┌──────────┐               |
                |  │ WORKS          │   │ QUEUE    │               |
                |  │ REVIEW         │   │ DEPTH    │               |
                |  │ PERMISSIONS    │   │ MONITOR  │               |
                |  └────────────────┘   └──────────┘               |
                |                                                  |
                +--------------------------------------------------+
                ```
                """;
        Scene s = inline(spec);
        assertEquals(List.of("WORKS", "REVIEW", "PERMISSIONS"), all(s, Component.Items.class).stream()
                .flatMap(l -> l.items().stream()).map(i -> i.text().value()).toList(), SceneDump.tree(s));
        assertTrue(all(s, Component.Heading.class).stream().anyMatch(h -> h.text().value().equals("QUEUE DEPTH MONITOR")),
                "no line of the narrow box had room for the next word: one heading. " + SceneDump.tree(s));
    }

    @Test
    void theOutcomeAFlowLeadsToIsItsOneCoralStageAndAZoneOfItKeepsTheEmphasis() throws Exception {
        // primary_outcome was no house tag: the outcome had been the quietest box of its flow
        String spec = sketchSpec("outcome", "Outcome", "1200 x 900px") + """
                +----------------------------------------------------------+
                |  RELEASE                                                 |
                +----------------------------------------------------------+
                |                                                          |
                |  ┌──────────┐     ┌──────────┐     ┌──────────┐          |
                |  │ BUILD    │────►│ TEST     │────►│ SHIP     │          |
                |  └──────────┘     └──────────┘     └──────────┘          |
                |                                                          |
                |  ┌────────────────────────────────────────────┐          |
                |  │ RELEASE NOTES                              │          |
                |  │ Every change listed by its pull request    │          |
                |  │ Breaking changes first                     │          |
                |  │ Links to the migration guide               │          |
                |  │ Signed by the release manager              │          |
                |  └────────────────────────────────────────────┘          |
                |                                                          |
                +----------------------------------------------------------+
                ```

                ## Content Elements

                | Name | Semantic Tag | Description |
                |------|--------------|-------------|
                | BUILD | `processing_stage` | Compiles |
                | TEST | `processing_stage` | Runs the suite |
                | SHIP | `primary_outcome` | Publishes the release |
                | RELEASE NOTES | `primary_outcome` | What users read |
                """;
        Scene s = inline(spec);
        java.util.Map<String, String> styles = new java.util.HashMap<>();
        all(s, Component.Node.class).forEach(n -> styles.put(n.element(), n.style()));
        assertEquals("node", styles.get("BUILD"), SceneDump.tree(s));
        assertEquals("node-coral", styles.get("SHIP"), "the outcome in coral among its navy stages");
        assertEquals("callout", styles.get("RELEASE NOTES"), "a zone of text tagged the outcome: the callout's emphasis, not a plain outline");
    }

    @Test
    void aLastBandInTwoPhrasesTheSketchSetsApartIsTheKeyMessageWithThePhrasesParted() throws Exception {
        // read as a row of two items, the band had been a bullet line in the body, its phrases run together
        String spec = sketchSpec("phrases", "Phrases", "1200 x 900px") + """
                +----------------------------------------------------------+
                |  CACHE HITS                                              |
                +----------------------------------------------------------+
                |                                                          |
                |  ┌──────────┐     ┌──────────┐                           |
                |  │ BUILD    │────►│ CACHE    │                           |
                |  └──────────┘     └──────────┘                           |
                |                                                          |
                +----------------------------------------------------------+
                |  ■ Nine of ten builds hit the cache    Misses cost four minutes |
                +----------------------------------------------------------+
                ```
                """;
        Scene s = inline(spec);
        assertNotNull(s.footer(), SceneDump.tree(s));
        assertEquals("Nine of ten builds hit the cache · Misses cost four minutes", s.footer().text().value());
        String spaced = spec.replace("■ Nine of ten builds hit the cache    Misses cost four minutes",
                "■ Nine of ten builds hit the cache,    misses cost four minutes");
        assertEquals("Nine of ten builds hit the cache, misses cost four minutes", inline(spaced).footer().text().value(),
                "one sentence the author spaced out stays one");
    }

    @Test
    void twoLinesOfACardTheSpecListsAsLabelsAreTwoItemsNotOnePhrase() throws Exception {
        // "91% of task outputs reused" over "4 runners share one cache" had been joined into one item
        String spec = sketchSpec("listed", "Listed", "1200 x 900px") + """
                +----------------------------------------------------------+
                |  CACHE                                                   |
                +----------------------------------------------------------+
                |                                                          |
                |  ┌──────────────────────────────┐   ┌─────────────────┐  |
                |  │ HIT RATE                     │   │ COST            │  |
                |  │ ──────────────────────       │   │ ────────────    │  |
                |  │ 91% of task outputs reused   │   │ paid monthly    │  |
                |  │ 4 runners share one cache    │   │ by the platform │  |
                |  │                              │   │                 │  |
                |  │ 3 min                        │   │                 │  |
                |  │ target ≤ 5 min               │   │                 │  |
                |  └──────────────────────────────┘   └─────────────────┘  |
                |                                                          |
                +----------------------------------------------------------+
                ```

                ## Text Content

                ### Labels

                - Label 1: "91% of task outputs reused"
                - Label 2: "4 runners share one cache"
                - Label 3: "paid monthly by the platform"
                - Label 4: "3 min"
                - Label 5: "target ≤ 5 min"
                """;
        Scene s = inline(spec);
        List<String> items = all(s, Component.Items.class).stream().flatMap(l -> l.items().stream()).map(i -> i.text().value()).toList();
        assertTrue(items.contains("91% of task outputs reused") && items.contains("4 runners share one cache"), SceneDump.tree(s));
        assertTrue(items.contains("3 min") && items.contains("target ≤ 5 min"), "a value over its target, also in lower case: " + items);
        assertTrue(SceneDump.tree(s).contains("paid monthly by the platform"), "a phrase the spec lists whole stays whole: " + SceneDump.tree(s));
    }

    @Test
    void aWordlessBoxIsNamedByTheWordsOverItAndFilledInTheColourItsRowDescribes() throws Exception {
        // a toggle drawn as 💬 under "Chat toggle" had bound nothing (its label took the row), and its tag's
        // teal ignored the "coral square" the spec describes
        String spec = sketchSpec("toggle", "Toggle", "1200 x 900px") + """
                +----------------------------------------------------------+
                |  PAGE                                                    |
                +----------------------------------------------------------+
                |                                                          |
                |  ┌────────────────────────────┐   Chat toggle           |
                |  │ Main content               │   bottom right          |
                |  │ full width                 │   ┌──┐                  |
                |  └────────────────────────────┘   │💬│                  |
                |                                   └──┘                  |
                +----------------------------------------------------------+
                ```

                ## Content Elements

                | Name | Semantic Tag | Description |
                |------|--------------|-------------|
                | Chat toggle button | `api_endpoint` | Fixed bottom-right, 48px coral square |
                """;
        Scene s = inline(spec);
        assertTrue(all(s, Component.Node.class).stream().anyMatch(n -> "Chat toggle button".equals(n.element())
                && n.style().equals("node-coral")), SceneDump.tree(s));
    }

    @Test
    void aSymbolShownAsAnEmojiTakesTwoCellsSoTheLineAfterItKeepsItsColumns() throws Exception {
        // ☀ and ⚙ with U+FE0F draw two cells wide in the author's editor: read as one each, the rest of their
        // line fell two columns left and the small box's 💬 landed outside its walls
        String spec = sketchSpec("emoji", "Emoji", "1200 x 900px") + """
                +--------------------------------------------+
                |  EMOJI                                     |
                +--------------------------------------------+
                |                                            |
                |  ┌───────┐               ┌──┐              |
                |  │ ☀️ ⚙️ │               │💬│              |
                |  └───────┘               └──┘              |
                |                                            |
                +--------------------------------------------+
                ```
                """;
        Scene s = inline(spec);
        List<Component.Node> boxes = all(s, Component.Node.class);
        assertEquals(2, boxes.size(), SceneDump.tree(s));
        assertTrue(SceneDump.tree(s).matches("(?s).*node #[^\\n]*\\n\\s*text L\\d+ \"💬\".*"), "the 💬 inside its box: " + SceneDump.tree(s));
    }

    @Test
    void theSketchsSquareAndAccentLineOnItsLastBandAreTheFootersMarksNotItsWords() throws Exception {
        Footer led = scene("footer-marks").footer();
        assertTrue(led.square() && !led.rule(), "the leading ■ marks the key message: " + led);
        assertEquals("Objects move to the cold store after ninety days", led.text().value());
        Footer ruled = scene("footer-rule").footer();
        assertTrue(ruled.rule() && !ruled.square(), "[accent line] on the band's second row: " + ruled);
        assertFalse(ruled.text().value().contains("accent"), ruled.text().value());
    }

    @Test
    void aRowOfStagesRuledUnderTheirNamesAreTitledCardsWhateverTheirTags() throws Exception {
        // three processing_stage boxes (a node's tag, too much text for a dark node) and one decision_point: the
        // first three were untitled outlines beside a titled fourth, the rule under their names dropped
        List<Component.Node> stages = all(scene("stage-cards"), Component.Node.class);
        assertEquals(4, stages.size());
        for (Component.Node n : stages) {
            assertEquals("card", n.style(), n.id());
            assertNotNull(n.title(), n.id());
        }
        assertEquals(List.of("1 FETCH", "2 COMPILE", "3 TEST", "4 PUBLISH"), stages.stream().map(n -> n.title().value()).toList());
    }

    @Test
    void aBoxThatWritesACalloutsTitleOverItsShorthandIsThatCalloutAndTheNotesRowSaysItNoMore() throws Exception {
        Scene s = scene("callout-abridged");
        List<Component.Node> boxes = all(s, Component.Node.class);
        assertEquals(List.of("WARM CACHE", "COLD START"), boxes.stream().map(n -> n.title().value()).toList());
        assertTrue(boxes.stream().allMatch(n -> n.style().equals("callout")), "both callouts, titled");
        List<String> said = texts(s);
        // every word of the shorthand is the content's: the content is said in full; "fetches" is not the content's
        // "fetch", so the sketch's own line stays
        assertTrue(said.contains("The build runs at two in the morning and reuses last night's image layers"), said.toString());
        assertTrue(said.contains("First run fetches everything again"), said.toString());
        assertTrue(s.extras() == null, "no notes row saying them again: " + s.extras());
    }

    @Test
    void aTablesHeadingThatMarksOneColumnRecommendedChoosesThatColumn() throws Exception {
        List<Component.Table> tables = all(scene("table-recommended"), Component.Table.class);
        assertEquals(1, tables.size());
        assertEquals(2, tables.get(0).selected(), "FORK ★ over RECOMMENDED: the third column, the first naming the rows");
    }

    @Test
    void anElementNamedForTheFootersRoleIsTheFooters() {
        for (String name : List.of("Footer callout", "Footer bar", "Key message", "Footer message", "Bottom banner", "Footer insight",
                "Footer note (muted)")) {
            assertTrue(Binder.FOOTER_ROLE.matcher(name).matches(), name);
        }
        for (String name : List.of("Message queue", "Footer", "Note")) {
            assertEquals(name.equals("Footer"), Binder.FOOTER_ROLE.matcher(name).matches(), name);
        }
    }

    @Test
    void aLinkLabelThatAnEdgeStatesAsItIsIsNotTheStartOfAnothersLabel() throws Exception {
        String spec = sketchSpec("46", "Gate", "1200 x 900px (4:3)")
                + "+----------------------------------------------+\n"
                + "|  GATE                                        |\n"
                + "+----------------------------------------------+\n"
                + "|  ┌──────────┐           ┌──────────┐         |\n"
                + "|  │ GATE     │─── no ───►│ STOP     │         |\n"
                + "|  └──────────┘           └──────────┘         |\n"
                + "+----------------------------------------------+\n```\n\n## Content Elements\n\n"
                + "### Relationships / Flows\n\n| From | To | Type | Label |\n|---|---|---|---|\n"
                + "| Gate | Stop | arrow | \"no\" |\n| Canary | Promote | arrow | \"no regression, 24 h\" |\n";
        Scene s = inline(spec);
        List<String> labels = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Columns r) {
                r.links().stream().filter(l -> l != null && l.label() != null).forEach(l -> labels.add(l.label().value()));
            }
        });
        assertEquals(List.of("no"), labels, "the gate's 'no' stays 'no'");
    }

    @Test
    void aFlowNodesDetailLinesStayItsOwnItemsAndDataUnderItsTitle() throws Exception {
        byte[] spec;
        try (InputStream in = SceneTest.class.getResourceAsStream("/io/figgen/diagram/request-reply.md")) {
            spec = in.readAllBytes();
        }
        Scene s = new Renderer(ThemeLoader.house()).scene("request-reply.md", spec);
        List<Component.Flow> flows = all(s, Component.Flow.class);
        assertEquals(2, flows.size(), "a request and its reply, each a flow");
        Component.FlowNode client = flows.get(0).nodes().get(0);
        assertEquals("Client", client.title().value());
        assertEquals("\"Who owns track 42?\"", client.detail().value(), "the quoted question is the client's detail");
        Component.FlowNode registry = flows.get(0).nodes().get(1);
        assertEquals("Registry Looks at:", registry.title().value());
        assertEquals("Owner table" + TextRules.ITEM_BREAK + "Region rules", registry.detail().value(),
                "items under a node stay items of it, not a list of their own");
        Component.FlowNode reply = flows.get(1).nodes().get(0);
        assertEquals("{ owner: \"Lena\", score: 0.9 }", reply.detail().value(),
                "a data line under the left node is its, though it starts under the arrow");
        assertTrue(TextRules.isLiteral(reply.detail().value()));
        assertEquals(List.of(), all(s, Component.Items.class), "no item left outside the flow");
    }

    @Test
    void aTallBoxBesideAStackOfStepsIsAColumnOfItsOwnAndADiamondNamesItsDecision() throws Exception {
        String spec = sketchSpec("48", "Loop", "1200 x 900px (4:3)")
                + "+------------------------------------------------------+\n"
                + "|  LOOP                                                |\n"
                + "+------------------------------------------------------+\n"
                + "|   ┌────────────┐                                     |\n"
                + "|   │ COLLECT    │           ┌──────────────┐          |\n"
                + "|   └────────────┘           │ HOUSE RULE   │          |\n"
                + "|         │ raw rows         │ keep it dry  │          |\n"
                + "|         ▼                  │ and dated    │          |\n"
                + "|   ┌────────────┐           │ per run      │          |\n"
                + "|   │ CLEAN      │           └──────────────┘          |\n"
                + "|   └────────────┘                                     |\n"
                + "|         │ tidy rows                    │             |\n"
                + "|         ▼                              ▼             |\n"
                + "|   ┌────────────┐               ┌────────────┐        |\n"
                + "|   │ ◆ CHECK    │──── no ──────►│ FIX        │        |\n"
                + "|   └────────────┘               └────────────┘        |\n"
                + "+------------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        Component.Columns first = all(s, Component.Columns.class).get(0);
        List<Component> parts = first.children().stream().filter(c -> !(c instanceof Component.Spacer)).toList();
        assertEquals(2, parts.size(), "the steps' column and the rule beside it, not one row of three");
        assertTrue(parts.get(1) instanceof Component.Node n && n.id().equals("house-rule"));
        List<Component.Node> steps = new ArrayList<>();
        Components.walk(first.children().get(0), c -> {
            if (c instanceof Component.Node n) {
                steps.add(n);
            }
        });
        assertEquals(List.of("collect", "clean"), steps.stream().map(Component.Node::id).toList(), "one above the other");
        assertTrue(all(s, Component.Connector.class).stream().anyMatch(k -> k.labels().stream().anyMatch(l -> l.value().equals("raw rows"))),
                "their connector kept");
        assertTrue(all(s, Component.Connector.class).stream().anyMatch(k -> k.labels().stream().anyMatch(l -> l.value().equals("tidy rows"))),
                "a label beside one run, far from the next, is the connector's, not a table cell");
        assertTrue(all(s, Component.Heading.class).stream().anyMatch(h -> h.text().value().equals("CHECK")),
                "the diamond marks the decision; its name is the box's heading, not a list item");
    }

    @Test
    void aCaptionBetweenALoopsVerticalsAndItsLongLabelStayTheLoops() throws Exception {
        String spec = sketchSpec("49", "Loop", "1200 x 675px (16:9)")
                + "+------------------------------------------------------+\n"
                + "|  LOOP                                                |\n"
                + "+------------------------------------------------------+\n"
                + "|  ┌─────────┐   ┌─────────┐   ┌─────────┐             |\n"
                + "|  │ READ    │──►│ SORT    │──►│ WRITE   │             |\n"
                + "|  └────┬────┘   └─────────┘   └────┬────┘             |\n"
                + "|       ▲                           │                  |\n"
                + "|       │      SLOW DOWN            │                  |\n"
                + "|       └─ pause if disk > 90% ────◄┘                  |\n"
                + "+------------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        List<String> labels = all(s, Component.Connector.class).stream().flatMap(k -> k.labels().stream()).map(Text::value).toList();
        assertEquals(List.of("SLOW DOWN" + TextRules.ITEM_BREAK + "pause if disk > 90%"), labels,
                "the caption heads the loop's label, none left as text");
        assertEquals(List.of(), all(s, Component.Paragraph.class).stream().map(p -> p.text().value()).filter(v -> v.contains("pause")).toList());
    }

    @Test
    void aStatedLoopUnderTheFlowItJoinsKeepsTheSketchsReturnLine() throws Exception {
        // the loop under a flow of its own ends is the sketch's drawing of the stated loop, not a fragment
        String spec = sketchSpec("50", "Cycle", "1200 x 675px (16:9)")
                + "+----------------------------------------------------+\n"
                + "|  CYCLE                                             |\n"
                + "+----------------------------------------------------+\n"
                + "|  fetch ──► parse ──► store                         |\n"
                + "|    ▲                  │                           |\n"
                + "|    └──── next page ◄──┘                           |\n"
                + "+----------------------------------------------------+\n```\n\n## Content Elements\n\n"
                + "### Relationships / Flows\n\n| From | To | Type | Label |\n|---|---|---|---|\n"
                + "| store | fetch | feedback_loop | \"next page\" |\n";
        Scene s = inline(spec);
        assertTrue(all(s, Component.Connector.class).stream().anyMatch(k -> k.labels().stream().anyMatch(l -> l.value().equals("next page"))),
                "the return line stays");
    }

    @Test
    void aNameRunIntoItsRightAlignedValueIsStillTwoCells() throws Exception {
        String spec = sketchSpec("51", "Gaps", "1200 x 675px (16:9)")
                + "+--------------------------------+\n"
                + "|  GAPS                          |\n"
                + "+--------------------------------+\n"
                + "|  ┌────────────────┐            |\n"
                + "|  │ SHORT BY       │            |\n"
                + "|  │────────────────│            |\n"
                + "|  │ lint        -4 │            |\n"
                + "|  │ docs       -17 │            |\n"
                + "|  │ benchmarks -38 │            |\n"
                + "|  └────────────────┘            |\n"
                + "+--------------------------------+\n```\n";
        Scene s = inline(spec);
        Component.Table t = all(s, Component.Table.class).get(0);
        assertEquals(3, t.rows().size(), "benchmarks is the table's third row, not a line after it");
    }

    @Test
    void aRuledTablesTwoLineHeaderIsOneRowAndALineOpeningWithACalloutsTitleIsThatCallout() throws Exception {
        String spec = sketchSpec("52", "Stores", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  STORES                                        |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌───────────┬───────────┬──────────────┐      |\n"
                + "|  │ NEED      │ DISK      │ CLOUD ★      │      |\n"
                + "|  │           │ (local)   │ RECOMMENDED  │      |\n"
                + "|  ├───────────┼───────────┼──────────────┤      |\n"
                + "|  │ Backups   │ manual    │ built in     │      |\n"
                + "|  ├───────────┼───────────┼──────────────┤      |\n"
                + "|  │ Cost      │ low       │ medium       │      |\n"
                + "|  └───────────┴───────────┴──────────────┘      |\n"
                + "|                                                |\n"
                + "|  Move back when egress costs pass the budget   |\n"
                + "+------------------------------------------------+\n```\n\n## Content Elements\n\n"
                + "### Callout Boxes\n\n| Title | Content | Position |\n|---|---|---|\n"
                + "| \"MOVE BACK WHEN\" | Egress costs pass the monthly storage budget for two months running. | top-right |\n";
        Scene s = inline(spec);
        Component.Table t = all(s, Component.Table.class).get(0);
        assertEquals(3, t.rows().size(), "the header's two lines are one row");
        assertEquals("DISK" + TextRules.ITEM_BREAK + "(local)", t.rows().get(0).get(1).value());
        assertEquals(2, t.selected(), "the mark on the header's second line still chooses its column");
        assertNull(s.extras(), "the sketch's line says the callout: the notes row does not say it again");
    }

    @Test
    void aLineUnderATablesArrowheadSayingItChoseIsTheChosenColumnsBadge() throws Exception {
        String spec = sketchSpec("54", "Pick", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  PICK                                          |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌───────────┬───────────┬──────────────┐      |\n"
                + "|  │ NEED      │ DISK      │ CLOUD ★      │      |\n"
                + "|  ├───────────┼───────────┼──────────────┤      |\n"
                + "|  │ Backups   │ manual    │ built in     │      |\n"
                + "|  └───────────┴───────────┴──────────────┘      |\n"
                + "|                               ▲                |\n"
                + "|                               chosen here      |\n"
                + "+------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        Component.Table t = all(s, Component.Table.class).get(0);
        assertEquals(2, t.selected());
        assertEquals("CHOSEN HERE", t.badge().value(), "on the column it points at");
        assertEquals(List.of(), all(s, Component.Paragraph.class).stream().map(p -> p.text().value()).filter(v -> v.contains("chosen")).toList());
    }

    @Test
    void aFootersLaterLineOpeningWithItsOwnKeyIsALineOfItsOwn() throws Exception {
        String spec = sketchSpec("53", "Key", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  KEY                                           |\n"
                + "+------------------------------------------------+\n"
                + "|  one box of text                               |\n"
                + "+------------------------------------------------+\n"
                + "|  ■ Teams write plain text -- no markup         |\n"
                + "|  Decision: store = sqlite (P=0.80)             |\n"
                + "+------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        assertEquals("Teams write plain text — no markup " + TextRules.ITEM_BREAK + "Decision: store = sqlite (P=0.80)",
                s.footer().text().value(), "the decision line under the key message, not run into it");
    }

    @Test
    void aPlusBetweenTwoBoxesJoinsThem() throws Exception {
        String spec = sketchSpec("55", "Join", "1200 x 675px (16:9)")
                + "+----------------------------------------------------+\n"
                + "|  JOIN                                              |\n"
                + "+----------------------------------------------------+\n"
                + "|  ┌──────────┐   ┌──────────┐   ┌──────────┐        |\n"
                + "|  │ KEYWORDS │ + │ VECTORS  │──►│ MERGE    │        |\n"
                + "|  └──────────┘   └──────────┘   └──────────┘        |\n"
                + "+----------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        Component.Columns row = all(s, Component.Columns.class).get(0);
        Component.Link join = row.links().get(0);
        assertNotNull(join, "the plus is a link between the first two");
        assertEquals("+", join.label().value());
        assertFalse(join.forward() || join.back(), "no head: the two go on together");
    }

    @Test
    void aLineUnderACardsLastDividerIsItsFootnoteNotOneMoreItem() throws Exception {
        String spec = sketchSpec("56", "Signals", "1200 x 675px (16:9)")
                + "+----------------------------------+\n"
                + "|  SIGNALS                         |\n"
                + "+----------------------------------+\n"
                + "|  ┌────────────────┐              |\n"
                + "|  │ SIGNALS        │              |\n"
                + "|  │────────────────│              |\n"
                + "|  │ ■ Traces       │              |\n"
                + "|  │ ■ Error budget │              |\n"
                + "|  │────────────────│              |\n"
                + "|  │ kept 30 days   │              |\n"
                + "|  └────────────────┘              |\n"
                + "+----------------------------------+\n```\n";
        Scene s = inline(spec);
        assertEquals(List.of("Traces", "Error budget"),
                all(s, Component.Items.class).stream().flatMap(l -> l.items().stream()).map(i -> i.text().value()).toList());
        assertTrue(all(s, Component.Paragraph.class).stream().anyMatch(p -> p.text().value().equals("kept 30 days")));
    }

    @Test
    void aGlyphRowWhoseLettersDriftTakesTheLettersTheOtherRowsGiveItsGlyphs() throws Exception {
        String spec = sketchSpec("57", "Cells", "1200 x 675px (16:9)")
                + "+--------------------------------------------------+\n"
                + "|  CELLS                                           |\n"
                + "+--------------------------------------------------+\n"
                + "|                                                  |\n"
                + "|  ALPHA ──────────────────────────────            |\n"
                + "|  [■][■][□][■][■][□]                              |\n"
                + "|  S   S   V   S   S   V                           |\n"
                + "|                                                  |\n"
                + "|  BETA ───────────────────────────────            |\n"
                + "|  [□][■][■][□][■][□]                              |\n"
                + "|  V   S   S   V   S   V                           |\n"
                + "|                                                  |\n"
                + "|  GAMMA ──────────────────────────────            |\n"
                + "|  [■][□][□][□][□][□]                              |\n"
                + "|  S  V   V  V                                     |\n"
                + "|                                                  |\n"
                + "|  LEGEND: ■ Stable  □ Volatile                    |\n"
                + "+--------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        Component.Table t = all(s, Component.Table.class).get(0);
        // (no element gives the legend's names a colour here, so each cell keeps its glyph before its letter)
        List<String> gamma = t.rows().get(2).subList(1, 7).stream().map(x -> x.value().replaceAll("^[■□]\\s*", "")).toList();
        assertEquals(List.of("S", "V", "V", "V", "V", "V"), gamma, "every □ a V, none a bare glyph or a neighbour's letter");
    }

    @Test
    void aStageTheSpecSaysIsEmphasisedStandsOutFromItsSiblings() throws Exception {
        String spec = sketchSpec("58", "Stages", "1200 x 675px (16:9)")
                + "+----------------------------------------------------+\n"
                + "|  STAGES                                            |\n"
                + "+----------------------------------------------------+\n"
                + "|  ┌────────┐   ┌────────┐   ┌────────┐   ┌────────┐  |\n"
                + "|  │ READ   │──►│ SORT   │──►│ MERGE  │──►│ WRITE  │  |\n"
                + "|  └────────┘   └────────┘   └────────┘   └────────┘  |\n"
                + "+----------------------------------------------------+\n```\n\n## Content Elements\n\n"
                + "| Element | Semantic Tag | Description |\n|---|---|---|\n"
                + "| READ | `processing_stage` | reads the input |\n| SORT | `processing_stage` | sorts it |\n"
                + "| MERGE | `processing_stage` | the slowest stage, emphasised |\n| WRITE | `processing_stage` | writes it |\n";
        Scene s = inline(spec);
        List<String> styles = all(s, Component.Node.class).stream().map(n -> n.id() + ":" + n.style()).toList();
        assertEquals(List.of("read:node", "sort:node", "merge:node-coral", "write:node"), styles);
    }

    @Test
    void aTitleEchoedByTheFirstLineOfANestedStackIsDrawnOnce() {
        Component.Stack inner = new Component.Stack(List.of(new Component.Heading(Text.plain("BELOW GATE", "section"), true, 2),
                new Component.Paragraph(Text.mixed("cli -6", "body"), 3)), 0.3, false, 2);
        Component.Stack body = new Component.Stack(List.of(inner, new Component.Paragraph(Text.mixed("total gap 71 points", "body"), 5)),
                0.3, false, 2);
        Component.Node box = new Component.Node("below", "callout", "", "", 0, Text.plain("BELOW GATE", "section"), null, body, 1);
        Component out = TitleEchoes.drop(box);
        assertEquals(List.of("BELOW GATE", "cli -6", "total gap 71 points"), texts(new Scene("t", "", io.figgen.model.Size.DEFAULT,
                null, out, null, null, List.of(), List.of(), List.of(), List.of(), List.of())), "the heading inside goes, the title stays");
    }

    @Test
    void lineArtIsLeftOutAndReported() throws Exception {
        Scene s = scene("line-art");
        List<String> texts = texts(s);
        assertTrue(texts.containsAll(List.of("CALIBRATION", "DATA", "heaviest", "lightest", "CORE")), texts.toString());
        for (String t : texts) {
            assertTrue(io.figgen.sketch.LineArt.artIn(t).isEmpty(), "line art in '" + t + "'");
            assertFalse(t.contains("~~~") || t.contains("/\\") || t.contains("|"), t);
        }
        assertTrue(s.notes().stream().filter(n -> n.kind() == SceneNote.Kind.DROPPED).count() >= 5);
    }

    @Test
    void styleAndLayoutNotesAndEmptySlotsAreNotText() throws Exception {
        List<String> texts = texts(scene("style-notes"));
        String all = String.join(" | ", texts);
        assertFalse(all.contains("LEFT PANEL"), all);
        assertFalse(all.contains("(gray)") || all.contains("(blue)") || all.contains("amber"), all);
        assertFalse(all.contains("[sq]") || all.contains("[____]") || all.contains("[accent line]"), all);
        assertTrue(all.contains("A1 Single source (one database)"), all);
        assertTrue(all.contains("Theme (light/dark) stays"), "a parenthesis of content stays: " + all);
    }

    @Test
    void aWrappedItemIsOneLabelInOneStyleAndANameWithDetailsKeepsItsLead() throws Exception {
        Scene s = scene("wrapped-items");
        List<Component.Item> items = new ArrayList<>();
        SceneFindingsWalk.items(s.body(), items);
        Component.Item wrapped = items.stream().filter(i -> i.text().value().startsWith("Generates")).findFirst().orElseThrow();
        assertEquals("Generates migrations from the models that the app already has", wrapped.text().value());
        assertEquals(1, wrapped.text().runs().size(), "one label, one style");
        Component.Item named = items.stream().filter(i -> i.text().value().startsWith("Voxtral")).findFirst().orElseThrow();
        assertEquals("strong", named.text().runs().get(0).role(), "a short name over its detail is the item's lead");
        assertTrue(items.stream().anyMatch(i -> i.text().value().equals("Musician-First Team")));
    }

    @Test
    void separateItemsAreNeverJoined() throws Exception {
        List<String> texts = texts(scene("separate-items"));
        assertTrue(texts.containsAll(List.of("CONFIDENCE", "0.87", "ASSURANCE", "A2")), texts.toString());
        assertTrue(texts.containsAll(List.of("BMAT", "Pex", "Auracles")), texts.toString());
        assertTrue(texts.contains("VIII DRIFT"), "a numeral numbers the phrase after it: " + texts);
        assertTrue(texts.contains("Microsoft, OpenAI join"), "a phrase running on after a comma is one: " + texts);
        assertTrue(texts.contains("Render → Hetzner"), texts.toString());
    }

    @Test
    void elementsNamingThePageBindToItsParts() throws Exception {
        Scene s = scene("template-hero");
        assertEquals(List.of(), s.unbound().stream().map(e -> e.element()).toList());
        assertTrue(s.bindings().stream().anyMatch(b -> b.element().element().equals("Background") && b.part().equals("canvas")));
        assertTrue(s.bindings().stream().anyMatch(b -> b.element().element().equals("Callout bar") && b.part().equals("footer")));
    }

    @Test
    void freeNamedRegionsAndConnectionsListsAreRead() throws Exception {
        Scene s = scene("free-regions");
        Edge yaml = edge(s, Edge.Source.YAML, "updates the view");
        Edge row = edge(s, Edge.Source.FLOWS_TABLE, "updates the view");
        assertEquals(Edge.Kind.OPTIONAL, yaml.kind());
        assertTrue(yaml.resolved() && row.resolved(), s.edges().toString());
        assertEquals(yaml.fromNode(), row.fromNode());
        assertEquals(yaml.toNode(), row.toNode());
    }

    @Test
    void nodeIdsAreUniqueWithinAScene() throws Exception {
        for (String name : List.of("flows-table", "yaml-connections", "template-hero", "wrapped-items", "split-panels")) {
            List<String> ids = new ArrayList<>();
            SceneFindingsWalk.ids(scene(name).body(), ids);
            assertEquals(ids.stream().distinct().count(), ids.size(), name + ": " + ids);
        }
    }

    @Test
    void aLoopsReturnLineIsNoChartAxisAndAWordSplitAtABoxEdgeIsWhole() throws Exception {
        Scene s = scene("feedback-loop");
        List<Component> charts = new ArrayList<>();
        SceneFindingsWalk.walk(s.body(), c -> {
            if (c instanceof Component.Chart) {
                charts.add(c);
            }
        });
        assertEquals(List.of(), charts, "the ▲ under the DRAFT box heads a return line, not a y axis");
        List<String> texts = texts(s);
        assertTrue(texts.contains("ACKNOWLEDGED"), "ACKNOW- / LEDGED, spelled whole in the content table: " + texts);
        assertTrue(s.notes().stream().anyMatch(n -> n.kind() == SceneNote.Kind.EXPANDED && n.written().equals("ACKNOW-LEDGED")));
    }

    @Test
    void aZoneLargerThanTheCanvasIsCutToItAndOneOffItIsLeftOutBothReported() throws Exception {
        Scene s = scene("clamped-zones");
        List<SceneNote> clamped = s.notes().stream().filter(n -> n.kind() == SceneNote.Kind.CLAMPED).toList();
        assertEquals(2, clamped.size(), s.notes().toString());
        assertTrue(clamped.get(0).message().contains("cut to [60, 200, 1860, 500]"), clamped.get(0).message());
        assertEquals(17, clamped.get(0).line(), "at the rectangle's id in the YAML");
        assertTrue(clamped.get(1).message().contains("lies off the canvas"), clamped.get(1).message());
    }

    @Test
    void aBareSketchArrowTakesTheLabelAndHeadsTheSpecStatesForIt() throws Exception {
        Scene s = scene("flows-table");
        List<Component.Link> links = new ArrayList<>();
        SceneFindingsWalk.walk(s.body(), c -> {
            if (c instanceof Component.Columns r) {
                r.links().stream().filter(java.util.Objects::nonNull).forEach(links::add);
            }
        });
        assertEquals(List.of("raw files", "records"), links.stream().map(l -> l.label() == null ? "" : l.label().value()).toList());
        assertTrue(links.stream().allMatch(l -> l.forward() && !l.back()), links.toString());
    }

    @Test
    void linesBrokenOnPurposeStaySeparateAndWrappedProseRunsOn() throws Exception {
        List<String> t = texts(scene("line-breaks"));
        // each capitalised line that ended with room for the next line's first word is its own fact, and so is
        // the third, near the box's edge, once the group reads as a list
        assertTrue(t.contains("Human review of attribution outputs"), t.toString());
        assertTrue(t.contains("Ad hoc, no systematic coverage"), t.toString());
        assertTrue(t.contains("Golden dataset with known-correct attribution tests"), t.toString());
        // a sentence wrapped by the box (the next line opening in lower case) stays one paragraph
        assertTrue(t.contains("The review runs whenever a release is cut, and it covers every track the release touches"),
                t.toString());
    }

    @Test
    void aLabelQualifyingANameDrawnOnceSaysItsQualifierThere() throws Exception {
        Scene s = scene("qualified-label");
        List<String> items = all(s, Component.Items.class).stream().flatMap(i -> i.items().stream())
                .map(i -> i.text().value()).toList();
        // "Braintrust (commercial)": Braintrust is drawn once, so its qualifier follows it there
        assertTrue(items.contains("Braintrust (commercial), custom"), items.toString());
        // "Redis (managed)": Redis is drawn twice, so which one it qualifies is not known: the notes row says it
        assertTrue(items.contains("Redis cache") && items.contains("Redis queue"), items.toString());
        List<String> notes = new ArrayList<>();
        collect(s.extras(), notes);
        assertEquals(List.of("Redis (managed)"), notes);
    }

    @Test
    void aCommandOfTheFiguresProgramsIsCodeWhereverAShortLineSaysIt() throws Exception {
        Scene s = scene("commands");
        List<Component.Item> items = all(s, Component.Items.class).get(0).items();
        // uv opens three lines of the table with a subcommand, pip and python open flagged commands: programs
        assertEquals(List.of("VENV", "uv venv", "(integrated)"), items.get(0).text().runs().stream().map(Text.Run::value).toList());
        assertEquals("code", items.get(0).text().runs().get(1).role());
        // a long line is prose, where a program's name is only a word
        assertTrue(items.get(2).text().runs().stream().noneMatch(r -> r.role().equals("code")), items.get(2).text().runs().toString());
        Component.Table table = all(s, Component.Table.class).get(0);
        for (List<Text> row : table.rows()) {
            Text command = row.get(0);
            assertEquals(1, command.runs().size(), command.runs().toString());
            assertEquals("code", command.runs().get(0).role(), command.value());
            assertTrue(row.get(1).runs().stream().anyMatch(r -> r.role().equals("code") && r.value().startsWith("p")), row.get(1).runs().toString());
        }
        assertEquals("pip install)", table.rows().get(0).get(1).runs().get(1).value());
    }

    @Test
    void aValueTheSketchCutShortInCodeIsTheValueTheSpecGives() throws Exception {
        Scene s = scene("elided-code");
        List<String> lines = all(s, Component.Code.class).stream().flatMap(c -> c.lines().stream()).map(Component.CodeLine::text).toList();
        assertTrue(lines.contains("'anthropic:claude-haiku-4-5',"), lines.toString());
        // the code's own ellipsis is code, not a cut
        assertTrue(lines.contains("tools=[search, ...]"), lines.toString());
        assertTrue(s.notes().stream().anyMatch(n -> n.kind() == SceneNote.Kind.EXPANDED), s.notes().toString());
    }

    @Test
    void aKeyMessageWrittenAsAQuotationIsSetInTypographersQuotes() {
        assertEquals("“No competitor offers it”", MessageText.quoted(Text.mixed("\"No competitor offers it\"", "footer")).value());
        Text two = new Text(List.of(new Text.Run("\"RULE:", "footerKey", false), new Text.Run("never pip\"", "footer", true)));
        assertEquals("“RULE: never pip”", MessageText.quoted(two).value());
        // quotes inside a message are the author's marks, left as they are
        String inner = "Say \"yes\" to \"no\"";
        assertEquals(inner, MessageText.quoted(Text.mixed(inner, "footer")).value());
    }

    @Test
    void aHeadingOverTheFirstBoxOfARowHeadsTheRowAndVsLeadsACapitalsHeading() throws Exception {
        Scene s = scene("row-heading");
        // SELECTED STACK stands over the row, so PostHog and Sentry stand side by side on one line
        Component.Stack headed = all(s, Component.Stack.class).stream()
                .filter(k -> k.children().get(0) instanceof Component.Heading h && h.text().value().equals("SELECTED STACK"))
                .findFirst().orElseThrow();
        assertEquals(2, headed.children().size());
        Component.Columns row = (Component.Columns) headed.children().get(1);
        assertEquals("PostHog", ((Component.Node) row.children().get(0)).title().value());
        // "vs ALTERNATIVES" is a section heading like its sibling
        assertTrue(all(s, Component.Heading.class).stream().anyMatch(h -> h.text().value().equals("vs ALTERNATIVES")));
    }

    @Test
    void aFieldsValueNamedOnTheNextLineIsOneValueAndAPriceUnderAFieldIsAFactOfItsOwn() throws Exception {
        Scene s = scene("field-values");
        List<String> items = all(s, Component.Items.class).stream().flatMap(i -> i.items().stream()).map(i -> i.text().value()).toList();
        assertTrue(items.contains("CI: GH Actions"), items.toString());
        // led by its key, as any field is, not set strong through its value
        Component.Item ci = all(s, Component.Items.class).stream().flatMap(i -> i.items().stream())
                .filter(i -> i.text().value().equals("CI: GH Actions")).findFirst().orElseThrow();
        assertTrue(ci.text().runs().stream().noneMatch(r -> r.role().equals("strong") && r.value().contains("GH")), ci.text().runs().toString());
        assertTrue(items.contains("IaC: Optional") && items.contains("~€20-60/mo"), items.toString());
        assertTrue(TextRules.isDataWord("~€20-60/mo") && TextRules.isDataWord("€7"));
    }

    @Test
    void aCodeCommentHeadsTheCodeUnderItAndACountUnderTheCodeIsNotCode() throws Exception {
        Scene s = scene("comment-code");
        List<Component.Node> cards = all(s, Component.Node.class);
        Component.Stack redux = (Component.Stack) cards.get(1).body();
        // the comment, then the code under it to the blank line, kept line by line in order, then the card's list
        assertEquals(List.of("Code", "Code", "Items"), redux.children().stream().map(c -> c.getClass().getSimpleName()).toList());
        Component.Code slice = (Component.Code) redux.children().get(0);
        assertEquals(List.of("// Slice", "createSlice({", "name:'theme'", "})"), slice.lines().stream().map(Component.CodeLine::text).toList());
        Component.Code comments = (Component.Code) redux.children().get(1);
        assertEquals(List.of("// + dispatch", "// + provider"), comments.lines().stream().map(Component.CodeLine::text).toList());
        assertEquals("15+ lines", ((Component.Items) redux.children().get(2)).items().get(0).text().value());
        Component.Stack jotai = (Component.Stack) cards.get(0).body();
        assertEquals(List.of("// Define", "const theme", "= atom('lgt')"),
                ((Component.Code) jotai.children().get(0)).lines().stream().map(Component.CodeLine::text).toList());
    }

    @Test
    void aFirstLineSayingTheTitlesLastWordsBesideAPlaceholderIsTheHeader() throws Exception {
        Scene s = scene("title-tail");
        // "RELEASE TRAIN OPTIONS ... [sq]" for the title "Team Release Train Options"
        assertTrue(s.header() != null, "a header");
        assertEquals("RELEASE TRAIN OPTIONS", s.header().title().value());
        assertEquals(List.of("Weekly or continuous"), s.header().subtitles().stream().map(t -> t.text().value()).toList());
    }

    @Test
    void aKeyMessageSayingACalloutsContentIsLedByTheCalloutsTitle() throws Exception {
        Scene s = scene("titled-footer");
        List<Text.Run> runs = s.footer().text().runs();
        assertEquals("UNIQUE POSITION", runs.get(0).value());
        assertEquals("footerKey", runs.get(0).role());
        assertEquals("“No competitor offers transparent, auditable scores”", runs.get(1).value());
    }

    @Test
    void aSubtitleLedByADoubleHyphenIsLedByTheSquare() throws Exception {
        Scene s = scene("title-dashed-subtitle");
        // "-- Weekly or continuous" is the sketch's way to draw the house's square before a subtitle
        assertEquals(1, s.header().subtitles().size());
        Title.Subtitle sub = s.header().subtitles().get(0);
        assertEquals("Weekly or continuous", sub.text().value());
        assertTrue(sub.square(), "the subtitle is led by the square");
    }

    @Test
    void aTitleTheSketchWritesWithoutItsOwnBandIsTheHeader() throws Exception {
        Scene s = scene("title-unbanded");
        // the first line names the spec's title (its first words): the title, not a body text, and the line
        // under it its subtitle
        assertTrue(s.header() != null, "a header");
        assertEquals("RELEASE TRAIN OPTIONS", s.header().title().value());
        assertEquals(List.of("Weekly or continuous"), s.header().subtitles().stream().map(t -> t.text().value()).toList());
        List<String> body = new ArrayList<>(texts(s));
        body.remove(0);
        body.remove(0);
        assertFalse(body.contains("RELEASE TRAIN OPTIONS"), body.toString());
        assertFalse(body.contains("Weekly or continuous"), body.toString());
        assertTrue(body.contains("WEEKLY") && body.contains("CONTINUOUS"), body.toString());
    }

    @Test
    void aRowOfBoxesAllAlikeButOneDrawsThatOneLikeTheOthers() throws Exception {
        List<Component.Node> nodes = new ArrayList<>();
        Components.walk(scene("sibling-odd").body(), c -> {
            if (c instanceof Component.Node n) {
                nodes.add(n);
            }
        });
        assertEquals(4, nodes.size());
        // the first card's element is tagged data_flow (a panel), the three others solution_component (cards)
        assertEquals("data_flow", nodes.get(0).tag());
        assertEquals(List.of("card", "card", "card", "card"), nodes.stream().map(Component.Node::style).toList());
    }

    @Test
    void aCardsCapitalisedLinesAreFacetsOfTheirOwnButATwoLineFacetStaysWhole() throws Exception {
        List<String> t = texts(scene("card-facets"));
        // three lines: "Vercel-tied" then "Ecosystem" opening a new facet, "lock-in" running on from it
        assertTrue(t.contains("Vercel-tied"), t.toString());
        assertTrue(t.contains("Ecosystem lock-in"), t.toString());
        assertTrue(t.contains("No MCP"), t.toString());
        // two lines are one facet, the second word wrapped by the card's width
        assertTrue(t.contains("Requires Django"), t.toString());
        // an acronym after a line going on with a phrase carries it on; code opens a facet in lower case
        assertTrue(t.contains("Server-rendered HTML"), t.toString());
        assertTrue(t.contains("No SPA"), t.toString());
        assertTrue(t.contains("Pages router"), t.toString());
        assertTrue(t.contains("/pages dir"), t.toString());
        assertTrue(t.contains("getProps"), t.toString());
    }

    @Test
    void aWordSpeltDownAColumnIsOneLabel() throws Exception {
        List<String> t = texts(scene("spelt-axis"));
        assertTrue(t.contains("MATURITY"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.startsWith("M A T")), t.toString());
        // and the sketch's letters count as drawn: the word is
        try (InputStream in = SceneTest.class.getResourceAsStream("/io/figgen/scene/spelt-axis.md")) {
            io.figgen.check.CorpusReport r = io.figgen.check.CorpusReport.of(new Renderer(ThemeLoader.house()), "spelt-axis.md",
                    in.readAllBytes());
            assertEquals(List.of(), r.missing(), r.row());
        }
    }

    @Test
    void ticksCrossesAndQuestionMarksSayYesNoAndAsk() throws Exception {
        List<String> t = texts(scene("marks-and-keys"));
        assertTrue(t.contains("Name: You"), t.toString());
        assertTrue(t.contains("Card #: 12345"), "a key with # is a field of its own: " + t);
        assertTrue(t.contains("Photocopy entire books"), "one plain word under a term is the phrase going on: " + t);
        assertTrue(t.contains("Remix (ask first)"), "? is the item's mark, not its text: " + t);
        io.figgen.theme.Theme theme = ThemeLoader.house();
        List<io.figgen.model.Shape.Text> drawn = new Renderer(theme).render("marks-and-keys.md", bytes("marks-and-keys"), false, 1).layout()
                .figure().texts();
        java.util.Map<String, String> fills = new java.util.HashMap<>();
        for (io.figgen.model.Shape.Text x : drawn) {
            fills.putIfAbsent(x.text(), x.fill());
        }
        assertEquals(theme.color("high"), fills.get("✓"), "a tick in the confidence green");
        assertEquals(theme.color("low"), fills.get("✗"), "a cross in the confidence red");
        assertEquals(theme.color("medium"), fills.get("?"), "an open answer in amber");
    }

    @Test
    void aFooterListSeparatedByBarsKeepsTheBarAtItsLineBreak() throws Exception {
        Scene s = scene("marks-and-keys");
        assertEquals("Each visit: Engineer (Quiet 0.40) | Musician (Loud 0.50) | Solo (Quiet 0.65) | Group (Loud 0.35)",
                s.footer().text().value());
    }

    @Test
    void aBannedOptionIsAQuietCardWithItsBadgeAndAFieldNameLeadsItsValue() throws Exception {
        Scene s = scene("rejected-badge");
        List<Component.Node> cards = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Node n && n.title() != null) {
                cards.add(n);
            }
        });
        Component.Node pip = cards.stream().filter(n -> n.title().value().equals("PIP")).findFirst()
                .orElseThrow(() -> new AssertionError("PIP is the card's title, without its mark: " + cards));
        assertEquals("card-deferred", pip.style());
        assertEquals("BANNED", pip.badge().value());
        Component.Node uv = cards.stream().filter(n -> n.title().value().equals("UV")).findFirst().orElseThrow();
        assertEquals("card-selected", uv.style());
        List<String> t = texts(s);
        assertTrue(t.contains("SPEED ~100x faster"), t.toString());
        assertTrue(t.contains("CONFIG pyproject.toml only"), "a file name broken at its dot is one name: " + t);
        assertTrue(t.contains("CONFIG requirements.txt"), t.toString());
        List<Text.Run> speed = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Items items) {
                items.items().stream().filter(i -> i.text().value().startsWith("SPEED ~100x")).forEach(i -> speed.addAll(i.text().runs()));
            }
        });
        assertEquals("strong", speed.get(0).role(), "the field name leads in the strong face: " + speed);
        assertEquals("SPEED", speed.get(0).value());
    }

    @Test
    void aCalloutBoundByItsTitleStillSaysItsContentButNotWhatTheSketchSays() throws Exception {
        Scene s = scene("callout-bound");
        assertTrue(s.extras() != null, "the notes row carries the callout");
        List<String> notes = new ArrayList<>();
        Components.walk(s.extras(), c -> {
            if (c instanceof Component.Callout co) {
                notes.add(co.title().value() + ": " + co.body().value());
            }
        });
        // its Content cell in straight quotes: the quotes delimit the cell (reviewers read them as stray marks)
        assertEquals(List.of("Translation Gap: Requires compute budget, training data access and legal viability"), notes,
                "the gap's content is said once; the footer already says the bottom insight");
    }

    @Test
    void aKeyMessageWrittenAsTheLastLineOfTheBodyIsTheFootersCalloutAndAnswersAreListed() throws Exception {
        Scene s = scene("key-line");
        assertTrue(s.footer() != null, "the last line a callout element says becomes the footer");
        assertEquals("callout", s.footer().style());
        assertEquals("The owner sets the rules ONCE. Machines check EVERY TIME.", s.footer().text().value());
        List<String> answers = new ArrayList<>();
        List<String> body = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Items l) {
                l.items().forEach(i -> answers.add(i.marker() + " " + i.text().value()));
            } else if (c instanceof Component.Paragraph p) {
                body.add(p.text().value());
            }
        });
        assertFalse(body.stream().anyMatch(t -> t.contains("rules ONCE")), "and leaves the body");
        assertEquals(List.of("\u2713 YES", "\u2717 NO", "? ASK"), answers, "YES / NO / ASK one to a line, not a heading and a run-on");
    }

    @Test
    void numberedNamesOverBoxesTitleTheStagesTheirStatusABadgeTheRecommendedOneChosen() throws Exception {
        Scene s = scene("stage-ladder");
        List<String> stages = all(s, Component.Node.class).stream()
                .map(n -> n.title().value() + " | " + n.badge().value() + " | " + n.style()).toList();
        assertEquals(List.of("III. CONTINUOUS | TARGET | card", "II. AUTOMATED | RECOMMENDED | card-selected",
                "I. MANUAL | CURRENT | card"), stages, "each stage a titled card, one style but the chosen one");
        assertTrue(s.edges().stream().allMatch(Edge::resolved), "the steps join the stages' cards");
    }

    @Test
    void capitalsWrappedOverTwoRowsAreColumnHeadsAndLinesUnderTheLastPartAreNotDrawn() throws Exception {
        Scene s = scene("wrapped-heads");
        List<String> heads = new ArrayList<>();
        List<Component> tables = new ArrayList<>();
        List<Component> connectors = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Heading h) {
                heads.add(h.text().value());
            } else if (c instanceof Component.Table) {
                tables.add(c);
            } else if (c instanceof Component.Connector) {
                connectors.add(c);
            }
        });
        assertEquals(List.of("RESEARCH TRADITION", "TRANSFER GAP", "RETAIL CHANNEL"), heads, "each head one label");
        assertEquals(List.of(), tables, "not a table of words");
        assertEquals(List.of(), connectors, "the dotted line under the row joins nothing");
        assertTrue(s.notes().stream().anyMatch(n -> n.kind() == SceneNote.Kind.DROPPED && n.message().contains("join nothing")));
        assertTrue(s.extras() == null, "the label the sketch split with a line is drawn in its box, no leftover");
    }

    @Test
    void parallelLinesAndLinesOpeningOnAnIdentifierAreItemsOfTheirOwnAWrappedWordStaysOne() throws Exception {
        List<String> items = new ArrayList<>();
        Components.walk(scene("card-lines").body(), c -> {
            if (c instanceof Component.Items l) {
                l.items().forEach(i -> items.add(i.text().value()));
            }
        });
        assertEquals(List.of("Feature flags", "User journeys", "posthog-js", "granted_by", "Full control", "Full effort",
                "Scale-to-zero"), items);
    }

    @Test
    void aBoxSayingACalloutsContentIsThatCalloutTitledAndFactsSetApartByADotAreOneLine() throws Exception {
        Scene s = scene("callout-in-box");
        List<Component.Node> boxes = all(s, Component.Node.class);
        assertEquals(1, boxes.size());
        assertEquals("callout", boxes.get(0).style());
        assertEquals("ADOPTION vs. SECURITY", boxes.get(0).title().value());
        assertTrue(texts(s).contains("4000+ open servers \u00b7 Major editors ship it"), "one line, the dot between");
        assertTrue(s.extras() == null, "the callout is not said again in the notes row");
    }

    @Test
    void aPanelHeadedWithACalloutsTitleIsThatCalloutAndTheNotesRowDoesNotSayItAgain() throws Exception {
        // the sketch's side panel heads its shorthand GUARDRAILS; the Callout Boxes row says the same in sentences
        Scene s = scene("layer-stack");
        assertNull(s.extras(), "the callout is the panel: no notes row says it a second time");
        Component.Node panel = all(s, Component.Node.class).stream().filter(n -> n.id().equals("guardrails-panel")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), s.unbound(), "the callout's row is bound to the panel");
        List<String> items = new ArrayList<>();
        Components.walk(panel.body(), c -> {
            if (c instanceof Component.Items l) {
                l.items().forEach(i -> items.add(i.text().value()));
            }
        });
        assertEquals(4, items.size(), "the panel keeps the sketch's four items: " + items);
    }

    @Test
    void aBoxThatOnlyNamesAThingOnTwoLinesTakesTheMarksItsTextContentLabelGivesTheWords() throws Exception {
        String spec = sketchSpec("60", "Pools", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  POOLS                                         |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────┐ ┌──────────┐ ┌──────────┐         |\n"
                + "|  │ Router   │ │ LLM pool │ │ CPU pool │         |\n"
                + "|  │ + batch  │ │ 6 GPUs   │ │ ONNX     │         |\n"
                + "|  └──────────┘ └──────────┘ └──────────┘         |\n"
                + "+------------------------------------------------+\n```\n\n## Text Content\n\n### Labels\n\n"
                + "- Router + batch\n- LLM pool · 6 GPUs\n- CPU pool · ONNX\n";
        List<String> texts = texts(inline(spec));
        assertTrue(texts.containsAll(List.of("Router + batch", "LLM pool \u00b7 6 GPUs", "CPU pool \u00b7 ONNX")), texts.toString());
    }

    @Test
    void aLabelAfterAnArrowheadDownMayRunToSixWordsAndStaysTheConnectorsNotAListItem() throws Exception {
        Scene s = scene("side-signals");
        List<Component.Connector> connectors = all(s, Component.Connector.class);
        assertEquals(List.of("ages out after 7 days", "ages out after 90 days"),
                connectors.stream().map(k -> k.labels().get(0).value()).toList());
        assertTrue(all(s, Component.Items.class).stream().flatMap(l -> l.items().stream())
                .noneMatch(i -> i.text().value().startsWith("ages out")), "no bullet says it");
    }

    @Test
    void tiersStackedOneAboveAnotherShareOneStyleWhenOneAloneWouldStandApartByItsTag() throws Exception {
        String spec = sketchSpec("61", "Tiers", "1200 x 900px (4:3)")
                + "+------------------------------------------------+\n"
                + "|  TIERS                                         |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────────────────────────┐              |\n"
                + "|  │ GATEWAY                      │              |\n"
                + "|  │ TLS and rate limits          │              |\n"
                + "|  └──────────────┬───────────────┘              |\n"
                + "|                 ▼ requests                     |\n"
                + "|  ┌──────────────────────────────┐              |\n"
                + "|  │ WORKERS                      │              |\n"
                + "|  │ twelve pods                  │              |\n"
                + "|  └──────────────┬───────────────┘              |\n"
                + "|                 ▼ jobs                         |\n"
                + "|  ┌──────────────────────────────┐              |\n"
                + "|  │ BATCH                        │              |\n"
                + "|  │ nightly runs                 │              |\n"
                + "|  └──────────────────────────────┘              |\n"
                + "+------------------------------------------------+\n```\n\n## Content Elements\n\n### Primary Structures\n\n"
                + "| Name | Semantic Tag | Description |\n|---|---|---|\n| Gateway | `api_endpoint` | TLS |\n"
                + "| Workers | `processing_stage` | pods |\n| Batch | `processing_stage` | runs |\n";
        List<String> styles = all(inline(spec), Component.Node.class).stream().map(Component.Node::style).toList();
        assertEquals(3, styles.size());
        assertEquals(1, new java.util.HashSet<>(styles).size(), "one style for the three tiers: " + styles);
    }

    @Test
    void aTierFramingBoxesOfItsOwnIsNamedAsTheTiersRoundItAre() throws Exception {
        String spec = sketchSpec("62", "Framed tier", "1200 x 900px (4:3)")
                + "+------------------------------------------------+\n"
                + "|  TIERS                                         |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────────────────────────────┐          |\n"
                + "|  │ GATEWAY                          │          |\n"
                + "|  │──────────────────────────────────│          |\n"
                + "|  │ TLS and rate limits              │          |\n"
                + "|  └────────────────┬─────────────────┘          |\n"
                + "|                   ▼ requests                   |\n"
                + "|  ┌──────────────────────────────────┐          |\n"
                + "|  │ WORKERS                          │          |\n"
                + "|  │──────────────────────────────────│          |\n"
                + "|  │ ┌────────────┐ ┌────────────┐    │          |\n"
                + "|  │ │ Queue      │ │ Pool       │    │          |\n"
                + "|  │ └────────────┘ └────────────┘    │          |\n"
                + "|  └────────────────┬─────────────────┘          |\n"
                + "|                   ▼ jobs                       |\n"
                + "|  ┌──────────────────────────────────┐          |\n"
                + "|  │ BATCH                            │          |\n"
                + "|  │──────────────────────────────────│          |\n"
                + "|  │ nightly runs                     │          |\n"
                + "|  └──────────────────────────────────┘          |\n"
                + "+------------------------------------------------+\n```\n\n## Content Elements\n\n### Primary Structures\n\n"
                + "| Name | Semantic Tag | Description |\n|---|---|---|\n| Gateway | `processing_stage` | TLS |\n"
                + "| Batch | `processing_stage` | runs |\n";
        Scene s = inline(spec);
        Component.Node workers = all(s, Component.Node.class).stream()
                .filter(n -> n.title() != null && n.title().value().equals("WORKERS")).findFirst().orElseThrow(() -> new AssertionError(SceneDump.tree(s)));
        assertEquals("section", workers.title().runs().get(0).role(), "named as GATEWAY and BATCH are: " + SceneDump.tree(s));
    }

    @Test
    void aBoxWritingACalloutsContentInShorthandSaysItInFullWhereTheContentHoldsEveryWordOfIt() throws Exception {
        // the box drops "as of early 2026": every word it writes is the content's, so the content is said whole
        String spec = new String(bytes("callout-in-box"), java.nio.charset.StandardCharsets.UTF_8).replace(
                "| 4000+ open servers and major IDEs ship it. Security research lags adoption by a year. |",
                "| 4000+ open servers and major editors ship it as of early 2026. Security research lags adoption by a year. |");
        Scene s = inline(spec);
        assertTrue(texts(s).contains("4000+ open servers and major editors ship it as of early 2026. Security research lags adoption by a year."),
                texts(s).toString());
        assertNull(s.extras(), "said once, in the box");
    }

    @Test
    void aBoxOpeningWithANumberedNameInCapitalsHeadsItsStepAsALetteredOneDoes() throws Exception {
        String spec = sketchSpec("63", "Steps", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  STEPS                                         |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────────────┐   ┌──────────────────┐    |\n"
                + "|  │ 1. BUILD IMAGE   │──►│ 2a. SCAN IMAGE   │    |\n"
                + "|  │ docker build     │   │ trivy, grype     │    |\n"
                + "|  └──────────────────┘   └──────────────────┘    |\n"
                + "+------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        assertEquals(List.of("1. BUILD IMAGE", "2a. SCAN IMAGE"), all(s, Component.Heading.class).stream()
                .map(h -> h.text().value()).filter(v -> !v.equals("STEPS")).toList(), SceneDump.tree(s));
        assertTrue(all(s, Component.Items.class).isEmpty(), "no list of one numbered item");
    }

    @Test
    void aLineOpeningWithAFieldInLowerCaseStandsOnItsOwnNotRunOnFromTheLineAbove() throws Exception {
        String spec = sketchSpec("64", "Fields", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  FIELDS                                        |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────────────────────────────────┐      |\n"
                + "|  │ HOW IT IS STORED                     │      |\n"
                + "|  │ 16-byte random salt per hash         │      |\n"
                + "|  │ login: recompute and compare         │      |\n"
                + "|  └──────────────────────────────────────┘      |\n"
                + "+------------------------------------------------+\n```\n";
        List<String> texts = texts(inline(spec));
        assertTrue(texts.containsAll(List.of("16-byte random salt per hash", "login: recompute and compare")), texts.toString());
    }

    @Test
    void aRequestDownAndItsAnswerUpBetweenTwoTiersAreOneConnectorWithBothLabels() throws Exception {
        String spec = sketchSpec("65", "Tiers", "1200 x 675px (16:9)")
                + "+------------------------------------------------+\n"
                + "|  TIERS                                         |\n"
                + "+------------------------------------------------+\n"
                + "|  ┌──────────────────────────────────┐          |\n"
                + "|  │ BROWSER                          │          |\n"
                + "|  └─────────┬────────────────────────┘          |\n"
                + "|            │ cache miss    ▲ HIT: 200 + Age    |\n"
                + "|            ▼               │                   |\n"
                + "|  ┌─────────────────────────┴────────┐          |\n"
                + "|  │ EDGE                             │          |\n"
                + "|  └──────────────────────────────────┘          |\n"
                + "+------------------------------------------------+\n```\n";
        Scene s = inline(spec);
        List<Component.Connector> connectors = all(s, Component.Connector.class);
        assertEquals(1, connectors.size(), SceneDump.tree(s));
        assertEquals(List.of("cache miss", "HIT: 200 + Age"), connectors.get(0).labels().stream().map(Text::value).toList());
        assertTrue(all(s, Component.Paragraph.class).stream().noneMatch(p -> p.text().value().contains("cache miss")),
                "no line of text says it: " + SceneDump.tree(s));
    }

    @Test
    void labelsUnderlinedInColoursAreATableOfLevelsEachLabelUnderlinedInItsColourEachCellInItsColumn() throws Exception {
        assertTrue(all(scene("underlined-levels"), Component.Heading.class).stream()
                .anyMatch(h -> h.ruled() && h.text().value().equals("I. THE LEVELS")), "a numbered line the author underlines is a heading");
        List<Component.Table> tables = all(scene("underlined-levels"), Component.Table.class);
        assertEquals(1, tables.size(), "one table across the blank rows between the levels");
        Component.Table t = tables.get(0);
        assertEquals(List.of("line:a0", "line:medium", "line:high"), t.tones().stream().map(r -> r.get(0)).toList(),
                "gray, amber, green: a line under each label");
        assertEquals(List.of("L0 \u2014 Unknown", "L1 \u2014 Claimed", "L2 \u2014 Owners Verified"),
                t.rows().stream().map(r -> r.get(0).value()).toList(), "a label meeting its description with one space is cut");
        assertEquals("Owner has signed off\u2029Highest trust", t.rows().get(2).get(1).value(),
                "the underline row's words are the description's second line, the colour note not drawn as text");
    }

    @Test
    void boxesWhoseFirstLinesCarryAStatusAreTitledCardsTheSelectedOneChosen() throws Exception {
        List<String> cards = all(scene("marked-boxes"), Component.Node.class).stream()
                .map(n -> n.title().value() + " | " + n.badge().value() + " | " + n.style()).toList();
        assertEquals(List.of("App Router | SELECTED | card-selected", "Pages Router | LEGACY | card-deferred"), cards);
    }

    @Test
    void aTablesColumnsListedOneToALineAreCodeEachNameOnItsLine() throws Exception {
        List<List<String>> codes = all(scene("field-list"), Component.Code.class).stream()
                .map(c -> c.lines().stream().map(Component.CodeLine::text).toList()).toList();
        assertEquals(List.of(List.of("work_id (ISRC)", "use_type", "status", "granted_by"),
                List.of("timestamp", "action", "actor", "old_value")), codes, "not run together, not half in sans");
        List<String> routes = all(scene("field-list"), Component.Paragraph.class).stream().map(p -> p.text().value())
                .filter(t -> t.startsWith("/")).toList();
        assertEquals(List.of("/api/v1/permissions", "/api/v1/permissions/{work_id}"), routes, "a route broken at its slash is one path");
    }

    @Test
    void aFieldWhoseValueIsOnTheNextLineAndALineEndingOnACommaGoOnInTheNextLine() throws Exception {
        List<String> items = all(scene("open-fields"), Component.Items.class).stream().flatMap(l -> l.items().stream())
                .map(i -> i.text().value()).toList();
        assertTrue(items.contains("Backup: Nightly Snapshots"), "the key's value opens in capitals on the next line: " + items);
        assertTrue(items.contains("Backup: versioned buckets, lifecycle: 90 days"), "a comma goes on, even into a key: " + items);
        assertTrue(items.contains("Cost: per node hour") && items.contains("Model: rows and indexes"), "the other facts as before: " + items);
        assertTrue(items.stream().noneMatch(t -> t.equals("Backup:") || t.equals("Nightly Snapshots")), "no half a fact: " + items);
    }

    @Test
    void aBoxThatWritesTheHeadingItsCalloutTitlesItWithSaysItOnce() throws Exception {
        Scene s = scene("callout-echo");
        List<String> said = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Components.walk(s.body(), c -> {
            if (c instanceof Component.Node n && n.title() != null) {
                titles.add(n.title().value());
                Components.walk(n.body(), k -> {
                    if (k instanceof Component.Items l) {
                        l.items().forEach(i -> said.add(i.text().value()));
                    } else if (k instanceof Component.Paragraph p) {
                        said.add(p.text().value());
                    }
                });
            }
        });
        assertTrue(titles.contains("KEY RISK") && titles.contains("OPEN QUESTION"), "the callouts title their boxes: " + titles);
        assertTrue(said.contains("Reports lag the data by a full day"), "the text stays: " + said);
        assertTrue(said.stream().noneMatch(t -> t.equals("KEY RISK") || t.equals("OPEN QUESTION")), "the heading is not said again: " + said);
    }

    @Test
    void stackedTermsAreItemsWithTheMarksTheirElementWrites() throws Exception {
        List<String> items = all(scene("stacked-terms"), Component.Items.class).stream().flatMap(l -> l.items().stream())
                .map(i -> i.text().value()).toList();
        assertTrue(items.contains("Issue grouping") && items.contains("sentry SDK"),
                "the one lower-case line of a list of capitalised lines is an item too: " + items);
        assertTrue(items.contains("$15/host/mo + per metric"), "a line opening on a plus adds to the line above: " + items);
        assertTrue(items.contains("Pipecat + faster-whisper + Orpheus + vLLM"), "the description's marks between the terms: " + items);
    }

    @Test
    void aLinesTermsTakeTheMarksOnlyOfARunOfTheDescriptionsWords() {
        assertEquals("Pipecat/LiveKit + Deepgram", DescribedTerms.asDescribed("Pipecat\u2029LiveKit + Deepgram",
                "Pipecat/LiveKit + Deepgram/ElevenLabs -- $0.05-0.10/min"), "two items the description joins with a slash");
        assertEquals(null, DescribedTerms.asDescribed("Error tracking\u2029Performance\u2029Release health",
                "Sentry: error tracking, performance, release health"), "a comma lists what the box lists apart");
        assertEquals(null, DescribedTerms.asDescribed("Managed PG pgvector", "Managed PG, then pgvector"), "words between: no list");
        assertEquals("No finite-sample, guarantee?", DescribedTerms.asDescribed("No finite-sample guarantee?",
                "no finite-sample, guarantee"), "the line's own case and its marks before and after stay");
        assertEquals(null, DescribedTerms.asDescribed("Measures: Causal contribution",
                "Counterfactual, white-box, measures causal contribution, O(n) retrain cost"), "a key's colon is the line's own mark");
    }

    @Test
    void aTitleTheSketchBreaksWhereItsLabelHasAColonKeepsTheLabelsColon() throws Exception {
        List<String> titles = all(scene("label-spelling"), Component.Node.class).stream().filter(n -> n.title() != null)
                .map(n -> n.title().value()).toList();
        assertTrue(titles.contains("PATH A: MANAGED"), "the label's colon where the sketch broke the line: " + titles);
        // other words than the label's ("HOSTED" for "Self-Hosted") are not respelled
        assertTrue(titles.contains("PATH B HOSTED"), "titles: " + titles);
    }

    @Test
    void aProblemZoneIsARegionAndItsSolutionZoneTheEmphasis() {
        io.figgen.theme.Theme theme = ThemeLoader.house();
        // the problem side of a problem / solution figure is not the warning the "problem" family would make it
        assertEquals("panel-outline", theme.styleNameForTag("problem_zone"));
        assertEquals("callout", theme.styleNameForTag("solution_zone"));
        assertEquals("warning", theme.styleNameForTag("problem_statement"));
    }

    @Test
    void aRowNamingSeveralBoxesInItsParenthesisStylesEachOfThem() throws Exception {
        java.util.Map<String, String> styles = new java.util.HashMap<>();
        for (Component.Node n : all(scene("listed-boxes"), Component.Node.class)) {
            Components.walk(n.body(), c -> {
                if (c instanceof Component.Paragraph p) {
                    styles.putIfAbsent(p.text().value().split(" ")[0], n.style());
                }
            });
        }
        // "Source boxes (Discogs, Spotify, Labels)": dashed and muted, each still a panel (a name over its detail)
        for (String name : List.of("Discogs", "Spotify", "Labels")) {
            assertEquals("panel-quiet", styles.get(name), name + " in " + styles);
        }
        // "Archive boxes (Vault, Tape)" finds no Tape: the row may mean other boxes, and Vault keeps its style
        assertTrue(!"panel-quiet".equals(styles.get("Vault")), "styles: " + styles);
    }

    @Test
    void twoLinesOfABoxTheDescriptionWritesAsOnePhraseAreOneItem() throws Exception {
        List<String> items = all(scene("described-phrase"), Component.Items.class).stream()
                .flatMap(l -> l.items().stream()).map(i -> i.text().value()).toList();
        assertTrue(items.contains("Budget-Conscious Startup"), "one phrase between the description's commas: " + items);
        assertTrue(items.contains("Small") && items.contains("Teams"), "a comma between them: apart: " + items);
    }

    @Test
    void aSquareBeforeAValueTakesItsTiersColourWhereTheDescriptionColoursTheValue() throws Exception {
        java.util.Map<String, String> marks = new java.util.HashMap<>();
        for (Component.Table t : all(scene("tier-marks"), Component.Table.class)) {
            for (List<Text> row : t.rows()) {
                for (Text cell : row) {
                    if (cell.runs().size() == 2 && cell.runs().get(0).value().equals("■")) {
                        marks.put(cell.runs().get(1).value(), cell.runs().get(0).role());
                    }
                }
            }
        }
        assertEquals(java.util.Map.of("0.87", "markHigh", "0.72", "markMedium", "0.41", "markLow"), marks,
                "0.55, which the description does not colour, keeps its square as written");
    }

    @Test
    void aHandDrawnPaneDividerCutsTheWindowAndTheSidebarsNumberedStepsAreHeadings() throws Exception {
        Scene s = scene("pane-divider");
        List<String> headings = all(s, Component.Heading.class).stream().map(h -> h.text().value()).toList();
        assertEquals(List.of("MAIN VIEW", "SIDEBAR", "I. ASK", "II. LOOK UP", "III. ANSWER"), headings);
        assertTrue(all(s, Component.Items.class).stream().noneMatch(l -> l.items().stream().anyMatch(i -> "I.".equals(i.marker()))),
                "a numbered step over its rule is no list item");
    }

    @Test
    void aKeyAndItsValueAcrossAWideGapAreOneLineWhileARowOfKeysStaysApart() throws Exception {
        List<String> texts = texts(scene("keyed-line"));
        assertTrue(texts.contains("RECOMMENDED PATH: Render → Hetzner"), "the key and its value: " + texts);
        assertTrue(texts.contains("Cost:") && texts.contains("Latency:") && texts.contains("Effort:"), "keys apart: " + texts);
    }

    @Test
    void aCutTitleIsDrawnInFullOnlyWhereItsElementsNameCompletesItWordForWord() {
        assertEquals("4. INFERENCE-TIME CONDITIONING", CutTitles.full("4. INFER-TIME COND.", "Inference-Time Conditioning"));
        assertEquals("Replication Detection", CutTitles.full("Replica- Det.", "Replication Detection"));
        assertEquals(null, CutTitles.full("2. INFLUENCE FUNCTIONS", "Influence Functions"), "nothing cut");
        assertEquals("AUTHENTICATION", CutTitles.full("AUTH", "Authentication Service"), "a word the sketch did not start is not added");
        assertEquals("Hetzner Object", CutTitles.full("Hetzner Obj", "Hetzner Object Storage"));
        assertEquals(null, CutTitles.full("API Keys", "APIs Keys Vault"), "API beside APIs is a word of its own");
        assertEquals(null, CutTitles.full("API GATEWAY", "Application Gateway"), "every word begins its counterpart");
    }

    @Test
    void aBarsQuotedWordsTheLastLineHalfSaysHeadTheBarTheLineUnderThem() throws Exception {
        Scene s = scene("keyed-bar");
        assertEquals("bar", s.footer().style());
        List<Text.Run> runs = s.footer().text().runs();
        assertEquals("Set size signals uncertainty", runs.get(0).value());
        assertEquals("footerKey", runs.get(0).role());
        assertTrue(runs.get(1).value().contains("Set size = 2"), "the line the bar was bound to, under its words");
        assertFalse(all(s, Component.Paragraph.class).stream().anyMatch(p -> p.text().value().startsWith("Set size")),
                "the line is not drawn twice");
    }

    @Test
    void aBadgeRowNamingACardPutsItsDescriptionOnThatCardItsSeverityInItsColour() throws Exception {
        Scene s = scene("severity-badges");
        List<String> badges = all(s, Component.Node.class).stream().filter(n -> n.badge() != null)
                .map(n -> n.title().value() + " | " + n.badge().value() + " | " + n.badge().role()).toList();
        assertEquals(List.of("CVE-2025-53967 · Figma MCP Server | HIGH (CVSS 7.5) | badgeHigh",
                "CVE-2025-68143\u201345 · mcp-remote | CRITICAL | badgeCritical"), badges, "a range's -- is an en dash");
        assertTrue(s.unbound().isEmpty(), "the badge rows are bound: " + s.unbound());
    }

    @Test
    void aFormulaOverTheLinesDefiningItsTermsIsSetAsTheFormula() {
        Component.Code defs = new Component.Code(List.of(new Component.CodeLine(0, "h = activation", 2),
                new Component.CodeLine(0, "v = persona vector", 3), new Component.CodeLine(0, "α= steering coeff", 4)), 2);
        assertTrue(Formulas.defines(defs, "h' = h + α·v"));
        assertFalse(Formulas.defines(defs, "Revenue = subscriptions"), "no operator: a statement, not a formula");
        Component.Code other = new Component.Code(List.of(new Component.CodeLine(0, "x = input", 2),
                new Component.CodeLine(0, "v = persona vector", 3)), 2);
        assertFalse(Formulas.defines(other, "h' = h + α·v"), "a term the formula does not use");
        Component marked = Formulas.mark(new Component.Stack(List.of(new Component.Paragraph(Text.mixed("h' = h + α·v", "body"), 1),
                defs), 0.8, false, 1));
        assertEquals("formula", ((Component.Paragraph) ((Component.Stack) marked).children().get(0)).text().role());
    }
}
