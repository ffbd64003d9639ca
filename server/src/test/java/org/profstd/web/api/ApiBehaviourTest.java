package org.profstd.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.profstd.registry.EditionSnapshot;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;

/** What the API answers, beyond its shape: filters, paging, cards, writes with tokens, limits. */
class ApiBehaviourTest {
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void standardsAreFilteredAndPagedWithATotal() throws Exception {
        long russian = api.registry.list().stream().filter(s -> s.jurisdiction().equals("RU")).count();
        JsonNode ru = ApiFixture.json(api.get("/api/v1/standards?jurisdiction=RU&limit=200"));
        assertThat(ru.get("total").asLong()).isEqualTo(russian).isPositive();
        assertThat(ru.get("standards")).allSatisfy(s -> assertThat(s.get("jurisdiction").asText()).isEqualTo("RU"));
        JsonNode first = ApiFixture.json(api.get("/api/v1/standards?limit=2"));
        JsonNode second = ApiFixture.json(api.get("/api/v1/standards?limit=2&offset=2"));
        assertThat(first.get("total").asInt()).isEqualTo(api.registry.list().size()).isEqualTo(second.get("total").asInt());
        Set<Long> ids = new HashSet<>();
        first.get("standards").forEach(s -> ids.add(s.get("id").asLong()));
        second.get("standards").forEach(s -> ids.add(s.get("id").asLong()));
        assertThat(ids).hasSize(4);
        JsonNode level9 = ApiFixture.json(api.get("/api/v1/standards?level=9&jurisdiction=KZ"));
        assertThat(level9.get("total").asInt()).as("KZ levels stop at 8").isZero();
    }

    @Test
    void standardsAreFilteredByOccupationCodeAndAreaAndSortedAsTheCatalogPageIs() throws Exception {
        JsonNode okz = ApiFixture.json(api.get("/api/v1/standards?okz=25&sort=title"));
        List<String> titles = new java.util.ArrayList<>();
        okz.get("standards").forEach(s -> titles.add(s.get("title").asText()));
        // the ОКЗ codes 2511-2514 and 2152 of the registry XML of 06.001 and 06.024
        assertThat(okz.get("total").asInt()).isEqualTo(titles.size()).isGreaterThanOrEqualTo(2);
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        JsonNode area = ApiFixture.json(api.get("/api/v1/standards?area=%D0%9F%D0%A0%D0%9E%D0%93%D0%A0%D0%90%D0%9C%D0%9C&sort=cards"));
        List<Integer> cards = new java.util.ArrayList<>();
        area.get("standards").forEach(s -> cards.add(s.get("cards").asInt()));
        assertThat(cards).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode wrong = ApiFixture.json(api.get("/api/v1/standards?sort=size"));
        assertThat(wrong.get("status").asInt()).isEqualTo(400);
        assertThat(wrong.get("detail").asText()).contains("code, title, year, cards");
    }

    @Test
    void aCardByItsIdIsTheCardOfThatEdition() throws Exception {
        EditionSnapshot edition = api.richEdition();
        int n = edition.standard().cards().size();
        JsonNode card = ApiFixture.json(api.get("/api/v1/cards/" + edition.editionId() + "/" + n));
        assertThat(card.get("id").asText()).isEqualTo(edition.editionId() + "/" + n);
        assertThat(card.at("/card/name").asText()).isEqualTo(edition.standard().cards().get(n - 1).name());
        JsonNode cards = ApiFixture.json(api.get("/api/v1/editions/" + edition.editionId() + "/cards"));
        assertThat(cards.get("cards").size()).isEqualTo(n);
        HttpResponse<String> beyond = api.get("/api/v1/cards/" + edition.editionId() + "/" + (n + 1));
        assertThat(ApiFixture.json(beyond).get("detail").asText())
                .isEqualTo("edition " + edition.editionId() + " has " + n + " cards; there is no card " + edition.editionId() + "/" + (n + 1));
    }

    @Test
    void aCommittedUploadNeedsATokenAndIsStoredInItsOwnersName() throws Exception {
        byte[] seed = Files.readAllBytes(ApiFixture.seed("003"));
        byte[] changed = (new String(seed, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = api.send(HttpRequest.newBuilder(api.uri("/api/v1/documents?name=003b.txt&commit=true"))
                .POST(BodyPublishers.ofByteArray(changed)).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(ApiFixture.json(anonymous).get("detail").asText()).contains("Authorization: Bearer TOKEN");
        HttpResponse<String> stored = api.send(HttpRequest.newBuilder(api.uri("/api/v1/documents?name=003b.txt&commit=true"))
                .header("Authorization", "Bearer " + api.token).POST(BodyPublishers.ofByteArray(changed)).build());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonNode body = ApiFixture.json(stored);
        assertThat(body.at("/report/source/file").asText()).isEqualTo("003b.txt");
        assertThat(body.at("/ingest/status").asText()).isEqualTo("STORED");
        assertThat(body.at("/ingest/standards/0/outcome").asText()).isEqualTo("KNOWN_EDITION");
        assertThat(auditActorOf("003b.txt")).as("the token's owner is the audit actor").isEqualTo("alice");
    }

    @Test
    @Timeout(120)
    void aFiftyMegabyteUploadIsRefusedWith413AndTheLimit() throws Exception {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/documents?name=big.txt"))
                .POST(BodyPublishers.ofByteArray(new byte[50 * 1024 * 1024])).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ApiFixture.json(r).get("detail").asText()).isEqualTo("the request body has 52428800 bytes;"
                + " at most 20971520 bytes (20 MB) are accepted");
    }

    @Test
    void aBrokenDocxIsA422WithItsReason() throws Exception {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/documents?name=broken.docx"))
                .POST(BodyPublishers.ofByteArray("PK\u0003\u0004word/ broken".getBytes(StandardCharsets.ISO_8859_1))).build());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(ApiFixture.json(r).get("detail").asText()).startsWith("broken.docx: ");
    }

    @Test
    void aClientOverTheRateLimitGets429WithRetryAfter() throws Exception {
        Javalin strict = new WebServer(new WebConfig(0, WebConfig.DEFAULT_MAX_UPLOAD, 2), api.services).start();
        try {
            String url = "http://localhost:" + strict.port() + "/api/v1/standards?limit=1";
            HttpResponse<String> last = null;
            for (int i = 0; i < 3; i++) {
                last = api.send(HttpRequest.newBuilder(java.net.URI.create(url)).build());
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).contains("60");
            assertThat(ApiFixture.json(last).get("detail").asText()).contains("more than 2 reads a minute");
        } finally {
            strict.stop();
        }
    }

    /** Who the audit log says stored the document of this file. */
    private static String auditActorOf(String file) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(api.registry.jdbcUrl());
             var statement = connection.prepareStatement("select actor from audit_log where detail like ? order by id desc limit 1")) {
            statement.setString(1, "%" + file + "%");
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
