package org.parley.dealspace.concession;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.UtilityFunction;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.ValueSet;

/**
 * Explains a deal per party and per issue: distance from the party's ideal and from the edge of what it
 * said it can accept, in the issue's own units.
 *
 * <p>Distances: continuous issues in their unit ({@code |x − ideal|}); ordinal issues in levels; categorical
 * and yes/no issues as a mismatch of 0 or 1. The ideal is the scenario position's value; for parties without
 * one (GENIUS profiles) it is the issue's best value for the party, when the issue has weight.
 */
public final class DealExplanation {
    private DealExplanation() {}

    /** One explanation per party, in party order. */
    public static List<PartyExplanation> explain(DealSpace deal, Outcome outcome) {
        if (!deal.space().contains(outcome)) {
            throw new IllegalArgumentException("outcome " + outcome + " is not in the deal space");
        }
        int[] x = outcome.indices();
        List<PartyExplanation> result = new ArrayList<>();
        for (Party p : deal.parties()) {
            AdditiveUtility u = p.utility();
            long ui = u.units(x);
            long best = u.maxUnits();
            long d = p.reservationUnits();
            double concession = best > d ? (best - ui) / (double) (best - d) : 0.0;
            List<IssueExplanation> issues = new ArrayList<>();
            for (int j = 0; j < deal.space().issueCount(); j++) {
                issues.add(issue(deal.space().issue(j), j, x[j], p, u));
            }
            result.add(new PartyExplanation(
                    p.id(),
                    UtilityFunction.toUtility(ui),
                    p.reservation(),
                    UtilityFunction.toUtility(best),
                    concession,
                    issues));
        }
        return result;
    }

    private static IssueExplanation issue(DiscreteIssue issue, int j, int k, Party p, AdditiveUtility u) {
        IssueValue value = issue.value(k);
        IssueValue ideal = p.ideals().get(issue.id());
        if (ideal == null && u.weight(j) > 0) {
            ideal = issue.value(u.bestValue(j));
        }
        IssueScale scale = issue.scale();
        Optional<ValueSet> acceptable = Optional.ofNullable(p.acceptable().get(issue.id()));
        OptionalDouble margin = OptionalDouble.empty();
        if (acceptable.isPresent()
                && acceptable.get() instanceof ValueSet.Interval iv
                && value instanceof IssueValue.Number n) {
            double m = Double.POSITIVE_INFINITY;
            if (iv.min().isPresent()) {
                m = Math.min(m, n.value() - iv.min().getAsDouble());
            }
            if (iv.max().isPresent()) {
                m = Math.min(m, iv.max().getAsDouble() - n.value());
            }
            margin = OptionalDouble.of(m);
        }
        return new IssueExplanation(
                issue.id(),
                scale.describe(value),
                Optional.ofNullable(ideal).map(scale::describe),
                ideal == null ? OptionalDouble.empty() : OptionalDouble.of(distance(scale, value, ideal)),
                unit(scale),
                acceptable.map(Object::toString),
                margin,
                acceptable.map(a -> a.contains(value)),
                u.value(j, k),
                u.weight(j));
    }

    /** The distance between two values of a scale, in {@link #unit} units. */
    static double distance(IssueScale scale, IssueValue a, IssueValue b) {
        if (scale instanceof IssueScale.Continuous) {
            return Math.abs(((IssueValue.Number) a).value() - ((IssueValue.Number) b).value());
        }
        if (scale instanceof IssueScale.Ordinal o) {
            double step = o.levels().size() == 1 ? 1 : 100.0 / (o.levels().size() - 1);
            return Math.round(Math.abs(scale.toScale(a) - scale.toScale(b)) / step);
        }
        return a.equals(b) ? 0 : 1;
    }

    /** The unit of {@link #distance} for a scale. */
    static String unit(IssueScale scale) {
        if (scale instanceof IssueScale.Continuous c) {
            return c.unit();
        }
        return scale instanceof IssueScale.Ordinal ? "levels" : "mismatch";
    }
}
