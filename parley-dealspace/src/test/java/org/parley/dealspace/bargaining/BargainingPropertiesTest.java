package org.parley.dealspace.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.BruteForcePareto;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.pareto.ParetoFrontiers;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.UtilityFunction;

/** Random 2–4 party spaces of up to 10⁴ outcomes, checked against brute force over every outcome. */
class BargainingPropertiesTest {

    private static DealSpace random(long seed, int parties) {
        Random rnd = new Random(seed);
        OutcomeSpace space = TestSpaces.randomSpace(rnd, 10_000);
        return TestSpaces.random(rnd, parties, space, rnd.nextBoolean());
    }

    @Property(tries = 60)
    void fast_frontier_equals_brute_force(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties);
        ParetoFrontier fast = ParetoFrontiers.compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        ParetoFrontier slow = new BruteForcePareto().compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        assertThat(fast).isEqualTo(slow);
        for (FrontierPoint p : fast.points()) {
            for (FrontierPoint q : fast.points()) {
                assertThat(FrontierPoint.dominates(q.units(), p.units())).isFalse();
            }
        }
        assertThat(fast.outcomeCount()).isLessThanOrEqualTo(deal.space().size());
    }

    @Property(tries = 60)
    void every_solution_is_on_the_frontier_and_optimal_over_all_outcomes(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties);
        ParetoFrontier frontier = ParetoFrontiers.compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        BargainingProblem problem = BargainingProblem.of(deal, frontier);
        List<long[]> rational = rationalOutcomes(deal);
        for (SolutionConcept concept : SolutionConcept.values()) {
            var solution = BargainingSolver.solve(problem, concept);
            assertThat(solution.isPresent()).as(concept.name()).isEqualTo(!rational.isEmpty());
            if (solution.isEmpty()) {
                continue;
            }
            FrontierPoint point = solution.get().point();
            assertThat(frontier.contains(point.units())).isTrue();
            double best = rational.stream()
                    .mapToDouble(u -> definition(concept, u, deal, rational))
                    .max()
                    .orElseThrow();
            double got = definition(concept, point.units(), deal, rational);
            assertThat(got).as(concept.name()).isGreaterThanOrEqualTo(best - 1e-9 * Math.max(1, Math.abs(best)));
        }
    }

    @Property(tries = 60)
    void nash_is_invariant_under_positive_affine_rescaling(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 4) int parties,
            @ForAll @IntRange(min = 1, max = 7) int scale,
            @ForAll @IntRange(min = 0, max = 1_000_000_000) int shift) {
        DealSpace deal = random(seed, parties);
        ParetoFrontier frontier = ParetoFrontiers.compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        BargainingProblem problem = BargainingProblem.of(deal, frontier);
        // rescale party 0: u' = scale·u + shift (exact in units), d' likewise
        List<FrontierPoint> moved = new ArrayList<>();
        for (FrontierPoint p : frontier.points()) {
            long[] u = p.units();
            u[0] = scale * u[0] + shift;
            moved.add(new FrontierPoint(u, p.example(), p.count()));
        }
        List<Long> d = new ArrayList<>(problem.disagreement());
        d.set(0, scale * d.get(0) + shift);
        BargainingProblem rescaled = new BargainingProblem(new ParetoFrontier(moved), d, problem.powers());
        for (SolutionConcept concept : List.of(SolutionConcept.NASH, SolutionConcept.ASYMMETRIC_NASH)) {
            var before = BargainingSolver.solve(problem, concept).map(s -> examples(s.optima()));
            var after = BargainingSolver.solve(rescaled, concept).map(s -> examples(s.optima()));
            assertThat(after).as(concept.name()).isEqualTo(before);
        }
    }

    private static List<Outcome> examples(List<FrontierPoint> points) {
        return points.stream().map(FrontierPoint::example).sorted().toList();
    }

    /** Utility vectors (units) of every outcome that gives each party at least its reservation. */
    private static List<long[]> rationalOutcomes(DealSpace deal) {
        long total = deal.space().size().longValueExact();
        int[] radices = deal.space().radices();
        int[] digits = new int[radices.length];
        long[] d = deal.disagreementUnits();
        List<long[]> result = new ArrayList<>();
        for (long index = 0; index < total; index++) {
            OutcomeSpace.decode(index, radices, digits);
            long[] u = deal.utilities().stream().mapToLong(f -> f.units(digits)).toArray();
            boolean ok = true;
            for (int i = 0; i < u.length; i++) {
                ok &= u[i] >= d[i];
            }
            if (ok) {
                result.add(u);
            }
        }
        return result;
    }

    /** Each concept's definition, written out independently of BargainingSolver. */
    private static double definition(SolutionConcept concept, long[] u, DealSpace deal, List<long[]> rational) {
        int n = u.length;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = UtilityFunction.toUtility(u[i]) - deal.parties().get(i).reservation();
        }
        double powerSum = deal.parties().stream().mapToDouble(p -> p.power()).sum();
        switch (concept) {
            case NASH: {
                double product = 1;
                for (double x : g) {
                    product *= x;
                }
                return product == 0 ? Double.NEGATIVE_INFINITY : Math.log(product);
            }
            case ASYMMETRIC_NASH: {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += deal.parties().get(i).power() / powerSum * Math.log(g[i]);
                }
                return s;
            }
            case KALAI_SMORODINSKY: {
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    final int party = i;
                    long ideal =
                            rational.stream().mapToLong(v -> v[party]).max().orElseThrow();
                    long range = ideal - deal.parties().get(i).reservationUnits();
                    if (range > 0) {
                        min = Math.min(min, (u[i] - deal.parties().get(i).reservationUnits()) / (double) range);
                    }
                }
                return min == Double.POSITIVE_INFINITY ? 1 : min;
            }
            case UTILITARIAN:
                return java.util.Arrays.stream(u)
                        .mapToDouble(UtilityFunction::toUtility)
                        .sum();
            default:
                return java.util.Arrays.stream(g).min().orElseThrow();
        }
    }
}
