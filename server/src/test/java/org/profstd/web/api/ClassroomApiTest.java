package org.profstd.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.registry.EditionSnapshot;

/**
 * Curriculum coverage, KZ-RU equivalence and the similar standards of an edition through the API, over the corpus:
 * the figures the command line gives for the same documents, and the refusal of registry XML for a Kazakh standard.
 */
class ClassroomApiTest {
    /** A software developer's programme written by the team for the curriculum tests of the analysis module. */
    static final Path PROGRAMME = Path.of("..", "analysis", "src", "test", "resources", "curriculum",
            "software-developer-ru.md");
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static long current(String code) {
        return api.registry.editions().stream().filter(e -> code.equals(e.standard().code()))
                .filter(e -> e.status().equals("current")).map(EditionSnapshot::editionId).findFirst().orElseThrow();
    }

    private static HttpResponse<String> post(String uri, byte[] body) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri(uri)).header("Content-Type", "text/markdown")
                .POST(BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void aSoftwareDeveloperProgrammeCoversMostOfTheProgrammerAndFewRobotFunctions() throws Exception {
        byte[] programme = Files.readAllBytes(PROGRAMME);
        JsonNode programmer = ApiFixture.json(post("/api/v1/curriculum?name=programme.md&edition="
                + current("06.001"), programme));
        assertThat(programmer.get("disciplines")).hasSize(5);
        assertThat(programmer.at("/standard/code").asText()).isEqualTo("06.001");
        assertThat(programmer.get("covered").asInt()).isGreaterThan(programmer.get("functions").size() / 2);
        assertThat(programmer.get("matrix")).hasSize(5)
                .allSatisfy(row -> assertThat(row).hasSize(programmer.get("functions").size()));

        JsonNode robots = ApiFixture.json(post("/api/v1/curriculum?name=programme.md&edition=" + current("J075"),
                programme));
        assertThat(robots.get("covered").asInt()).isLessThan(robots.get("functions").size() / 2);
        List<String> uncovered = new ArrayList<>();
        robots.get("uncovered").forEach(u -> uncovered.add(u.asText()));
        assertThat(uncovered).contains("Базовое техническое обслуживание", "Диагностика и ремонт промышленных роботов");
    }

    @Test
    void theCsvHasARowPerFunctionAndAColumnPerDiscipline() throws Exception {
        HttpResponse<String> csv = post("/api/v1/curriculum?format=csv&name=programme.md&edition=" + current("J075"),
                Files.readAllBytes(PROGRAMME));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"coverage-" + current("J075") + ".csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFfunction_code,function,card,requirements,covered,coverage,"
                + "Основы программирования,Тестирование программного обеспечения,"
                + "Проектирование программного обеспечения,Системы управления версиями и сборка программ,Базы данных");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(",Базовое техническое обслуживание,")
                .endsWith(",0,0,0,0,0"));
    }

    @Test
    void aTextWithoutDisciplinesIsA400ThatSaysWhatWasExpected() throws Exception {
        HttpResponse<String> r = post("/api/v1/curriculum?name=cv.txt&edition=" + current("06.001"),
                "Иванов Иван\nопыт работы 5 лет".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.json(r).get("detail").asText())
                .startsWith("cv.txt: no discipline or module with learning outcomes was found");
    }

    @Test
    void theUserSupportStandardsAreRelatedWithTheirSharedFunctionsAndTheAnimationOneIsNot() throws Exception {
        JsonNode support = ApiFixture.json(api.get("/api/v1/equivalence?kz=" + current("J076") + "&ru="
                + current("06.024")));
        assertThat(support.get("related").asBoolean()).isTrue();
        assertThat(support.get("pairs")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("shared")).isNotEmpty();
            assertThat(p.at("/kz/code").asText()).startsWith("3512");
        });
        assertThat(support.get("levels")).isNotEmpty();

        JsonNode animation = ApiFixture.json(api.get("/api/v1/equivalence?ru=" + current("06.024") + "&kz="
                + current("J077")));
        assertThat(animation.get("related").asBoolean()).isFalse();
        assertThat(animation.get("pairs")).isEmpty();
        assertThat(animation.at("/verdict/0").asText()).startsWith("unrelated: ");
    }

    @Test
    void theSimilarStandardsOfTheRussianSupportStandardNameTheKazakhOne() throws Exception {
        JsonNode similar = ApiFixture.json(api.get("/api/v1/editions/" + current("06.024") + "/similar"));
        assertThat(similar.get("jurisdiction").asText()).isEqualTo("KZ");
        List<String> codes = new ArrayList<>();
        similar.get("similar").forEach(s -> codes.add(s.get("code").asText()));
        assertThat(codes).contains("J076").doesNotContain("J077");
    }

    @Test
    void registryXmlOfAKazakhStandardIsRefusedNamingWhatItWouldLose() throws Exception {
        HttpResponse<String> r = api.get("/api/v1/editions/" + current("J076") + "/export?format=registry-xml");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ApiFixture.json(r).get("detail").asText())
                .startsWith("registry-xml cannot carry \"Поддержка пользователей ИТ\" (J076), a Kazakh standard")
                .contains("its jurisdiction", "the occupation codes of its cards", "json, csv or case");
        assertThat(api.get("/api/v1/editions/" + current("06.024") + "/export?format=registry-xml").statusCode())
                .isEqualTo(200);
    }
}
