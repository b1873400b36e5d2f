package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.figgen.TestFigures;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The preview answers only reads addressed to itself, and its watcher outlives any spec. */
class PreviewHardeningTest {

    /** One raw HTTP/1.1 request (HttpClient will not send a forged Host); the status line and body. */
    private static String request(int port, String method, String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String status(String response) {
        return response.lines().findFirst().orElse("");
    }

    private static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    @Test
    void onlyReadsAddressedToThisServerAreAnswered(@TempDir Path dir) throws Exception {
        Path spec = Files.copy(TestFigures.CHOICE_12, dir.resolve("fig.md"));
        try (PreviewServer server = new PreviewServer(new Renderer(ThemeLoader.house()), List.of(spec), 0)) {
            server.start();
            int port = server.port();
            String own = "127.0.0.1:" + port;
            assertTrue(status(request(port, "GET", "/", own)).contains(" 200"));
            assertTrue(status(request(port, "GET", "/fig/fig.svg", "localhost:" + port)).contains(" 200"));
            String head = request(port, "HEAD", "/fig/fig.svg", own);
            assertTrue(status(head).contains(" 200"), head);
            assertEquals("", body(head), "HEAD has no body");
            for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
                String r = request(port, method, "/", own);
                assertTrue(status(r).contains(" 405"), method + ": " + status(r));
            }
            for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "localhost:1", "127.0.0.1:" + port + ".evil")) {
                String r = request(port, "GET", "/fig/fig.svg", host);
                assertTrue(status(r).contains(" 403"), host + ": " + status(r));
                assertFalse(body(r).contains("<svg"), "no figure for " + host);
            }
        }
    }

    @Test
    void aSpecThatCannotBeReadLeavesTheWatcherRunning(@TempDir Path dir) throws Exception {
        Path hostile = Files.copy(TestFigures.CHOICE_12, dir.resolve("a.md"));
        Path other = Files.copy(TestFigures.CHOICE_12, dir.resolve("b.md"));
        try (PreviewServer server = new PreviewServer(new Renderer(ThemeLoader.house()), List.of(hostile, other), 0)) {
            server.start();
            int port = server.port();
            String own = "127.0.0.1:" + port;
            // a FIFO in place of a spec: reading it would block the watcher for ever
            Files.delete(hostile);
            assertEquals(0, new ProcessBuilder("mkfifo", hostile.toString()).start().waitFor());
            Thread.sleep(600);
            Files.writeString(other, Files.readString(other).replace("Schema Evolution", "Schema Rewrite"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!body(request(port, "GET", "/fig/b.svg", own)).contains("Schema Rewrite")) {
                if (System.nanoTime() > deadline) {
                    fail("the other spec was not redrawn after a hostile one");
                }
                Thread.sleep(100);
            }
            String page = body(request(port, "GET", "/", own));
            assertTrue(page.contains("not a regular file"), "the hostile spec shows its error in the page");
        }
    }
}
