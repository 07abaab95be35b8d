package org.parley.forecast;

import java.util.List;

/**
 * The state of an iterative model after one round.
 *
 * @param round 0 for the initial positions, then 1, 2, …
 * @param positions each actor's position on 0–100, in the order of {@link Trajectory#actorIds()}
 * @param forecast the model's forecast on 0–100 had it stopped after this round
 */
public record Round(int round, List<Double> positions, double forecast) {
    /** Copies {@code positions} into an unmodifiable list that keeps them unboxed. */
    public Round {
        positions = PositionList.copyOf(positions);
    }

    /** Builds a round from a position array (copied). */
    public static Round of(int round, double[] positions, double forecast) {
        return new Round(round, PositionList.of(positions), forecast);
    }
}
