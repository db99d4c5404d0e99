package dev.pitwall.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document shows every endpoint with examples: each JSON request body and each successful JSON answer
 * has an example, on the media type or on the schema it names (for a page or a list, on the schema of its items).
 * A new endpoint without examples fails the build, naming the operation and what lacks one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OpenApiExamplesIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> "openapi-examples-secret-of-at-least-32-bytes");
    }

    @Autowired
    RestTestClient client;

    @Test
    void everyJsonRequestAndSuccessfulAnswerHasAnExample() {
        JsonNode docs = JsonMapper.builder().build().readTree(client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody());
        JsonNode schemas = docs.path("components").path("schemas");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
                if (!body.isMissingNode() && !hasExample(body, schemas)) {
                    missing.add(name + ": request body");
                }
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    JsonNode json = response.getValue().path("content").path("application/json");
                    JsonNode any = response.getValue().path("content").path("*/*");
                    JsonNode media = json.isMissingNode() ? any : json;
                    if (response.getKey().startsWith("2") && !media.isMissingNode() && !hasExample(media, schemas)) {
                        missing.add(name + ": " + response.getKey() + " answer");
                    }
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(70);
        assertThat(missing).as("JSON bodies without an example").isEmpty();
    }

    private static boolean hasExample(JsonNode media, JsonNode schemas) {
        if (media.has("example") || media.path("examples").size() > 0) {
            return true;
        }
        return schemaHasExample(media.path("schema"), schemas, 0);
    }

    private static boolean schemaHasExample(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.isMissingNode() || depth > 6) {
            return false;
        }
        if (schema.has("example") || schema.path("examples").size() > 0) {
            return true;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            return schemaHasExample(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, depth + 1);
        }
        if (schema.has("items")) {
            return schemaHasExample(schema.path("items"), schemas, depth + 1);
        }
        // a page: its items' schema carries the example
        return schemaHasExample(schema.path("properties").path("items"), schemas, depth + 1);
    }
}
