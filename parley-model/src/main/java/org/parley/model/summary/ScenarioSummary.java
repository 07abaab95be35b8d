package org.parley.model.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Scenario;

/**
 * A descriptive summary of a scenario, before any model is run: per issue the spread of positions on the
 * common 0–100 scale and who stands where, and the pairs of actors that stand furthest apart.
 *
 * <p>Distance between two actors {@code a, b} over the issues on which both hold a position, with
 * {@code x} the position on 0–100 and {@code s} the salience:
 *
 * <pre>  D(a, b) = Σ_i w_i · |x_ai − x_bi| / Σ_i w_i,   w_i = (s_ai + s_bi) / 2</pre>
 *
 * a salience-weighted mean absolute distance on 0–100. Categorical issues count 0 when both hold the same
 * option and 100 otherwise, since their options have no order.
 *
 * @param issues per-issue spreads, in file order
 * @param distances actor pairs, furthest apart first
 */
public record ScenarioSummary(List<IssueSpread> issues, List<ActorDistance> distances) {

    public ScenarioSummary {
        issues = List.copyOf(issues);
        distances = List.copyOf(distances);
    }

    /**
     * Where the actors stand on one issue.
     *
     * @param issue the issue
     * @param stands the positions, sorted by place on 0–100 (file order for categorical issues)
     * @param min lowest position on 0–100 (NaN when nobody holds one)
     * @param max highest position on 0–100 (NaN when nobody holds one)
     */
    public record IssueSpread(Issue issue, List<Stand> stands, double min, double max) {
        public IssueSpread {
            stands = List.copyOf(stands);
        }

        /** max − min on 0–100 (0 when fewer than two positions). */
        public double range() {
            return stands.size() < 2 ? 0 : max - min;
        }
    }

    /**
     * One actor's place on an issue.
     *
     * @param actor the actor
     * @param position its position
     * @param scaled the position on 0–100
     * @param described the value in the issue's own terms
     */
    public record Stand(Actor actor, Position position, double scaled, String described) {}

    /**
     * How far apart two actors stand.
     *
     * @param a first actor id
     * @param b second actor id
     * @param distance salience-weighted mean distance on 0–100
     * @param sharedIssues how many issues both hold a position on
     */
    public record ActorDistance(String a, String b, double distance, int sharedIssues) {}

    /** Summarises a scenario. */
    public static ScenarioSummary of(Scenario scenario) {
        Map<String, Actor> actors = scenario.actorsById();
        List<IssueSpread> spreads = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            List<Stand> stands = new ArrayList<>();
            for (Position p : scenario.positionsOn(issue.id())) {
                stands.add(new Stand(
                        actors.get(p.actor()),
                        p,
                        issue.scale().toScale(p.value()),
                        issue.scale().describe(p.value())));
            }
            if (issue.scale().isOrdered()) {
                stands.sort(Comparator.comparingDouble(Stand::scaled));
            }
            double min = stands.stream().mapToDouble(Stand::scaled).min().orElse(Double.NaN);
            double max = stands.stream().mapToDouble(Stand::scaled).max().orElse(Double.NaN);
            spreads.add(new IssueSpread(issue, stands, min, max));
        }
        Map<String, Map<String, Position>> index = new java.util.HashMap<>();
        scenario.positions()
                .forEach(p -> index.computeIfAbsent(p.actor(), k -> new java.util.HashMap<>())
                        .put(p.issue(), p));
        List<ActorDistance> distances = new ArrayList<>();
        List<Actor> list = scenario.actors();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                distance(scenario, index, list.get(i).id(), list.get(j).id()).ifPresent(distances::add);
            }
        }
        distances.sort(Comparator.comparingDouble(ActorDistance::distance)
                .reversed()
                .thenComparing(ActorDistance::a)
                .thenComparing(ActorDistance::b));
        return new ScenarioSummary(spreads, distances);
    }

    private static java.util.Optional<ActorDistance> distance(
            Scenario scenario, Map<String, Map<String, Position>> index, String a, String b) {
        double weighted = 0;
        double weights = 0;
        int shared = 0;
        for (Issue issue : scenario.issues()) {
            Position pa = index.getOrDefault(a, Map.of()).get(issue.id());
            Position pb = index.getOrDefault(b, Map.of()).get(issue.id());
            if (pa == null || pb == null) {
                continue;
            }
            double d = issue.scale().isOrdered()
                    ? Math.abs(issue.scale().toScale(pa.value()) - issue.scale().toScale(pb.value()))
                    : (pa.value().equals(pb.value()) ? 0 : 100);
            double w = (pa.salience() + pb.salience()) / 2;
            weighted += w * d;
            weights += w;
            shared++;
        }
        if (shared == 0) {
            return java.util.Optional.empty();
        }
        double distance = weights == 0 ? 0 : weighted / weights;
        return java.util.Optional.of(new ActorDistance(a, b, distance, shared));
    }
}
