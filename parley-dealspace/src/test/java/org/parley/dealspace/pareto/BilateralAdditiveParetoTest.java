package org.parley.dealspace.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;

class BilateralAdditiveParetoTest implements ParetoAlgorithmContract {
    @Override
    public ParetoAlgorithm algorithm() {
        return new BilateralAdditivePareto();
    }

    @Test
    void handles_10_to_the_20_outcomes_with_counts_beyond_long() {
        int[] sizes = new int[20];
        java.util.Arrays.fill(sizes, 10);
        OutcomeSpace space = TestSpaces.space(sizes);
        // both parties indifferent on 19 issues: 10^19 outcomes per frontier point
        double[] wa = new double[20];
        wa[0] = 1;
        double[][] va = new double[20][10];
        double[][] vb = new double[20][10];
        for (int k = 0; k < 10; k++) {
            va[0][k] = k / 9.0;
            vb[0][k] = 1 - k / 9.0;
        }
        var a = TestSpaces.utility(space, wa, va);
        var b = TestSpaces.utility(space, wa, vb);
        ParetoFrontier f = algorithm().compute(space, java.util.List.of(a, b), ProgressListener.NONE);
        assertThat(f.size()).isEqualTo(10);
        assertThat(f.points()).extracting(FrontierPoint::count).containsOnly(BigInteger.TEN.pow(19));
        assertThat(f.outcomeCount()).isEqualTo(BigInteger.TEN.pow(20));
    }

    @Test
    void reports_one_progress_step_per_merge() {
        Random rnd = new Random(7);
        OutcomeSpace space = TestSpaces.space(3, 3, 3, 3);
        DealSpace ds = TestSpaces.random(rnd, 2, space, false);
        java.util.List<Long> seen = new java.util.ArrayList<>();
        algorithm().compute(space, ds.utilities(), (done, total) -> seen.add(done * 10 + total));
        assertThat(seen).containsExactly(13L, 23L, 33L, 33L);
    }
}
