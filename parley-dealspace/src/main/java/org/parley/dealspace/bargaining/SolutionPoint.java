package org.parley.dealspace.bargaining;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * A bargaining solution as reported, whichever way it was found: by scanning an enumerated frontier
 * ({@link BargainingSolver}) or by CP-SAT over the whole space ({@code CpSatSolutions}).
 *
 * @param concept the solution concept
 * @param units the utility vector, in units of 10⁻⁹, one per party
 * @param deal an outcome with this utility vector
 * @param score the concept's score (see {@link BargainingSolver#score})
 * @param ties how many frontier points share the best score, when the frontier was enumerated
 * @param method how it was found: "frontier" or "CP-SAT"
 */
public record SolutionPoint(
        SolutionConcept concept, List<Long> units, Outcome deal, double score, OptionalInt ties, String method) {

    public SolutionPoint {
        Objects.requireNonNull(concept, "concept");
        units = List.copyOf(units);
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(ties, "ties");
        Objects.requireNonNull(method, "method");
    }

    /** The point of a frontier solution: its first optimum. */
    public static SolutionPoint of(BargainingSolution s) {
        return new SolutionPoint(
                s.concept(),
                java.util.Arrays.stream(s.point().units()).boxed().toList(),
                s.point().example(),
                s.score(),
                OptionalInt.of(s.optima().size()),
                "frontier");
    }

    /** The utility vector. */
    public double[] utilities() {
        return units.stream().mapToDouble(UtilityFunction::toUtility).toArray();
    }
}
