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
import org.profstd.web.PageContext;
import org.profstd.web.Templates;

/**
 * {@code /api/docs}: the REST API described for people, in the page's language, from the OpenAPI document the API
 * serves: every operation with its parameters and answers. The OpenAPI document's summaries and descriptions are
 * English; a page in Russian or Kazakh tells them from its messages ({@code apidoc.OPERATION}, {@code .p.PARAMETER},
 * {@code .r.STATUS}), and an operation added to the document without them shows its English words.
 */
public final class ApiDocsPage {
    private static final String OPENAPI = "/org/profstd/web/openapi.json";
    private final Templates templates;
    private final List<Operation> operations;

    /** One operation of the API; {@code key} names its texts among the page's messages. */
    public record Operation(String key, String method, String path, String summary, List<Parameter> parameters,
            List<String> bodies, List<Response> responses) {
        public String summary(PageContext page) {
            return told(page, key, summary);
        }
    }

    public record Parameter(String key, String name, String in, boolean required, String type, String description) {
        public String description(PageContext page) {
            return told(page, key, description);
        }
    }

    public record Response(String key, String status, String description) {
        public String told(PageContext page) {
            return description.isEmpty() ? status : status + " " + ApiDocsPage.told(page, key, description);
        }
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
                String key = "apidoc." + op.getKey() + path.getKey().replaceAll("[^A-Za-z0-9]+", "_");
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode schema = p.path("schema");
                    String type = schema.has("enum") ? join(schema.path("enum"), " | ") : schema.path("type").asText("");
                    parameters.add(new Parameter(key + ".p." + p.path("name").asText(), p.path("name").asText(),
                            p.path("in").asText(),
                            p.path("required").asBoolean(false), type, p.path("description").asText("")));
                }
                List<String> bodies = new ArrayList<>();
                op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(bodies::add);
                List<Response> responses = new ArrayList<>();
                op.getValue().path("responses").fields().forEachRemaining(r -> responses.add(new Response(
                        key + ".r." + r.getKey(), r.getKey(), r.getValue().path("description").asText(""))));
                found.add(new Operation(key, op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        op.getValue().path("summary").asText(""), parameters, bodies, responses));
            }
        }
        return found;
    }

    /** The page's own words for an English text of the OpenAPI document, or that text when it has none. */
    static String told(PageContext page, String key, String english) {
        String text = page.t(key);
        return text.equals(key) || english.isEmpty() || page.lang().code().equals("en") ? english : text;
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
