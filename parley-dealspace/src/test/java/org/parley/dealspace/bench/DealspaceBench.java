package org.parley.dealspace.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestScenarios;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.bargaining.ZopaAnalysis;
import org.parley.dealspace.concession.ConcessionObjective;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.MinimalConcessionSolver;
import org.parley.dealspace.cpsat.CpSatSolutions;
import org.parley.dealspace.cpsat.CpSatZopa;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.BilateralAdditivePareto;
import org.parley.dealspace.pareto.EnumerationPareto;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.report.DealspaceAnalyzer;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.ScenarioDealSpace;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.scenario.Scenario;

/**
 * Deal-space benchmarks (a main class, not a test: wall-clock numbers are never asserted). Each case runs
 * once to warm up and then reports the best of three runs; seeds are fixed. Command in
 * docs/benchmarks-dealspace.md.
 */
public final class DealspaceBench {
    private DealspaceBench() {}

    /**
     * @param args the groups to run, any of {@code frontier}, {@code large}, {@code concession},
     *     {@code reference}, {@code zopa} (all when none is given); {@code reference} reads
     *     {@code examples/ukraine-2025/scenario.yaml} relative to the working directory
     */
    public static void main(String[] args) {
        java.util.Set<String> groups = new java.util.HashSet<>(Arrays.asList(args));
        boolean all = groups.isEmpty();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                rt.maxMemory() >> 20);
        if (all || groups.contains("frontier")) {
            frontiers();
        }
        if (all || groups.contains("large")) {
            largeFrontiers();
        }
        if (all || groups.contains("concession")) {
            DealSpace scenario = ScenarioDealSpace.from(TestScenarios.random(5, 10, 15), Discretisation.defaults());
            for (ConcessionObjective o : ConcessionObjective.values()) {
                time(
                        "minimal concession (" + o + "), 10 actors × 15 issues",
                        () -> new MinimalConcessionSolver().solve(scenario, o));
            }
        }
        if (all || groups.contains("reference")) {
            reference();
        }
        if (all || groups.contains("zopa")) {
            zopa();
        }
    }

    /**
     * ZOPA counts: the reference scenario, then random 2- and 3-party 10^20 spaces (TestSpaces.random
     * utilities) with every reservation set to the same level.
     */
    private static void zopa() {
        DealSpace ref = referenceDeal();
        time(
                "reference: ZOPA count (branch and bound)",
                () -> describe(ZopaAnalysis.defaults().analyse(ref, ProgressListener.NONE)));
        OutcomeSpace s20 = twentyByTen();
        for (int parties : new int[] {2, 3}) {
            DealSpace base = TestSpaces.random(new Random(11), parties, s20, false);
            for (double level : new double[] {0.4, 0.5, 0.6, 0.7}) {
                List<Party> ps = base.parties().stream()
                        .map(p -> Party.of(p.id(), p.utility(), level))
                        .toList();
                DealSpace d = new DealSpace("random", s20, ps, List.of());
                once(
                        parties + " parties, 10^20, reservations " + level,
                        () -> describe(ZopaAnalysis.defaults().analyse(d, ProgressListener.NONE)));
            }
        }
    }

    private static String describe(ZopaAnalysis.Result r) {
        Zopa z = r.zopa();
        if (z.count().isPresent()) {
            return "exact " + z.count().get() + ", " + r.nodes() + " nodes";
        }
        Zopa.CountBounds b = z.bounds().orElseThrow();
        String e = b.estimate()
                .map(x -> String.format(
                        Locale.ROOT,
                        " estimate %.4e [%.4e, %.4e] (%d/%d hits)",
                        x.value().doubleValue(),
                        x.low().doubleValue(),
                        x.high().doubleValue(),
                        x.hits(),
                        x.samples()))
                .orElse("");
        return String.format(
                Locale.ROOT,
                "bounds [%.4e, %.4e]%s, values %s, %d nodes",
                b.lower().doubleValue(),
                b.upper().doubleValue(),
                e,
                r.valuesComplete() ? "complete" : "incomplete",
                r.nodes());
    }

    private static DealSpace referenceDeal() {
        Path file = Path.of("examples/ukraine-2025/scenario.yaml");
        LoadResult<Scenario> loaded = new ScenarioLoader().load(file, Optional.empty());
        if (!(loaded instanceof LoadResult.Loaded<Scenario> l)) {
            throw new IllegalStateException("cannot load " + file + ": " + loaded.diagnostics());
        }
        return ScenarioDealSpace.from(l.value(), Discretisation.defaults());
    }

    private static void frontiers() {
        // 1. two parties, additive, 10^7 outcomes (7 issues × 10 values), random weights and values
        OutcomeSpace s7 = TestSpaces.space(10, 10, 10, 10, 10, 10, 10);
        DealSpace d7 = TestSpaces.random(new Random(1), 2, s7, false);
        time(
                "2 parties, 10^7 outcomes, issue by issue",
                () -> new BilateralAdditivePareto().compute(s7, d7.utilities(), ProgressListener.NONE));
        // 2. two parties, 20 issues × 10 values = 10^20 outcomes
        OutcomeSpace s20 = twentyByTen();
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
    }

    /** 10^20 outcomes with opposed utilities (v_B = ρ(1 − v_A) + (1 − ρ)·noise): large frontiers. */
    private static void largeFrontiers() {
        OutcomeSpace s20 = twentyByTen();
        for (double rho : new double[] {0.9, 0.95, 0.98, 0.99, 0.995, 0.996, 0.997}) {
            DealSpace d = TestSpaces.opposed(new Random(7), s20, rho);
            time(
                    "2 parties, 10^20 outcomes, opposed ρ=" + rho,
                    () -> new BilateralAdditivePareto().compute(s20, d.utilities(), ProgressListener.NONE));
        }
    }

    private static void reference() {
        DealSpace deal = referenceDeal();
        System.out.printf(
                Locale.ROOT,
                "reference scenario: %s outcomes, %d issues, %d parties%n",
                deal.space().size(),
                deal.space().issueCount(),
                deal.parties().size());
        for (ConcessionObjective o : ConcessionObjective.values()) {
            time("reference: minimal concession (" + o + ")", () -> new MinimalConcessionSolver().solve(deal, o));
        }
        time(
                "reference: 5 solutions by CP-SAT",
                () -> new CpSatSolutions(10).solveAll(deal).size() + " solutions");
        time(
                "reference: ZOPA values by CP-SAT",
                () -> new CpSatZopa(10).compute(deal, "").exists());
        List<Integer> pair = DealspaceAnalyzer.defaultPair(deal);
        time(
                "reference: frontier of the default pair",
                () -> new BilateralAdditivePareto()
                        .compute(
                                deal.space(),
                                List.of(
                                        deal.utilities().get(pair.get(0)),
                                        deal.utilities().get(pair.get(1))),
                                ProgressListener.NONE));
        time(
                "reference: whole analysis (DealspaceAnalyzer)",
                () -> DealspaceAnalyzer.defaults()
                                .analyse(deal, ProgressListener.NONE)
                                .solutions()
                                .size() + " solutions");
    }

    private static OutcomeSpace twentyByTen() {
        int[] twenty = new int[20];
        Arrays.fill(twenty, 10);
        return TestSpaces.space(twenty);
    }

    /** One timed run (after the reference case has warmed the code): for the long 10^20 ZOPA cases. */
    private static void once(String name, Supplier<Object> run) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Object result = run.get();
        System.out.printf(
                Locale.ROOT,
                "%-55s %9.3f s wall %9.3f s cpu (this thread, one run)  %s%n",
                name,
                (System.nanoTime() - t0) / 1e9,
                (mx.getCurrentThreadCpuTime() - c0) / 1e9,
                result);
    }

    private static void time(String name, Supplier<Object> run) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Object result = run.get();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            System.gc();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = run.get();
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
        }
        Runtime rt = Runtime.getRuntime();
        String what = result instanceof ParetoFrontier f
                ? f.size() + " frontier points, " + f.outcomeCount() + " outcomes on it"
                : result instanceof MinimalConcessionDeal m
                        ? "objective " + String.format(Locale.ROOT, "%.4f", m.value())
                        : String.valueOf(result);
        System.out.printf(
                Locale.ROOT,
                "%-55s %9.3f s wall %9.3f s cpu (this thread)  %s; heap used after %d MB%n",
                name,
                best / 1e9,
                bestCpu / 1e9,
                what,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
