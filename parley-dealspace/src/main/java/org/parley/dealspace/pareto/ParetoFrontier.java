package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact Pareto frontier of a deal space: every utility vector reached by some outcome and not
 * dominated by another reached vector, with the number of outcomes reaching it.
 *
 * <p>Tolerance: utilities are integers in units of 10⁻⁹ (see {@code UtilityFunction}), so dominance and ties
 * are decided exactly on those integers; the only floating-point step is the rounding of each issue's
 * weighted value to a unit. Points are kept in canonical order (decreasing lexicographic utility vector).
 *
 * @param points the frontier points in canonical order
 */
public record ParetoFrontier(List<FrontierPoint> points) {

    public ParetoFrontier {
        List<FrontierPoint> sorted = new ArrayList<>(points);
        sorted.sort(FrontierPoint::canonicalOrder);
        points = List.copyOf(sorted);
    }

    /** The number of distinct utility vectors on the frontier. */
    public int size() {
        return points.size();
    }

    /** The number of outcomes on the frontier (may exceed {@code Long.MAX_VALUE}). */
    public BigInteger outcomeCount() {
        return points.stream().map(FrontierPoint::count).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** Whether some frontier point has exactly this utility vector. */
    public boolean contains(long[] units) {
        return points.stream().anyMatch(p -> java.util.Arrays.equals(p.units(), units));
    }
}
