package org.parley.model.scenario;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An actor's best alternative to a negotiated agreement (BATNA): what it does, and how good that is for it,
 * if no deal is reached.
 *
 * @param actor id of the actor
 * @param description what happens for the actor without a deal, in our own words
 * @param utility how good the alternative is for the actor on the 0–1 utility scale of the deal-space
 *     analysis (its reservation value), if judged
 * @param provenance the citations or the assumption
 */
public record Alternative(String actor, String description, OptionalDouble utility, Provenance provenance) {
    public Alternative {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(utility, "utility");
        if (utility.isPresent() && !(utility.getAsDouble() >= 0 && utility.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("alternative utility must be in [0, 1]");
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
