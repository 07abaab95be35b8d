package org.parley.dealspace.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.Optional;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;

/**
 * The CP-SAT model of a deal space: one Boolean {@code x_jk} per issue value with exactly one per issue, and
 * per party an integer utility {@code u_i = Σ_jk c_ijk x_jk} in the exact units of 10⁻⁹ used everywhere
 * else (so a utility the model computes is bit-identical to {@code AdditiveUtility.units}). Optionally every
 * party is held to its reservation, {@code u_i ≥ d_i}. Solves run on one worker with a fixed seed, so the
 * same model gives the same answer on every run and machine load.
 */
public final class DealModel {
    private static volatile boolean loaded;

    private final DealSpace deal;
    private final CpModel model = new CpModel();
    private final BoolVar[][] x;
    private final IntVar[] u;
    private CpSolverStatus lastStatus;

    /**
     * @param deal the deal space
     * @param rational whether to require {@code u_i ≥ d_i} for every party
     */
    public DealModel(DealSpace deal, boolean rational) {
        load();
        this.deal = deal;
        OutcomeSpace space = deal.space();
        int m = space.issueCount();
        x = new BoolVar[m][];
        for (int j = 0; j < m; j++) {
            x[j] = new BoolVar[space.issue(j).size()];
            for (int k = 0; k < x[j].length; k++) {
                x[j][k] = model.newBoolVar("x_" + j + "_" + k);
            }
            model.addExactlyOne(x[j]);
        }
        int n = deal.parties().size();
        u = new IntVar[n];
        long[] d = deal.disagreementUnits();
        for (int i = 0; i < n; i++) {
            AdditiveUtility f = deal.parties().get(i).utility();
            long lo = 0;
            for (int j = 0; j < m; j++) {
                lo += f.minContribution(j);
            }
            long hi = f.maxUnits();
            u[i] = model.newIntVar(lo, hi, "u_" + i);
            model.addEquality(utilityExpr(i), u[i]);
            if (rational) {
                model.addGreaterOrEqual(u[i], d[i]);
            }
        }
    }

    /** Loads the OR-Tools native library once per JVM. */
    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** The deal space. */
    public DealSpace deal() {
        return deal;
    }

    /** The underlying CP-SAT model, to add constraints and an objective. */
    public CpModel model() {
        return model;
    }

    /** The Boolean of value {@code k} of issue {@code j}. */
    public BoolVar value(int j, int k) {
        return x[j][k];
    }

    /** Party i's utility in units. */
    public IntVar utility(int i) {
        return u[i];
    }

    /** {@code Σ_jk c_ijk x_jk} as a fresh expression. */
    public LinearExprBuilder utilityExpr(int i) {
        AdditiveUtility f = deal.parties().get(i).utility();
        LinearExprBuilder e = LinearExpr.newBuilder();
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x[j].length; k++) {
                e.addTerm(x[j][k], f.contribution(j, k));
            }
        }
        return e;
    }

    /** The sum of all utilities. */
    public LinearExpr totalUtility() {
        return LinearExpr.sum(u);
    }

    /** Hints CP-SAT to start from an outcome. */
    public void hint(int[] outcome) {
        model.clearHints();
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x[j].length; k++) {
                model.addHint(x[j][k], outcome[j] == k);
            }
        }
    }

    /**
     * Solves the model as it stands (one worker, seed 0, the time limit), returning the outcome found, or
     * empty when the model is infeasible or no solution was found in time.
     */
    public Optional<Solved> solve(double timeLimitSeconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(1)
                .setRandomSeed(0)
                .setMaxTimeInSeconds(timeLimitSeconds)
                // OR-Tools 9.15 presolve can certify a wrong optimum on exactly-one + linear models (issue
                // google/or-tools#5293; seen here: CpSatPropertiesTest seed 1615442475); this switches off the
                // presolve step at fault and keeps the rest (DealModelTest#presolve_keeps_the_true_optimum)
                .setPresolveInclusionWorkLimit(0);
        CpSolverStatus status = solver.solve(model);
        lastStatus = status;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return Optional.empty();
        }
        int[] outcome = new int[x.length];
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x[j].length; k++) {
                if (solver.booleanValue(x[j][k])) {
                    outcome[j] = k;
                }
            }
        }
        return Optional.of(new Solved(
                outcome, status == CpSolverStatus.OPTIMAL, solver.objectiveValue(), solver.bestObjectiveBound()));
    }

    /** Whether the last solve stopped at its time limit without an answer (neither a solution nor a proof). */
    public boolean lastTimedOut() {
        return lastStatus == CpSolverStatus.UNKNOWN;
    }

    /**
     * One solve's result.
     *
     * @param outcome the value index per issue
     * @param optimal whether CP-SAT proved the objective optimal (always true without an objective)
     * @param objective the objective value of {@code outcome}
     * @param bound the best bound CP-SAT proved on the objective
     */
    public record Solved(int[] outcome, boolean optimal, double objective, double bound) {
        public Solved {
            outcome = outcome.clone();
        }

        @Override
        public int[] outcome() {
            return outcome.clone();
        }
    }
}
