package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.profstd.json.CanonicalJson;
import org.profstd.json.SchemaValidation;
import org.profstd.model.ParseResult;

/** {@code profstd parse ru-xml/... --format json}: the canonical JSON of every export is valid and reads back. */
class RegistryXmlJsonTest {
    static final List<String> FILES = RegistryFiles.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void exportParsesIntoSchemaValidCanonicalJson(String file) {
        ParseResult result = RegistryFiles.parse(file);
        assertThat(SchemaValidation.violations(result)).isEmpty();
        String json = CanonicalJson.write(result);
        assertThat(json).contains("\"format\" : \"registry-xml\"", "\"format\" : \"ru-mintrud\"");
        assertThat(CanonicalJson.read(json)).isEqualTo(result);
    }
}
