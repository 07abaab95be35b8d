package org.parley.dealspace.cpsat;

import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.parley.dealspace.bargaining.BargainingSolver;
import org.parley.dealspace.bargaining.SolutionConcept;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * The bargaining solutions of a deal space by CP-SAT over all its outcomes, without enumerating them or the
 * frontier (for spaces of 10²⁰ outcomes and more; additive utilities). Gains {@code g_i = u_i − d_i} are
 * relative to the disagreement point, every deal is required to be individually rational ({@code g_i ≥ 0}),
 * and utilities are the exact integer units of 10⁻⁹:
 *
 * <ul>
 *   <li>utilitarian: max {@code Σ u_i} — exact;
 *   <li>egalitarian: max {@code t} s.t. {@code g_i ≥ t} — exact (absolute gains, as on the frontier);
 *   <li>Kalai–Smorodinsky: the ideal point {@code a_i = max u_i} over rational deals (one solve per party),
 *       then max {@code T ∈ [0, 10⁶]} s.t. {@code 10⁶·g_i ≥ T·(a_i − d_i)} for parties with a range: the
 *       smallest normalised gain is optimal to within 10⁻⁶;
 *   <li>Nash (weights 1) and asymmetric Nash (weights = powers): max {@code Σ w_i ln g_i} by outer
 *       approximation — see {@link NashCuts}; within 10⁻⁵ per unit weight of the optimum.
 * </ul>
 *
 * <p>Each optimum is then "polished": max {@code Σ u_i} subject to {@code u_i ≥} its utilities, which gives a
 * Pareto-optimal deal with every score at least as good (all scores are non-decreasing in each utility), so the
 * reported deals lie on the exact frontier. Among tied optima CP-SAT's choice is kept (deterministic, but not
 * necessarily the one the frontier scan reports first).
 */
public final class CpSatSolutions {
    /** Scale of the normalised gain for Kalai–Smorodinsky. */
    static final long KS_SCALE = 1_000_000L;

    private final double timeLimitSeconds;

    /** @param timeLimitSeconds CP-SAT's limit per solve */
    public CpSatSolutions(double timeLimitSeconds) {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0");
        }
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** All concepts in {@link SolutionConcept} order; empty when no deal is acceptable to all parties. */
    public List<SolutionPoint> solveAll(DealSpace deal) {
        List<SolutionPoint> result = new ArrayList<>();
        Optional<long[]> ideal = ideal(deal);
        if (ideal.isEmpty()) {
            return result;
        }
        for (SolutionConcept c : SolutionConcept.values()) {
            solve(deal, c, ideal.get()).ifPresent(result::add);
        }
        return result;
    }

    /**
     * The ideal point of the rational deals (each party's best utility among deals acceptable to all), or
     * empty when there is no such deal.
     */
    public Optional<long[]> ideal(DealSpace deal) {
        int n = deal.parties().size();
        long[] a = new long[n];
        int[] previous = null;
        for (int i = 0; i < n; i++) {
            DealModel m = new DealModel(deal, true);
            m.model().maximize(m.utility(i));
            if (previous != null) {
                m.hint(previous);
            }
            Optional<DealModel.Solved> s = m.solve(timeLimitSeconds);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            previous = s.get().outcome();
            a[i] = deal.parties().get(i).utility().units(previous);
        }
        return Optional.of(a);
    }

    /** One concept; empty when no deal is acceptable to all. {@code ideal} comes from {@link #ideal}. */
    public Optional<SolutionPoint> solve(DealSpace deal, SolutionConcept concept, long[] ideal) {
        long[] d = deal.disagreementUnits();
        int n = d.length;
        DealModel m = new DealModel(deal, true);
        Optional<int[]> found;
        switch (concept) {
            case UTILITARIAN:
                m.model().maximize(m.totalUtility());
                found = m.solve(timeLimitSeconds).map(DealModel.Solved::outcome);
                break;
            case EGALITARIAN: {
                long top = 0;
                for (int i = 0; i < n; i++) {
                    top = Math.max(top, ideal[i] - d[i]);
                }
                IntVar t = m.model().newIntVar(0, top, "t");
                for (int i = 0; i < n; i++) {
                    m.model()
                            .addGreaterOrEqual(
                                    LinearExpr.newBuilder().add(m.utility(i)).addTerm(t, -1), d[i]);
                }
                m.model().maximize(t);
                found = polish(deal, m.solve(timeLimitSeconds).map(DealModel.Solved::outcome));
                break;
            }
            case KALAI_SMORODINSKY: {
                IntVar t = m.model().newIntVar(0, KS_SCALE, "t");
                for (int i = 0; i < n; i++) {
                    long range = ideal[i] - d[i];
                    if (range > 0) {
                        // 10⁶·(u_i − d_i) ≥ T·range
                        m.model()
                                .addGreaterOrEqual(
                                        LinearExpr.newBuilder()
                                                .addTerm(m.utility(i), KS_SCALE)
                                                .addTerm(t, -range),
                                        KS_SCALE * d[i]);
                    }
                }
                m.model().maximize(t);
                found = polish(deal, m.solve(timeLimitSeconds).map(DealModel.Solved::outcome));
                break;
            }
            case NASH:
            case ASYMMETRIC_NASH: {
                long[] w = NashCuts.integerWeights(deal, concept == SolutionConcept.NASH);
                Optional<int[]> nash = new NashCuts(deal, w, timeLimitSeconds).solve();
                found = nash.isPresent() ? polish(deal, nash) : polish(deal, anyRational(deal));
                break;
            }
            default:
                throw new IllegalStateException(concept.name());
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int[] x = found.get();
        long[] units = new long[n];
        for (int i = 0; i < n; i++) {
            units[i] = deal.parties().get(i).utility().units(x);
        }
        List<Double> powers = deal.parties().stream().map(Party::power).toList();
        double score = BargainingSolver.score(concept, units, d, powers, ideal);
        return Optional.of(new SolutionPoint(
                concept, Arrays.stream(units).boxed().toList(), Outcome.of(x), score, OptionalInt.empty(), "CP-SAT"));
    }

    /** Any rational deal (the Nash fallback when no deal gives every weighted party a positive gain). */
    private Optional<int[]> anyRational(DealSpace deal) {
        DealModel m = new DealModel(deal, true);
        return m.solve(timeLimitSeconds).map(DealModel.Solved::outcome);
    }

    /** A Pareto-optimal deal weakly better than {@code x} for every party: max Σ u_i s.t. u_i ≥ u_i(x). */
    Optional<int[]> polish(DealSpace deal, Optional<int[]> x) {
        if (x.isEmpty()) {
            return x;
        }
        DealModel m = new DealModel(deal, true);
        for (int i = 0; i < deal.parties().size(); i++) {
            m.model()
                    .addGreaterOrEqual(
                            m.utility(i), deal.parties().get(i).utility().units(x.get()));
        }
        m.model().maximize(m.totalUtility());
        m.hint(x.get());
        return Optional.of(
                m.solve(timeLimitSeconds).map(DealModel.Solved::outcome).orElse(x.get()));
    }
}
