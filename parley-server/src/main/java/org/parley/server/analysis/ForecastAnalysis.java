package org.parley.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModel;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Round;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.Scenario;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome;
import org.parley.server.api.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every forecasting model of {@code parley-forecast} ({@link ForecastModels#all()}) on every issue of a
 * revision: each model's forecast on 0–100 and in the issue's own terms, and the round-by-round positions
 * of the iterative models. Parameters: {@code rounds} (1–1000, default {@value ForecastOptions#DEFAULT_ROUNDS})
 * and {@code seed} (default 1); the same revision and parameters give the same result.
 */
public final class ForecastAnalysis implements Analysis {

    @Override
    public String kind() {
        return "forecast";
    }

    @Override
    public Outcome<ObjectNode> parameters(Scenario scenario, ObjectNode given) {
        List<Diagnostic> errors = new ArrayList<>();
        int rounds = ForecastOptions.DEFAULT_ROUNDS;
        long seed = ForecastOptions.defaults().seed();
        JsonNode r = given.get("rounds");
        if (r != null && !r.isNull()) {
            if (!r.isIntegralNumber() || r.asLong() < 1 || r.asLong() > 1000) {
                errors.add(error("rounds", "a whole number from 1 to 1000", r.toString()));
            } else {
                rounds = r.asInt();
            }
        }
        JsonNode s = given.get("seed");
        if (s != null && !s.isNull()) {
            if (!s.isIntegralNumber()) {
                errors.add(error("seed", "a whole number", s.toString()));
            } else {
                seed = s.asLong();
            }
        }
        if (!errors.isEmpty()) {
            return Outcome.failed(Problem.invalidEdit(errors));
        }
        ObjectNode p = Json.object();
        p.put("rounds", rounds);
        p.put("seed", seed);
        return Outcome.ok(p);
    }

    private static Diagnostic error(String field, String expected, String found) {
        return Diagnostic.error(DiagnosticCode.INVALID_VALUE, SourceLocation.ofFile("request"), field, expected, found);
    }

    @Override
    public ObjectNode run(Scenario scenario, ObjectNode parameters, Progress progress) {
        ForecastOptions options = new ForecastOptions(
                parameters.get("rounds").asInt(), parameters.get("seed").asLong());
        List<ForecastInput> inputs = ForecastInput.allFrom(scenario);
        List<ForecastModel> models = ForecastModels.all();
        Map<String, List<IssueForecast>> byIssue = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) {
            for (IssueForecast f : models.get(m).forecast(inputs, options)) {
                byIssue.computeIfAbsent(f.issueId(), k -> new ArrayList<>()).add(f);
            }
            progress.report((m + 1) / (double) models.size());
        }
        ObjectNode o = Json.object();
        ArrayNode names = o.putArray("models");
        models.forEach(m -> names.add(m.name()));
        ArrayNode issues = o.putArray("issues");
        for (Issue issue : scenario.issues()) {
            ObjectNode n = issues.addObject();
            n.put("issue", issue.id());
            n.put("name", issue.name());
            ArrayNode forecasts = n.putArray("forecasts");
            for (IssueForecast f : byIssue.getOrDefault(issue.id(), List.of())) {
                forecasts.add(forecast(f));
            }
        }
        return o;
    }

    private static ObjectNode forecast(IssueForecast f) {
        ObjectNode n = Json.object();
        n.put("model", f.model());
        if (f.point().isPresent()) {
            n.put("point", f.point().getAsDouble());
        } else {
            n.putNull("point");
        }
        n.put("label", f.label());
        n.put("note", f.note());
        if (!f.trajectory().isEmpty()) {
            ObjectNode t = n.putObject("trajectory");
            ArrayNode actors = t.putArray("actors");
            f.trajectory().actorIds().forEach(actors::add);
            t.put("converged", f.trajectory().converged());
            ArrayNode rounds = t.putArray("rounds");
            for (Round r : f.trajectory().rounds()) {
                ObjectNode ro = rounds.addObject();
                ro.put("round", r.round());
                ro.put("forecast", r.forecast());
                ArrayNode positions = ro.putArray("positions");
                r.positions().forEach(positions::add);
            }
        }
        return n;
    }
}
