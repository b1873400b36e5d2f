package io.figgen.scene.chart;

import io.figgen.scene.Text;

import java.util.List;

/**
 * A chart of the scene: what it plots, in data units, and where each value came from. No cells and no pixels:
 * a value read off the sketch is already converted to the scale of the axis it stands against, so the layout
 * only maps data to room. Each kind is its own record, read by its own reader and laid out by its own block.
 */
public sealed interface Chart {
    /** The spec line the chart starts on. */
    int line();

    /** How a value was found, so that {@code check} can say where to verify it. */
    enum Source {
        /** a number the spec writes (a tick, a value label, a table row) */
        WRITTEN,
        /** read from a mark's position against the sketch's ticked axes */
        POSITION,
        /** read from a bar's extent in the sketch */
        EXTENT,
        /** where a bar's shade changes in the sketch ({@code ███▓▓}), its share of the bar's written value */
        SHADE,
        /** the sketch gives a shape but no scale: the value is a share of the plot (0..1), drawn without numbers */
        SHAPE
    }

    /** One value, its source and the spec line to check it against. */
    record Value(double v, Source source, int line) {
    }

    /** A tick at {@code at} (axis units) with the label the spec writes for it. */
    record Tick(double at, Text label, int line) {
    }

    /**
     * An axis from {@code min} to {@code max}; {@code ticks} are the spec's own (empty: the axis has no numbers);
     * {@code title} names its high end or the whole axis, {@code low} its low end (either may be null; a bar chart's
     * {@code low} heads its names, which stand at that end);
     * {@code log} when the spec says the scale is logarithmic (positions stay as the sketch spaced them);
     * {@code titleAtValues} when the title heads the values a bar chart writes at its bars' ends ("MEDIAN").
     */
    record Axis(Text title, Text low, double min, double max, List<Tick> ticks, boolean numeric, boolean log, int line,
                boolean titleAtValues) {
        public Axis {
            ticks = List.copyOf(ticks);
        }

        public Axis(Text title, Text low, double min, double max, List<Tick> ticks, boolean numeric, boolean log, int line) {
            this(title, low, min, max, ticks, numeric, log, line, false);
        }
    }

    /**
     * A plotted point: a mark with its label (may be null) and a note under it (the spec's "(5.63%, 418x)"),
     * {@code highlight} for the one the spec singles out (★, "THIS", coral).
     */
    /** {@code mark}: the sketch's glyph for the point when it draws one other than a dot ({@code ◆}, {@code ★}), else null. */
    record Point(Text label, Text note, Value x, Value y, boolean highlight, int line, String mark) {
        public Point(Text label, Text note, Value x, Value y, boolean highlight, int line) {
            this(label, note, x, y, highlight, line, null);
        }
    }

    /** A line through data points, in axis units: a trend, a frontier, a series. */
    record Curve(List<double[]> points, Text label, boolean highlight, boolean dashed, int line) {
        public Curve {
            points = points.stream().map(double[]::clone).toList();
        }
    }

    /**
     * A reference level across the plot at {@code at} on the value axis ("ACCEPTABLE THRESHOLD", a quadrant's
     * divide); a Cartesian chart's {@code verticals} stand at {@code at} on the x axis. {@code tone}: the theme
     * colour the tag of the element naming the level gives ("500ms Target Line" tagged {@code confidence_high}),
     * or null.
     */
    record Level(Value at, Text label, boolean dashed, String tone, int line) {
    }

    /** A bar from {@code from} to {@code to} on the value axis, at category {@code label}; {@code value} its written value. */
    record Bar(Text label, Value from, Value to, Text value, boolean highlight, int line) {
    }

    /** A text placed in the plot at data coordinates ("(empty)" in a quadrant). */
    record Note(Text text, double x, double y, int line) {
    }

    /**
     * Marks against an x and a y axis: scatter points, vertical bars, curves, reference levels and notes. A line
     * chart is points joined by a curve; a quadrant chart is points with levels that divide the plot.
     */
    record Cartesian(Axis x, Axis y, List<Point> points, List<Bar> bars, List<Curve> curves, List<Level> levels,
                     List<Level> verticals, List<Note> notes, int line) implements Chart {
        public Cartesian {
            points = List.copyOf(points);
            bars = List.copyOf(bars);
            curves = List.copyOf(curves);
            levels = List.copyOf(levels);
            verticals = List.copyOf(verticals);
            notes = List.copyOf(notes);
        }
    }

    /** Horizontal bars, one per row, against one value axis (a budget, a gantt, a ranking), with levels across. */
    record Bars(Axis scale, List<Bar> bars, List<Level> levels, List<Note> notes, List<Key> keys, int line) implements Chart {
        public Bars {
            bars = List.copyOf(bars);
            levels = List.copyOf(levels);
            notes = List.copyOf(notes);
            keys = List.copyOf(keys);
        }

        public Bars(Axis scale, List<Bar> bars, List<Level> levels, List<Note> notes, int line) {
            this(scale, bars, levels, notes, List.of(), line);
        }

        /** The chart with the legend the sketch writes under it. */
        public Bars withKeys(List<Key> legend) {
            return new Bars(scale, bars, levels, notes, legend, line);
        }
    }

    /**
     * One entry of a chart's legend: the sketch's glyph for a kind of mark ({@code █} a bar, {@code ▓} its part
     * over the threshold, {@code ┆} the threshold) and what it stands for; {@code warm} the tone of the bars drawn
     * with it, where the reader saw them all in one (null: the glyph's own).
     */
    record Key(String glyph, Text label, int line, Boolean warm) {
        public Key(String glyph, Text label, int line) {
            this(glyph, label, line, null);
        }

        /** The key with the tone of the marks drawn with its glyph: coral (true) or navy (false). */
        public Key toned(boolean warm) {
            return new Key(glyph, label, line, warm);
        }
    }

    /** One polygon of a radar: a value per spoke, 0..1 of the radius. */
    record Series(Text name, List<Value> values, boolean highlight, boolean dashed) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** A radar (spider) chart: labelled spokes round a centre, rings, and one polygon per series. */
    record Radar(List<Text> spokes, List<Series> series, Text centre, Text legend, int line) implements Chart {
        public Radar {
            spokes = List.copyOf(spokes);
            series = List.copyOf(series);
        }
    }

    /**
     * One event of a timeline: its date (may be null), its title and the lines under it; {@code highlight} for
     * the one the spec singles out (a tagged outcome, the final milestone it emphasises, an odd mark); {@code line}
     * the spec line of the row its mark stands on.
     */
    /** {@code open}: the sketch marks the event with a hollow glyph ({@code ○}, a step still to come), drawn hollow. */
    record Event(Text date, Text title, List<Text> detail, boolean highlight, int line, boolean open) {
        public Event {
            detail = List.copyOf(detail);
        }

        public Event(Text date, Text title, List<Text> detail, boolean highlight, int line) {
            this(date, title, detail, highlight, line, false);
        }

        /** The event marked hollow. */
        public Event hollow() {
            return new Event(date, title, detail, highlight, line, true);
        }
    }

    /**
     * A phase of a timeline: the events {@code from} to {@code to} (indices, inclusive) a bracket under them
     * groups and names ({@code ◄──── BREAKS ALLOWED ────►}).
     */
    record Phase(Text label, int from, int to, int line) {
    }

    /** Events in order along one line ({@code ●──●──●} with dates above and text below). */
    record Timeline(List<Event> events, List<String> spans, List<Phase> phases, int line) implements Chart {
        /**
         * {@code spans}: the label of the stretch from each event to the next (the spec's "4 months" from Nov 2024 to
         * Mar 2025), "" for none; one fewer than the events, or empty. {@code phases}: the brackets under them.
         */
        public Timeline {
            events = List.copyOf(events);
            spans = List.copyOf(spans);
            phases = List.copyOf(phases);
        }

        public Timeline(List<Event> events, int line) {
            this(events, List.of(), List.of(), line);
        }

        /** The timeline with the stretches between its events named. */
        public Timeline withSpans(List<String> named) {
            return new Timeline(events, named, phases, line);
        }

        /** The stretch from event i to the next, "" when the spec names none. */
        public String span(int i) {
            return i < spans.size() ? spans.get(i) : "";
        }
    }

    /**
     * A spectrum: a scale between two named ends ({@code CAUSAL ◄────► CORROBORATIVE}), with the positions the
     * sketch marks on it as shares from the low end.
     */
    record Spectrum(Text low, Text high, List<Note> marks, int line) implements Chart {
        public Spectrum {
            marks = List.copyOf(marks);
        }
    }

    /**
     * One ring of a concentric chart. {@code label} is its name as drawn: the sketch's words, completed from the
     * content element they begin ({@code FACTUAL} for "Factual Grounding ring"); {@code written} is what the
     * sketch writes and {@code nameLine} the spec line the full name comes from (the ring's own line when the
     * sketch writes it whole). {@code note} is the word the spec pairs with the ring (its element's closing
     * {@code IMMUTABLE}), or null, and {@code noteLine} the spec line it stands on (0 for none); {@code line}
     * the spec line the sketch writes the ring's name on.
     */
    /** {@code details}: the lines the sketch writes about the ring under its name (none for most rings). */
    record Ring(Text label, Text note, List<Text> details, boolean highlight, int line, String written, int nameLine,
                int noteLine) {
        public Ring {
            details = List.copyOf(details);
        }
    }

    /**
     * Concentric rings (nested sets, layers of an onion, defence in depth), innermost first; {@code low} and
     * {@code high} name the inner and the outer end of the scale the sketch writes under them
     * ({@code heaviest <<<>>> lightest}), or are null.
     */
    record Rings(List<Ring> rings, Text low, Text high, int line) implements Chart {
        public Rings {
            rings = List.copyOf(rings);
        }
    }

    /** A gauge: an arc from empty (left) to full (right), filled to {@code value} (0..1), its number and its label in the middle. */
    record Gauge(Value value, Text number, Text label, int line) implements Chart {
    }

    /**
     * One set of a Venn diagram: its name, the full name and note under it, the items listed in it (data face),
     * and its circle ({@code x}, {@code y}, {@code r} in the spec's units when the YAML places it, else NaN: the
     * layout spaces the sets evenly).
     */
    record VennSet(Text label, Text name, Text note, List<Text> items, double x, double y, double r, int line) {
        public VennSet {
            items = List.copyOf(items);
        }
    }

    /**
     * Where sets meet: the indices of the sets it lies in (two or more), its title, its question (the editorial
     * line) and its items; {@code callout} the line the spec calls out there, {@code highlight} for the region the
     * spec selects (the triple intersection, tagged {@code selected_option}).
     */
    record VennRegion(List<Integer> sets, Text title, Text question, List<Text> items, Text callout, boolean highlight,
                      int line) {
        public VennRegion {
            sets = List.copyOf(sets);
            items = List.copyOf(items);
        }
    }

    /** A Venn diagram: two or three overlapping sets and the regions where they meet. */
    record Venn(List<VennSet> sets, List<VennRegion> regions, int line) implements Chart {
        public Venn {
            sets = List.copyOf(sets);
            regions = List.copyOf(regions);
        }
    }

    /**
     * One direction of a vector plot: an arrow from the origin to ({@code dx}, {@code dy}) (x right, y up, the
     * longest arrow of the plot 1 long), its label at the tip and the lines the sketch writes under it
     * ({@code note}, may be null); {@code relation} the label of the Relationships row from the origin to it
     * ("unsafe direction", may be null); {@code highlight} for the principal one (drawn bolder); {@code tone}
     * the theme colour its element's tag gives ({@code confidence_low}: low), or null; {@code line} the spec
     * line of its arrowhead in the sketch.
     */
    record Arrow(Text label, Text note, Text relation, Value dx, Value dy, boolean highlight, String tone, int line) {
    }

    /**
     * Directions from one origin over a cloud of points (an activation or embedding space): the origin's name
     * (may be null) and the spec line of its mark, its arrows, and the cloud's marks in the arrows' frame
     * ({@link Point#x()}, {@link Point#y()} relative to the origin, y up); {@code cloudName} the YAML's label of
     * the region the cloud fills (may be null), {@code region} that region's YAML line (0: the marks stand where
     * the sketch puts them).
     */
    record Vectors(Text origin, int originLine, List<Arrow> arrows, List<Point> cloud, Text cloudName, int region,
                   int line) implements Chart {
        public Vectors {
            arrows = List.copyOf(arrows);
            cloud = List.copyOf(cloud);
        }
    }
}
