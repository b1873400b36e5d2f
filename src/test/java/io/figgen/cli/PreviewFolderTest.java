package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import io.figgen.render.Renderer;
import io.figgen.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** figgen preview of a folder serves a spec saved into it after the start, without a restart. */
class PreviewFolderTest {
    @Test
    void aSpecAddedToAServedFolderIsServed(@TempDir Path dir) throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        TestFigures.fixtureFile("three-cards.md", specs);
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer server = new PreviewServer(new Renderer(ThemeLoader.house()), Inputs.expand(List.of(specs)),
                List.of(specs), 0)) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(404, get(http, base + "/fig/two-panels.svg").statusCode(), "not there before it is saved");
            TestFigures.fixtureFile("two-panels.md", specs);
            int status = 0;
            for (int i = 0; i < 50 && status != 200; i++) {
                Thread.sleep(100);
                status = get(http, base + "/fig/two-panels.svg").statusCode();
            }
            assertEquals(200, status, "served within five seconds of being saved");
            assertTrue(get(http, base + "/").body().contains("two-panels"), "and listed on the page");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
