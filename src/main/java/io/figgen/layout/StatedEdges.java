package io.figgen.layout;

import io.figgen.model.Box;
import io.figgen.model.Contact;
import io.figgen.model.Shape;
import io.figgen.scene.Edge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the sketch's lines and the spec's stated relationships meet, on the drawn page. The sketch's lines
 * form groups (a bus and its branches are one); each group joins the nodes its ends touch. A stated edge whose
 * two nodes a group already joins is drawn; the others are for the router. And a branch of a group to a node
 * the spec relates to other nodes but to none of the group's is the sketch's slip (a bus from the CMO drawn
 * down to the platforms the scaffold feeds): it is cut, and the bus shortened to the branches left.
 */
final class StatedEdges {
    private StatedEdges() {
    }

    /** A group of touching connector lines and the nodes its ends touch, by id. */
    record Group(List<Shape.Line> lines, Set<String> nodes) {
    }

    static List<Group> groups(List<Shape> shapes, Map<String, Box> nodes) {
        List<Shape.Line> lines = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Line l && l.role() == Shape.Role.CONNECTOR) {
                lines.add(l);
            }
        }
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (meet(lines.get(i), lines.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, Group> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Group g = byRoot.computeIfAbsent(find(parent, i), k -> new Group(new ArrayList<>(), new LinkedHashSet<>()));
            g.lines().add(lines.get(i));
            g.nodes().addAll(touched(lines.get(i), nodes));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean meet(Shape.Line a, Shape.Line b) {
        return b.distanceTo(a.first()) <= Contact.TOUCH || b.distanceTo(a.last()) <= Contact.TOUCH
                || a.distanceTo(b.first()) <= Contact.TOUCH || a.distanceTo(b.last()) <= Contact.TOUCH;
    }

    /** The nodes whose border an end of the line is on. */
    static Set<String> touched(Shape.Line l, Map<String, Box> nodes) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Box> n : nodes.entrySet()) {
            Box b = n.getValue();
            if (b.borderDistance(l.first()[0], l.first()[1]) <= Contact.TOUCH
                    || b.borderDistance(l.last()[0], l.last()[1]) <= Contact.TOUCH) {
                out.add(n.getKey());
            }
        }
        return out;
    }

    /** Whether the pair of nodes is joined by one of the groups. */
    static boolean joined(List<Group> groups, String a, String b) {
        for (Group g : groups) {
            if (g.nodes().contains(a) && g.nodes().contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the branches of groups that join a node to parts the spec never relates it to, and returns the
     * lines cut. Only where the spec speaks: the group joins at least three nodes, the spec relates two of
     * them, and relates the cut node elsewhere but to none of the group's.
     */
    static List<Shape.Line> cutUnstated(List<Shape> shapes, List<Group> groups, Map<String, Box> nodes, List<Edge> stated) {
        List<Shape.Line> cut = new ArrayList<>();
        for (Group g : groups) {
            if (g.nodes().size() < 3) {
                continue;
            }
            // the group's sources are where its tails are, its targets where its heads point
            Set<String> sources = new LinkedHashSet<>();
            Set<String> targets = new LinkedHashSet<>();
            for (Shape.Line l : g.lines()) {
                end(l.first(), l.arrowStart(), nodes, sources, targets);
                end(l.last(), l.arrowEnd(), nodes, sources, targets);
            }
            targets.removeAll(sources);
            Set<String> strays = new HashSet<>();
            for (String t : targets) {
                boolean related = stated.stream().anyMatch(e -> e.fromNode().equals(t) || e.toNode().equals(t));
                boolean fed = stated.stream().anyMatch(e -> relates(e, t, sources));
                boolean spoken = targets.stream().anyMatch(o -> !o.equals(t) && stated.stream().anyMatch(e -> relates(e, o, sources)));
                if (related && !fed && spoken) {
                    strays.add(t);
                }
            }
            if (strays.isEmpty()) {
                continue;
            }
            Set<Shape.Line> extra = extraHeads(g, nodes, sourceX(g, nodes, sources));
            List<Shape.Line> kept = new ArrayList<>();
            for (Shape.Line l : g.lines()) {
                Set<String> t = touched(l, nodes);
                if (!t.isEmpty() && strays.containsAll(t) || extra.contains(l)) {
                    cut.add(l);
                    shapes.remove(l);
                } else {
                    kept.add(l);
                }
            }
            shorten(shapes, kept, cut);
        }
        return cut;
    }

    /**
     * Branches of one group that head into the same node, but the one nearest the group's source: the layout
     * widened the node under a branch the sketch drew to its neighbour, and one bus feeds a node once.
     */
    private static Set<Shape.Line> extraHeads(Group g, Map<String, Box> nodes, double from) {
        Map<String, Shape.Line> best = new java.util.HashMap<>();
        Set<Shape.Line> extra = new HashSet<>();
        for (Shape.Line l : g.lines()) {
            if (!l.arrowEnd() || l.arrowStart()) {
                continue;
            }
            for (Map.Entry<String, Box> n : nodes.entrySet()) {
                Box b = n.getValue();
                if (b.borderDistance(l.last()[0], l.last()[1]) > Contact.TOUCH) {
                    continue;
                }
                Shape.Line other = best.get(n.getKey());
                if (other == null) {
                    best.put(n.getKey(), l);
                } else if (Math.abs(l.last()[0] - from) < Math.abs(other.last()[0] - from)) {
                    extra.add(other);
                    best.put(n.getKey(), l);
                } else {
                    extra.add(l);
                }
            }
        }
        return extra;
    }

    /** Where the group leaves its sources: the mean x of its tails on their borders. */
    private static double sourceX(Group g, Map<String, Box> nodes, Set<String> sources) {
        double sum = 0;
        int n = 0;
        for (Shape.Line l : g.lines()) {
            for (double[] p : List.of(l.first(), l.last())) {
                for (String id : sources) {
                    if (nodes.get(id).borderDistance(p[0], p[1]) <= Contact.TOUCH) {
                        sum += p[0];
                        n++;
                    }
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static void end(double[] p, boolean head, Map<String, Box> nodes, Set<String> sources, Set<String> targets) {
        for (Map.Entry<String, Box> n : nodes.entrySet()) {
            if (n.getValue().borderDistance(p[0], p[1]) <= Contact.TOUCH) {
                (head ? targets : sources).add(n.getKey());
            }
        }
    }

    private static boolean relates(Edge e, String node, Set<String> others) {
        return e.fromNode().equals(node) && others.contains(e.toNode()) || e.toNode().equals(node) && others.contains(e.fromNode());
    }

    /** A bus runs no farther than the branches it still carries. */
    private static void shorten(List<Shape> shapes, List<Shape.Line> kept, List<Shape.Line> cut) {
        for (Shape.Line h : kept) {
            if (h.points().size() != 2 || h.first()[1] != h.last()[1] || h.arrowEnd() || h.arrowStart()) {
                continue;
            }
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (Shape.Line o : kept) {
                if (o == h) {
                    continue;
                }
                for (double[] p : List.of(o.first(), o.last())) {
                    if (h.distanceTo(p) <= Contact.TOUCH) {
                        lo = Math.min(lo, p[0]);
                        hi = Math.max(hi, p[0]);
                    }
                }
            }
            if (lo > hi) {
                continue;
            }
            double x1 = Math.max(Math.min(h.first()[0], h.last()[0]), lo);
            double x2 = Math.min(Math.max(h.first()[0], h.last()[0]), hi);
            Shape.Line trimmed = new Shape.Line(List.of(new double[] {x1, h.first()[1]}, new double[] {x2, h.first()[1]}),
                    h.stroke(), h.width(), h.dash(), false, false, h.role(), h.sourceLine());
            int at = shapes.indexOf(h);
            if (at >= 0) {
                if (x2 - x1 < 1) {
                    shapes.remove(at);
                    cut.add(h);
                } else {
                    shapes.set(at, trimmed);
                }
            }
        }
    }

    /** The stated edges the page already shows, and those it is left to route, one per pair of nodes. */
    record Plan(List<Edge> shown, List<Edge> toRoute, List<Edge> repeats) {
        /** The edges shown, and the repeats of a pair the router drew: the stated edges drawn without a route of their own. */
        List<Edge> drawn(List<Edge> routed) {
            Set<String> pairs = new HashSet<>();
            routed.forEach(e -> pairs.add(pair(e)));
            List<Edge> out = new ArrayList<>(shown);
            repeats.stream().filter(e -> pairs.contains(pair(e))).forEach(out::add);
            return out;
        }
    }

    /**
     * What each stated edge needs. One the page already shows (a group of the sketch's lines joins its two
     * nodes, the sketch draws an arrow between them, or its label stands on the page) needs nothing; the others
     * are routed, one per pair of nodes (the Relationships / Flows row before the YAML's).
     */
    static Plan plan(List<Edge> edges, List<Group> groups, List<Shape> shapes) {
        List<Edge> shown = new ArrayList<>();
        List<Edge> toRoute = new ArrayList<>();
        List<Edge> repeats = new ArrayList<>();
        Set<String> sketched = new HashSet<>();
        String page = words(shapes);
        for (Edge e : edges) {
            if (e.source() == Edge.Source.SKETCH && e.resolved()) {
                sketched.add(pair(e));
            }
        }
        Set<String> routed = new HashSet<>();
        for (Edge e : edges) {
            if (e.source() == Edge.Source.SKETCH || !e.resolved() || !e.kind().connects()) {
                continue;
            }
            if (joined(groups, e.fromNode(), e.toNode()) || sketched.contains(pair(e)) || labelled(page, e.label())) {
                shown.add(e);
            } else if (routed.add(pair(e))) {
                toRoute.add(e);
            } else {
                // one route per pair: a second statement of the same relation is drawn by the first's route
                repeats.add(e);
            }
        }
        return new Plan(shown, toRoute, repeats);
    }

    /**
     * Whether the page already shows the edge's label: the sketch drew that relationship, its label beside its
     * line (between a heading's section and a box, which no group of lines joins by the heading itself).
     */
    private static boolean labelled(String page, String label) {
        String want = label.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
        return !want.isEmpty() && page.contains(want);
    }

    /** The page's words in drawing order, one space apart, lower case, with a space at each end. */
    private static String words(List<Shape> shapes) {
        StringBuilder sb = new StringBuilder(" ");
        for (Shape s : shapes) {
            if (s instanceof Shape.Text t) {
                sb.append(t.text().trim()).append(' ');
            }
        }
        return sb.toString().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String pair(Edge e) {
        return e.fromNode().compareTo(e.toNode()) < 0 ? e.fromNode() + "\u0000" + e.toNode() : e.toNode() + "\u0000" + e.fromNode();
    }
}
