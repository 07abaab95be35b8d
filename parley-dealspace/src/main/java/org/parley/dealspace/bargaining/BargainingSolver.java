package org.parley.dealspace.bargaining;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * Solves a {@link BargainingProblem} for each {@link SolutionConcept} by scanning its rational frontier.
 *
 * <p>Scores, with gains {@code g_i = u_i − d_i ≥ 0}:
 *
 * <ul>
 *   <li>Nash: {@code Σ_i ln g_i} (the log of the Nash product; −∞ when some gain is 0);
 *   <li>asymmetric Nash: {@code Σ_i w_i ln g_i}, {@code w_i = power_i / Σ power};
 *   <li>Kalai–Smorodinsky: {@code min_i g_i / (a_i − d_i)}, a = ideal point of the rational frontier (a party
 *       with {@code a_i = d_i} has no range and is left out of the minimum);
 *   <li>utilitarian: {@code Σ_i u_i}; egalitarian: {@code min_i g_i}.
 * </ul>
 *
 * <p>Departures from the continuous theory: there are no lotteries, so the solution is the best frontier
 * point rather than a point of the convex hull; Kalai–Smorodinsky becomes "max of the smallest normalised
 * gain", which picks the point on the line from d to a when one exists. Points within
 * {@link #TOLERANCE}·max(1, |best|) of the best score all count as optima; the log form makes the Nash
 * tolerance relative, so ties are invariant under positive affine rescaling of a party's utility.
 *
 * <p>Restricting to the frontier loses nothing: each score is non-decreasing in every utility, so any
 * maximiser over all rational outcomes is matched by a frontier point. Cost O(|frontier|·n).
 */
public final class BargainingSolver {

    /** Relative tolerance for equal scores. */
    public static final double TOLERANCE = 1e-9;

    private BargainingSolver() {}

    /** The solution, or empty when no frontier point is individually rational (no zone of agreement). */
    public static Optional<BargainingSolution> solve(BargainingProblem problem, SolutionConcept concept) {
        List<FrontierPoint> rational = problem.rationalPoints();
        if (rational.isEmpty()) {
            return Optional.empty();
        }
        long[] ideal = problem.idealPoint();
        double[] scores = new double[rational.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < scores.length; p++) {
            scores[p] = score(problem, concept, rational.get(p), ideal);
            best = Math.max(best, scores[p]);
        }
        List<FrontierPoint> optima = new ArrayList<>();
        for (int p = 0; p < scores.length; p++) {
            boolean tie = best == Double.NEGATIVE_INFINITY
                    ? scores[p] == best
                    : scores[p] >= best - TOLERANCE * Math.max(1, Math.abs(best));
            if (tie) {
                optima.add(rational.get(p));
            }
        }
        return Optional.of(new BargainingSolution(concept, optima, best));
    }

    /** The score of a rational point under a concept (see the class comment). */
    public static double score(BargainingProblem problem, SolutionConcept concept, FrontierPoint point, long[] ideal) {
        long[] d = problem.disagreement().stream().mapToLong(Long::longValue).toArray();
        return score(concept, point.units(), d, problem.powers(), ideal);
    }

    /**
     * The score of a rational utility vector under a concept (see the class comment).
     *
     * @param units the utility vector in units
     * @param disagreement the disagreement point in units
     * @param powers the parties' bargaining powers
     * @param ideal the ideal point of the rational deals, in units (used by Kalai–Smorodinsky only)
     */
    public static double score(
            SolutionConcept concept, long[] units, long[] disagreement, List<Double> powers, long[] ideal) {
        int n = units.length;
        double powerSum = powers.stream().mapToDouble(Double::doubleValue).sum();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double gain = UtilityFunction.toUtility(units[i]) - UtilityFunction.toUtility(disagreement[i]);
            switch (concept) {
                case NASH:
                    sum += Math.log(gain);
                    break;
                case ASYMMETRIC_NASH:
                    double w = powers.get(i) / powerSum;
                    sum += w == 0 ? 0 : w * Math.log(gain);
                    break;
                case KALAI_SMORODINSKY:
                    long range = ideal[i] - disagreement[i];
                    if (range > 0) {
                        min = Math.min(min, (units[i] - disagreement[i]) / (double) range);
                    }
                    break;
                case UTILITARIAN:
                    sum += UtilityFunction.toUtility(units[i]);
                    break;
                case EGALITARIAN:
                    min = Math.min(min, gain);
                    break;
                default:
                    throw new IllegalStateException(concept.name());
            }
        }
        if (concept == SolutionConcept.KALAI_SMORODINSKY) {
            return min == Double.POSITIVE_INFINITY ? 1.0 : min;
        }
        return concept == SolutionConcept.EGALITARIAN ? min : sum;
    }
}
