package org.parley.dealspace.utility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.StatusQuo;
import org.parley.model.scenario.ValueSet;

/**
 * Derives a {@link DealSpace} from a scenario's positions (the spatial utility).
 *
 * <p>For actor {@code i} with position {@code (ideal p_ij, salience s_ij)} on issue {@code j}:
 *
 * <ul>
 *   <li>weight {@code w_ij = s_ij / Σ_k s_ik} (equal weights over the issues it has positions on when all its
 *       saliences are 0; weight 0 on issues without a position);
 *   <li>value on ordered scales {@code v_ij(x) = 1 − |σ_j(x) − σ_j(p_ij)| / 100}, where {@code σ_j} maps the
 *       issue onto 0–100 ({@link IssueScale#toScale}); a linear (city-block) loss keeps the utility additive,
 *       which the exact frontier algorithms rely on;
 *   <li>value on categorical scales: 1 for the ideal option, 0 otherwise (the scale has no distances);
 *   <li>utility {@code u_i(x) = Σ_j w_ij v_ij(x_j)}, in [0, 1].
 * </ul>
 *
 * <p>Red lines are hard constraints: a value that any actor's red line contains is removed from the issue
 * (red lines are per issue, so the feasible set stays a product space). An issue left without values makes
 * the scenario infeasible ({@link IllegalArgumentException} with the issue named).
 *
 * <p>Disagreement point: the actor's {@code Alternative.utility} when the scenario judges it; otherwise the
 * utility of the status quo, where issues without a status quo count at the actor's worst grid value
 * (nothing agreed, nothing gained); and 0 when the scenario records no status quo at all. Bargaining power
 * is the actor's capability. Actors without any position are left out (noted).
 */
public final class ScenarioDealSpace {
    private ScenarioDealSpace() {}

    /** Builds the deal space of a scenario. */
    public static DealSpace from(org.parley.model.scenario.Scenario scenario, Discretisation discretisation) {
        List<String> notes = new ArrayList<>();
        List<DiscreteIssue> issues = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            DiscreteIssue full = discretisation.discretise(issue);
            List<IssueValue> allowed = new ArrayList<>();
            for (IssueValue v : full.values()) {
                List<String> rejecting = scenario.positionsOn(issue.id()).stream()
                        .filter(p -> p.rejects(v))
                        .map(Position::actor)
                        .toList();
                if (rejecting.isEmpty()) {
                    allowed.add(v);
                } else {
                    notes.add("removed " + issue.id() + " = " + full.scale().describe(v) + " (red line of "
                            + String.join(", ", rejecting) + ")");
                }
            }
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException(
                        "issue " + issue.id() + ": every value is inside some actor's red line; no deal is feasible");
            }
            issues.add(new DiscreteIssue(issue.id(), issue.scale(), allowed));
        }
        OutcomeSpace space = new OutcomeSpace(issues);
        List<Party> parties = new ArrayList<>();
        for (Actor actor : scenario.actors()) {
            List<Position> positions = scenario.positionsOf(actor.id());
            if (positions.isEmpty()) {
                notes.add("actor " + actor.id() + " has no positions and is left out");
                continue;
            }
            parties.add(party(scenario, space, actor, positions, notes));
        }
        return new DealSpace(scenario.title(), space, parties, notes);
    }

    private static Party party(
            org.parley.model.scenario.Scenario scenario,
            OutcomeSpace space,
            Actor actor,
            List<Position> positions,
            List<String> notes) {
        double salienceSum = positions.stream().mapToDouble(Position::salience).sum();
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> functions = new ArrayList<>();
        Map<String, IssueValue> ideals = new LinkedHashMap<>();
        Map<String, ValueSet> acceptable = new LinkedHashMap<>();
        Map<String, ValueSet> redLines = new LinkedHashMap<>();
        for (DiscreteIssue issue : space.issues()) {
            Optional<Position> p = scenario.position(actor.id(), issue.id());
            if (p.isEmpty()) {
                weights.add(0.0);
                functions.add(constantZero(issue));
                continue;
            }
            Position pos = p.get();
            weights.add(salienceSum > 0 ? pos.salience() / salienceSum : 1.0 / positions.size());
            functions.add(spatialValue(issue, pos.value()));
            ideals.put(issue.id(), pos.value());
            pos.acceptable().ifPresent(a -> acceptable.put(issue.id(), a));
            pos.redLine().ifPresent(r -> redLines.put(issue.id(), r));
        }
        AdditiveUtility utility = new AdditiveUtility(space, normalise(weights), functions);
        double reservation = disagreement(scenario, space, actor, utility, notes);
        return new Party(
                actor.id(), actor.name(), utility, reservation, actor.capability(), ideals, acceptable, redLines);
    }

    /**
     * The spatial value function of an issue for an ideal value, defined on every value of the scale (also
     * values removed by red lines or off the grid, such as a status quo): piecewise linear with its peak at
     * the ideal for continuous scales, a table over all levels otherwise.
     */
    static ValueFunction spatialValue(DiscreteIssue issue, IssueValue ideal) {
        IssueScale scale = issue.scale();
        if (scale instanceof IssueScale.Continuous c) {
            double x = ((IssueValue.Number) ideal).value();
            double lo = 1 - scale.toScale(ideal) / 100.0;
            double hi = 1 - (100 - scale.toScale(ideal)) / 100.0;
            if (x <= c.min()) {
                return new ValueFunction.PiecewiseLinear(List.of(c.min(), c.max()), List.of(1.0, hi));
            }
            if (x >= c.max()) {
                return new ValueFunction.PiecewiseLinear(List.of(c.min(), c.max()), List.of(lo, 1.0));
            }
            return new ValueFunction.PiecewiseLinear(List.of(c.min(), x, c.max()), List.of(lo, 1.0, hi));
        }
        Map<IssueValue, Double> table = new LinkedHashMap<>();
        for (IssueValue v : allValues(scale)) {
            double value = scale.isOrdered()
                    ? 1 - Math.abs(scale.toScale(v) - scale.toScale(ideal)) / 100.0
                    : (v.equals(ideal) ? 1.0 : 0.0);
            table.put(v, value);
        }
        return new ValueFunction.Table(table);
    }

    private static List<IssueValue> allValues(IssueScale scale) {
        if (scale instanceof IssueScale.Ordinal o) {
            return o.levels().stream().map(l -> IssueValue.of(l.id())).toList();
        }
        if (scale instanceof IssueScale.Categorical c) {
            return c.options().stream().map(l -> IssueValue.of(l.id())).toList();
        }
        return List.of(IssueValue.of(false), IssueValue.of(true));
    }

    private static ValueFunction constantZero(DiscreteIssue issue) {
        if (issue.scale() instanceof IssueScale.Continuous) {
            return new ValueFunction.Linear(0, 0);
        }
        Map<IssueValue, Double> table = new LinkedHashMap<>();
        allValues(issue.scale()).forEach(v -> table.put(v, 0.0));
        return new ValueFunction.Table(table);
    }

    private static List<Double> normalise(List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        return weights.stream().map(w -> w / sum).toList();
    }

    private static double disagreement(
            org.parley.model.scenario.Scenario scenario,
            OutcomeSpace space,
            Actor actor,
            AdditiveUtility utility,
            List<String> notes) {
        var alternative = scenario.alternativeOf(actor.id());
        if (alternative.isPresent() && alternative.get().utility().isPresent()) {
            return alternative.get().utility().getAsDouble();
        }
        if (scenario.statusQuo().isEmpty()) {
            notes.add("actor " + actor.id() + ": no alternative utility and no status quo; disagreement value 0");
            return 0.0;
        }
        double d = 0;
        for (int j = 0; j < space.issueCount(); j++) {
            Optional<StatusQuo> sq = scenario.statusQuoOf(space.issue(j).id());
            d += sq.isPresent()
                    ? utility.weight(j) * utility.value(j, sq.get().value())
                    : UtilityFunction.toUtility(utility.minContribution(j));
        }
        d = Math.max(0, Math.min(1, d));
        notes.add("actor " + actor.id() + ": disagreement value " + String.format(java.util.Locale.ROOT, "%.4f", d)
                + " from the status quo (no alternative utility judged)");
        return d;
    }
}
