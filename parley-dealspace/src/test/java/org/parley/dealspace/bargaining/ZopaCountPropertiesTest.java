package org.parley.dealspace.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * The branch-and-bound count of {@link ZopaAnalysis} against brute force (every outcome checked) on random
 * 2–4 party spaces of up to 10⁴ outcomes, with reservations drawn at random, set exactly to the utility of
 * some outcome (boundary values, where {@code ≥} matters), or above a party's best (empty zones).
 */
class ZopaCountPropertiesTest {

    /** Brute force: the count and, per issue and value, whether it occurs in the zone. */
    record Truth(BigInteger count, boolean[][] seen) {}

    static Truth bruteForce(DealSpace deal) {
        OutcomeSpace space = deal.space();
        List<AdditiveUtility> u = deal.utilities();
        long[] d = deal.disagreementUnits();
        int[] radices = space.radices();
        int[] digits = new int[radices.length];
        boolean[][] seen = new boolean[radices.length][];
        for (int j = 0; j < radices.length; j++) {
            seen[j] = new boolean[radices[j]];
        }
        long count = 0;
        long size = space.size().longValueExact();
        for (long x = 0; x < size; x++) {
            OutcomeSpace.decode(x, radices, digits);
            boolean ok = true;
            for (int i = 0; i < u.size() && ok; i++) {
                ok = u.get(i).units(digits) >= d[i];
            }
            if (ok) {
                count++;
                for (int j = 0; j < digits.length; j++) {
                    seen[j][digits[j]] = true;
                }
            }
        }
        return new Truth(BigInteger.valueOf(count), seen);
    }

    /**
     * A random deal space; {@code mode} 0: random reservations in [0, .6]; 1: each party's reservation is
     * its utility at some random outcome (on the boundary); 2: as 1, and one party's reservation is above
     * its best (empty zone; at its best when that is 1); 3: as 1 for one party, 0 for the others.
     */
    static DealSpace random(long seed, int parties, int mode) {
        Random rnd = new Random(seed);
        OutcomeSpace space = TestSpaces.randomSpace(rnd, 10_000);
        DealSpace base = TestSpaces.random(rnd, parties, space, rnd.nextBoolean());
        if (mode == 0) {
            return base;
        }
        List<Party> list = new ArrayList<>();
        int[] radices = space.radices();
        for (int i = 0; i < parties; i++) {
            Party p = base.parties().get(i);
            int[] x = new int[radices.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = rnd.nextInt(radices[j]);
            }
            double r = p.utility().units(x) / 1e9;
            if (mode == 2 && i == 0) {
                r = Math.min(1e9, p.utility().maxUnits() + 1) / 1e9;
            } else if (mode == 3 && i > 0) {
                r = 0;
            }
            list.add(Party.of(p.id(), p.utility(), Math.min(1, r)));
        }
        return new DealSpace("random", space, list, List.of());
    }

    @Property(tries = 300)
    void count_and_values_equal_brute_force(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 4) int parties,
            @ForAll @IntRange(min = 0, max = 3) int mode,
            @ForAll boolean tables) {
        DealSpace deal = random(seed, parties, mode);
        Truth truth = bruteForce(deal);
        ZopaAnalysis.Result r = new ZopaAnalysis(1_000_000_000L, 0, 1, tables).analyse(deal, ProgressListener.NONE);
        assertThat(r.zopa().count()).contains(truth.count());
        assertThat(r.zopa().bounds()).isEmpty();
        assertThat(r.valuesComplete()).isTrue();
        assertThat(r.seen()).isEqualTo(truth.seen());
        assertThat(r.zopa().issues()).isEqualTo(Zopa.boundsOf(deal.space(), truth.seen()));
        assertThat(r.zopa().exists()).contains(truth.count().signum() > 0);
    }

    @Property(tries = 300)
    void bounds_bracket_the_count_when_the_budget_is_tiny(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 4) int parties,
            @ForAll @IntRange(min = 0, max = 3) int mode,
            @ForAll @LongRange(min = 1, max = 12) long budget,
            @ForAll boolean tables) {
        DealSpace deal = random(seed, parties, mode);
        Truth truth = bruteForce(deal);
        ZopaAnalysis.Result r = new ZopaAnalysis(budget, 2_000, 7, tables).analyse(deal, ProgressListener.NONE);
        Statistics.label("result").collect(r.zopa().count().isPresent() ? "exact" : "bounds");
        Zopa z = r.zopa();
        if (z.count().isPresent()) {
            assertThat(z.count()).contains(truth.count());
            assertThat(r.seen()).isEqualTo(truth.seen());
            return;
        }
        Zopa.CountBounds b = z.bounds().orElseThrow();
        assertThat(b.lower()).isLessThanOrEqualTo(truth.count());
        assertThat(b.upper()).isGreaterThanOrEqualTo(truth.count());
        assertThat(b.lower()).isLessThan(b.upper());
        Zopa.Estimate e = b.estimate().orElseThrow();
        assertThat(e.low()).isBetween(b.lower(), e.value());
        assertThat(e.high()).isBetween(e.value(), b.upper());
        // every value marked occurs in the zone; all of them when the marks are said to be complete
        boolean[][] seen = r.seen();
        for (int j = 0; j < seen.length; j++) {
            for (int k = 0; k < seen[j].length; k++) {
                if (seen[j][k]) {
                    assertThat(truth.seen()[j][k]).as("issue %d value %d", j, k).isTrue();
                }
            }
        }
        if (r.valuesComplete()) {
            assertThat(seen).isEqualTo(truth.seen());
            assertThat(z.issues()).isEqualTo(Zopa.boundsOf(deal.space(), truth.seen()));
        } else {
            assertThat(z.issues()).isEmpty();
        }
        assertThat(z.exists().orElse(truth.count().signum() > 0))
                .isEqualTo(truth.count().signum() > 0);
    }

    @Property(tries = 30)
    void the_same_input_gives_the_same_bounds_and_estimate(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties, 1);
        ZopaAnalysis a = new ZopaAnalysis(5, 500, 3);
        assertThat(a.compute(deal, ProgressListener.NONE)).isEqualTo(a.compute(deal, ProgressListener.NONE));
    }
}
