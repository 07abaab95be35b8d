package org.parley.forecast;

import java.util.List;

/**
 * How each actor's position moves, round by round, in an iterative model: who gives way and who holds.
 *
 * @param actorIds the actors, in the order of each round's positions
 * @param rounds round 0 (initial positions) first; empty for one-shot models
 * @param converged whether the model stopped because positions settled (rather than at the round limit)
 */
public record Trajectory(List<String> actorIds, List<Round> rounds, boolean converged) {
    public Trajectory {
        actorIds = List.copyOf(actorIds);
        rounds = List.copyOf(rounds);
        for (Round r : rounds) {
            if (r.positions().size() != actorIds.size()) {
                throw new IllegalArgumentException("round " + r.round() + " has "
                        + r.positions().size() + " positions for " + actorIds.size() + " actors");
            }
        }
    }

    /** The trajectory of a one-shot model. */
    public static Trajectory none() {
        return new Trajectory(List.of(), List.of(), true);
    }

    /** Whether there are rounds to show. */
    public boolean isEmpty() {
        return rounds.isEmpty();
    }

    /** How far an actor moved from round 0 to the last round, on 0–100 (0 for a one-shot model). */
    public double movement(int actorIndex) {
        if (rounds.isEmpty()) {
            return 0;
        }
        return Math.abs(rounds.get(rounds.size() - 1).positions().get(actorIndex)
                - rounds.get(0).positions().get(actorIndex));
    }
}
