package io.figgen.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.model.FigureException;
import io.figgen.model.SketchSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

class SketchReaderTest {

    private static Sketch read(String text) {
        return SketchReader.read(new SketchSource(text, 10));
    }

    private static String texts(Area a) {
        return a.rows().stream().flatMap(r -> r.tokens().stream())
                .filter(t -> t instanceof Token.Text).map(t -> ((Token.Text) t).text()).collect(Collectors.joining("|"));
    }

    @Test
    void raggedFrameSplitsIntoHeaderBodyAndFooterBands() {
        Sketch s = read("""
                +----------------------------------+
                |  TITLE OF THE FIGURE              |
                |  ■ A subtitle                    |
                +----------------------------------+
                |  Body text here                    |
                |                                 |
                +----------------------------------+
                |  Footer: note                    |
                +----------------------------------+""");
        assertTrue(s.framed());
        assertEquals(3, s.bands().size());
        assertEquals("TITLE OF THE FIGURE|■ A subtitle", texts(s.bands().get(0).panels().get(0)));
        assertEquals("Body text here", texts(s.bands().get(1).panels().get(0)));
        assertEquals("Footer: note", texts(s.bands().get(2).panels().get(0)));
        assertEquals(11, s.specLine(s.bands().get(0).top()), "grid rows map to spec lines from the fence's first line");
    }

    @Test
    void rowOfBoxesWithHeaderDividersAndRaggedEdges() {
        Sketch s = read("""
                +--------------------------------------------+
                |  ┌──────────┐ ┌──────────┐ ┌──────────┐     |
                |  │ ONE      │ │ TWO      │ │ THREE     │    |
                |  │ ■ SELECTED│ │──────────│ │──────────│   |
                |  │──────────│ │ beta     │ │ gamma    │     |
                |  │ alpha    │ │          │ │          │     |
                |  └──────────┘ └──────────┘ └──────────┘     |
                +--------------------------------------------+""");
        Area body = s.bands().get(0).panels().get(0);
        assertEquals(3, body.boxes().size());
        Box one = body.boxes().get(0);
        assertEquals(List.of(4), one.dividers());
        assertEquals("ONE|■ SELECTED|alpha", texts(one.interior()));
        assertEquals("TWO|beta", texts(body.boxes().get(1).interior()));
        assertEquals("THREE|gamma", texts(body.boxes().get(2).interior()), "an edge one column off still closes the box");
    }

    @Test
    void nestedBoxesAndTitledTopBorder() {
        Sketch s = read("""
                ┌──────────────────────────────────┐
                │ ┌──── OUTER ZONE ──────────────┐ │
                │ │  ┌─────────┐                 │ │
                │ │  │ inner   │                 │ │
                │ │  └─────────┘                 │ │
                │ └──────────────────────────────┘ │
                └──────────────────────────────────┘""");
        Box outer = s.bands().get(0).panels().get(0).boxes().get(0);
        assertEquals("OUTER ZONE", outer.title());
        assertEquals(1, outer.interior().boxes().size());
        assertEquals("inner", texts(outer.interior().boxes().get(0).interior()));
    }

    @Test
    void labelledArrowAndAlignedDetailColumns() {
        Sketch s = read("""
                +--------------------------------------------------+
                |  Source Node ──── convert ────> Target          |
                |  (detail)         run --fast      Sink            |
                +--------------------------------------------------+""");
        List<Row> rows = s.bands().get(0).panels().get(0).rows();
        List<Token> first = rows.get(0).tokens();
        assertEquals(3, first.size());
        Token.Arrow arrow = assertInstanceOf(Token.Arrow.class, first.get(1));
        assertEquals("convert", arrow.label());
        assertEquals(Token.Direction.RIGHT, arrow.direction());
        assertEquals("(detail)|run --fast|Sink", rows.get(1).tokens().stream()
                .map(t -> ((Token.Text) t).text()).collect(Collectors.joining("|")));
    }

    @Test
    void arrowKindsAreTokens() {
        Sketch s = read("""
                +------------------------------------------+
                |  A --> B    C ◄──► D    E → F             |
                +------------------------------------------+""");
        List<Token> ts = s.bands().get(0).panels().get(0).rows().get(0).tokens();
        List<Token.Direction> dirs = ts.stream().filter(t -> t instanceof Token.Arrow)
                .map(t -> ((Token.Arrow) t).direction()).toList();
        assertEquals(List.of(Token.Direction.RIGHT, Token.Direction.BOTH, Token.Direction.RIGHT), dirs);
    }

    @Test
    void wideCharactersTakeTwoCellsAndCombiningMarksNone() {
        Grid g = Grid.of("🎤x\ne\u0301y");
        assertEquals(3, g.rowLength(0));
        assertEquals("x", g.at(0, 2));
        assertEquals(2, g.rowLength(1));
        assertEquals("e\u0301", g.at(1, 0));
    }

    @Test
    void literalPipeInsideTextStaysText() {
        Sketch s = read("""
                +------------------------------------------+
                |  Events: A | B | C                        |
                +------------------------------------------+""");
        assertEquals("Events: A | B | C", texts(s.bands().get(0).panels().get(0)));
    }

    @Test
    void hyphenatedWordsAndFlagsAreTextNotArrows() {
        Sketch s = read("""
                +------------------------------------------+
                |  SQLAlchemy-                              |
                |  --autogenerate                           |
                +------------------------------------------+""");
        assertEquals("SQLAlchemy-|--autogenerate", texts(s.bands().get(0).panels().get(0)));
    }

    @Test
    void splitPanelsBecomeSeparateAreas() {
        Sketch s = read("""
                +--------------------+--------------------+
                |  LEFT SIDE         |  RIGHT SIDE        |
                |  left text         |  right text        |
                +--------------------+--------------------+""");
        Band b = s.bands().get(0);
        assertEquals(2, b.panels().size());
        assertEquals("LEFT SIDE|left text", texts(b.panels().get(0)));
        assertEquals("RIGHT SIDE|right text", texts(b.panels().get(1)));
    }

    @Test
    void sketchWithoutFrameIsOneBand() {
        Sketch s = read("just some words\nand more");
        assertFalse(s.framed());
        assertEquals("just some words|and more", texts(s.bands().get(0).panels().get(0)));
    }

    @Test
    void overlongSketchIsRefusedWithItsLine() {
        String wide = "x".repeat(SketchReader.MAX_COLUMNS + 1);
        FigureException e = assertThrows(FigureException.class, () -> read("ok\n" + wide));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("limit"));
    }

    @Test
    void aRowOfBoxesAtTheTopIsNoFrame() {
        Sketch s = read("""
                ┌─────────┐     ┌─────────┐     ┌──────────┐
                │  FETCH  │────>│  PARSE  │────>│ VALIDATE │
                └─────────┘     └─────────┘     └──────────┘
                """);
        assertFalse(s.framed(), "three boxes side by side, not one frame");
        assertEquals(3, s.bands().get(0).panels().get(0).boxes().size());
    }

    @Test
    void aLongUprightLineWanderingAColumnAtATimeIsStraightenedToWhereMostOfItStands() {
        String[] rows = {
                "MAIN  │ SIDE", "a     │ b", "a    │  b", "a    │  b", "a     │ b", "a      │b", "a     │ b", "a     │ b",
                "short"};
        Grid g = Grid.of(String.join("\n", rows));
        for (int r = 0; r < 8; r++) {
            assertEquals("│", g.at(r, 6), "row " + r + ": " + g.text(r, 0, g.rowLength(r) - 1));
        }
        assertEquals(" ", g.at(2, 5), "the cell it left is free");
        assertEquals("b", g.at(2, 8), "the words beside it stay where they are");
        // a short upright run (a connector's │ over its head) keeps its columns
        Grid short_ = Grid.of("x │\nx  │\nx │");
        assertEquals("│", short_.at(1, 3));
    }

    @Test
    void aDottedLineDrawnDownThroughAWordIsNoPartOfIt() {
        Grid g = Grid.of("│ Co┊ntrastive │ ┊ gap │");
        assertEquals("│ Contrastive │ ┊ gap │", g.text(0, 0, g.rowLength(0) - 1));
    }

    @Test
    void aDiamondDrawnInDiagonalsIsTheDecisionBoxItStandsForWithItsWordsInside() {
        Sketch s = read("""
                +------------------------------------+
                |     │                              |
                |     ▼                              |
                |    ╱ ╲                             |
                |  ╱     ╲                           |
                |╱ PAID?   ╲────► ┌──────┐           |
                |╲ IN FULL ╱      │ DUN  │           |
                |  ╲     ╱        └──────┘           |
                |    ╲ ╱                             |
                |     │ yes                          |
                |     ▼                              |
                +------------------------------------+""");
        Area area = s.bands().get(0).panels().get(0);
        Box diamond = area.boxes().stream().filter(b -> b.border() == Box.Border.DIAMOND).findFirst().orElseThrow();
        assertEquals(3, diamond.top(), "the box spans the diamond's rows, top vertex to bottom");
        assertEquals(8, diamond.bottom());
        assertEquals(1, diamond.left(), "and its widest columns, so the arrow off its right corner meets its wall");
        assertEquals(11, diamond.right());
        assertEquals("PAID?|IN FULL", texts(diamond.interior()));
        assertEquals(2, area.boxes().size(), "the box it points to is read as before");
        assertTrue(area.rows().stream().noneMatch(r -> !r.art().isEmpty()), "no diagonal is left over as line art");
    }

    @Test
    void aPyramidOrAnOutlineWithLinesInsideStaysLineArt() {
        Sketch pyramid = read("""
                    ╱╲
                   ╱──╲
                  ╱ top╲
                 ╱──────╲""");
        assertTrue(pyramid.bands().get(0).panels().get(0).boxes().isEmpty(), "a flat base is no diamond");
        Sketch radar = read("""
                     ╱ ╲
                   ╱  │  ╲
                 ╱ ───┼─── ╲
                   ╲  │  ╱
                     ╲ ╱""");
        assertTrue(radar.bands().get(0).panels().get(0).boxes().isEmpty(), "axes inside: a drawing, not a node's words");
    }
}
