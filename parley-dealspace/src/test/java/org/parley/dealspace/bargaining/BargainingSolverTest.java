package org.parley.dealspace.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.pareto.ParetoFrontiers;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * The worked example of docs/models/dealspace.md: one issue, four deals P1…P4 with utilities (1, .3), (.6,
 * .6), (.5, .75), (.2, .95), disagreement point (0, .2), powers 3 : 1. Gains: (1, .1), (.6, .4), (.5, .55),
 * (.2, .75).
 */
class BargainingSolverTest {
    private static final OutcomeSpace SPACE = TestSpaces.space(4);
    private static final DealSpace DEAL = new DealSpace(
            "worked example",
            SPACE,
            List.of(
                    new Party(
                            "A",
                            "A",
                            TestSpaces.utility(SPACE, new double[] {1}, new double[][] {{1, .6, .5, .2}}),
                            0,
                            3,
                            Map.of(),
                            Map.of(),
                            Map.of()),
                    new Party(
                            "B",
                            "B",
                            TestSpaces.utility(SPACE, new double[] {1}, new double[][] {{.3, .6, .75, .95}}),
                            .2,
                            1,
                            Map.of(),
                            Map.of(),
                            Map.of())),
            List.of());
    private static final ParetoFrontier FRONTIER =
            ParetoFrontiers.compute(SPACE, DEAL.utilities(), ProgressListener.NONE);
    private static final BargainingProblem PROBLEM = BargainingProblem.of(DEAL, FRONTIER);

    private static Outcome solve(SolutionConcept concept) {
        return BargainingSolver.solve(PROBLEM, concept).orElseThrow().point().example();
    }

    @Test
    void nash_maximises_the_product_of_gains_at_P3() {
        // products .1, .24, .275, .15
        assertThat(solve(SolutionConcept.NASH)).isEqualTo(Outcome.of(2));
        assertThat(BargainingSolver.solve(PROBLEM, SolutionConcept.NASH)
                        .orElseThrow()
                        .score())
                .isCloseTo(Math.log(0.275), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void asymmetric_nash_with_power_3_to_1_moves_to_P1() {
        // .75 ln g_A + .25 ln g_B: -.576, -.612, -.669, -1.279
        assertThat(solve(SolutionConcept.ASYMMETRIC_NASH)).isEqualTo(Outcome.of(0));
    }

    @Test
    void kalai_smorodinsky_equalises_normalised_gains_at_P2() {
        // ideal point (1, .95): ranges (1, .75); min ratios .133, .533, .5, .2
        assertThat(solve(SolutionConcept.KALAI_SMORODINSKY)).isEqualTo(Outcome.of(1));
    }

    @Test
    void utilitarian_maximises_the_sum_at_P1() {
        // sums 1.3, 1.2, 1.25, 1.15
        assertThat(solve(SolutionConcept.UTILITARIAN)).isEqualTo(Outcome.of(0));
    }

    @Test
    void egalitarian_maximises_the_smallest_gain_at_P3() {
        // min gains .1, .4, .5, .2
        assertThat(solve(SolutionConcept.EGALITARIAN)).isEqualTo(Outcome.of(2));
    }

    @Test
    void no_rational_point_means_no_solution() {
        var impossible = new BargainingProblem(FRONTIER, List.of(990_000_000L, 990_000_000L), List.of(1.0, 1.0));
        assertThat(BargainingSolver.solve(impossible, SolutionConcept.NASH)).isEmpty();
    }

    @Test
    void equal_scores_are_all_reported_in_frontier_order() {
        OutcomeSpace space = TestSpaces.space(2);
        var a = TestSpaces.utility(space, new double[] {1}, new double[][] {{1, 0}});
        var b = TestSpaces.utility(space, new double[] {1}, new double[][] {{0, 1}});
        ParetoFrontier f = ParetoFrontiers.compute(space, List.of(a, b), ProgressListener.NONE);
        var problem = new BargainingProblem(f, List.of(0L, 0L), List.of(1.0, 1.0));
        var s = BargainingSolver.solve(problem, SolutionConcept.UTILITARIAN).orElseThrow();
        assertThat(s.optima()).hasSize(2);
        assertThat(s.point().example()).isEqualTo(Outcome.of(0));
    }
}
