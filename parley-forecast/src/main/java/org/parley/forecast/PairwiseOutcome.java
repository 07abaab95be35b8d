package org.parley.forecast;

import java.util.List;
import java.util.OptionalInt;

/**
 * The pairwise (Condorcet) contest over an issue's candidate positions.
 *
 * @param candidates the distinct positions taken by actors, ascending, on 0–100
 * @param beatsAll for each candidate, the probability that it beats every other candidate (sums to 1)
 * @param condorcetWinner index of the candidate that beats every other one by weighted majority, if any
 * @param chosen index of the forecast: the Condorcet winner, or else the fallback's choice
 */
public record PairwiseOutcome(List<Double> candidates, List<Double> beatsAll, OptionalInt condorcetWinner, int chosen) {
    public PairwiseOutcome {
        candidates = List.copyOf(candidates);
        beatsAll = List.copyOf(beatsAll);
        if (candidates.size() != beatsAll.size() || chosen < 0 || chosen >= candidates.size()) {
            throw new IllegalArgumentException("inconsistent pairwise outcome");
        }
    }

    /** Whether the weighted majority relation has a cycle at the top (no Condorcet winner). */
    public boolean hasCycle() {
        return condorcetWinner.isEmpty();
    }
}
