package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EditApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The first position of the reference scenario: actor, issue and its index. */
    private static String[] firstPosition(String id) {
        JsonNode p = server.get("/api/v1/scenarios/" + id).json().at("/content/positions/0");
        return new String[] {p.get("actor").asString(), p.get("issue").asString()};
    }

    private static TestServer.Response patchSalience(String id, int base, String salience) {
        String[] p = firstPosition(id);
        return server.json(
                "PATCH",
                "/api/v1/scenarios/" + id + "/positions/" + p[0] + "/" + p[1],
                "{\"base_revision\": " + base + ", \"message\": \"Salience from the new report\", \"author\": \"ana\","
                        + " \"changes\": {\"salience\": " + salience + "}}");
    }

    @Test
    void anEditCreatesARevisionThatNamesItsBaseAuthorAndMessage() {
        server.importReference("edit-one");

        TestServer.Response r = patchSalience("edit-one", 1, "73");

        assertThat(r.status()).isEqualTo(200);
        JsonNode rev = r.json().get("revision");
        assertThat(rev.get("number").asInt()).isEqualTo(2);
        assertThat(rev.get("base_revision").asInt()).isEqualTo(1);
        assertThat(rev.get("author").asString()).isEqualTo("ana");
        assertThat(rev.get("message").asString()).isEqualTo("Salience from the new report");
        assertThat(server.get("/api/v1/scenarios/edit-one")
                        .json()
                        .at("/content/positions/0/salience")
                        .asInt())
                .isEqualTo(73);
        assertThat(server.get("/api/v1/scenarios/edit-one/revisions/1")
                        .json()
                        .at("/content/positions/0/salience")
                        .asInt())
                .isNotEqualTo(73);
        JsonNode diff =
                server.get("/api/v1/scenarios/edit-one/diff?from=1&to=2").json();
        assertThat(diff.get("changes").size()).isEqualTo(1);
        assertThat(diff.at("/changes/0/kind").asString()).isEqualTo("changed");
        assertThat(diff.at("/changes/0/collection").asString()).isEqualTo("positions");
        assertThat(diff.at("/changes/0/fields/0/field").asString()).isEqualTo("salience");
        assertThat(diff.at("/changes/0/fields/0/after").asString()).isEqualTo("73");
    }

    @Test
    void aStaleEditGets409AndNothingIsLostOrOverwritten() {
        server.importReference("stale-one");
        assertThat(patchSalience("stale-one", 1, "61").status()).isEqualTo(200);

        TestServer.Response stale = patchSalience("stale-one", 1, "62");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("STALE_REVISION");
        assertThat(stale.json().get("head_revision").asInt()).isEqualTo(2);
        assertThat(server.get("/api/v1/scenarios/stale-one/revisions").json().size())
                .isEqualTo(2);
        assertThat(server.get("/api/v1/scenarios/stale-one")
                        .json()
                        .at("/content/positions/0/salience")
                        .asInt())
                .isEqualTo(61);
    }

    @Test
    void anInvalidValueGets400NamingTheFieldAndNothingIsSaved() {
        server.importReference("invalid-one");

        TestServer.Response r = patchSalience("invalid-one", 1, "140");

        assertThat(r.status()).isEqualTo(400);
        JsonNode body = r.json();
        assertThat(body.get("code").asString()).isEqualTo("INVALID_EDIT");
        JsonNode d = body.get("diagnostics").get(0);
        assertThat(d.get("code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(d.get("path").asString()).isEqualTo("positions[0].salience");
        assertThat(d.get("field").asString()).isEqualTo("salience");
        assertThat(d.get("found").asString()).isEqualTo("the number 140");
        assertThat(d.has("line")).isFalse();
        assertThat(d.get("text").asString()).startsWith("error OUT_OF_RANGE positions[0].salience: expected");
        assertThat(server.get("/api/v1/scenarios/invalid-one/revisions").json().size())
                .isEqualTo(1);
    }

    @Test
    void aMissingMessageAndBaseAreReportedTogether() {
        server.importReference("envelope-one");
        String[] p = firstPosition("envelope-one");

        TestServer.Response r = server.json(
                "PATCH",
                "/api/v1/scenarios/envelope-one/positions/" + p[0] + "/" + p[1],
                "{\"changes\": {\"salience\": 50}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("diagnostics").findValuesAsString("path")).containsExactly("base_revision", "message");
    }

    @Test
    void malformedJsonIsLocated() {
        server.importReference("syntax-one");

        TestServer.Response r =
                server.json("PATCH", "/api/v1/scenarios/syntax-one/actors/x", "{\n \"base_revision\": }");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(r.json().at("/diagnostics/0/line").asInt()).isEqualTo(2);
    }

    @Test
    void editsOfUnknownElementsAre404() {
        server.importReference("missing-one");

        TestServer.Response r = server.json(
                "PATCH",
                "/api/v1/scenarios/missing-one/actors/nobody",
                "{\"base_revision\": 1, \"message\": \"m\", \"changes\": {\"capability\": 3}}");

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void actorsAndIssuesCanBeEditedAndPositionsAddedAndRemoved() {
        server.importReference("crud-one");
        JsonNode content = server.get("/api/v1/scenarios/crud-one").json().get("content");
        String actor = content.at("/actors/0/id").asString();
        String issue = content.at("/issues/0/id").asString();
        JsonNode position = content.at("/positions/0");

        assertThat(server.json(
                                "PATCH",
                                "/api/v1/scenarios/crud-one/actors/" + actor,
                                "{\"base_revision\": 1, \"message\": \"m\", \"changes\": {\"capability\": 42}}")
                        .status())
                .isEqualTo(200);
        assertThat(server.json(
                                "PATCH",
                                "/api/v1/scenarios/crud-one/issues/" + issue,
                                "{\"base_revision\": 2, \"message\": \"m\", \"changes\": {\"name\": \"Renamed\"}}")
                        .status())
                .isEqualTo(200);
        String path = "/api/v1/scenarios/crud-one/positions/"
                + position.get("actor").asString() + "/" + position.get("issue").asString();
        assertThat(server.send("DELETE", path + "?base_revision=3&message=drop", null, null, TestServer.TOKEN)
                        .status())
                .isEqualTo(200);
        TestServer.Response added = server.json(
                "POST",
                "/api/v1/scenarios/crud-one/positions",
                "{\"base_revision\": 4, \"message\": \"back\", \"element\": " + position + "}");
        assertThat(added.status()).isEqualTo(201);

        JsonNode head = server.get("/api/v1/scenarios/crud-one").json();
        assertThat(head.at("/scenario/head_revision").asInt()).isEqualTo(5);
        assertThat(head.at("/content/actors/0/capability").asInt()).isEqualTo(42);
        assertThat(head.at("/content/issues/0/name").asString()).isEqualTo("Renamed");
        JsonNode diff =
                server.get("/api/v1/scenarios/crud-one/diff?from=3&to=4").json();
        assertThat(diff.at("/changes/0/kind").asString()).isEqualTo("removed");
    }

    @Test
    void editsWithoutTheTokenAre401AndWriteNothing() {
        server.importReference("auth-one");
        String[] p = firstPosition("auth-one");

        TestServer.Response r = server.send(
                "PATCH",
                "/api/v1/scenarios/auth-one/positions/" + p[0] + "/" + p[1],
                "{\"base_revision\": 1, \"message\": \"m\", \"changes\": {\"salience\": 1}}",
                "application/json",
                null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(server.get("/api/v1/scenarios/auth-one/revisions").json().size())
                .isEqualTo(1);
    }

    @Test
    void anEditThatChangesNothingMakesNoRevision() {
        server.importReference("same-one");
        int salience = server.get("/api/v1/scenarios/same-one")
                .json()
                .at("/content/positions/0/salience")
                .asInt();

        TestServer.Response r = patchSalience("same-one", 1, Integer.toString(salience));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("NO_CHANGE");
        assertThat(server.get("/api/v1/scenarios/same-one/revisions").json().size())
                .isEqualTo(1);
    }

    @Test
    void aNewFileIsARevisionOfTheSameScenarioOnlyOnTheHead() {
        server.importReference("file-one");
        String changed = TestServer.reference("file-one").replaceFirst("salience: \\d+", "salience: 12");
        String path = "/api/v1/scenarios/file-one/revisions?base_revision=1&message=New%20report&filename=s.yaml";

        TestServer.Response saved = server.send("POST", path, changed, "application/yaml", TestServer.TOKEN);
        TestServer.Response stale = server.send("POST", path, changed, "application/yaml", TestServer.TOKEN);
        TestServer.Response other = server.send(
                "POST",
                "/api/v1/scenarios/file-one/revisions?base_revision=2&message=m",
                TestServer.reference("another-id"),
                "application/yaml",
                TestServer.TOKEN);

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().at("/revision/message").asString()).isEqualTo("New report");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("code").asString()).isEqualTo("ID_MISMATCH");
        assertThat(server.get("/api/v1/scenarios/file-one")
                        .json()
                        .at("/content/positions/0/salience")
                        .asInt())
                .isEqualTo(12);
    }

    @Test
    void concurrentEditsOnTheSameBaseCommitExactlyOnce() throws Exception {
        server.importReference("race-one");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int salience = 10 + i;
            Callable<Integer> edit = () -> {
                go.await();
                return patchSalience("race-one", 1, Integer.toString(salience)).status();
            };
            results.add(pool.submit(edit));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(server.get("/api/v1/scenarios/race-one/revisions").json().size())
                .isEqualTo(2);
    }
}
