package io.figgen.scene;

import io.figgen.sketch.Area;
import io.figgen.sketch.Band;
import io.figgen.sketch.Row;
import io.figgen.sketch.Sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * An ASCII grid drawn across the frame ({@code +------+------+------+} between every row): bands of the frame
 * that each split into the same three or more panels at the same columns, every panel a few short lines of
 * words. Each band is a row of one table, each panel a cell, its lines rejoined ({@code Customiz-} /
 * {@code ation} is one word, {@code $0.07-0.14} / {@code (HIGH)} a value and its note); a first band whose
 * corner cell is empty, or whose cells are all capitals, heads the columns.
 */
final class BandTable {
    private static final int DRIFT = 2;
    private static final int MAX_LINES = 4;
    private static final int MAX_CHARS = 40;

    private BandTable() {
    }

    /** The end (exclusive) of a grid table starting at band {@code from}, or {@code from} when none starts there. */
    static int end(List<Band> bands, int from) {
        Band first = bands.get(from);
        int n = first.panels().size();
        if (n < 3 || !allCells(first)) {
            return from;
        }
        int end = from + 1;
        while (end < bands.size() && aligned(first, bands.get(end)) && allCells(bands.get(end))) {
            end++;
        }
        return end - from >= 3 ? end : from;
    }

    private static boolean aligned(Band a, Band b) {
        if (a.panels().size() != b.panels().size()) {
            return false;
        }
        for (int i = 1; i < a.panels().size(); i++) {
            if (Math.abs(a.panels().get(i).left() - b.panels().get(i).left()) > DRIFT) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCells(Band b) {
        for (Area a : b.panels()) {
            if (!a.boxes().isEmpty()) {
                return false;
            }
            long lines = a.rows().stream().filter(Row::hasText).count();
            if (lines > MAX_LINES) {
                return false;
            }
            for (Row r : a.rows()) {
                if (r.hasText() && TextGroupComposer.texts(r).length() > MAX_CHARS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code chosen}: whether a header panel is bound to the spec's selected option. */
    static Component.Table of(Sketch sketch, List<Band> bands, java.util.function.Predicate<Area> chosen) {
        List<List<String>> texts = new ArrayList<>();
        for (Band b : bands) {
            List<String> row = new ArrayList<>();
            for (Area a : b.panels()) {
                List<String> lines = new ArrayList<>();
                for (Row r : a.rows()) {
                    if (r.hasText()) {
                        lines.add(TextGroupComposer.texts(r));
                    }
                }
                row.add(TextRules.stripScaffolding(TextRules.joinCell(lines)));
            }
            texts.add(row);
        }
        List<String> top = texts.get(0);
        boolean header = top.get(0).isEmpty() && top.stream().skip(1).noneMatch(String::isEmpty)
                || top.stream().allMatch(s -> !s.isEmpty() && TextRules.isCapsLabel(TextRules.withoutSelectedSuffix(s)));
        // the chosen column: its header's selection mark ("II FRAMEWORK + APIs ■"), or the element bound to it
        int selected = -1;
        long marked = top.stream().filter(s -> s.endsWith(" ■")).count();
        for (int i = 0; header && i < top.size() && selected < 0; i++) {
            // one header cell ending on the house mark ("SELF-HOSTED ■") is the chosen one
            if (TextRules.hasSelectedSuffix(top.get(i)) || marked == 1 && top.get(i).endsWith(" ■")
                    || chosen.test(bands.get(0).panels().get(i))) {
                selected = i;
            }
        }
        if (selected >= 0) {
            // the mark chose the column; the column's emphasis says so, the mark is not drawn as a word
            String t = TextRules.withoutSelectedSuffix(top.get(selected));
            top.set(selected, t.endsWith(" ■") ? t.substring(0, t.length() - 2).strip() : t);
        }
        List<List<Text>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            List<Text> row = new ArrayList<>();
            for (String s : texts.get(r)) {
                row.add(s.isEmpty() ? new Text(List.of()) : header && r == 0 ? Text.plain(s, "strong") : Text.mixed(s, "body"));
            }
            cells.add(row);
            lines.add(sketch.specLine(firstTextRow(bands.get(r))));
        }
        Band first = bands.get(0);
        double[] weights = new double[first.panels().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = first.panels().get(i).width();
        }
        return new Component.Table(cells, weights, lines, header, List.of(), true, selected, lines.get(0));
    }

    private static int firstTextRow(Band b) {
        for (Area a : b.panels()) {
            for (Row r : a.rows()) {
                if (r.hasText()) {
                    return r.row();
                }
            }
        }
        return b.top();
    }
}
