package org.profstd.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.profstd.web.Templates;

/**
 * {@code /api/docs}: the REST API described for people, in the page's language, from the OpenAPI document the API
 * serves: every operation with its parameters and answers. The summaries are the OpenAPI document's own, in English.
 */
public final class ApiDocsPage {
    private static final String OPENAPI = "/org/profstd/web/openapi.json";
    private final Templates templates;
    private final List<Operation> operations;

    /** One operation of the API. */
    public record Operation(String method, String path, String summary, List<Parameter> parameters, List<String> bodies,
            List<String> responses) {
    }

    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    ApiDocsPage(Templates templates) {
        this.templates = templates;
        this.operations = operations(openapi());
    }

    void show(Context ctx) {
        templates.render(ctx, "apidocs.jte", Map.of("operations", operations));
    }

    private static List<Operation> operations(JsonNode doc) {
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode schema = p.path("schema");
                    String type = schema.has("enum") ? join(schema.path("enum"), " | ") : schema.path("type").asText("");
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), type, p.path("description").asText("")));
                }
                List<String> bodies = new ArrayList<>();
                op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(bodies::add);
                List<String> responses = new ArrayList<>();
                op.getValue().path("responses").fields().forEachRemaining(r -> responses.add(r.getKey()
                        + (r.getValue().has("description") ? " " + r.getValue().path("description").asText() : "")));
                found.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        op.getValue().path("summary").asText(""), parameters, bodies, responses));
            }
        }
        return found;
    }

    private static String join(JsonNode values, String separator) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return String.join(separator, texts);
    }

    private static JsonNode openapi() {
        try (InputStream in = ApiDocsPage.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the build lost the resource " + OPENAPI);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
