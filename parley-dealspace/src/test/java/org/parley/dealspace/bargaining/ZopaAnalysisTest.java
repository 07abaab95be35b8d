package org.parley.dealspace.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
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
        Zopa zopa = ZopaAnalysis.defaults().compute(deal, ProgressListener.NONE);
        assertThat(zopa.count()).contains(BigInteger.valueOf(3));
        assertThat(zopa.issues().get(0).values()).containsExactly("v2");
        assertThat(zopa.issues().get(1).values()).containsExactly("v0", "v1", "v2");
        assertThat(zopa.issues().get(1).lowest()).contains("v0");
        assertThat(zopa.issues().get(1).highest()).contains("v2");
    }

    /** 20 issues × 10 values (10²⁰ outcomes), value function {@code f(k)} on the given issues, weight 1/|on|. */
    private static AdditiveUtility onIssues(OutcomeSpace space, int[] on, java.util.function.IntToDoubleFunction f) {
        double[] w = new double[20];
        double[][] v = new double[20][10];
        for (int j : on) {
            w[j] = 1.0 / on.length;
            for (int k = 0; k < 10; k++) {
                v[j][k] = f.applyAsDouble(k);
            }
        }
        return TestSpaces.utility(space, w, v);
    }

    private static OutcomeSpace twentyByTen() {
        int[] sizes = new int[20];
        java.util.Arrays.fill(sizes, 10);
        return TestSpaces.space(sizes);
    }

    @Test
    void counts_a_huge_space_with_a_closed_form_exactly() {
        // A is content unless issues 0, 1, 2 are all at v0 (10¹⁷ deals); B needs v3 or better on issue 19
        // (7 of 10); C has random values on all issues and its reservation is its worst utility: every
        // deal meets it (the boundary case). Count: (10³ − 1)·10¹⁶·7.
        OutcomeSpace space = twentyByTen();
        AdditiveUtility a = onIssues(space, new int[] {0, 1, 2}, k -> k == 0 ? 0 : 1);
        AdditiveUtility b = onIssues(space, new int[] {19}, k -> k / 9.0);
        AdditiveUtility c = TestSpaces.randomUtility(space, new java.util.Random(5), false);
        long worst = 0;
        for (int j = 0; j < 20; j++) {
            worst += c.minContribution(j);
        }
        DealSpace deal = new DealSpace(
                "huge",
                space,
                List.of(Party.of("A", a, 0.1), Party.of("B", b, 0.3), Party.of("C", c, worst / 1e9)),
                List.of());
        Zopa zopa = ZopaAnalysis.defaults().compute(deal, ProgressListener.NONE);
        assertThat(zopa.count())
                .contains(
                        BigInteger.valueOf(999).multiply(BigInteger.TEN.pow(16)).multiply(BigInteger.valueOf(7)));
        assertThat(zopa.issues().get(19).values()).containsExactly("v3", "v4", "v5", "v6", "v7", "v8", "v9");
        assertThat(zopa.issues().get(0).values()).hasSize(10);
    }

    /**
     * Two parties that count issues: A gets a point for each issue at v5 or above, B for each at v7 or
     * below, and each needs {@code need} points of 20. Per issue a value is of one of three kinds (A only:
     * 2 values v8, v9; both: 3 values v5–v7; B only: 5 values v0–v4), so the count is the multinomial sum
     * over (a, b, c) kinds with a + b + c = 20, b + c ≥ need and a + b ≥ need... here a = B only.
     */
    private static BigInteger countingParties(int need) {
        BigInteger total = BigInteger.ZERO;
        for (int bOnly = 0; bOnly <= 20; bOnly++) {
            for (int both = 0; bOnly + both <= 20; both++) {
                int aOnly = 20 - bOnly - both;
                if (aOnly + both >= need && bOnly + both >= need) {
                    total = total.add(factorial(20)
                            .divide(factorial(bOnly).multiply(factorial(both)).multiply(factorial(aOnly)))
                            .multiply(BigInteger.valueOf(5).pow(bOnly))
                            .multiply(BigInteger.valueOf(3).pow(both))
                            .multiply(BigInteger.valueOf(2).pow(aOnly)));
                }
            }
        }
        return total;
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int k = 2; k <= n; k++) {
            f = f.multiply(BigInteger.valueOf(k));
        }
        return f;
    }

    private static DealSpace countingDeal(int need) {
        OutcomeSpace space = twentyByTen();
        int[] all = java.util.stream.IntStream.range(0, 20).toArray();
        // reservations halfway between need − 1 and need points, so rounding cannot move the boundary
        double r = (need - 0.5) / 20;
        return new DealSpace(
                "counting",
                space,
                List.of(
                        Party.of("A", onIssues(space, all, k -> k >= 5 ? 1 : 0), r),
                        Party.of("B", onIssues(space, all, k -> k <= 7 ? 1 : 0), r)),
                List.of());
    }

    @Test
    void counts_two_counting_parties_over_ten_to_the_twenty_exactly() {
        Zopa zopa = ZopaAnalysis.defaults().compute(countingDeal(17), ProgressListener.NONE);
        assertThat(zopa.count()).contains(countingParties(17));
    }

    @Test
    void bounds_bracket_the_closed_form_when_the_budget_is_small() {
        BigInteger truth = countingParties(12);
        Zopa zopa = new ZopaAnalysis(2_000, 10_000, 1).compute(countingDeal(12), ProgressListener.NONE);
        Zopa.CountBounds b = zopa.bounds().orElseThrow();
        assertThat(zopa.count()).isEmpty();
        assertThat(b.lower()).isLessThanOrEqualTo(truth);
        assertThat(b.upper()).isGreaterThanOrEqualTo(truth);
        Zopa.Estimate e = b.estimate().orElseThrow();
        assertThat(e.low()).isLessThanOrEqualTo(e.value());
        assertThat(e.high()).isGreaterThanOrEqualTo(e.value());
        assertThat(zopa.reason()).contains("budget of 2000 search nodes");
    }
}
