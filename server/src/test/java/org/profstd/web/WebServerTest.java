package org.profstd.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.testkit.TestCorpus;

class WebServerTest {
    static Javalin app;
    static Registry registry;
    static Services services;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path data) {
        registry = Registry.embedded(data, "test");
        services = Services.over(registry);
        app = new WebServer(new WebConfig(0, 1024 * 1024, 10_000), services).start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        services.close();
        registry.close();
    }

    static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    @Test
    void aDocumentPostedToTheApiComesBackAsItsParseReport() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/documents?name=003.txt")))
                .POST(HttpRequest.BodyPublishers.ofFile(seed("003"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.at("/source/file").asText()).isEqualTo("003.txt");
        assertThat(body.at("/act/number").asText()).isEqualTo("688н");
    }

    @Test
    void aDocumentThatIsNoStandardIsA422ProblemNotA500() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/documents?name=note.txt")))
                .POST(HttpRequest.BodyPublishers.ofString("Привет, это записка.")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).contains("not a professional standard");
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndAClearMessage() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/documents")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).contains("at most 1048576 bytes");
    }

    @Test
    void pagesSpeakTheChosenLanguage() throws Exception {
        for (String[] lang : new String[][] {{"ru", "Прочитать документ"}, {"kk", "Құжатты оқу"}, {"en", "Read a document"}}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/upload?lang=" + lang[0]))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<html lang=\"" + lang[0] + "\"", lang[1]);
        }
    }

    @Test
    void anUnknownApiPathIsAProblem() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nothing"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void tooManyRequestsFromOneClientGet429() throws Exception {
        Javalin strict = new WebServer(new WebConfig(0, 1024 * 1024, 2), services).start();
        try {
            HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + strict.port()
                    + "/api/v1/standards")).build();
            assertThat(http.send(read, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(read, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> third = http.send(read, HttpResponse.BodyHandlers.ofString());
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
        } finally {
            strict.stop();
        }
    }

    @Test
    void theLimiterCountsEachClientOnItsOwn() {
        RateLimiter limiter = new RateLimiter(2, () -> 0L);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }
}
