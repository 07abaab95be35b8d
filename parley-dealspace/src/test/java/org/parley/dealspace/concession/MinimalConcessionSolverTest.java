package org.parley.dealspace.concession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

class MinimalConcessionSolverTest {
    private static final MinimalConcessionSolver SOLVER = new MinimalConcessionSolver();

    /**
     * Price v0..v4 (A's values 0, .25, .5, .75, 1; B's the reverse), reservations A .25, B 0. Ranges: A .75, B
     * 1. Concessions at v1…v4: A (1, 2/3, 1/3, 0), B (.25, .5, .75, 1). Largest: .75, .667, .75, 1 → v2.
     * Total: 1.25, 1.167, 1.083, 1 → v4.
     */
    private static DealSpace priceDeal() {
        OutcomeSpace space = TestSpaces.space(5);
        return new DealSpace(
                "price",
                space,
                List.of(
                        Party.of(
                                "A",
                                TestSpaces.utility(space, new double[] {1}, new double[][] {{0, .25, .5, .75, 1}}),
                                .25),
                        Party.of(
                                "B",
                                TestSpaces.utility(space, new double[] {1}, new double[][] {{1, .75, .5, .25, 0}}),
                                0)),
                List.of());
    }

    @Test
    void minimising_the_largest_concession_splits_the_difference() {
        MinimalConcessionDeal deal = SOLVER.solve(priceDeal(), ConcessionObjective.LARGEST);
        assertThat(deal.outcome()).contains(Outcome.of(2));
        assertThat(deal.value()).isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(deal.concessions()).containsExactly(2.0 / 3, 0.5);
    }

    @Test
    void minimising_the_total_concession_can_leave_one_party_at_its_reservation() {
        MinimalConcessionDeal deal = SOLVER.solve(priceDeal(), ConcessionObjective.TOTAL);
        assertThat(deal.outcome()).contains(Outcome.of(4));
        assertThat(deal.value()).isCloseTo(1.0, Offset.offset(1e-9));
    }

    @Test
    void explains_when_no_deal_is_acceptable_to_all() {
        OutcomeSpace space = TestSpaces.space(2);
        DealSpace deal = new DealSpace(
                "none",
                space,
                List.of(
                        Party.of("A", TestSpaces.utility(space, new double[] {1}, new double[][] {{1, 0}}), .9),
                        Party.of("B", TestSpaces.utility(space, new double[] {1}, new double[][] {{0, 1}}), .9)),
                List.of());
        MinimalConcessionDeal result = SOLVER.solve(deal, ConcessionObjective.LARGEST);
        assertThat(result.outcome()).isEmpty();
        assertThat(result.reason()).isEqualTo("no deal gives every party at least its reservation value");
    }

    @Test
    void agrees_with_brute_force_on_random_spaces() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 15; trial++) {
            OutcomeSpace space = TestSpaces.randomSpace(rnd, 500);
            DealSpace deal = TestSpaces.random(rnd, 2 + rnd.nextInt(3), space, trial % 2 == 0);
            for (ConcessionObjective objective : ConcessionObjective.values()) {
                MinimalConcessionDeal got = SOLVER.solve(deal, objective);
                double best = bruteForce(deal, objective);
                if (Double.isNaN(best)) {
                    assertThat(got.outcome()).isEmpty();
                } else {
                    assertThat(got.value()).as("trial %d %s", trial, objective).isCloseTo(best, Offset.offset(1e-5));
                }
            }
        }
    }

    @Test
    void is_deterministic_on_a_ten_party_scenario() {
        DealSpace deal = org.parley.dealspace.utility.ScenarioDealSpace.from(
                org.parley.dealspace.TestScenarios.random(5, 10, 15),
                org.parley.dealspace.outcome.Discretisation.defaults());
        MinimalConcessionDeal first = new MinimalConcessionSolver().solve(deal, ConcessionObjective.LARGEST);
        MinimalConcessionDeal second = new MinimalConcessionSolver().solve(deal, ConcessionObjective.LARGEST);
        assertThat(first.outcome()).isPresent();
        assertThat(second).isEqualTo(first);
        // the min-max deal is also at most as bad, for its worst-off party, as the min-sum deal
        MinimalConcessionDeal total = new MinimalConcessionSolver().solve(deal, ConcessionObjective.TOTAL);
        double worstInTotal = total.concessions().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertThat(first.value()).isLessThanOrEqualTo(worstInTotal + 15 * 1e-6);
    }

    private static double bruteForce(DealSpace deal, ConcessionObjective objective) {
        double best = Double.NaN;
        long total = deal.space().size().longValueExact();
        int[] radices = deal.space().radices();
        int[] x = new int[radices.length];
        for (long index = 0; index < total; index++) {
            OutcomeSpace.decode(index, radices, x);
            double max = 0;
            double sum = 0;
            boolean ok = true;
            for (Party p : deal.parties()) {
                long u = p.utility().units(x);
                long top = p.utility().maxUnits();
                long d = p.reservationUnits();
                ok &= u >= d;
                double c = top == d ? 0 : (top - u) / (double) (top - d);
                max = Math.max(max, c);
                sum += c;
            }
            double v = objective == ConcessionObjective.LARGEST ? max : sum;
            if (ok && (Double.isNaN(best) || v < best)) {
                best = v;
            }
        }
        return best;
    }
}
