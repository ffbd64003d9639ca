package org.profstd.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.OffsetDateTime;
import org.profstd.json.CanonicalJson;

/** JSON for the API: the canonical mapper, compact. */
final class Json {
    private static final ObjectMapper COMPACT = CanonicalJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
            // registry timestamps (when an edition was stored) as ISO-8601 text, offset included
            .registerModule(new SimpleModule().addSerializer(OffsetDateTime.class, ToStringSerializer.instance));

    private Json() {
    }

    static String write(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API values always serialise", e);
        }
    }

    static ObjectMapper mapper() {
        return COMPACT;
    }
}
