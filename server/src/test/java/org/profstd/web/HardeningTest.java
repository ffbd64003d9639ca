package org.profstd.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.testkit.TestCorpus;

/** The web server under hostile requests: bounded bodies and texts, headers, errors as problems, cost classes. */
class HardeningTest {
    private static final long LIMIT = 1024 * 1024;
    static Javalin app;
    static Registry registry;
    static Services services;
    static long editionId;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        registry = Registry.embedded(data, "test");
        services = Services.over(registry);
        services.loadIfEmpty(TestCorpus.root().resolve("seeds"));
        editionId = registry.editions().get(0).editionId();
        app = new WebServer(new WebConfig(0, LIMIT, 10_000), services).create();
        app.get("/test/stack-overflow", ctx -> {
            throw new StackOverflowError();
        });
        app.start(WebConfig.LOOPBACK, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        services.close();
        registry.close();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A body sent without a Content-Length, chunk by chunk, as a stream. */
    static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    @Timeout(120)
    void aChunkedBodyIsCountedAsItIsReadAndRefusedPastTheLimit() throws Exception {
        byte[] body = new byte[8 * (int) LIMIT];
        HttpResponse<String> raw = send(HttpRequest.newBuilder(uri("/api/v1/documents?name=big.txt"))
                .POST(chunked(body)).build());
        assertThat(raw.statusCode()).isEqualTo(413);
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(raw).get("detail").asText())
                .isEqualTo("the request body is longer than 1048576 bytes (1 MB), the limit");

        HttpResponse<String> text = send(HttpRequest.newBuilder(uri("/api/v1/match"))
                .header("Content-Type", "text/plain").POST(chunked(body)).build());
        assertThat(text.statusCode()).isEqualTo(413);

        String boundary = "b0undary";
        byte[] multipart = multipart(boundary, "document", "big.docx", body);
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(chunked(multipart)).build());
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.headers().firstValue("Content-Type").orElse("")).matches("text/html; ?charset=utf-8");
    }

    @Test
    void aTextLongerThanMatchingAcceptsIsRefusedNamingTheLimit() throws Exception {
        String cv = "опыт работы ".repeat(10_000);
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/match"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(BodyPublishers.ofString(cv)).build());
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(json(api).get("detail").asText()).isEqualTo("text: the text has 120000 characters, more than"
                + " 100000, the limit for matching; send a shorter text");

        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/match?lang=en"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("text=" + "a+".repeat(60_000))).build());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("more than 100000, the limit for matching");

        HttpResponse<String> search = send(HttpRequest.newBuilder(uri("/api/v1/search?q=" + "a".repeat(1001))).build());
        assertThat(search.statusCode()).isEqualTo(422);
        assertThat(json(search).get("detail").asText())
                .isEqualTo("the query parameter 'q' has 1001 characters, more than 1000, the limit");
    }

    @Test
    void aBinaryFileGivenToTheMatchPageIsRefusedNotDecodedAsText() throws Exception {
        byte[] binary = new byte[200_000];
        new java.util.Random(7).nextBytes(binary);
        String boundary = "b1";
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/match?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(multipart(boundary, "document", "cv.bin", binary))).build());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("files are not read as text");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPagesTheirCharset() throws Exception {
        for (String path : new String[] {"/", "/api/v1/standards", "/api/v1/nothing", "/css/profstd.css", "/nothing"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).build());
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).build());
        assertThat(home.headers().firstValue("Content-Type").orElse("")).matches("text/html; ?charset=utf-8");
    }

    @Test
    void theServerListensOnTheLoopbackAddressUnlessToldOtherwise() {
        assertThat(app.jettyServer().server().getConnectors())
                .allSatisfy(c -> assertThat(((ServerConnector) c).getHost()).isEqualTo("127.0.0.1"));
        assertThat(WebConfig.defaults(8080).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void jettysOwnRefusalsAreProblemsToo() throws Exception {
        HttpResponse<String> longUri = send(HttpRequest.newBuilder(uri("/search?q=" + "a".repeat(20_000))).build());
        assertThat(longUri.statusCode()).isEqualTo(414);
        assertThat(longUri.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(longUri).get("detail").asText()).isEqualTo("the request's address is too long");
        assertThat(longUri.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        String answer = rawRequest("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("<html").doesNotContain("<h2>");
    }

    @Test
    void anErrorInAHandlerIsAProblemNotAnEmptyAnswer() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/test/stack-overflow")).build());
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("detail").asText()).isEqualTo("The server could not answer this request; it has been"
                + " logged.");
    }

    @Test
    void aMalformedParameterIsA400ThatDoesNotEchoTheInput() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/sources/" + editionId + "?line=%3Cscript%3E"))
                .header("Accept", "application/json").build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("detail").asText()).isEqualTo("the parameter line has a value of the wrong kind");
        assertThat(r.body()).doesNotContain("script");
    }

    @Test
    void eachCostClassHasABudgetOfItsOwn() throws Exception {
        Javalin strict = new WebServer(new WebConfig(WebConfig.LOOPBACK, 0, LIMIT,
                new WebConfig.RateBudgets(10_000, 10_000, 3, 10_000)), services).start();
        try {
            String base = "http://127.0.0.1:" + strict.port();
            HttpResponse<String> last = null;
            for (int i = 0; i < 4; i++) {
                last = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/match"))
                        .header("Content-Type", "text/plain")
                        .POST(BodyPublishers.ofString("администрирование серверов")).build());
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(json(last).get("detail").asText()).contains("more than 3 matches a minute");
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/standards")).build()).statusCode())
                    .isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=%D1%81%D0%B5%D1%80%D0%B2%D0%B5%D1%80"))
                    .build()).statusCode()).isEqualTo(200);
        } finally {
            strict.stop();
        }
        assertThat(CostClass.of("POST", "/match/gap")).isEqualTo(CostClass.MATCH);
        assertThat(CostClass.of("POST", "/upload/commit")).isEqualTo(CostClass.UPLOAD);
        assertThat(CostClass.of("GET", "/suggest")).isEqualTo(CostClass.SEARCH);
        assertThat(CostClass.of("GET", "/standards/1")).isEqualTo(CostClass.READ);
    }

    private static String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(10));
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] multipart(String boundary, String field, String file, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }
}
