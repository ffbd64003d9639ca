package org.profstd.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import org.profstd.model.ParseResult;

/**
 * The canonical JSON (version 1) of the model: what {@code parse --format json} prints, what the registry stores and
 * the API serves. Keys follow the record components in declaration order; absent values are written as null, never
 * left out, so a consumer can tell "the document has no such field" from a different schema.
 */
public final class CanonicalJson {
    /** Where the JSON Schema of the canonical JSON lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/profstd/json/profstd-canonical-v1.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CanonicalJson() {
    }

    public static String write(ParseResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model always serialises", e);
        }
    }

    public static ParseResult read(String json) {
        try {
            return MAPPER.readValue(json, ParseResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The shared mapper, configured as the canonical form requires. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static InputStream schema() {
        return CanonicalJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    }
}
