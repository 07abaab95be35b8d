package org.parley.dealspace.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestScenarios;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.concession.ConcessionObjective;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.MinimalConcessionSolver;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.BilateralAdditivePareto;
import org.parley.dealspace.pareto.EnumerationPareto;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.ScenarioDealSpace;

/**
 * Deal-space benchmarks (a main class, not a test: wall-clock numbers are never asserted). Each case runs
 * once to warm up and then reports the best of three runs; seeds are fixed. Command in
 * docs/benchmarks-dealspace.md.
 */
public final class DealspaceBench {
    private DealspaceBench() {}

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                rt.maxMemory() >> 20);
        // 1. two parties, additive, 10^7 outcomes (7 issues × 10 values), random weights and values
        OutcomeSpace s7 = TestSpaces.space(10, 10, 10, 10, 10, 10, 10);
        DealSpace d7 = TestSpaces.random(new Random(1), 2, s7, false);
        time(
                "2 parties, 10^7 outcomes, divide and conquer",
                () -> new BilateralAdditivePareto().compute(s7, d7.utilities(), ProgressListener.NONE));
        // 2. two parties, 20 issues × 10 values = 10^20 outcomes
        int[] twenty = new int[20];
        Arrays.fill(twenty, 10);
        OutcomeSpace s20 = TestSpaces.space(twenty);
        for (long seed = 1; seed <= 3; seed++) {
            DealSpace d20 = TestSpaces.random(new Random(seed), 2, s20, false);
            time(
                    "2 parties, 10^20 outcomes, seed " + seed,
                    () -> new BilateralAdditivePareto().compute(s20, d20.utilities(), ProgressListener.NONE));
        }
        // 3. three parties, 10^7 outcomes, enumeration
        DealSpace d3 = TestSpaces.random(new Random(2), 3, s7, false);
        time(
                "3 parties, 10^7 outcomes, parallel enumeration",
                () -> new EnumerationPareto().compute(s7, d3.utilities(), ProgressListener.NONE));
        // 4. minimal-concession deal, 10 actors × 15 issues (11 values each)
        DealSpace scenario = ScenarioDealSpace.from(TestScenarios.random(5, 10, 15), Discretisation.defaults());
        for (ConcessionObjective o : ConcessionObjective.values()) {
            time(
                    "minimal concession (" + o + "), 10 actors × 15 issues",
                    () -> new MinimalConcessionSolver().solve(scenario, o));
        }
    }

    private static void time(String name, Supplier<Object> run) {
        Object result = run.get();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            System.gc();
            long t0 = System.nanoTime();
            result = run.get();
            best = Math.min(best, System.nanoTime() - t0);
        }
        Runtime rt = Runtime.getRuntime();
        String what = result instanceof ParetoFrontier f
                ? f.size() + " frontier points, " + f.outcomeCount() + " outcomes on it"
                : result instanceof MinimalConcessionDeal m
                        ? "objective " + String.format(Locale.ROOT, "%.4f", m.value())
                        : "";
        System.out.printf(
                Locale.ROOT,
                "%-55s %9.3f s  %s; heap used after %d MB%n",
                name,
                best / 1e9,
                what,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
