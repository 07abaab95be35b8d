package org.parley.dealspace.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;

/** Tests every {@link ParetoAlgorithm} must pass; each implementation's test implements this interface. */
public interface ParetoAlgorithmContract {

    ParetoAlgorithm algorithm();

    @Test
    default void two_opposed_issues_give_the_textbook_staircase() {
        // one issue, three values: A prefers v0, B prefers v2, v1 is a compromise; v3 is dominated by v1
        OutcomeSpace space = TestSpaces.space(4);
        AdditiveUtility a = TestSpaces.utility(space, new double[] {1}, new double[][] {{1, 0.5, 0, 0.25}});
        AdditiveUtility b = TestSpaces.utility(space, new double[] {1}, new double[][] {{0, 0.5, 1, 0.25}});
        ParetoFrontier f = algorithm().compute(space, List.of(a, b), ProgressListener.NONE);
        assertThat(f.points())
                .extracting(p -> List.of(p.utility(0), p.utility(1)))
                .containsExactly(List.of(1.0, 0.0), List.of(0.5, 0.5), List.of(0.0, 1.0));
        assertThat(f.points())
                .extracting(FrontierPoint::example)
                .containsExactly(Outcome.of(0), Outcome.of(1), Outcome.of(2));
    }

    @Test
    default void identical_utility_vectors_are_one_point_with_their_count() {
        // both parties are indifferent on the second issue (3 values): each frontier point has 3 outcomes
        OutcomeSpace space = TestSpaces.space(2, 3);
        AdditiveUtility a = TestSpaces.utility(space, new double[] {1, 0}, new double[][] {{1, 0}, {0, 0, 0}});
        AdditiveUtility b = TestSpaces.utility(space, new double[] {1, 0}, new double[][] {{0, 1}, {0, 0, 0}});
        ParetoFrontier f = algorithm().compute(space, List.of(a, b), ProgressListener.NONE);
        assertThat(f.size()).isEqualTo(2);
        assertThat(f.points()).extracting(FrontierPoint::count).containsOnly(BigInteger.valueOf(3));
        assertThat(f.points()).extracting(FrontierPoint::example).containsExactly(Outcome.of(0, 0), Outcome.of(1, 0));
        assertThat(f.outcomeCount()).isEqualTo(BigInteger.valueOf(6));
    }

    @Test
    default void agrees_with_brute_force_on_seeded_random_spaces() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            OutcomeSpace space = TestSpaces.randomSpace(rnd, 3000);
            DealSpace ds = TestSpaces.random(rnd, 2, space, trial % 2 == 0);
            if (!algorithm().supports(space, ds.utilities())) {
                continue;
            }
            ParetoFrontier expected = new BruteForcePareto().compute(space, ds.utilities(), ProgressListener.NONE);
            assertThat(algorithm().compute(space, ds.utilities(), ProgressListener.NONE))
                    .as("trial %d", trial)
                    .isEqualTo(expected);
        }
    }
}
