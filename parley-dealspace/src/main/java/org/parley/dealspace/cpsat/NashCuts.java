package org.parley.dealspace.cpsat;

import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * The (asymmetric) Nash solution {@code max Σ_i w_i ln g_i} over the rational deals by outer approximation
 * (Kelley's cutting planes for a concave objective; Duran &amp; Grossmann 1986 for the mixed-integer form).
 *
 * <p>For each party with weight {@code w_i > 0}, an integer {@code L_i} stands for {@code 10⁶·ln(g_i·10⁻⁹)}
 * and is bounded above by tangents of the concave logarithm: the tangent at {@code h} gives
 * {@code h·L_i − 10⁶·g_i ≤ ⌈h·10⁶·ln(h·10⁻⁹) − 10⁶·h + ε⌉}, a valid upper bound ({@code ε = 1 + 10⁻¹³·|rhs|}
 * absorbs floating-point error). The start has tangents at {@code h = r_i, r_i/2, r_i/4, …} ({@code r_i} the party's largest gain);
 * CP-SAT maximises {@code Σ w_i L_i}; its optimum is an upper bound on the true optimum, and the exact value
 * of the deal found is a lower bound. Tangents at the deal's gains are added and the model solved again,
 * hinted with the best deal, until the two bounds are within {@value #GAP} units of 10⁻⁶ per unit weight
 * (so the deal's {@code Σ w_i ln g_i / Σ w_i} is within 5·10⁻⁶ of the best) or {@value #ROUNDS} rounds pass.
 * Parties need {@code g_i ≥ 1} unit; when no rational deal gives that to every weighted party, the Nash
 * product is 0 everywhere and {@link #solve} returns empty.
 */
final class NashCuts {
    static final long LOG_SCALE = 1_000_000L;
    static final long GAP = 5;
    static final int ROUNDS = 40;

    private final DealSpace deal;
    private final long[] weights;
    private final double timeLimitSeconds;

    NashCuts(DealSpace deal, long[] weights, double timeLimitSeconds) {
        this.deal = deal;
        this.weights = weights.clone();
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /**
     * Integer weights: 1 each for the symmetric solution; otherwise the powers themselves when they are
     * integers up to 10⁶, else the powers scaled so the largest is 10⁶ and rounded (relative error ≤ 5·10⁻⁷).
     */
    static long[] integerWeights(DealSpace deal, boolean symmetric) {
        List<Party> parties = deal.parties();
        long[] w = new long[parties.size()];
        double max = parties.stream().mapToDouble(Party::power).max().orElse(0);
        boolean integral = parties.stream().allMatch(p -> p.power() == Math.rint(p.power()) && p.power() <= 1e6);
        for (int i = 0; i < w.length; i++) {
            double p = parties.get(i).power();
            w[i] = symmetric ? 1 : integral ? (long) p : Math.round(p / max * 1e6);
        }
        return w;
    }

    /** The deal, or empty when no rational deal gives every weighted party a positive gain. */
    Optional<int[]> solve() {
        int n = weights.length;
        long[] d = deal.disagreementUnits();
        DealModel m = new DealModel(deal, true);
        IntVar[] logs = new IntVar[n];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<Set<Long>> tangents = new ArrayList<>();
        long weightSum = 0;
        for (int i = 0; i < n; i++) {
            tangents.add(new HashSet<>());
            if (weights[i] == 0) {
                continue;
            }
            weightSum += weights[i];
            long range = deal.parties().get(i).utility().maxUnits() - d[i];
            if (range < 1) {
                return Optional.empty();
            }
            m.model().addGreaterOrEqual(m.utility(i), d[i] + 1);
            logs[i] = m.model().newIntVar(scaledLog(1) - 10, scaledLog(range) + 10, "L_" + i);
            objective.addTerm(logs[i], weights[i]);
            for (long h = range; h >= 1; h /= 2) {
                cut(m, i, logs[i], h, d[i], tangents.get(i));
            }
        }
        m.model().maximize(objective);
        int[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int round = 0; round < ROUNDS; round++) {
            if (best != null) {
                m.hint(best);
            }
            Optional<DealModel.Solved> s = m.solve(timeLimitSeconds);
            if (s.isEmpty()) {
                return Optional.ofNullable(best);
            }
            int[] x = s.get().outcome();
            double value = exactValue(x, d);
            if (value > bestValue) {
                bestValue = value;
                best = x;
            }
            if (s.get().bound() - bestValue <= GAP * weightSum) {
                break;
            }
            boolean added = false;
            for (int i = 0; i < n; i++) {
                if (weights[i] > 0) {
                    long g = deal.parties().get(i).utility().units(x) - d[i];
                    added |= cut(m, i, logs[i], g, d[i], tangents.get(i));
                }
            }
            if (!added) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code Σ w_i · 10⁶ · ln(g_i · 10⁻⁹)} of a deal, in floating point. */
    private double exactValue(int[] x, long[] d) {
        double v = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                v += weights[i]
                        * LOG_SCALE
                        * Math.log((deal.parties().get(i).utility().units(x) - d[i]) * 1e-9);
            }
        }
        return v;
    }

    /** Adds the tangent at gain {@code h}; false when it was already there. */
    private static boolean cut(DealModel m, int i, IntVar log, long h, long d, Set<Long> done) {
        if (h < 1 || !done.add(h)) {
            return false;
        }
        // h·L − S·g ≤ h·S·ln(h·1e-9) − S·h, with g = u − d: h·L − S·u ≤ rhs − S·d
        double rhs = h * (double) LOG_SCALE * Math.log(h * 1e-9) - (double) LOG_SCALE * h;
        long bound = (long) Math.ceil(rhs + 1 + Math.abs(rhs) * 1e-13) - LOG_SCALE * d;
        m.model().addLessOrEqual(LinearExpr.newBuilder().addTerm(log, h).addTerm(m.utility(i), -LOG_SCALE), bound);
        return true;
    }

    private static long scaledLog(long units) {
        return (long) Math.floor(LOG_SCALE * Math.log(units * 1e-9));
    }
}
