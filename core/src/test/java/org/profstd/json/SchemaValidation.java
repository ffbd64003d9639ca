package org.profstd.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.profstd.model.ParseResult;

/** Validates canonical JSON against the published schema; tests call it on every output they make. */
public final class SchemaValidation {
    private static final JsonSchema SCHEMA = load();

    private SchemaValidation() {
    }

    private static JsonSchema load() {
        try (InputStream in = CanonicalJson.schema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a result's canonical JSON, one per line; empty when it is valid. */
    public static String violations(ParseResult result) {
        try {
            JsonNode node = CanonicalJson.mapper().readTree(CanonicalJson.write(result));
            Set<ValidationMessage> messages = SCHEMA.validate(node);
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
