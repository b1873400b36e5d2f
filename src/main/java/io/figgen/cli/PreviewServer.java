package io.figgen.cli;

import io.figgen.model.Limits;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.figgen.model.FigureException;
import io.figgen.render.Renderer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live preview on 127.0.0.1: a page listing the figures, each SVG at a stable URL ({@code /fig/NAME.svg}),
 * and a server-sent event stream ({@code /events}) that tells the page when a spec was saved, so it redraws
 * without a reload. A spec that fails shows its error in the page; the server keeps running.
 */
final class PreviewServer implements AutoCloseable {
    private static final long POLL_MS = 200;

    /** The current state of one figure: its SVG or its error, and a version that changes with every redraw. */
    private record Entry(Path spec, String svg, String error, long stamp, String version) {
    }

    private final Renderer renderer;
    private final Map<String, Entry> figures = new LinkedHashMap<>();
    private final List<Path> folders;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ScheduledExecutorService watcher;
    private final ExecutorService handlers;
    private long versions;

    PreviewServer(Renderer renderer, List<Path> specs, int port) throws IOException {
        this(renderer, specs, List.of(), port);
    }

    /** {@code folders} are listed again at every look, so specs saved into them after the start are served too. */
    PreviewServer(Renderer renderer, List<Path> specs, List<Path> folders, int port) throws IOException {
        this.renderer = renderer;
        this.folders = List.copyOf(folders);
        for (Path p : specs) {
            figures.put(OutputLocation.safeName(Renderer.baseName(p.toString())), draw(p, stamp(p)));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "figgen-preview");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        server.createContext("/", guarded(this::page));
        server.createContext("/fig/", guarded(this::figure));
        server.createContext("/events", guarded(this::events));
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "figgen-watch");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        server.start();
        watcher.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }

    private synchronized Entry draw(Path spec, long stamp) {
        String version = Long.toString(++versions);
        try {
            byte[] bytes = InputFile.read(spec, Limits.MAX_SPEC_BYTES);
            return new Entry(spec, renderer.render(spec.toString(), bytes, false, 1).svg(), null, stamp, version);
        } catch (FigureException e) {
            return new Entry(spec, null, spec + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage(), stamp, version);
        } catch (io.figgen.render.RasterException | RuntimeException e) {
            return new Entry(spec, null, spec + ": " + Problems.oneLine(String.valueOf(e.getMessage())), stamp, version);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // only the message is kept: the failed figure's memory is free once this returns
            return new Entry(spec, null, spec + ": " + Exhaustion.message(e), stamp, version);
        }
    }

    /** What tells a saved spec from the one last drawn: its modification time and size together. */
    private static long stamp(Path spec) throws IOException {
        return Files.getLastModifiedTime(spec).toMillis() * 31 + Files.size(spec);
    }

    /** Redraws every figure whose spec changed since the last look, and tells the open pages. */
    private void poll() {
        for (Path folder : folders) {
            try {
                for (Path p : Inputs.expand(List.of(folder))) {
                    String name = OutputLocation.safeName(Renderer.baseName(p.toString()));
                    boolean known;
                    synchronized (this) {
                        known = figures.containsKey(name);
                    }
                    if (!known) {
                        Entry added = draw(p, stamp(p));
                        synchronized (this) {
                            figures.put(name, added);
                        }
                        notify(name, added);
                    }
                }
            } catch (IOException ignored) {
                // the folder is empty for now, or a spec is being replaced; the next look will see it
            }
        }
        for (Map.Entry<String, Entry> e : new ArrayList<>(figures.entrySet())) {
            try {
                long stamp = stamp(e.getValue().spec());
                if (stamp != e.getValue().stamp()) {
                    Entry next = draw(e.getValue().spec(), stamp);
                    synchronized (this) {
                        figures.put(e.getKey(), next);
                    }
                    notify(e.getKey(), next);
                }
            } catch (IOException ignored) {
                // the editor may be replacing the file; the next look will see it
            } catch (RuntimeException | Error failure) {
                // a scheduled task that throws is never run again: the watcher must outlive any one spec,
                // which keeps its last state and is drawn again at the next look
            }
        }
    }

    private void notify(String name, Entry e) {
        String data = "data: {\"name\": " + json(name) + ", \"version\": " + json(e.version()) + ", \"error\": "
                + (e.error() == null ? "null" : json(e.error())) + "}\n\n";
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
            }
        }
    }

    /**
     * Only reads, and only for this server: any other method is 405, and a Host that is not 127.0.0.1:PORT or
     * localhost:PORT is 403, so a web page whose own name was rebound to 127.0.0.1 (DNS rebinding) cannot read
     * the figures or the spec errors.
     */
    private HttpHandler guarded(HttpHandler handler) {
        return x -> {
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                x.getResponseHeaders().add("Allow", "GET, HEAD");
                send(x, 405, "text/plain; charset=utf-8", "only GET and HEAD");
                x.close();
            } else if (!ownHost(x.getRequestHeaders().getFirst("Host"))) {
                send(x, 403, "text/plain; charset=utf-8", "this preview answers only http://127.0.0.1:" + port() + "/");
                x.close();
            } else {
                handler.handle(x);
            }
        };
    }

    private boolean ownHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("127.0.0.1:" + port()) || h.equals("localhost:" + port());
    }

    private static boolean head(HttpExchange x) {
        return x.getRequestMethod().equals("HEAD");
    }

    private void events(HttpExchange x) throws IOException {
        x.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        x.getResponseHeaders().add("Cache-Control", "no-store");
        if (head(x)) {
            x.sendResponseHeaders(200, -1);
            x.close();
            return;
        }
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        out.write(": figgen preview\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // the exchange stays open: the watcher writes to it until the page goes away
    }

    private void figure(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String name = path.substring("/fig/".length()).replaceAll("\\.svg$", "");
        Entry e;
        synchronized (this) {
            e = figures.get(name);
        }
        if (e == null || e.svg() == null) {
            send(x, 404, "text/plain; charset=utf-8", e == null ? "no such figure" : e.error());
            return;
        }
        send(x, 200, "image/svg+xml", e.svg());
    }

    private void page(HttpExchange x) throws IOException {
        if (!x.getRequestURI().getPath().equals("/")) {
            send(x, 404, "text/plain; charset=utf-8", "not found");
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>figgen preview</title><style>")
                .append("body{margin:0;padding:24px;background:#e9e6da;font:15px system-ui,sans-serif;color:#1a1a1a}")
                .append("section{margin:0 0 32px}h2{font-size:15px;margin:0 0 8px}img{max-width:100%;background:#f6f3e6;")
                .append("box-shadow:0 0 0 1px #ccc}.error{color:#c44536;font-family:monospace;white-space:pre-wrap}")
                .append("</style></head><body>");
        synchronized (this) {
            for (Map.Entry<String, Entry> f : figures.entrySet()) {
                Entry e = f.getValue();
                String id = escape(f.getKey());
                sb.append("<section id=\"").append(id).append("\" data-version=\"").append(e.version()).append("\"><h2>")
                        .append(escape(e.spec().toString())).append("</h2><p class=\"error\">")
                        .append(e.error() == null ? "" : escape(e.error())).append("</p><img alt=\"").append(id)
                        .append("\" src=\"/fig/").append(id).append(".svg?v=").append(e.version()).append("\"")
                        .append(e.svg() == null ? " hidden" : "").append("></section>");
            }
        }
        sb.append("<script>new EventSource('/events').onmessage=function(m){var d=JSON.parse(m.data);")
                .append("var s=document.getElementById(d.name);if(!s){location.reload();return;}s.dataset.version=d.version;")
                .append("var img=s.querySelector('img'),err=s.querySelector('.error');err.textContent=d.error||'';")
                .append("if(d.error){img.hidden=true;}else{img.hidden=false;img.src='/fig/'+d.name+'.svg?v='+d.version;}};")
                .append("</script></body></html>");
        send(x, 200, "text/html; charset=utf-8", sb.toString());
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("Cache-Control", "no-store");
        if (head(x)) {
            x.getResponseHeaders().add("Content-Length", Integer.toString(bytes.length));
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return io.figgen.model.JsonText.quote(s);
    }
}
