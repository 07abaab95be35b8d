package org.parley.dealspace.bargaining;

import java.util.List;
import java.util.Objects;
import org.parley.dealspace.pareto.FrontierPoint;

/**
 * A bargaining solution on a discrete frontier.
 *
 * @param concept the solution concept
 * @param optima every rational frontier point whose score is within tolerance of the best, in frontier
 *     order (discrete problems can have several); at least one
 * @param score the best score (see {@link BargainingSolver} for each concept's score)
 */
public record BargainingSolution(SolutionConcept concept, List<FrontierPoint> optima, double score) {

    public BargainingSolution {
        Objects.requireNonNull(concept, "concept");
        optima = List.copyOf(optima);
        if (optima.isEmpty()) {
            throw new IllegalArgumentException("a solution needs at least one point");
        }
    }

    /** The solution point: the first optimum in frontier order (highest utility for the first party). */
    public FrontierPoint point() {
        return optima.get(0);
    }
}
