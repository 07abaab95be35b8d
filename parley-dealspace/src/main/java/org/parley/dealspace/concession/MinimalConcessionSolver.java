package org.parley.dealspace.concession;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.dealspace.cpsat.DealModel;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * Finds, among the deals acceptable to all, the one that asks the least concession, with CP-SAT (OR-Tools).
 *
 * <p>Party i's normalised concession at deal x is {@code c_i(x) = (U_i − u_i(x)) / (U_i − d_i)}: the share of
 * its bargaining range (from its best feasible deal, utility {@code U_i}, down to its reservation {@code d_i})
 * that it gives up; 0 at its best deal, 1 at its reservation. A party with {@code U_i = d_i} has no range and
 * concedes 0. Acceptable deals satisfy {@code u_i(x) ≥ d_i} for all i; red lines are already removed from the
 * outcome space. The solver minimises {@code max_i c_i} ({@link ConcessionObjective#LARGEST}) or
 * {@code Σ_i c_i} ({@link ConcessionObjective#TOTAL}); among equally good deals it takes the one with the
 * highest total utility, then CP-SAT's first (one worker, fixed seed: deterministic).
 *
 * <p>Model ({@link DealModel}): a Boolean per issue value with exactly one per issue; acceptability is exact
 * on integer utilities in units of 10⁻⁹. Concessions are in units of 10⁻⁶ of a party's range, as sums of
 * per-issue terms {@code z_i = Σ_j round(10⁶·(best_ij − c_ij(x_j)) / (U_i − d_i))}, so the optimum is exact
 * to {@code issues × 0.5·10⁻⁶} (the reported concessions are computed exactly from the deal). One solve
 * minimises {@code W·C − T}, C the largest (or summed) concession, T the total utility in units of 10⁻⁶ and
 * W larger than T's spread: the minimal concession first, then the largest total utility, in one model. The
 * min–max solve starts from a hint, the min-sum deal (solved first, fast). One worker, fixed seed:
 * deterministic. The idea of concessions measured against each party's aspiration and reservation follows
 * Raiffa (1982, ch. 9–10, "dancing" toward the frontier); the min–max form is the integer programme of an
 * egalitarian concession rule.
 *
 * <p>Cost: NP-hard in general (it contains knapsack), but small for negotiation-sized inputs: about 0.6 s of
 * CPU for 10 parties × 15 issues × 11 values (min–max), 0.05 s for the reference scenario.
 */
public final class MinimalConcessionSolver {
    private static final long SCALE = 1_000_000L;
    /** Units of 10⁻⁹ per unit of the tie-break total (10⁻⁶). */
    private static final long TIE_UNIT = 1_000L;

    private final double timeLimitSeconds;

    /** A solver with a 10-second time limit. */
    public MinimalConcessionSolver() {
        this(10.0);
    }

    /** @param timeLimitSeconds CP-SAT's wall-clock limit per solve */
    public MinimalConcessionSolver(double timeLimitSeconds) {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0");
        }
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** The minimal-concession deal, or the reason there is none. */
    public MinimalConcessionDeal solve(DealSpace deal, ConcessionObjective objective) {
        List<Party> parties = deal.parties();
        int n = parties.size();
        long[] top = new long[n];
        long[] d = deal.disagreementUnits();
        for (int i = 0; i < n; i++) {
            top[i] = parties.get(i).utility().maxUnits();
            if (top[i] < d[i]) {
                return MinimalConcessionDeal.none(
                        objective,
                        "party " + parties.get(i).id() + " cannot reach its reservation value even with its best deal");
            }
        }
        Optional<int[]> found = run(deal, objective, top, d, Optional.empty());
        if (found.isEmpty()) {
            return MinimalConcessionDeal.none(objective, "no deal gives every party at least its reservation value");
        }
        int[] x = found.get();
        double[] c = new double[n];
        List<Double> concessions = new ArrayList<>();
        List<Double> utilities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long ui = parties.get(i).utility().units(x);
            c[i] = top[i] == d[i] ? 0 : (top[i] - ui) / (double) (top[i] - d[i]);
            concessions.add(c[i]);
            utilities.add(UtilityFunction.toUtility(ui));
        }
        double value = objective == ConcessionObjective.LARGEST
                ? concessions.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                : concessions.stream().mapToDouble(Double::doubleValue).sum();
        return new MinimalConcessionDeal(objective, Optional.of(Outcome.of(x)), value, concessions, utilities, "");
    }

    /**
     * One solve of the lexicographic objective {@code W·C(x) − T(x)}: C the concession objective (the largest
     * or the sum of the {@code z_i}), T the total utility in units of 10⁻⁶ and {@code W} one more than the
     * spread of T, so any improvement of C outweighs every difference in total utility. Each concession is a
     * sum of per-issue terms {@code z_i = Σ_j round(10⁶·(best_ij − c_ij(x_j)) / (U_i − d_i))}, small integers
     * that keep the model well conditioned; acceptability ({@code u_i ≥ d_i}) stays exact in units of 10⁻⁹.
     */
    private Optional<int[]> run(
            DealSpace deal, ConcessionObjective objective, long[] top, long[] d, Optional<int[]> hint) {
        if (objective == ConcessionObjective.LARGEST && hint.isEmpty()) {
            // the min-sum deal is found fast and is a good start for the min-max search
            hint = run(deal, ConcessionObjective.TOTAL, top, d, Optional.empty());
        }
        int n = deal.parties().size();
        int issues = deal.space().issueCount();
        DealModel m = new DealModel(deal, true);
        CpModel model = m.model();
        long spread = 1;
        long[][] tie = new long[issues][];
        List<LinearExprBuilder> z = new ArrayList<>();
        for (int j = 0; j < issues; j++) {
            tie[j] = new long[deal.space().issue(j).size()];
        }
        for (int i = 0; i < n; i++) {
            AdditiveUtility u = deal.parties().get(i).utility();
            long range = top[i] - d[i];
            LinearExprBuilder zi = LinearExpr.newBuilder();
            for (int j = 0; j < issues; j++) {
                long best = u.maxContribution(j);
                spread += Math.round((best - u.minContribution(j)) / (double) TIE_UNIT) + 1;
                for (int k = 0; k < tie[j].length; k++) {
                    long c = u.contribution(j, k);
                    tie[j][k] += Math.round(c / (double) TIE_UNIT);
                    if (range > 0) {
                        zi.addTerm(m.value(j, k), Math.round(SCALE * (double) (best - c) / range));
                    }
                }
            }
            if (range > 0) {
                z.add(zi);
            }
        }
        LinearExprBuilder goal = LinearExpr.newBuilder();
        if (objective == ConcessionObjective.LARGEST) {
            IntVar max = model.newIntVar(0, (long) issues * SCALE, "max");
            for (LinearExprBuilder zi : z) {
                model.addLessOrEqual(zi, max);
            }
            goal.addTerm(max, spread);
        } else {
            for (LinearExprBuilder zi : z) {
                IntVar v = model.newIntVar(0, (long) issues * SCALE, "z");
                model.addEquality(zi, v);
                goal.addTerm(v, spread);
            }
        }
        for (int j = 0; j < issues; j++) {
            for (int k = 0; k < tie[j].length; k++) {
                goal.addTerm(m.value(j, k), -tie[j][k]);
            }
        }
        model.minimize(goal);
        hint.ifPresent(m::hint);
        return m.solve(timeLimitSeconds).map(DealModel.Solved::outcome);
    }
}
