package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.json.CanonicalJson;
import org.profstd.registry.Registry;
import org.profstd.services.IndexProgress;
import org.profstd.services.Services;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;

/**
 * A server keeps answering from its index while the command line changes the registry of the same data folder: what
 * `profstd ingest` and `profstd withdraw` store shows up in the server's search without a restart.
 */
class ServerFollowsRegistryTest {
    /** A word of seed 000 (IT user support) that seed 003 does not have. */
    private static final String FROM_000 = "прогнозирования";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whatTheCommandLineIngestsAndWithdrawsReachesARunningServer() throws Exception {
        Path data = dir.resolve("data");
        try (Registry registry = Registry.embedded(data, "server");
             Services services = Services.open(registry, data.resolve("index"), Duration.ZERO, IndexProgress.SILENT)) {
            registry.ingest(SearchCommandsTest.corpus().resolve("seeds").resolve(seed("003")));
            services.catchUp();
            services.follow(Duration.ofMillis(200));
            Javalin app = new WebServer(WebConfig.defaults(0), services).start();
            try {
                String base = "http://localhost:" + app.port();
                assertThat(total(base, FROM_000)).isZero();

                Run ingest = run("ingest", "--data", data.toString(), SearchCommandsTest.corpus().resolve("seeds")
                        .resolve(seed("000")).toString());
                assertThat(ingest.exit()).as(ingest.err()).isZero();
                assertThat(eventually(() -> total(base, FROM_000) > 0)).as("the ingested standard is found").isTrue();

                long id = registry.list().stream().filter(s -> s.title() != null && s.title().contains("Поддержка"))
                        .findFirst().orElseThrow().id();
                Run withdraw = run("withdraw", "--data", data.toString(), String.valueOf(id), "--reason", "replaced");
                assertThat(withdraw.exit()).as(withdraw.err()).isZero();
                assertThat(eventually(() -> total(base, FROM_000) == 0)).as("the withdrawn standard is not").isTrue();
            } finally {
                app.stop();
            }
        }
    }

    private long total(String base, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = CanonicalJson.mapper().readTree(response.body());
        return body.get("total").asLong();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Whether the check comes true within the patience: the server takes in changes every 200 ms. */
    private static boolean eventually(Check check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return check.holds();
    }

    private static String seed(String prefix) throws Exception {
        try (var files = Files.list(SearchCommandsTest.corpus().resolve("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
