package org.parley.dealspace.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;

/** Each party's best utility over the deals acceptable to all, by CP-SAT against enumeration of every outcome. */
class DealModelTest {

    private static DealSpace random(long seed, int parties) {
        Random rnd = new Random(seed);
        OutcomeSpace space = TestSpaces.randomSpace(rnd, 10_000);
        return TestSpaces.random(rnd, parties, space, rnd.nextBoolean());
    }

    /**
     * OR-Tools 9.15's presolve certified 809 124 693 as optimal for party 0 on this space with three and four
     * parties, where enumeration finds a rational deal worth 816 314 131 (issue google/or-tools#5293: a presolve
     * step on exactly-one + linear models). {@link DealModel#solve} switches that step off.
     */
    @Test
    void presolve_keeps_the_true_optimum() {
        for (int parties = 3; parties <= 4; parties++) {
            DealSpace deal = random(1615442475L, parties);
            assertThat(cpSatBest(deal, 0)).as("%d parties", parties).contains(enumeratedBest(deal, 0));
            assertThat(enumeratedBest(deal, 0)).isEqualTo(816_314_131L);
        }
    }

    @Property(tries = 60)
    void best_rational_utilities_match_enumeration(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        DealSpace deal = random(seed, parties);
        for (int i = 0; i < parties; i++) {
            long best = enumeratedBest(deal, i);
            assertThat(cpSatBest(deal, i))
                    .as("party %d", i)
                    .isEqualTo(best == Long.MIN_VALUE ? Optional.empty() : Optional.of(best));
        }
    }

    private static Optional<Long> cpSatBest(DealSpace deal, int party) {
        DealModel m = new DealModel(deal, true);
        m.model().maximize(m.utility(party));
        return m.solve(30).map(s -> deal.parties().get(party).utility().units(s.outcome()));
    }

    /** The largest utility of {@code party} over every outcome that gives each party at least its reservation. */
    private static long enumeratedBest(DealSpace deal, int party) {
        OutcomeSpace space = deal.space();
        int m = space.issueCount();
        long[] reservation = deal.disagreementUnits();
        int[] outcome = new int[m];
        long best = Long.MIN_VALUE;
        while (true) {
            boolean rational = true;
            for (int i = 0; i < reservation.length; i++) {
                rational &= deal.parties().get(i).utility().units(outcome) >= reservation[i];
            }
            if (rational) {
                best = Math.max(best, deal.parties().get(party).utility().units(outcome));
            }
            int j = 0;
            while (j < m && ++outcome[j] == space.issue(j).size()) {
                outcome[j] = 0;
                j++;
            }
            if (j == m) {
                return best;
            }
        }
    }
}
