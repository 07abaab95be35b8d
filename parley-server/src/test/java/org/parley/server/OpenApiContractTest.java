package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The hand-written openapi.yaml and the routes the server registers describe the same API. */
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private static TestServer server;
    private static JsonNode spec;

    @BeforeAll
    static void start() {
        server = new TestServer();
        TestServer.Response r = server.get("/api/v1/openapi.yaml");
        assertThat(r.status()).isEqualTo(200);
        spec = new YAMLMapper().readTree(r.text());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> documented() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    routes.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return routes.stream().sorted().toList();
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() {
        assertThat(server.server().routes()).isNotEmpty().containsExactlyElementsOf(documented());
    }

    @Test
    void everyWriteRouteDeclaresTheTokenAndEveryOperationHasAnId() {
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                assertThat(op.getValue().path("operationId").asString(""))
                        .as(path.getKey())
                        .isNotEmpty();
                boolean write = !op.getKey().equals("get") && !path.getKey().endsWith("/analyses");
                assertThat(op.getValue().has("security"))
                        .as(op.getKey() + " " + path.getKey() + " declares the token")
                        .isEqualTo(write);
            }
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = spec.findValuesAsString("$ref");
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }
}
