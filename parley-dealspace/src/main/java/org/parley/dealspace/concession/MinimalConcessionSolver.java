package org.parley.dealspace.concession;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
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
 * <p>Model: a Boolean per issue value with exactly one per issue; utilities are integer sums in units of
 * 10⁻⁹ (exact, as in the frontier); the concession of party i is an integer {@code z_i ∈ [0, 10⁶]} with
 * {@code z_i·(U_i − d_i) ≥ 10⁶·(U_i − u_i(x))}, so it is exact up to 10⁻⁶. The idea of concessions measured
 * against each party's aspiration and reservation follows Raiffa (1982, ch. 9–10, "dancing" toward the
 * frontier); the min–max form is the integer programme of an egalitarian concession rule.
 *
 * <p>Cost: NP-hard in general (it contains knapsack), but small for negotiation-sized inputs (tens of issues
 * with tens of values): well under a second for 10 parties × 15 issues.
 */
public final class MinimalConcessionSolver {
    private static final long SCALE = 1_000_000L;
    private static volatile boolean loaded;
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

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** The minimal-concession deal, or the reason there is none. */
    public MinimalConcessionDeal solve(DealSpace deal, ConcessionObjective objective) {
        OutcomeSpace space = deal.space();
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
        load();
        Optional<int[]> first = run(deal, objective, top, d, Long.MAX_VALUE);
        if (first.isEmpty()) {
            return MinimalConcessionDeal.none(objective, "no deal gives every party at least its reservation value");
        }
        long bound = objectiveValue(deal, objective, top, d, first.get());
        int[] x = run(deal, objective, top, d, bound).orElse(first.get());
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
     * Solves once. With {@code bound == Long.MAX_VALUE} it minimises the concession objective; otherwise it
     * requires the objective to be at most {@code bound} and maximises the total utility.
     */
    private Optional<int[]> run(DealSpace deal, ConcessionObjective objective, long[] top, long[] d, long bound) {
        OutcomeSpace space = deal.space();
        int m = space.issueCount();
        int n = deal.parties().size();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[m][];
        for (int j = 0; j < m; j++) {
            x[j] = new BoolVar[space.issue(j).size()];
            for (int k = 0; k < x[j].length; k++) {
                x[j][k] = model.newBoolVar("x_" + j + "_" + k);
            }
            model.addExactlyOne(x[j]);
        }
        IntVar[] z = new IntVar[n];
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (int i = 0; i < n; i++) {
            AdditiveUtility u = deal.parties().get(i).utility();
            LinearExprBuilder ui = LinearExpr.newBuilder();
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < x[j].length; k++) {
                    ui.addTerm(x[j][k], u.contribution(j, k));
                    total.addTerm(x[j][k], u.contribution(j, k));
                }
            }
            model.addGreaterOrEqual(ui, d[i]);
            z[i] = model.newIntVar(0, SCALE, "z_" + i);
            long range = top[i] - d[i];
            if (range > 0) {
                // range·z_i + SCALE·u_i(x) ≥ SCALE·U_i
                LinearExprBuilder c = LinearExpr.newBuilder().addTerm(z[i], range);
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < x[j].length; k++) {
                        c.addTerm(x[j][k], SCALE * u.contribution(j, k));
                    }
                }
                model.addGreaterOrEqual(c, SCALE * top[i]);
            } else {
                model.addEquality(z[i], 0);
            }
        }
        com.google.ortools.sat.LinearArgument concession;
        if (objective == ConcessionObjective.LARGEST) {
            IntVar max = model.newIntVar(0, SCALE, "max");
            model.addMaxEquality(max, z);
            concession = max;
        } else {
            concession = LinearExpr.sum(z);
        }
        if (bound == Long.MAX_VALUE) {
            model.minimize(concession);
        } else {
            model.addLessOrEqual(concession, bound);
            model.maximize(total);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(0).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return Optional.empty();
        }
        int[] outcome = new int[m];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < x[j].length; k++) {
                if (solver.booleanValue(x[j][k])) {
                    outcome[j] = k;
                }
            }
        }
        return Optional.of(outcome);
    }

    /** The integer objective (max or sum of z_i) of a deal, as the model computes it. */
    private static long objectiveValue(
            DealSpace deal, ConcessionObjective objective, long[] top, long[] d, int[] outcome) {
        long max = 0;
        long sum = 0;
        for (int i = 0; i < top.length; i++) {
            long range = top[i] - d[i];
            long zi = 0;
            if (range > 0) {
                long gap = top[i] - deal.parties().get(i).utility().units(outcome);
                zi = ceilDiv(Math.multiplyExact(SCALE, gap), range);
            }
            max = Math.max(max, zi);
            sum += zi;
        }
        return objective == ConcessionObjective.LARGEST ? max : sum;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
