package org.profstd.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.StandardSummary;

/**
 * Holds the server and its OpenAPI document together: every operation of the document is called for real (on the
 * corpus in an embedded registry), each call gets the status it should, that status is documented, and a JSON body
 * validates against the documented schema; and every API route the server has is in the document.
 */
class OpenApiContractTest {
    static ApiFixture api;
    static JsonNode openapi;
    static OpenApiSchemas schemas;

    /** One request for an operation and the status it must get. */
    record Call(String operation, String method, String uri, String contentType, BodyPublisher body, String token,
            int expected) {
    }

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture();
        openapi = ApiFixture.json(api.get("/api/openapi.json"));
        schemas = new OpenApiSchemas(openapi);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void everyOperationOfTheDocumentAnswersAsDocumented() throws Exception {
        Map<String, List<Call>> calls = calls();
        List<String> failures = new ArrayList<>();
        Set<String> documented = operations();
        assertThat(calls.keySet()).as("operations called").containsExactlyInAnyOrderElementsOf(documented);
        for (List<Call> list : calls.values()) {
            for (Call call : list) {
                failures.addAll(check(call));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyApiRouteOfTheServerIsDocumented() {
        Set<String> routes = new TreeSet<>();
        api.app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(e -> e.getEndpoint())
                .filter(e -> e.getPath().startsWith("/api"))
                .forEach(e -> routes.add(e.getMethod().name() + " " + e.getPath()));
        assertThat(routes).hasSize(18).containsExactlyInAnyOrderElementsOf(operations());
    }

    @Test
    void theTranslatedSchemasRejectABodyThatBreaksThem() throws Exception {
        JsonNode page = openapi.at("/paths/~1api~1v1~1standards/get/responses/200/content/application~1json/schema");
        JsonNode wrong = ApiFixture.JSON.readTree("{\"total\": \"many\", \"limit\": 1, \"offset\": 0,"
                + " \"standards\": [{\"id\": 1, \"title\": null, \"code\": null, \"jurisdiction\": \"US\","
                + " \"language\": \"ru\", \"edition\": null, \"cards\": 2}]}");
        assertThat(schemas.violations(page, wrong).lines().toList()).hasSize(3)
                .anyMatch(m -> m.contains("total")).anyMatch(m -> m.contains("jurisdiction")).anyMatch(m -> m.contains("edition"));
    }

    private static Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        openapi.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    /** What is wrong with the answer to a call: its status, its media type or its body against the document. */
    private static List<String> check(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(call.uri())).method(call.method(),
                call.body() == null ? BodyPublishers.noBody() : call.body());
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        HttpResponse<String> response = api.send(request.build());
        String where = call.method() + " " + call.uri() + " -> " + response.statusCode() + ": ";
        if (response.statusCode() != call.expected()) {
            return List.of(where + "expected " + call.expected() + " " + abbreviated(response.body()));
        }
        String[] path = call.operation().split(" ", 2);
        JsonNode documented = openapi.get("paths").get(path[1]).get(path[0].toLowerCase())
                .get("responses").get(String.valueOf(response.statusCode()));
        if (documented == null) {
            return List.of(where + "status not documented");
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = schemas.response(documented).path("content").get(mediaType);
        if (content == null) {
            return List.of(where + "media type " + mediaType + " not documented");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String violations = schemas.violations(content.get("schema"), ApiFixture.json(response));
        return violations.isEmpty() ? List.of() : List.of(where + violations);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** Requests for every operation: the answers that work and the errors each documents. */
    private static Map<String, List<Call>> calls() throws Exception {
        EditionSnapshot rich = api.richEdition();
        long edition = rich.editionId();
        long standard = rich.standardId();
        HistoryEntry[] pair = twoEditionsOfOneStandard();
        String card = edition + "/1";
        byte[] seed = Files.readAllBytes(ApiFixture.seed("002"));
        String cv = "Опыт работы: консультирование пользователей, настройка рабочих станций и установка программного"
                + " обеспечения, ведение журнала заявок.";
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        add(calls, "GET /api/openapi.json", get("/api/openapi.json", 200));
        add(calls, "GET /api/docs", get("/api/docs", 200));
        add(calls, "GET /api/v1/standards", get("/api/v1/standards", 200),
                get("/api/v1/standards?jurisdiction=RU&language=ru&status=current&limit=2&offset=1", 200),
                get("/api/v1/standards?level=5&oked=62", 200), get("/api/v1/standards?level=ten", 400),
                get("/api/v1/standards?limit=0", 400), get("/api/v1/standards?jurisdiction=US", 400));
        add(calls, "GET /api/v1/standards/{id}", get("/api/v1/standards/" + standard, 200),
                get("/api/v1/standards/999999", 404), get("/api/v1/standards/abc", 400));
        add(calls, "GET /api/v1/editions/{id}", get("/api/v1/editions/" + edition, 200),
                get("/api/v1/editions/999999", 404), get("/api/v1/editions/x", 400));
        add(calls, "GET /api/v1/editions/{id}/cards", get("/api/v1/editions/" + edition + "/cards", 200),
                get("/api/v1/editions/999999/cards", 404));
        add(calls, "GET /api/v1/editions/{id}/source", get("/api/v1/editions/" + edition + "/source", 200),
                get("/api/v1/editions/999999/source", 404));
        add(calls, "GET /api/v1/editions/{id}/export", get("/api/v1/editions/" + edition + "/export?format=json", 200),
                get("/api/v1/editions/" + edition + "/export?format=csv", 200),
                get("/api/v1/editions/" + edition + "/export?format=case", 200),
                get("/api/v1/editions/" + current("06.024").editionId() + "/export?format=registry-xml", 200),
                get("/api/v1/editions/" + current("J076").editionId() + "/export?format=registry-xml", 400),
                get("/api/v1/editions/" + edition + "/export?format=pdf", 400),
                get("/api/v1/editions/" + edition + "/export", 400),
                get("/api/v1/editions/999999/export?format=json", 404));
        add(calls, "GET /api/v1/cards/{edition}/{n}", get("/api/v1/cards/" + card, 200),
                get("/api/v1/cards/" + edition + "/999", 404), get("/api/v1/cards/x/1", 400),
                get("/api/v1/cards/" + edition + "/0", 400));
        add(calls, "GET /api/v1/search", get("/api/v1/search?q=" + enc("поддержка пользователей"), 200),
                get("/api/v1/search?q=" + enc("программное обеспечение") + "&level=5&lang=ru&type=item&history=true&limit=3", 200),
                get("/api/v1/search?q=" + enc("бағдарламалық") + "&standard=" + standard, 200),
                get("/api/v1/search?q=06.024&offset=2&limit=2&jurisdiction=RU&status=current", 200),
                get("/api/v1/search?q=" + enc("\" *"), 200),
                get("/api/v1/search", 400), get("/api/v1/search?q=a&type=book", 400),
                get("/api/v1/search?q=a&history=maybe", 400), get("/api/v1/search?q=a&offset=-1", 400),
                get("/api/v1/search?q=a&status=old", 400), get("/api/v1/search?q=a&jurisdiction=US", 400));
        add(calls, "GET /api/v1/suggest", get("/api/v1/suggest?q=" + enc("прог"), 200), get("/api/v1/suggest", 400));
        add(calls, "POST /api/v1/match", text("/api/v1/match?limit=3", cv, 200),
                multipart("/api/v1/match", "cv.docx", Files.readAllBytes(ApiFixture.corpus().resolve("kz-docx/it-user-support.docx")), 200),
                text("/api/v1/match", "", 400), text("/api/v1/match?limit=500", cv, 400),
                raw("/api/v1/match?name=cv.bin", new byte[] {0, 1, 2, 3, 0, 0, 9}, 422),
                multipart("/api/v1/match", "cv.docx", "PK\u0003\u0004word/ broken".getBytes(StandardCharsets.ISO_8859_1), 422));
        add(calls, "POST /api/v1/gap", text("/api/v1/gap?card=" + enc(card), cv, 200),
                text("/api/v1/gap", cv, 400), text("/api/v1/gap?card=nonsense", cv, 400),
                text("/api/v1/gap?card=" + enc("999999/1"), cv, 404),
                raw("/api/v1/gap?card=" + enc(card), new byte[] {0, 1, 2, 3, 0, 0, 9}, 422));
        add(calls, "GET /api/v1/diff", get("/api/v1/diff?old=" + pair[0].editionId() + "&new=" + pair[1].editionId(), 200),
                get("/api/v1/diff?old=" + pair[0].editionId(), 400), get("/api/v1/diff?old=1&new=999999", 404));
        add(calls, "POST /api/v1/documents", raw("/api/v1/documents?name=002.txt", seed, 200),
                multipart("/api/v1/documents", "002.txt", seed, 200),
                withToken(raw("/api/v1/documents?name=002.txt&commit=true", seed, 200), api.token),
                raw("/api/v1/documents?name=002.txt&commit=true", seed, 401),
                withToken(raw("/api/v1/documents?name=002.txt&commit=true", seed, 401), "pst_forged"),
                raw("/api/v1/documents?name=note.txt", "Список покупок: хлеб".getBytes(StandardCharsets.UTF_8), 422),
                raw("/api/v1/documents?name=broken.docx", "PK\u0003\u0004word/ broken".getBytes(StandardCharsets.ISO_8859_1), 422),
                raw("/api/v1/documents", new byte[0], 400),
                raw("/api/v1/documents?commit=perhaps", seed, 400));
        long kz = current("J076").editionId();
        long ru = current("06.024").editionId();
        byte[] programme = Files.readAllBytes(ClassroomApiTest.PROGRAMME);
        add(calls, "POST /api/v1/curriculum", raw("/api/v1/curriculum?edition=" + ru + "&name=programme.md", programme, 200),
                multipart("/api/v1/curriculum?edition=" + ru + "&card=1&format=csv", "programme.md", programme, 200),
                raw("/api/v1/curriculum", programme, 400), raw("/api/v1/curriculum?edition=" + ru + "&format=xls", programme, 400),
                text("/api/v1/curriculum?edition=" + ru, "Иванов Иван, опыт работы 5 лет", 400),
                raw("/api/v1/curriculum?edition=" + ru + "&card=99", programme, 404),
                raw("/api/v1/curriculum?edition=999999", programme, 404),
                raw("/api/v1/curriculum?edition=" + ru + "&name=p.bin", new byte[] {0, 1, 2, 3, 0, 0, 9}, 422));
        add(calls, "GET /api/v1/equivalence", get("/api/v1/equivalence?kz=" + kz + "&ru=" + ru, 200),
                get("/api/v1/equivalence?kz=" + current("J077").editionId() + "&ru=" + ru, 200),
                get("/api/v1/equivalence?kz=" + kz + "&ru=" + current("J077").editionId(), 400),
                get("/api/v1/equivalence?kz=" + kz, 400), get("/api/v1/equivalence?kz=" + kz + "&ru=999999", 404));
        add(calls, "GET /api/v1/editions/{id}/similar", get("/api/v1/editions/" + ru + "/similar", 200),
                get("/api/v1/editions/x/similar", 400), get("/api/v1/editions/999999/similar", 404));
        return calls;
    }

    private static EditionSnapshot current(String code) {
        return api.registry.editions().stream().filter(e -> code.equals(e.standard().code()))
                .filter(e -> e.status().equals("current")).findFirst().orElseThrow();
    }

    private static HistoryEntry[] twoEditionsOfOneStandard() {
        for (StandardSummary s : api.registry.list()) {
            List<HistoryEntry> history = api.registry.history(s.id());
            if (history.size() >= 2) {
                return new HistoryEntry[] {history.get(0), history.get(history.size() - 1)};
            }
        }
        throw new AssertionError("the corpus has a standard in two editions (06.001 of 2013 and 2022)");
    }

    private static void add(Map<String, List<Call>> calls, String operation, Call... list) {
        for (Call c : list) {
            calls.computeIfAbsent(operation, k -> new ArrayList<>()).add(new Call(operation, c.method(), c.uri(),
                    c.contentType(), c.body(), c.token(), c.expected()));
        }
    }

    private static Call get(String uri, int expected) {
        return new Call(null, "GET", uri, null, null, null, expected);
    }

    private static Call text(String uri, String text, int expected) {
        return new Call(null, "POST", uri, "text/plain; charset=utf-8", BodyPublishers.ofString(text), null, expected);
    }

    private static Call raw(String uri, byte[] bytes, int expected) {
        return new Call(null, "POST", uri, "application/octet-stream", BodyPublishers.ofByteArray(bytes), null, expected);
    }

    private static Call withToken(Call call, String token) {
        return new Call(null, call.method(), call.uri(), call.contentType(), call.body(), token, call.expected());
    }

    static Call multipart(String uri, String fileName, byte[] bytes, int expected) {
        Multipart form = Multipart.of("document", fileName, bytes);
        return new Call(null, "POST", uri, form.contentType(), BodyPublishers.ofByteArray(form.body()), null, expected);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
