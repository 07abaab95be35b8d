package org.parley.server.analysis;

import org.parley.model.scenario.Scenario;
import org.parley.model.summary.ScenarioSummary;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The descriptive summary of {@link ScenarioSummary}: per issue the spread of positions on 0–100, and the
 * salience-weighted distance between every pair of actors. Takes no parameters.
 */
public final class SummaryAnalysis implements Analysis {

    @Override
    public String kind() {
        return "summary";
    }

    @Override
    public Outcome<ObjectNode> parameters(Scenario scenario, ObjectNode given) {
        return Outcome.ok(Json.object());
    }

    @Override
    public ObjectNode run(Scenario scenario, ObjectNode parameters, Progress progress) {
        ScenarioSummary summary = ScenarioSummary.of(scenario);
        ObjectNode o = Json.object();
        ArrayNode issues = o.putArray("issues");
        for (ScenarioSummary.IssueSpread spread : summary.issues()) {
            ObjectNode n = issues.addObject();
            n.put("issue", spread.issue().id());
            n.put("positions", spread.stands().size());
            if (!spread.stands().isEmpty()) {
                n.put("min", spread.min());
                n.put("max", spread.max());
            }
            n.put("range", spread.range());
        }
        progress.report(0.5);
        ArrayNode distances = o.putArray("distances");
        for (ScenarioSummary.ActorDistance d : summary.distances()) {
            distances
                    .addObject()
                    .put("a", d.a())
                    .put("b", d.b())
                    .put("distance", d.distance())
                    .put("shared_issues", d.sharedIssues());
        }
        progress.report(1);
        return o;
    }
}
