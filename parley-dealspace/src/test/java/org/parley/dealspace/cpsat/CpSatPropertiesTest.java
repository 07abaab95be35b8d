package org.parley.dealspace.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.bargaining.BargainingProblem;
import org.parley.dealspace.bargaining.BargainingSolution;
import org.parley.dealspace.bargaining.BargainingSolver;
import org.parley.dealspace.bargaining.SolutionConcept;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.bargaining.ZopaAnalysis;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.BruteForcePareto;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;

/**
 * CP-SAT over the whole space against brute force (the exact frontier by pairwise comparison of every
 * outcome, then the frontier scan) on random 2–4 party spaces of up to 10⁴ outcomes.
 */
class CpSatPropertiesTest {

    private static DealSpace random(long seed, int parties) {
        Random rnd = new Random(seed);
        OutcomeSpace space = TestSpaces.randomSpace(rnd, 10_000);
        return TestSpaces.random(rnd, parties, space, rnd.nextBoolean());
    }

    /** The documented precision of each concept (score units). */
    private static double tolerance(SolutionConcept c, int parties) {
        switch (c) {
            case KALAI_SMORODINSKY:
                return 1.01e-6;
            case NASH:
                return 5.01e-6 * parties;
            case ASYMMETRIC_NASH:
                return 5.01e-6;
            default:
                return 1e-9;
        }
    }

    @Property(tries = 40)
    void solutions_match_brute_force_and_lie_on_the_frontier(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties);
        ParetoFrontier frontier = new BruteForcePareto().compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        BargainingProblem problem = BargainingProblem.of(deal, frontier);
        List<SolutionPoint> cp = new CpSatSolutions(10).solveAll(deal);
        assertThat(cp.isEmpty()).isEqualTo(problem.rationalPoints().isEmpty());
        for (SolutionPoint s : cp) {
            Optional<BargainingSolution> exact = BargainingSolver.solve(problem, s.concept());
            assertThat(exact).isPresent();
            long[] units = s.units().stream().mapToLong(Long::longValue).toArray();
            assertThat(frontier.contains(units))
                    .as("%s on the frontier", s.concept())
                    .isTrue();
            assertThat(problem.isRational(frontier.points().stream()
                            .filter(p -> java.util.Arrays.equals(p.units(), units))
                            .findFirst()
                            .orElseThrow()))
                    .isTrue();
            double best = exact.get().score();
            if (best == Double.NEGATIVE_INFINITY) {
                assertThat(s.score()).as(s.concept().name()).isEqualTo(best);
                continue;
            }
            double tol = tolerance(s.concept(), parties) * Math.max(1, Math.abs(best));
            assertThat(s.score()).as("%s seed %d", s.concept(), seed).isBetween(best - tol, best + 1e-9);
        }
    }

    @Property(tries = 40)
    void zopa_values_match_enumeration(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties);
        Zopa enumerated = ZopaAnalysis.defaults().compute(deal, ProgressListener.NONE);
        Zopa cp = new CpSatZopa(10).compute(deal, "not counted");
        assertThat(cp.issues()).isEqualTo(enumerated.issues());
        assertThat(cp.exists()).isEqualTo(enumerated.exists());
        assertThat(cp.count()).isEmpty();
    }
}
