package org.parley.forecast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Scenario;

/**
 * What the forecasting models need to know about one issue: every actor's stance on the common 0–100
 * scale, the status quo if known, and (optionally) the issue's scale so that a forecast can be mapped back
 * to the issue's own units or level labels.
 *
 * @param issueId the issue's identifier
 * @param stances one stance per actor, at least one, actor ids unique
 * @param statusQuo the current value on 0–100, if known
 * @param scale the issue's scale, if the input came from a scenario
 */
public record ForecastInput(
        String issueId, List<Stance> stances, OptionalDouble statusQuo, Optional<IssueScale> scale) {

    public ForecastInput {
        Objects.requireNonNull(issueId, "issueId");
        stances = List.copyOf(stances);
        Objects.requireNonNull(statusQuo, "statusQuo");
        Objects.requireNonNull(scale, "scale");
        if (stances.isEmpty()) {
            throw new IllegalArgumentException("issue " + issueId + " has no stances");
        }
        Set<String> seen = new HashSet<>();
        for (Stance s : stances) {
            if (!seen.add(s.actorId())) {
                throw new IllegalArgumentException("issue " + issueId + ": duplicate actor " + s.actorId());
            }
        }
        if (statusQuo.isPresent() && !(statusQuo.getAsDouble() >= 0 && statusQuo.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("status quo of " + issueId + " must be in [0, 100]");
        }
    }

    /** An input without status quo or scale, as used by tests and the backtest. */
    public static ForecastInput of(String issueId, List<Stance> stances) {
        return new ForecastInput(issueId, stances, OptionalDouble.empty(), Optional.empty());
    }

    /** Whether distances on this issue mean something (false only for categorical scales). */
    public boolean isOrdered() {
        return scale.map(IssueScale::isOrdered).orElse(true);
    }

    /** Number of actors. */
    public int size() {
        return stances.size();
    }

    /** The sum of all weights (capability × salience). */
    public double totalWeight() {
        double w = 0;
        for (Stance s : stances) {
            w += s.weight();
        }
        return w;
    }

    /**
     * The input for one issue of a scenario: each recorded position mapped to 0–100 by the issue's scale,
     * with the actor's capability; actors without a position on the issue are left out.
     *
     * @throws IllegalArgumentException if the scenario has no such issue or nobody takes a position on it
     */
    public static ForecastInput from(Scenario scenario, String issueId) {
        Issue issue = scenario.issue(issueId)
                .orElseThrow(() -> new IllegalArgumentException("unknown issue '" + issueId + "'"));
        IssueScale scale = issue.scale();
        List<Stance> stances = new ArrayList<>();
        for (Position p : scenario.positionsOn(issueId)) {
            Actor actor = scenario.actor(p.actor()).orElseThrow();
            stances.add(new Stance(actor.id(), scale.toScale(p.value()), p.salience(), actor.capability()));
        }
        OptionalDouble sq = scenario.statusQuoOf(issueId)
                .map(s -> OptionalDouble.of(scale.toScale(s.value())))
                .orElse(OptionalDouble.empty());
        return new ForecastInput(issueId, stances, sq, Optional.of(scale));
    }

    /** The inputs for every issue of a scenario that at least one actor takes a position on, in file order. */
    public static List<ForecastInput> allFrom(Scenario scenario) {
        List<ForecastInput> inputs = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            if (!scenario.positionsOn(issue.id()).isEmpty()) {
                inputs.add(from(scenario, issue.id()));
            }
        }
        return List.copyOf(inputs);
    }
}
