package org.parley.dealspace.concession;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.dealspace.outcome.Outcome;

/**
 * The result of {@link MinimalConcessionSolver}: a deal, or the reason there is none.
 *
 * @param objective what was minimised
 * @param outcome the deal, if one is acceptable to all
 * @param value the minimised objective (in [0, 1] per party), NaN without a deal
 * @param concessions normalised concession per party, in party order (empty without a deal)
 * @param utilities utility per party, in party order (empty without a deal)
 * @param reason why there is no deal; empty when there is one
 */
public record MinimalConcessionDeal(
        ConcessionObjective objective,
        Optional<Outcome> outcome,
        double value,
        List<Double> concessions,
        List<Double> utilities,
        String reason) {

    public MinimalConcessionDeal {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(outcome, "outcome");
        concessions = List.copyOf(concessions);
        utilities = List.copyOf(utilities);
        Objects.requireNonNull(reason, "reason");
    }

    /** A result without a deal. */
    static MinimalConcessionDeal none(ConcessionObjective objective, String reason) {
        return new MinimalConcessionDeal(objective, Optional.empty(), Double.NaN, List.of(), List.of(), reason);
    }
}
