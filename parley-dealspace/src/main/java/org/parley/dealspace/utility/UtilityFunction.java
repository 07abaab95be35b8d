package org.parley.dealspace.utility;

/**
 * A utility function over the outcomes of one {@link org.parley.dealspace.outcome.OutcomeSpace}, given by
 * value indices.
 *
 * <p>Utilities are held as integers in units of {@link #UNIT} = 10⁻⁹ so that sums are exact and every
 * algorithm (brute force, issue-by-issue Pareto sums, parallel enumeration) sees bit-identical utility vectors: two
 * outcomes tie exactly when their unit sums are equal. An additive utility rounds each issue's weighted
 * contribution to the nearest unit, so its utilities differ from the real-valued sum by at most
 * {@code issues × 0.5·10⁻⁹}.
 */
public interface UtilityFunction {

    /** The size of one utility unit. */
    double UNIT = 1e-9;

    /** Units per utility 1. */
    long UNITS_PER_ONE = 1_000_000_000L;

    /** The utility of an outcome, in units of 10⁻⁹. */
    long units(int[] outcome);

    /** The utility of an outcome, in [0, 1] for normalised functions. */
    default double utility(int[] outcome) {
        return units(outcome) * UNIT;
    }

    /** Converts a utility to units, rounding half up. */
    static long toUnits(double utility) {
        return Math.round(utility * UNITS_PER_ONE);
    }

    /** Converts units to a utility. */
    static double toUtility(long units) {
        return units / (double) UNITS_PER_ONE;
    }
}
