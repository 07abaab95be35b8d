package org.parley.forecast;

/**
 * Settings shared by the iterative and stochastic models.
 *
 * @param maxRounds upper bound on the rounds of the iterative models (expected utility, SMP, exchange), at
 *     least 1
 * @param seed seed for every stochastic step; the same input and seed give the same output, bit for bit
 */
public record ForecastOptions(int maxRounds, long seed) {
    /** Default number of rounds (the SMP's published cap). */
    public static final int DEFAULT_ROUNDS = 100;

    public ForecastOptions {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be >= 1, was " + maxRounds);
        }
    }

    /** {@value #DEFAULT_ROUNDS} rounds, seed 1. */
    public static ForecastOptions defaults() {
        return new ForecastOptions(DEFAULT_ROUNDS, 1L);
    }
}
