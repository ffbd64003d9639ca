package org.profstd.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.profstd.Corpus;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.UnitKind;
import org.profstd.parse.Standards;

class CaseExportTest {
    private static final JsonSchema CASE_SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = CaseExportTest.class.getResourceAsStream("/case/case-1.1-package.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> violations(JsonNode pkg) {
        return CASE_SCHEMA.validate(pkg).stream().map(Object::toString).toList();
    }

    @Test
    void aStandardBecomesOneDocumentWithItemsForEveryLevelOfItsTree() {
        ObjectNode pkg = new CaseExport(null).toPackage(Samples.helpdesk(), Samples.ACT);
        assertThat(violations(pkg)).isEmpty();
        assertThat(pkg.at("/CFDocument/title").asText()).isEqualTo("Поддержка пользователей ИТ");
        assertThat(pkg.at("/CFDocument/language").asText()).isEqualTo("ru");
        assertThat(pkg.at("/CFDocument/lastChangeDateTime").asText()).isEqualTo("2026-04-20T00:00:00+00:00");
        List<String> types = new ArrayList<>();
        pkg.get("CFItems").forEach(i -> types.add(i.get("CFItemType").asText()));
        assertThat(types).containsExactly("Profession card", "Labor function", "Skill", "Ability", "Ability", "Knowledge");
        JsonNode card = pkg.get("CFItems").get(0);
        assertThat(card.get("humanCodingScheme").asText()).isEqualTo("3512-1-001");
        assertThat(card.at("/educationLevel/0").asText()).isEqualTo("4");
        // every item is a child of the item above it, and the card of the document
        assertThat(pkg.get("CFAssociations")).hasSize(6).allSatisfy(a -> assertThat(a.get("associationType").asText())
                .isEqualTo("isChildOf"));
        assertThat(pkg.at("/CFAssociations/0/destinationNodeURI/identifier").asText())
                .isEqualTo(pkg.at("/CFDocument/identifier").asText());
        assertThat(pkg.at("/CFAssociations/5/destinationNodeURI/identifier").asText())
                .isEqualTo(pkg.at("/CFItems/2/identifier").asText());
    }

    @Test
    void identifiersAreStableAcrossExportsAndUrisFollowTheBase() {
        ObjectNode a = new CaseExport(null).toPackage(Samples.helpdesk(), Samples.ACT);
        ObjectNode b = new CaseExport("https://registry.example/ims/case/v1p1/").toPackage(Samples.helpdesk(), Samples.ACT);
        assertThat(a.at("/CFItems/3/identifier")).isEqualTo(b.at("/CFItems/3/identifier"));
        assertThat(a.at("/CFItems/3/uri").asText()).startsWith("urn:uuid:");
        assertThat(b.at("/CFItems/3/uri").asText()).startsWith("https://registry.example/ims/case/v1p1/CFItems/");
    }

    static Stream<Path> documents() {
        return Corpus.seeds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyStandardOfTheCorpusExportsToAValidPackageWithAnItemPerNode(Path file) throws Exception {
        ParseResult result = Standards.parse(file);
        for (Standard s : result.standards()) {
            ObjectNode pkg = new CaseExport(null).toPackage(s, result.act());
            assertThat(violations(pkg)).as(s.title()).isEmpty();
            long nodes = s.cards().stream().mapToLong(c -> 1 + c.functions().stream().mapToLong(f -> 1
                    + f.units().stream().mapToLong(u -> (u.kind() == UnitKind.FUNCTION ? 0 : 1) + u.itemCount()).sum())
                    .sum()).sum();
            assertThat(pkg.get("CFItems")).hasSize((int) nodes);
            assertThat(pkg.get("CFAssociations")).hasSize((int) nodes);
        }
    }
}
