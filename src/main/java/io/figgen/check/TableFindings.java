package io.figgen.check;

import io.figgen.check.Finding.Severity;
import io.figgen.model.Shape;
import io.figgen.scene.Component;
import io.figgen.scene.Components;
import io.figgen.scene.Scene;
import io.figgen.scene.TextRules;
import io.figgen.sketch.Sketch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables as a reader sees them: every table the sketch draws ({@link SketchTables}) drawn as a table, each of
 * its rows a row; no header drawn as one string; no table cell outside its column.
 */
public final class TableFindings {
    private TableFindings() {
    }

    /** A sketched table and whether the scene draws it as a table. */
    public record Census(SketchTables.Region region, int firstLine, int lastLine, boolean drawn) {
    }

    public static List<Census> census(Sketch sketch, Scene scene) {
        List<Component.Table> tables = new ArrayList<>();
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Table t) {
                tables.add(t);
            }
        });
        List<Integer> timelineRows = new ArrayList<>();
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Plot p && p.chart() instanceof io.figgen.scene.chart.Chart.Timeline t) {
                t.events().forEach(e -> timelineRows.add(e.line()));
            }
        });
        // columns the spec relates are drawn as a row of cards, each column a card holding its cells
        List<int[]> cardRows = new ArrayList<>();
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Columns cols) {
                int nodes = 0;
                int[] span = {Integer.MAX_VALUE, 0, 0};
                for (Component k : cols.children()) {
                    if (k instanceof Component.Node) {
                        nodes++;
                        Components.walk(k, x -> {
                            if (x.line() > 0) {
                                span[0] = Math.min(span[0], x.line());
                                span[1] = Math.max(span[1], x.line());
                            }
                        });
                    }
                }
                span[2] = nodes;
                if (nodes >= 2) {
                    cardRows.add(span);
                }
            }
        });
        List<Census> out = new ArrayList<>();
        for (SketchTables.Region r : SketchTables.find(sketch.grid())) {
            int first = sketch.specLine(r.rows().get(0));
            int last = sketch.specLine(r.rows().get(r.rows().size() - 1));
            boolean drawn = false;
            for (Component.Table t : tables) {
                int lo = t.lines().stream().mapToInt(Integer::intValue).min().orElse(0);
                int hi = t.lines().stream().mapToInt(Integer::intValue).max().orElse(0);
                // the table's rows start at or above the sketched table's first row (a matrix row's label stands
                // over its cells) and reach its last one, its last row as tall as its tallest (a cell wraps over
                // lines), with as many columns as the sketch's
                int tall = 2;
                for (int k = 1; k < t.lines().size(); k++) {
                    tall = Math.max(tall, t.lines().get(k) - t.lines().get(k - 1));
                }
                if (t.rows().size() >= 2 && t.weights().length >= r.columns() && lo <= first && hi + tall >= last) {
                    drawn = true;
                }
            }
            for (int[] cards : cardRows) {
                drawn |= cards[2] == r.columns() && r.columns() >= 3 && cards[0] <= first && cards[1] + 4 >= last;
            }
            // a timeline draws the columns of text under its marks, each event's lines in its column
            for (int line : timelineRows) {
                drawn |= first >= line - 1 && first - line <= 3;
            }
            out.add(new Census(r, first, last, drawn));
        }
        return out;
    }

    static void check(Sketch sketch, Scene scene, List<Shape.Text> texts, SceneFindings.Sink out) {
        for (Census c : census(sketch, scene)) {
            if (!c.drawn()) {
                out.add(c.firstLine(), "table/not-drawn", Severity.WARNING, "the sketch's " + c.region().kind() + " table of "
                        + c.region().rows().size() + " rows by " + c.region().columns() + " columns (lines " + c.firstLine()
                        + "-" + c.lastLine() + ") is not drawn as a table, each sketch row a row");
            }
        }
        mergedHeaders(sketch, texts, out);
        outsideColumn(scene, texts, out);
    }

    /** Two neighbouring header cells of a sketched table drawn as one string ("Source Rate Capacity"). */
    private static void mergedHeaders(Sketch sketch, List<Shape.Text> texts, SceneFindings.Sink out) {
        for (SketchTables.Region r : SketchTables.find(sketch.grid())) {
            int row = r.rows().get(0);
            String line = sketch.grid().text(row, 0, Math.max(0, sketch.grid().rowLength(row) - 1));
            List<String> cells = new ArrayList<>();
            for (int[] run : SketchTables.runs(line)) {
                String cell = TextRules.stripScaffolding(line.substring(run[0], run[1] + 1));
                if (cell.length() > 1) {
                    cells.add(cell);
                }
            }
            int at = sketch.specLine(row);
            for (int i = 0; i + 1 < cells.size(); i++) {
                String pair = cells.get(i) + " " + cells.get(i + 1);
                for (Shape.Text t : texts) {
                    if (t.sourceLine() == at && t.text().contains(pair)) {
                        out.add(at, "table/header-merged", Severity.ERROR, "the header cells \"" + cells.get(i) + "\" and \""
                                + cells.get(i + 1) + "\" are drawn as one string: \"" + t.text() + "\"");
                        break;
                    }
                }
            }
        }
    }

    /** A cell's text reaching out of its column: the cell box the table gave it. */
    private static void outsideColumn(Scene scene, List<Shape.Text> texts, SceneFindings.Sink out) {
        Set<Integer> lines = new HashSet<>();
        Components.walk(scene.body(), c -> {
            if (c instanceof Component.Table t) {
                lines.addAll(t.lines());
            }
        });
        for (Shape.Text t : texts) {
            if (!lines.contains(t.sourceLine()) || t.container() == null) {
                continue;
            }
            double left = t.container().x();
            double right = t.container().x() + t.container().w();
            if (t.bounds().x() < left - 0.5 || t.bounds().x() + t.bounds().w() > right + 0.5) {
                out.add(t.sourceLine(), "table/cell-outside-column", Severity.ERROR, "the cell \"" + t.text()
                        + "\" is drawn outside its column");
            }
        }
    }
}
