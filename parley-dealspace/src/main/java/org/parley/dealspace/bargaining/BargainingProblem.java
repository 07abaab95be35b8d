package org.parley.dealspace.bargaining;

import java.util.List;
import java.util.Objects;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * A discrete bargaining problem: a Pareto frontier, the disagreement point and the parties' powers.
 *
 * @param frontier the exact frontier of the feasible deals
 * @param disagreement utility of no agreement per party, in units of 10⁻⁹ (exactly comparable with the
 *     frontier's utilities)
 * @param powers bargaining power per party, {@code >= 0}, not all 0 (only ratios matter)
 */
public record BargainingProblem(ParetoFrontier frontier, List<Long> disagreement, List<Double> powers) {

    public BargainingProblem {
        Objects.requireNonNull(frontier, "frontier");
        disagreement = List.copyOf(disagreement);
        powers = List.copyOf(powers);
        if (disagreement.size() != powers.size()) {
            throw new IllegalArgumentException("need one disagreement value and one power per party");
        }
        if (!frontier.points().isEmpty() && frontier.points().get(0).dimension() != disagreement.size()) {
            throw new IllegalArgumentException("frontier dimension differs from the number of parties");
        }
        if (powers.stream().anyMatch(p -> !(p >= 0) || p.isInfinite())
                || powers.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("powers must be finite, >= 0 and not all 0");
        }
    }

    /** The problem of a deal space: reservations as disagreement point, powers as given. */
    public static BargainingProblem of(DealSpace space, ParetoFrontier frontier) {
        return new BargainingProblem(
                frontier,
                space.parties().stream().map(Party::reservationUnits).toList(),
                space.parties().stream().map(Party::power).toList());
    }

    /** The number of parties. */
    public int parties() {
        return disagreement.size();
    }

    /** The disagreement utility of a party. */
    public double disagreementUtility(int party) {
        return UtilityFunction.toUtility(disagreement.get(party));
    }

    /** Whether a point gives every party at least its disagreement utility. */
    public boolean isRational(FrontierPoint p) {
        for (int i = 0; i < parties(); i++) {
            if (p.units(i) < disagreement.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The individually rational frontier points, in frontier order. */
    public List<FrontierPoint> rationalPoints() {
        return frontier.points().stream().filter(this::isRational).toList();
    }

    /** The ideal (utopia) point of the rational frontier, in units: each party's best rational utility. */
    public long[] idealPoint() {
        long[] a = new long[parties()];
        for (int i = 0; i < a.length; i++) {
            final int party = i;
            a[i] = rationalPoints().stream()
                    .mapToLong(p -> p.units(party))
                    .max()
                    .orElse(disagreement.get(i));
        }
        return a;
    }
}
