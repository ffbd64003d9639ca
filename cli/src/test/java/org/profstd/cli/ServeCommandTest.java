package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code profstd serve} in a process of its own: it listens on the loopback address and SIGTERM stops it all. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("serving http://localhost:(\\d+)/");

    @Test
    @Timeout(300)
    void sigtermStopsTheServerAndTheDatabaseItStarted(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path emptyCorpus = Files.createDirectories(dir.resolve("corpus"));
        Process serve = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--data", data.toString(), "--corpus", emptyCorpus.toString())).redirectErrorStream(true).start();
        try {
            int port = awaitServing(serve);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/standards")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).strip());

            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100 && ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(100);
            }
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("the database serve started has stopped").isFalse();
            assertThat(data.resolve("pg/postmaster.pid")).doesNotExist();
        } finally {
            serve.destroyForcibly();
        }
    }

    private static int awaitServing(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ended) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("serve did not start: " + seen);
    }
}
