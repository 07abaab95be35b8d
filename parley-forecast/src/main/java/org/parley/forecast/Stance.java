package org.parley.forecast;

import java.util.Objects;

/**
 * One actor's stance on one issue, as the forecasting models see it.
 *
 * @param actorId the actor's identifier
 * @param position the actor's preferred outcome on the common 0–100 scale
 * @param salience how much the issue matters to the actor, 0–100
 * @param capability the actor's power to influence the outcome; finite, non-negative, any unit
 */
public record Stance(String actorId, double position, double salience, double capability) {
    public Stance {
        Objects.requireNonNull(actorId, "actorId");
        if (!(position >= 0 && position <= 100)) {
            throw new IllegalArgumentException("position of " + actorId + " must be in [0, 100], was " + position);
        }
        if (!(salience >= 0 && salience <= 100)) {
            throw new IllegalArgumentException("salience of " + actorId + " must be in [0, 100], was " + salience);
        }
        if (!(capability >= 0) || Double.isInfinite(capability)) {
            throw new IllegalArgumentException("capability of " + actorId + " must be finite and >= 0");
        }
    }

    /** The voting weight used by the spatial models: capability × salience. */
    public double weight() {
        return capability * salience;
    }
}
