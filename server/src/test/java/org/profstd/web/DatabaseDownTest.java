package org.profstd.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.services.Services;

/** With the database gone, the API and the pages answer 503 and say nothing of the database's internals. */
class DatabaseDownTest {
    @Test
    @Timeout(180)
    void aRegistryThatCannotBeReachedIsA503OnTheApiAndOnThePages(@TempDir Path data) throws Exception {
        try (Registry registry = Registry.embedded(data, "test"); Services services = Services.over(registry)) {
            Javalin app = new WebServer(new WebConfig(0, WebConfig.DEFAULT_MAX_UPLOAD, 10_000), services).start();
            try {
                stopTheDatabase(data);
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/standards"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(Json.mapper().readTree(api.body()).get("detail").asText())
                        .isEqualTo("the registry database is not available at the moment; try again later");

                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/standards/1?lang=ru"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("Сервис недоступен", "Реестр сейчас недоступен")
                        .doesNotContainIgnoringCase("postgres").doesNotContain("jdbc").doesNotContain("FATAL")
                        .doesNotContain("Connection");
            } finally {
                app.stop();
            }
        }
    }

    /** A fast shutdown of the embedded server, as an operator or a crash would cause. */
    private static void stopTheDatabase(Path data) throws Exception {
        String pid = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).strip();
        Process kill = new ProcessBuilder("kill", "-INT", pid).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        for (int i = 0; i < 100 && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
