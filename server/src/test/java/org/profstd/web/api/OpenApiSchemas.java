package org.profstd.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The response schemas of an OpenAPI 3.0 document as JSON Schema 2020-12: {@code nullable: true} becomes a type that
 * admits null, and each schema is validated beside the document's components so its {@code $ref}s resolve.
 */
final class OpenApiSchemas {
    private final JsonNode document;
    private final JsonNode components;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiSchemas(JsonNode document) {
        this.document = document;
        this.components = translate(document.get("components").deepCopy());
    }

    /** A {@code $ref} to a reusable response followed, else the response itself. */
    JsonNode response(JsonNode response) {
        JsonNode ref = response.get("$ref");
        return ref == null ? response : document.at(ref.asText().substring(1));
    }

    /** The violations of a body against a response schema, one per line; empty when it is valid. */
    String violations(JsonNode schema, JsonNode body) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("components", components);
        root.putArray("allOf").add(translate(schema.deepCopy()));
        JsonSchema compiled = factory.getSchema(root);
        return compiled.validate(body).stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.joining("\n"));
    }

    /** Rewrites every {@code nullable: true} in place: a typed schema gains the null type, any other is or-null. */
    static JsonNode translate(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, translate(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            field.setValue(translate(field.getValue()));
        }
        if (!object.path("nullable").asBoolean(false)) {
            return object;
        }
        object.remove("nullable");
        JsonNode type = object.get("type");
        if (type != null && type.isTextual()) {
            object.putArray("type").add(type.asText()).add("null");
            return object;
        }
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        either.putArray("anyOf").add(JsonNodeFactory.instance.objectNode().put("type", "null")).add(object);
        return either;
    }
}
