package io.figgen.scene;

import io.figgen.model.ContentElement;

import java.util.List;
import java.util.Locale;

/**
 * The scene in words, for {@code figgen inspect --scene}: an indented tree (each component with its kind,
 * text, style, tag and spec line) or the same as JSON, which the scene golden files hold. Both are stable:
 * same scene, same bytes.
 */
public final class SceneDump {
    private SceneDump() {
    }

    // ---- the tree ----

    public static String tree(Scene s) {
        StringBuilder sb = new StringBuilder();
        sb.append("scene \"").append(s.title()).append("\" ").append(s.size()).append('\n');
        if (s.header() != null) {
            sb.append("  title L").append(s.header().line()).append(' ').append(q(s.header().title())).append('\n');
            for (Title.Subtitle sub : s.header().subtitles()) {
                sb.append("    subtitle").append(sub.square() ? " ■ " : " ").append(q(sub.text())).append('\n');
            }
        }
        if (s.body() != null) {
            sb.append("  body\n");
            tree(sb, s.body(), "    ");
        }
        if (s.extras() != null) {
            sb.append("  notes row\n");
            tree(sb, s.extras(), "    ");
        }
        if (s.footer() != null) {
            sb.append("  footer L").append(s.footer().line()).append(" style=").append(s.footer().style())
                    .append(tag(s.footer().tag())).append(s.footer().square() ? " ■" : "").append(s.footer().rule() ? " [accent line]" : "")
                    .append(' ').append(q(s.footer().text())).append('\n');
        }
        if (!s.edges().isEmpty()) {
            sb.append("  edges\n");
            for (Edge e : s.edges()) {
                sb.append("    edge L").append(e.line()).append(' ').append(source(e.source())).append(' ')
                        .append(lower(e.kind().name())).append(" \"").append(e.from()).append("\" -> \"").append(e.to())
                        .append('"');
                if (!e.label().isEmpty()) {
                    sb.append(" label \"").append(e.label()).append('"');
                }
                sb.append("  => ").append(e.fromNode().isEmpty() ? "?" : e.fromNode()).append(" -> ")
                        .append(e.toNode().isEmpty() ? "?" : e.toNode()).append('\n');
            }
        }
        if (!s.bindings().isEmpty() || !s.unbound().isEmpty()) {
            sb.append("  elements\n");
            for (Scene.Binding b : s.bindings()) {
                ContentElement e = b.element();
                sb.append("    element L").append(e.line()).append(tag(e.primaryTag())).append(" \"").append(e.element())
                        .append('"').append(table(e)).append(" -> ").append(b.part());
                if (b.line() > 0) {
                    sb.append(" L").append(b.line());
                }
                sb.append('\n');
            }
            for (ContentElement e : s.unbound()) {
                sb.append("    element L").append(e.line()).append(tag(e.primaryTag())).append(" \"").append(e.element())
                        .append('"').append(table(e)).append(" -> nothing\n");
            }
        }
        if (!s.notes().isEmpty()) {
            sb.append("  notes\n");
            for (SceneNote n : s.notes()) {
                sb.append("    ").append(lower(n.kind().name())).append(" L").append(n.line());
                if (n.otherLine() > 0) {
                    sb.append(" (L").append(n.otherLine()).append(')');
                }
                sb.append(": ").append(n.message()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void tree(StringBuilder sb, Component c, String in) {
        String at = c.line() > 0 ? " L" + c.line() : "";
        if (c instanceof Component.Stack s) {
            sb.append(in).append("stack").append(at).append('\n');
            s.children().forEach(x -> tree(sb, x, in + "  "));
        } else if (c instanceof Component.Columns r) {
            sb.append(in).append("columns").append(at).append('\n');
            for (int i = 0; i < r.children().size(); i++) {
                tree(sb, r.children().get(i), in + "  ");
                Component.Link l = i < r.links().size() ? r.links().get(i) : null;
                if (l != null) {
                    sb.append(in).append("  link ").append(l.divider() ? "| divider" : l.forward() && l.back() ? "<->"
                                    : l.forward() ? "->" : l.back() ? "<-" : "--")
                            .append(l.dashed() ? " dashed" : "");
                    if (l.label() != null) {
                        sb.append(' ').append(q(l.label()));
                    }
                    sb.append('\n');
                }
            }
        } else if (c instanceof Component.Spacer) {
            sb.append(in).append("spacer\n");
        } else if (c instanceof Component.Node n) {
            sb.append(in).append("node #").append(n.id()).append(at).append(" style=").append(n.style()).append(tag(n.tag()));
            if (n.title() != null) {
                sb.append(' ').append(q(n.title()));
            }
            if (n.badge() != null) {
                sb.append(" badge ").append(q(n.badge()));
            }
            if (!n.element().isEmpty()) {
                sb.append(" element \"").append(n.element()).append("\" L").append(n.elementLine());
            }
            sb.append('\n');
            if (n.body() != null) {
                tree(sb, n.body(), in + "  ");
            }
        } else if (c instanceof Component.Heading h) {
            sb.append(in).append("heading").append(at).append(' ').append(q(h.text())).append('\n');
        } else if (c instanceof Component.Paragraph p) {
            sb.append(in).append("text").append(at).append(' ').append(q(p.text())).append('\n');
        } else if (c instanceof Component.Items l) {
            sb.append(in).append("list").append(at).append('\n');
            for (Component.Item i : l.items()) {
                sb.append(in).append("  item L").append(i.line()).append(i.marker() == null ? " " : " [" + i.marker() + "] ")
                        .append(q(i.text())).append('\n');
            }
        } else if (c instanceof Component.Code code) {
            sb.append(in).append("code").append(at).append('\n');
            for (Component.CodeLine l : code.lines()) {
                sb.append(in).append("  | ").append(" ".repeat(Math.min(l.indent(), 40))).append(l.text()).append('\n');
            }
        } else if (c instanceof Component.Table t) {
            sb.append(in).append("table").append(at).append(' ').append(t.rows().size()).append('x')
                    .append(t.weights().length).append(t.header() ? " header" : "")
                    .append(t.selected() >= 0 ? " selected=" + t.selected() : "")
                    .append(t.badge() != null ? " badge \"" + t.badge().value() + "\"" : "").append('\n');
            for (int r = 0; r < t.rows().size(); r++) {
                sb.append(in).append("  row");
                for (Text cell : t.rows().get(r)) {
                    sb.append(" | ").append(cell.value());
                }
                sb.append('\n');
                if (r < t.tones().size()) {
                    sb.append(in).append("  tones");
                    t.tones().get(r).forEach(x -> sb.append(" | ").append(x));
                    sb.append('\n');
                }
            }
        } else if (c instanceof Component.Flow f) {
            sb.append(in).append("flow").append(at).append('\n');
            for (int i = 0; i < f.nodes().size(); i++) {
                Component.FlowNode n = f.nodes().get(i);
                sb.append(in).append("  node #").append(n.id()).append(' ').append(q(n.title()));
                if (n.detail() != null) {
                    sb.append(" detail ").append(q(n.detail()));
                }
                sb.append('\n');
                if (i < f.arrows().size()) {
                    Component.FlowArrow a = f.arrows().get(i);
                    sb.append(in).append("  arrow ").append(a.forward() && a.back() ? "<->" : a.forward() ? "->" : "<-");
                    if (a.label() != null) {
                        sb.append(' ').append(q(a.label()));
                    }
                    if (a.detail() != null) {
                        sb.append(" detail ").append(q(a.detail()));
                    }
                    sb.append('\n');
                }
            }
        } else if (c instanceof Component.Connector k) {
            sb.append(in).append("connector").append(at).append(' ').append(k.rows().size()).append(" rows").append(k.axis() ? ", an axis" : "");
            for (Text l : k.labels()) {
                sb.append(' ').append(q(l));
            }
            sb.append('\n');
        } else if (c instanceof Component.Rule r) {
            sb.append(in).append("rule").append(at).append(r.arrow() ? " arrow" : "").append('\n');
        } else if (c instanceof Component.Chart ch) {
            sb.append(in).append("chart").append(at).append(' ').append(ch.marks().size()).append(" marks, ")
                    .append(ch.labels().size()).append(" labels\n");
            for (Component.ChartMark m : ch.marks()) {
                sb.append(in).append("  mark L").append(m.line());
                m.lines().forEach(l -> sb.append(' ').append(q(l)));
                sb.append('\n');
            }
            for (Component.ChartLabel l : ch.labels()) {
                sb.append(in).append("  label L").append(l.line()).append(l.tick() ? " tick " : " ").append(q(l.text())).append('\n');
            }
        } else if (c instanceof Component.Plot p) {
            sb.append(in).append(io.figgen.scene.chart.ChartDump.kind(p.chart())).append(at).append('\n');
            for (String v : io.figgen.scene.chart.ChartDump.values(p.chart())) {
                sb.append(in).append("  ").append(v).append('\n');
            }
        } else if (c instanceof Component.Callout co) {
            sb.append(in).append("callout").append(at).append(" style=").append(co.style()).append(' ').append(q(co.title()))
                    .append(' ').append(q(co.body())).append(co.position().isBlank() ? "" : " at \"" + co.position() + "\"").append('\n');
        }
    }

    private static String table(ContentElement e) {
        return e.table().isEmpty() ? "" : " (" + e.table() + ")";
    }

    private static String q(Text t) {
        return '"' + t.value() + '"';
    }

    private static String tag(String tag) {
        return tag.isEmpty() ? "" : " [" + tag + "]";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String source(Edge.Source s) {
        return switch (s) {
            case FLOWS_TABLE -> "flows";
            case YAML -> "yaml";
            case SKETCH -> "sketch";
            case SKETCH_LINE -> "sketch line";
        };
    }

    // ---- JSON ----

    public static String json(Scene s) {
        Json j = new Json();
        j.open('{');
        j.key("title").str(s.title());
        j.key("size").str(s.size().toString());
        if (s.header() != null) {
            j.key("header").open('{');
            j.key("line").num(s.header().line());
            j.key("title").text(s.header().title());
            j.key("subtitles").open('[');
            for (Title.Subtitle sub : s.header().subtitles()) {
                j.open('{').key("text").text(sub.text()).key("square").bool(sub.square()).close('}');
            }
            j.close(']').close('}');
        }
        if (s.body() != null) {
            j.key("body");
            component(j, s.body());
        }
        if (s.extras() != null) {
            j.key("notesRow");
            component(j, s.extras());
        }
        if (s.footer() != null) {
            j.key("footer").open('{').key("line").num(s.footer().line()).key("style").str(s.footer().style())
                    .key("tag").str(s.footer().tag()).key("text").text(s.footer().text());
            if (s.footer().square()) {
                j.key("square").bool(true);
            }
            if (s.footer().rule()) {
                j.key("rule").bool(true);
            }
            j.close('}');
        }
        j.key("edges").open('[');
        for (Edge e : s.edges()) {
            j.open('{').key("line").num(e.line()).key("source").str(source(e.source())).key("kind").str(lower(e.kind().name()))
                    .key("from").str(e.from()).key("to").str(e.to()).key("fromNode").str(e.fromNode())
                    .key("toNode").str(e.toNode()).key("label").str(e.label()).close('}');
        }
        j.close(']');
        j.key("elements").open('[');
        for (Scene.Binding b : s.bindings()) {
            j.open('{').key("line").num(b.element().line()).key("element").str(b.element().element())
                    .key("tag").str(b.element().primaryTag()).key("table").str(b.element().table())
                    .key("part").str(b.part()).key("partLine").num(b.line()).close('}');
        }
        for (ContentElement e : s.unbound()) {
            j.open('{').key("line").num(e.line()).key("element").str(e.element()).key("tag").str(e.primaryTag())
                    .key("table").str(e.table()).key("part").str("").close('}');
        }
        j.close(']');
        j.key("notes").open('[');
        for (SceneNote n : s.notes()) {
            j.open('{').key("kind").str(lower(n.kind().name())).key("line").num(n.line()).key("otherLine").num(n.otherLine())
                    .key("message").str(n.message()).close('}');
        }
        j.close(']');
        j.close('}');
        return j.toString() + "\n";
    }

    private static void component(Json j, Component c) {
        j.open('{');
        if (c instanceof Component.Stack s) {
            j.key("kind").str("stack").key("line").num(s.line()).key("children").open('[');
            s.children().forEach(x -> component(j, x));
            j.close(']');
        } else if (c instanceof Component.Columns r) {
            j.key("kind").str("columns").key("line").num(r.line()).key("children").open('[');
            r.children().forEach(x -> component(j, x));
            j.close(']').key("links").open('[');
            for (Component.Link l : r.links()) {
                if (l == null) {
                    j.nul();
                } else {
                    j.open('{').key("forward").bool(l.forward()).key("back").bool(l.back());
                    if (l.dashed()) {
                        j.key("dashed").bool(true);
                    }
                    if (l.label() != null) {
                        j.key("label").text(l.label());
                    }
                    j.close('}');
                }
            }
            j.close(']');
        } else if (c instanceof Component.Spacer) {
            j.key("kind").str("spacer");
        } else if (c instanceof Component.Node n) {
            j.key("kind").str("node").key("id").str(n.id()).key("line").num(n.line()).key("style").str(n.style())
                    .key("tag").str(n.tag()).key("element").str(n.element());
            if (n.title() != null) {
                j.key("title").text(n.title());
            }
            if (n.badge() != null) {
                j.key("badge").text(n.badge());
            }
            if (n.body() != null) {
                j.key("body");
                component(j, n.body());
            }
        } else if (c instanceof Component.Heading h) {
            j.key("kind").str("heading").key("line").num(h.line()).key("text").text(h.text());
        } else if (c instanceof Component.Paragraph p) {
            j.key("kind").str("text").key("line").num(p.line()).key("text").text(p.text());
        } else if (c instanceof Component.Items l) {
            j.key("kind").str("list").key("line").num(l.line()).key("items").open('[');
            for (Component.Item i : l.items()) {
                j.open('{').key("line").num(i.line()).key("marker").str(i.marker() == null ? "" : i.marker())
                        .key("text").text(i.text()).close('}');
            }
            j.close(']');
        } else if (c instanceof Component.Code code) {
            j.key("kind").str("code").key("line").num(code.line()).key("lines").open('[');
            code.lines().forEach(l -> j.str(" ".repeat(Math.min(l.indent(), 40)) + l.text()));
            j.close(']');
        } else if (c instanceof Component.Table t) {
            j.key("kind").str("table").key("line").num(t.line()).key("header").bool(t.header()).key("rows").open('[');
            for (List<Text> row : t.rows()) {
                j.open('[');
                row.forEach(cell -> j.str(cell.value()));
                j.close(']');
            }
            j.close(']');
        } else if (c instanceof Component.Flow f) {
            j.key("kind").str("flow").key("line").num(f.line()).key("nodes").open('[');
            for (Component.FlowNode n : f.nodes()) {
                j.open('{').key("id").str(n.id()).key("title").text(n.title());
                if (n.detail() != null) {
                    j.key("detail").text(n.detail());
                }
                j.close('}');
            }
            j.close(']').key("arrows").open('[');
            for (Component.FlowArrow a : f.arrows()) {
                j.open('{').key("forward").bool(a.forward()).key("back").bool(a.back());
                if (a.label() != null) {
                    j.key("label").text(a.label());
                }
                if (a.detail() != null) {
                    j.key("detail").text(a.detail());
                }
                j.close('}');
            }
            j.close(']');
        } else if (c instanceof Component.Connector k) {
            j.key("kind").str("connector").key("line").num(k.line()).key("rows").num(k.rows().size()).key("labels").open('[');
            k.labels().forEach(l -> j.str(l.value()));
            j.close(']');
        } else if (c instanceof Component.Rule r) {
            j.key("kind").str("rule").key("line").num(r.line()).key("arrow").bool(r.arrow());
        } else if (c instanceof Component.Chart ch) {
            j.key("kind").str("chart").key("line").num(ch.line()).key("marks").open('[');
            for (Component.ChartMark m : ch.marks()) {
                j.open('{').key("line").num(m.line()).key("text").open('[');
                m.lines().forEach(l -> j.str(l.value()));
                j.close(']').close('}');
            }
            j.close(']').key("labels").open('[');
            for (Component.ChartLabel l : ch.labels()) {
                j.open('{').key("line").num(l.line()).key("tick").bool(l.tick()).key("text").text(l.text()).close('}');
            }
            j.close(']');
        } else if (c instanceof Component.Plot p) {
            j.key("kind").str("plot").key("chart").str(io.figgen.scene.chart.ChartDump.kind(p.chart())).key("line").num(p.line())
                    .key("values").open('[');
            io.figgen.scene.chart.ChartDump.values(p.chart()).forEach(j::str);
            j.close(']');
        } else if (c instanceof Component.Callout co) {
            j.key("kind").str("callout").key("line").num(co.line()).key("style").str(co.style()).key("title").text(co.title())
                    .key("body").text(co.body());
            if (!co.position().isBlank()) {
                j.key("position").str(co.position());
            }
        }
        j.close('}');
    }

    /** A small JSON writer: two-space indents, keys in the order written, strings escaped per RFC 8259. */
    private static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private int depth;
        private boolean first = true;
        private boolean afterKey;

        Json open(char c) {
            value();
            sb.append(c);
            depth++;
            first = true;
            return this;
        }

        Json close(char c) {
            depth--;
            if (!first) {
                newline();
            }
            sb.append(c);
            first = false;
            return this;
        }

        Json key(String k) {
            if (!first) {
                sb.append(',');
            }
            newline();
            escape(k);
            sb.append(": ");
            first = false;
            afterKey = true;
            return this;
        }

        private void value() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (!first) {
                sb.append(',');
            }
            if (depth > 0) {
                newline();
            }
            first = false;
        }

        private void newline() {
            sb.append('\n').append("  ".repeat(depth));
        }

        Json str(String s) {
            value();
            escape(s);
            return this;
        }

        /** A text: its words, and the roles of its runs where they are more than one. */
        Json text(Text t) {
            return str(t.value());
        }

        Json num(int n) {
            value();
            sb.append(n);
            return this;
        }

        Json bool(boolean b) {
            value();
            sb.append(b);
            return this;
        }

        Json nul() {
            value();
            sb.append("null");
            return this;
        }

        private void escape(String s) {
            sb.append(io.figgen.model.JsonText.quote(s));
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
