package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * One point of a Pareto frontier: a utility vector, how many outcomes map to it, and the first of them in
 * enumeration order (the lexicographically smallest value-index vector), so that every algorithm names the
 * same example outcome.
 */
public final class FrontierPoint {
    private final long[] units;
    private final Outcome example;
    private final BigInteger count;

    /**
     * @param units the utility vector in {@link UtilityFunction#UNIT units}, one entry per party (copied)
     * @param example the lexicographically smallest outcome with this utility vector
     * @param count the number of outcomes with this utility vector, {@code >= 1}; can exceed 2⁶³
     */
    public FrontierPoint(long[] units, Outcome example, BigInteger count) {
        this.units = units.clone();
        this.example = Objects.requireNonNull(example, "example");
        this.count = Objects.requireNonNull(count, "count");
        if (count.signum() <= 0) {
            throw new IllegalArgumentException("count must be >= 1");
        }
    }

    /** The number of parties. */
    public int dimension() {
        return units.length;
    }

    /** One party's utility in units. */
    public long units(int party) {
        return units[party];
    }

    /** The utility vector in units (a copy). */
    public long[] units() {
        return units.clone();
    }

    /** One party's utility. */
    public double utility(int party) {
        return UtilityFunction.toUtility(units[party]);
    }

    /** The utility vector (a copy). */
    public double[] utilities() {
        return Arrays.stream(units).mapToDouble(UtilityFunction::toUtility).toArray();
    }

    /** The first outcome mapping to this point. */
    public Outcome example() {
        return example;
    }

    /** The number of outcomes mapping to this point. */
    public BigInteger count() {
        return count;
    }

    /** Whether {@code a} Pareto-dominates {@code b}: at least as good for all, better for one. */
    public static boolean dominates(long[] a, long[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
            better |= a[i] > b[i];
        }
        return better;
    }

    /** Canonical frontier order: utility vectors in decreasing lexicographic order. */
    public static int canonicalOrder(FrontierPoint x, FrontierPoint y) {
        return Arrays.compare(y.units, x.units);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrontierPoint p
                && Arrays.equals(units, p.units)
                && example.equals(p.example)
                && count.equals(p.count);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(units), example, count);
    }

    @Override
    public String toString() {
        return Arrays.toString(utilities()) + " ×" + count + " e.g. " + example;
    }
}
