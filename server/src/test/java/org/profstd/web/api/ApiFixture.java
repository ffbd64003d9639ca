package org.profstd.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.testkit.TestCorpus;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;

/**
 * A real server for API tests: an embedded registry in a temporary folder loaded with the whole corpus, the search
 * index over it, and the web server on a free port with the default upload limit.
 */
final class ApiFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final Path data;
    final Registry registry;
    final Services services;
    final Javalin app;
    final String token;
    final HttpClient http = HttpClient.newHttpClient();

    ApiFixture() throws IOException {
        data = Files.createTempDirectory("profstd-api");
        registry = Registry.embedded(data.resolve("db"), "test");
        services = Services.over(registry);
        List<IngestReport> loaded = services.loadIfEmpty(corpus());
        assertThat(loaded).allMatch(r -> r.status() == IngestReport.Status.STORED, "every corpus document is stored");
        token = registry.createToken("alice");
        app = new WebServer(new WebConfig(0, WebConfig.DEFAULT_MAX_UPLOAD, 100_000), services).start();
    }

    static Path corpus() {
        return TestCorpus.root();
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + app.port() + pathAndQuery);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).build());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The edition read from a corpus file. */
    EditionSnapshot editionOf(String file) {
        return registry.editions().stream().filter(e -> e.sourceFile().equals(file)).findFirst().orElseThrow();
    }

    /** The current edition with the most cards: a card-rich edition for card, gap and export requests. */
    EditionSnapshot richEdition() {
        return registry.editions().stream().filter(e -> e.status().equals("current"))
                .max(Comparator.comparingInt(e -> e.standard().cards().size())).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        services.close();
        registry.close();
        try (Stream<Path> walk = Files.walk(data)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
