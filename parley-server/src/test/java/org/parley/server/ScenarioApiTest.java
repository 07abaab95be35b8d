package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.io.ScenarioWriter;
import org.parley.model.io.SourceLibrary;
import org.parley.model.scenario.Scenario;
import tools.jackson.databind.JsonNode;

class ScenarioApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void importingAFileCreatesRevisionOneAndListsTheScenario() {
        TestServer.Response r = server.importReference("import-one");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw().headers().firstValue("Location")).contains("/api/v1/scenarios/import-one");
        JsonNode body = r.json();
        assertThat(body.at("/revision/number").asInt()).isEqualTo(1);
        assertThat(body.at("/revision/base_revision").isNull()).isTrue();
        assertThat(body.at("/revision/author").asString()).isEqualTo("analyst");
        assertThat(body.at("/revision/message").asString()).isEqualTo("Imported scenario.yaml");
        assertThat(body.at("/scenario/head_revision").asInt()).isEqualTo(1);
        List<String> ids = StreamSupport.stream(
                        server.get("/api/v1/scenarios").json().spliterator(), false)
                .map(n -> n.get("id").asString())
                .toList();
        assertThat(ids).contains("import-one");
    }

    @Test
    void exportGivesBackTheSameScenarioAsYamlAndJson() {
        server.importReference("export-one");
        Scenario original = new ScenarioLoader()
                .parse("x.yaml", TestServer.reference("export-one").getBytes(StandardCharsets.UTF_8), Optional.empty())
                .orElseThrow();

        TestServer.Response yaml = server.get("/api/v1/scenarios/export-one/export?format=yaml");
        TestServer.Response json = server.get("/api/v1/scenarios/export-one/export?format=json&revision=1");

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(yaml.raw().headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"export-one-r1.yaml\"");
        assertThat(yaml.text()).isEqualTo(ScenarioWriter.toYaml(original));
        assertThat(json.text()).isEqualTo(ScenarioWriter.toJson(original));
    }

    @Test
    void anInvalidUploadGets400WithTheLoadersLocatedMessagesAndNothingIsSaved() {
        String bad = TestServer.reference("bad-one").replaceFirst("salience: \\d+", "salience: 140");
        List<String> expected = new ScenarioLoader()
                        .parse(
                                "bad.yaml",
                                bad.getBytes(StandardCharsets.UTF_8),
                                Optional.of(new SourceLibrary(TestServer.SOURCES)))
                        .diagnostics()
                        .stream()
                        .map(Diagnostic::toString)
                        .toList();

        TestServer.Response r =
                server.send("POST", "/api/v1/scenarios?filename=bad.yaml", bad, "application/yaml", TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("code").asString()).isEqualTo("INVALID_SCENARIO");
        assertThat(StreamSupport.stream(body.get("diagnostics").spliterator(), false)
                        .map(d -> d.get("text").asString())
                        .toList())
                .isEqualTo(expected)
                .anyMatch(t -> t.startsWith("bad.yaml:") && t.contains("OUT_OF_RANGE positions[0].salience"));
        JsonNode first = body.get("diagnostics").get(0);
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(first.get("column").asInt()).isPositive();
        assertThat(server.get("/api/v1/scenarios/bad-one").status()).isEqualTo(404);
    }

    @Test
    void aSyntaxErrorIsLocated() {
        TestServer.Response r = server.send(
                "POST",
                "/api/v1/scenarios?filename=s.json",
                "{\"parley\": 1,\n  \"id\": }",
                "application/json",
                TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(400);
        JsonNode d = r.json().get("diagnostics").get(0);
        assertThat(d.get("code").asString()).isEqualTo("SYNTAX");
        assertThat(d.get("file").asString()).isEqualTo("s.json");
        assertThat(d.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void importingAnExistingIdIsAConflict() {
        server.importReference("twice");

        TestServer.Response r = server.send(
                "POST", "/api/v1/scenarios", TestServer.reference("twice"), "application/yaml", TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("SCENARIO_EXISTS");
        assertThat(server.get("/api/v1/scenarios/twice/revisions").json().size())
                .isEqualTo(1);
    }

    @Test
    void writesWithoutTheTokenGet401AndChangeNothing() {
        TestServer.Response none =
                server.send("POST", "/api/v1/scenarios", TestServer.reference("no-auth"), "application/yaml", null);
        TestServer.Response wrong =
                server.send("POST", "/api/v1/scenarios", TestServer.reference("no-auth"), "application/yaml", "guess");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer");
        assertThat(none.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(server.get("/api/v1/scenarios/no-auth").status()).isEqualTo(404);
    }

    @Test
    void readsNeedNoToken() {
        server.importReference("open-read");

        assertThat(server.get("/api/v1/scenarios/open-read").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/scenarios/open-read/revisions/1/overview")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownScenariosRevisionsAndRoutesAre404InTheErrorShape() {
        assertThat(server.get("/api/v1/scenarios/nothing-here")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("NOT_FOUND");
        assertThat(server.get("/api/v1/scenarios/Not%20An%20Id").status()).isEqualTo(404);
        server.importReference("rev-404");
        assertThat(server.get("/api/v1/scenarios/rev-404/revisions/7").status()).isEqualTo(404);
        assertThat(server.get("/api/v1/scenarios/rev-404/revisions/x").status()).isEqualTo(404);
        TestServer.Response route = server.get("/api/v1/no-such-route");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void cachedViewsAreSentGzippedToClientsThatAcceptItAndPlainOtherwise() throws Exception {
        server.importReference("zipped");
        String path = "/api/v1/scenarios/zipped/revisions/1/overview";
        java.net.http.HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(server.uri(path))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(server.get(path).text());
        }
        assertThat(server.get(path).raw().headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void theOverviewQuotesTheSourceSpanOfEachCitation() {
        server.importReference("quoted");

        JsonNode overview =
                server.get("/api/v1/scenarios/quoted/revisions/1/overview").json();

        JsonNode citation = overview.at("/positions/0/citations/0");
        assertThat(citation.get("quote").isString()).isTrue();
        assertThat(citation.get("quote").asString()).isNotBlank();
        Scenario scenario = new ScenarioLoader()
                .parse("x.yaml", TestServer.reference("quoted").getBytes(StandardCharsets.UTF_8), Optional.empty())
                .orElseThrow();
        assertThat(overview.get("positions").size())
                .isEqualTo(scenario.positions().size());
        assertThat(overview.get("actors").size()).isEqualTo(scenario.actors().size());
    }
}
