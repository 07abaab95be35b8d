package org.parley.dealspace.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

class ZopaAnalysisTest {

    @Test
    void counts_the_deals_both_prefer_to_walking_away_and_bounds_each_issue() {
        // price v0..v4 (A wants high index, B low), reservations .5 and .5 on price alone:
        // A: k/4 ≥ .5 → k ≥ 2; B: 1 − k/4 ≥ .5 → k ≤ 2: only v2, times 3 values of an indifferent issue
        OutcomeSpace space = TestSpaces.space(5, 3);
        double[][] va = {{0, .25, .5, .75, 1}, {0, 0, 0}};
        double[][] vb = {{1, .75, .5, .25, 0}, {0, 0, 0}};
        DealSpace deal = new DealSpace(
                "zopa",
                space,
                List.of(
                        Party.of("A", TestSpaces.utility(space, new double[] {1, 0}, va), .5),
                        Party.of("B", TestSpaces.utility(space, new double[] {1, 0}, vb), .5)),
                List.of());
        Zopa zopa = new ZopaAnalysis(1_000_000).compute(deal, ProgressListener.NONE);
        assertThat(zopa.count()).contains(BigInteger.valueOf(3));
        assertThat(zopa.issues().get(0).values()).containsExactly("v2");
        assertThat(zopa.issues().get(1).values()).containsExactly("v0", "v1", "v2");
        assertThat(zopa.issues().get(1).lowest()).contains("v0");
        assertThat(zopa.issues().get(1).highest()).contains("v2");
    }

    @Test
    void says_why_it_did_not_count_a_space_above_the_limit() {
        OutcomeSpace space = TestSpaces.space(10, 10);
        DealSpace deal = TestSpaces.random(new java.util.Random(1), 2, space, false);
        Zopa zopa = new ZopaAnalysis(99).compute(deal, ProgressListener.NONE);
        assertThat(zopa.count()).isEqualTo(Optional.empty());
        assertThat(zopa.reason()).isEqualTo("not counted: 100 outcomes exceed the enumeration limit of 99");
    }
}
