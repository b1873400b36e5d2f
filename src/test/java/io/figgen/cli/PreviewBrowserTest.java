package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.figgen.TestFigures;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview in a real browser: headless Chromium opens the page, the spec is edited on disk, and the page
 * must show the edit by itself within a few seconds; a broken spec must show its error. Chromium is driven
 * over the DevTools protocol with the JDK's own WebSocket client. CI installs Chromium (.ci/run); elsewhere
 * the test is skipped when no Chromium is installed.
 */
class PreviewBrowserTest {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private static Path browser() {
        String env = System.getenv("FIGGEN_CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        return BROWSERS.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void editedSpecRedrawsInTheBrowserWithoutReload(@TempDir Path dir) throws Exception {
        Path chromium = browser();
        if (chromium == null && "true".equals(System.getenv("CI"))) {
            fail("Chromium is required in CI; .ci/run installs Debian's chromium package");
        }
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium)");
        Path spec = dir.resolve("fig-choice-12.md");
        Files.copy(TestFigures.CHOICE_12, spec);
        try (PreviewServer server = new PreviewServer(new Renderer(ThemeLoader.house()), List.of(spec), 0)) {
            server.start();
            String page = "http://127.0.0.1:" + server.port() + "/";
            Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--remote-debugging-port=0", page)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (DevTools devtools = DevTools.attach(browser, page)) {
                waitFor(() -> "true".equals(devtools.eval("document.querySelector('img') !== null && document.querySelector('img').complete "
                        + "&& document.querySelector('img').naturalWidth === 1200")), "the figure loads in the page");
                String before = devtools.eval("document.querySelector('section').dataset.version");
                assertTrue(devtools.eval("fetch(document.querySelector('img').src).then(r => r.text())").contains("Schema Evolution"));

                Files.writeString(spec, Files.readString(spec).replace("Schema Evolution", "Schema Rewrite"));
                long saved = System.nanoTime();
                waitFor(() -> !before.equals(devtools.eval("document.querySelector('section').dataset.version")),
                        "the page learns of the edit");
                String svg = devtools.eval("fetch(document.querySelector('img').src).then(r => r.text())");
                assertTrue(svg.contains("Schema Rewrite"), "the page now shows the edited figure");
                assertTrue(System.nanoTime() - saved < TimeUnit.SECONDS.toNanos(5), "within a few seconds");

                Files.writeString(spec, Files.readString(spec).replace("## Metadata", "## Meta"));
                waitFor(() -> devtools.eval("document.querySelector('.error').textContent").contains("no Metadata table"),
                        "a broken spec shows its error in the page");
                Files.writeString(spec, Files.readString(spec).replace("## Meta\n", "## Metadata\n"));
                waitFor(() -> devtools.eval("document.querySelector('.error').textContent").isEmpty()
                        && "false".equals(devtools.eval("document.querySelector('img').hidden")), "and recovers when fixed");
                assertEquals("200", devtools.eval("fetch('/fig/fig-choice-12.svg').then(r => String(r.status))"), "stable SVG URL");
            } finally {
                // the whole tree: Chromium's helper processes outlive the main one and keep writing to the
                // profile in the temporary folder, whose clean-up then fails
                List<ProcessHandle> tree = new java.util.ArrayList<>(browser.descendants().toList());
                tree.add(browser.toHandle());
                tree.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle p : tree) {
                    p.onExit().get(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting until " + what);
    }

    /** The smallest DevTools client this test needs: evaluate an expression in the page, get its value as text. */
    static final class DevTools implements AutoCloseable {
        private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<String>> replies = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        private DevTools(WebSocket socket) {
            this.socket = socket;
        }

        static DevTools attach(Process browser, String page) throws Exception {
            BufferedReader err = new BufferedReader(new InputStreamReader(browser.getErrorStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = err.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertNotEquals(-1, port, "Chromium did not open its DevTools port");
            Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String target = null;
            for (int attempt = 0; attempt < 50 && target == null; attempt++) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = Pattern.compile("\"url\":\\s*\"" + Pattern.quote(page) + "\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\""
                        + "|\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"[^}]*?\"url\":\\s*\"" + Pattern.quote(page) + "\"").matcher(list);
                if (m.find()) {
                    target = m.group(1) != null ? m.group(1) : m.group(2);
                } else {
                    Thread.sleep(100);
                }
            }
            assertTrue(target != null, "Chromium has no tab for " + page);
            DevTools[] self = new DevTools[1];
            StringBuilder partial = new StringBuilder();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(target), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        self[0].reply(partial.toString());
                        partial.setLength(0);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            self[0] = new DevTools(socket);
            return self[0];
        }

        private void reply(String message) {
            Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
            if (id.find()) {
                CompletableFuture<String> f = replies.remove(Integer.parseInt(id.group(1)));
                if (f != null) {
                    f.complete(message);
                }
            }
        }

        /** The expression's value (promises awaited) as text; "" when it throws or has no value. */
        String eval(String expression) {
            int id = ids.incrementAndGet();
            CompletableFuture<String> reply = new CompletableFuture<>();
            replies.put(id, reply);
            String escaped = expression.replace("\\", "\\\\").replace("\"", "\\\"");
            socket.sendText("{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":\"" + escaped
                    + "\",\"returnByValue\":true,\"awaitPromise\":true}}", true);
            try {
                return value(reply.get(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                return "";
            }
        }

        /** The result's "value" field; scanned by hand, since a regex over a long string overflows the stack. */
        private static String value(String json) {
            int at = json.indexOf("\"value\":");
            if (at < 0) {
                return "";
            }
            int i = at + "\"value\":".length();
            if (json.charAt(i) != '"') {
                int end = i;
                while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
                    end++;
                }
                return json.substring(i, end);
            }
            int end = i + 1;
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            return unescape(json.substring(i + 1, end));
        }

        private static String unescape(String s) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
