package org.profstd.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;
import org.profstd.services.Services;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;

/**
 * A bounded load test of the HTTP server, on the loopback address only: the real server over the embedded registry
 * loaded with the corpus, rate limits lifted, and for each workload (reads, search, match) and each number of
 * concurrent clients, every client sending its next request as soon as the last was answered, for a fixed time.
 * Prints requests, throughput, p50/p99/max latency and the errors (any answer but 200, or no answer).
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.LoadTest
 *      [--clients 8,64] [--seconds 30]</pre>
 */
public final class LoadTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private LoadTest(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> clients = List.of(8, 64);
        int seconds = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path data = Files.createTempDirectory("profstd-load");
        try (Registry registry = Registry.embedded(data.resolve("db"), "load");
             Services services = Services.over(registry)) {
            services.loadIfEmpty(Path.of(System.getProperty("profstd.corpus", "../shared/corpus")));
            WebConfig config = new WebConfig(WebConfig.LOOPBACK, 0, WebConfig.DEFAULT_MAX_UPLOAD,
                    WebConfig.RateBudgets.uniform(Integer.MAX_VALUE));
            Javalin app = new WebServer(config, services).start();
            try {
                LoadTest test = new LoadTest("http://127.0.0.1:" + app.port());
                Workload workload = Workload.load();
                List<List<HttpRequest>> workloads = List.of(test.reads(registry), test.searches(workload),
                        test.matches(workload));
                List<String> names = List.of("reads", "search", "match");
                System.out.printf("%-7s %7s %9s %8s %8s %8s %8s %7s%n", "load", "clients", "requests", "req/s",
                        "p50 ms", "p99 ms", "max ms", "errors");
                for (int w = 0; w < workloads.size(); w++) {
                    test.run(workloads.get(w), 8, 3); // warm-up, not reported
                    for (int n : clients) {
                        Result r = test.run(workloads.get(w), n, seconds);
                        System.out.printf("%-7s %7d %9d %8.1f %8.1f %8.1f %8.1f %7d%n", names.get(w), n,
                                r.latencies.count(), r.latencies.count() / (double) seconds,
                                r.latencies.percentileMillis(50), r.latencies.percentileMillis(99),
                                r.latencies.percentileMillis(100), r.errors);
                        r.firstErrors.forEach(e -> System.out.println("    error: " + e));
                    }
                }
            } finally {
                app.stop();
            }
        } finally {
            deleteTree(data);
        }
    }

    private record Result(Latencies latencies, long errors, List<String> firstErrors) {
    }

    private Result run(List<HttpRequest> requests, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Latencies mine = new Latencies();
            perClient.add(mine);
            int offset = c;
            Thread t = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    HttpRequest request = requests.get(i % requests.size());
                    long start = System.nanoTime();
                    String error;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        error = response.statusCode() == 200 ? null : response.statusCode() + " on " + request.uri()
                                + ": " + new String(response.body(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        error = e + " on " + request.uri();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    mine.add(System.nanoTime() - start);
                    if (error != null && errors.incrementAndGet() <= 3) {
                        firstErrors.add(error);
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Latencies all = new Latencies();
        perClient.forEach(l -> l.forEach(all::add));
        return new Result(all, errors.get(), List.copyOf(firstErrors));
    }

    /** Reads of the registry: the list of standards, each standard, and the cards of each current edition. */
    private List<HttpRequest> reads(Registry registry) {
        List<HttpRequest> requests = new ArrayList<>();
        requests.add(get("/api/v1/standards?limit=20"));
        for (StandardSummary s : registry.list()) {
            requests.add(get("/api/v1/standards/" + s.id()));
        }
        for (EditionSnapshot e : registry.editions()) {
            requests.add(get("/api/v1/editions/" + e.editionId() + "/cards"));
        }
        return requests;
    }

    private List<HttpRequest> searches(Workload workload) {
        return workload.queries().stream()
                .map(q -> get("/api/v1/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
    }

    private List<HttpRequest> matches(Workload workload) {
        return workload.matchTexts().stream().map(text -> HttpRequest.newBuilder(URI.create(base + "/api/v1/match"))
                .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build()).toList();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
