package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.report.DealspaceAnalysis;
import org.parley.dealspace.report.DealspaceAnalyzer;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.ScenarioDealSpace;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.scenario.Scenario;
import org.parley.model.summary.ScenarioSummary;
import tools.jackson.databind.JsonNode;

class AnalysisApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.importReference("analysed");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Submits an analysis and polls its job until it is finished. */
    static JsonNode runToEnd(TestServer server, String path, String body) throws InterruptedException {
        TestServer.Response submitted = server.send("POST", path, body, "application/json", null);
        assertThat(submitted.status()).as(submitted.text()).isIn(200, 202);
        String location = submitted.raw().headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            JsonNode job = server.get(location).json();
            String state = job.get("state").asString();
            assertThat(job.get("progress").asDouble()).isBetween(0.0, 1.0);
            if (state.equals("done") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("analysis did not finish in 30 s");
    }

    private static Scenario reference() {
        return new ScenarioLoader()
                .parse("x.yaml", TestServer.reference("analysed").getBytes(StandardCharsets.UTF_8), Optional.empty())
                .orElseThrow();
    }

    @Test
    void theSummaryAnalysisRunsOffTheRequestThreadAndMatchesTheModel() throws Exception {
        JsonNode job = runToEnd(server, "/api/v1/scenarios/analysed/revisions/1/analyses", "{\"kind\": \"summary\"}");

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        ScenarioSummary expected = ScenarioSummary.of(reference());
        assertThat(job.at("/result/distances").size())
                .isEqualTo(expected.distances().size());
        assertThat(job.at("/result/distances/0/distance").asDouble())
                .isEqualTo(expected.distances().get(0).distance());
    }

    @Test
    void theDealSpaceOfAPairIsTheEnginesFrontierWithItsSolutions() throws Exception {
        Scenario scenario = reference();
        String a = scenario.actors().get(0).id();
        String b = scenario.actors().get(1).id();

        JsonNode job = runToEnd(
                server,
                "/api/v1/scenarios/analysed/revisions/1/analyses",
                "{\"kind\": \"dealspace\", \"parameters\": {\"a\": \"" + a + "\", \"b\": \"" + b + "\"}}");

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        DealSpace full = ScenarioDealSpace.from(scenario, Discretisation.defaults());
        DealSpace pair = new DealSpace(
                full.name(),
                full.space(),
                List.of(
                        full.parties().stream()
                                .filter(p -> p.id().equals(a))
                                .findFirst()
                                .orElseThrow(),
                        full.parties().stream()
                                .filter(p -> p.id().equals(b))
                                .findFirst()
                                .orElseThrow()),
                full.notes());
        DealspaceAnalysis expected = DealspaceAnalyzer.defaults().analyse(pair, ProgressListener.NONE);
        JsonNode result = job.get("result");
        assertThat(result.get("frontier").size()).isEqualTo(expected.frontier().size());
        assertThat(result.at("/parties/0/id").asString()).isEqualTo(a);
        assertThat(result.get("solutions").findValuesAsString("concept"))
                .containsAll(expected.solutions().stream()
                        .map(s -> s.concept().name())
                        .toList());
        assertThat(result.at("/disagreement/0").asDouble())
                .isEqualTo(expected.deal().parties().get(0).reservation());
    }

    @Test
    void theForecastIsEveryModelOfTheEngineWithTrajectoriesOfTheIterativeOnes() throws Exception {
        JsonNode job = runToEnd(server, "/api/v1/scenarios/analysed/revisions/1/analyses", "{\"kind\": \"forecast\"}");

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        JsonNode result = job.get("result");
        assertThat(result.get("models").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(ForecastModels.NAMES);
        Scenario scenario = reference();
        List<IssueForecast> expected = ForecastModels.byName("compromise")
                .orElseThrow()
                .forecast(ForecastInput.allFrom(scenario), ForecastOptions.defaults());
        JsonNode first = result.at("/issues/0");
        assertThat(first.get("issue").asString())
                .isEqualTo(scenario.issues().get(0).id());
        JsonNode compromise = first.get("forecasts")
                .valueStream()
                .filter(f -> f.get("model").asString().equals("compromise"))
                .findFirst()
                .orElseThrow();
        IssueForecast same = expected.stream()
                .filter(f -> f.issueId().equals(scenario.issues().get(0).id()))
                .findFirst()
                .orElseThrow();
        assertThat(compromise.get("point").asDouble()).isEqualTo(same.point().getAsDouble());
        assertThat(compromise.get("label").asString()).isEqualTo(same.label());
        assertThat(result.findValues("trajectory")).isNotEmpty();
        assertThat(result.findValues("trajectory").get(0).get("rounds").size()).isGreaterThan(1);
    }

    @Test
    void askingAgainReturnsTheSameFinishedJob() throws Exception {
        JsonNode first = runToEnd(server, "/api/v1/scenarios/analysed/revisions/1/analyses", "{\"kind\": \"summary\"}");

        TestServer.Response again = server.send(
                "POST",
                "/api/v1/scenarios/analysed/revisions/1/analyses",
                "{\"kind\": \"summary\"}",
                "application/json",
                null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.get("id").asString());
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        TestServer.Response kind = server.send(
                "POST",
                "/api/v1/scenarios/analysed/revisions/1/analyses",
                "{\"kind\": \"astrology\"}",
                "application/json",
                null);
        TestServer.Response actor = server.send(
                "POST",
                "/api/v1/scenarios/analysed/revisions/1/analyses",
                "{\"kind\": \"dealspace\", \"parameters\": {\"a\": \"nobody\", \"step\": 0}}",
                "application/json",
                null);

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().at("/diagnostics/0/path").asString()).isEqualTo("kind");
        assertThat(actor.status()).isEqualTo(400);
        assertThat(actor.json().get("diagnostics").findValuesAsString("path")).containsExactly("a", "step");
        assertThat(server.get("/api/v1/analyses/no-such-job").status()).isEqualTo(404);
    }
}
