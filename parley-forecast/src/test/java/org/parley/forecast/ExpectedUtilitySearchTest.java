package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.parley.forecast.ExpectedUtilityOracleTest.State;
import org.parley.forecast.bench.ForecastBench;

/**
 * The search for each target's best offer (bounds, shared searches, bisection in large groups, first bars) against
 * evaluating every sender for every target with the same arithmetic: the choice is a total order, so the two must
 * agree bit for bit, whatever the order of search. Late rounds matter most: many actors share positions a few units
 * in the last place apart, where offers are near {@link ExpectedUtilityModel#MIN_OFFER} and rounding decides.
 */
class ExpectedUtilitySearchTest {

    private final ExpectedUtilityModel fast = new ExpectedUtilityModel();
    private final ExpectedUtilityModel exhaustive =
            new ExpectedUtilityModel(1, 1, ExpectedUtilityModel.Outcome.MEDIAN, true);

    /**
     * Late rounds of two of the benchmark's 1,000-actor issues, where groups of a hundred senders or more sit a few
     * units in the last place from their targets and offers are near 10⁻⁹ (the issues where a search that looked
     * only next to the peak of a large group, or filled stretches of targets without a margin, chose otherwise).
     */
    @Test
    void late_rounds_of_benchmark_issues_choose_as_evaluating_every_sender() {
        int compared = 0;
        for (int k : new int[] {17, 32}) {
            ForecastInput in = ForecastBench.random("eu" + k, 1000, 100 + k);
            IssueForecast path = fast.forecast(in, new ForecastOptions(100, 1));
            State start = State.of(in);
            for (Round round : path.trajectory().rounds()) {
                if (round.round() < 64 || round.round() % 2 != 0) {
                    continue;
                }
                State st = start.at(round.positions());
                double[] a = fast.round(st.x, st.s, st.w, st.range);
                double[] b = exhaustive.round(st.x, st.s, st.w, st.range);
                for (int i = 0; i < a.length; i++) {
                    assertThat(a[i])
                            .as("issue %d, round %d, actor %d", k, round.round(), i)
                            .isEqualTo(b[i]);
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void every_third_round_of_random_issues_chooses_as_evaluating_every_sender() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261204L);
        for (int k = 0; k < 6; k++) {
            ForecastInput in =
                    ExpectedUtilityOracleTest.randomIssue("long" + k, 150 + rng.nextInt(250), rng, k % 3 == 2);
            IssueForecast path = fast.forecast(in, new ForecastOptions(100, 1));
            State start = State.of(in);
            for (Round round : path.trajectory().rounds()) {
                if (round.round() % 3 != 1) {
                    continue;
                }
                State st = start.at(round.positions());
                assertThat(fast.round(st.x, st.s, st.w, st.range))
                        .as("issue %d, round %d", k, round.round())
                        .isEqualTo(exhaustive.round(st.x, st.s, st.w, st.range));
            }
        }
    }

    @Test
    void random_states_with_shared_positions_choose_as_evaluating_every_sender() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (int k = 0; k < 80; k++) {
            State st = State.random(2 + rng.nextInt(200), rng, k % 2 == 0, k % 3 == 0);
            double[] a = fast.round(st.x, st.s, st.w, st.range);
            double[] b = exhaustive.round(st.x, st.s, st.w, st.range);
            assertThat(a).as("state %d", k).isEqualTo(b);
        }
    }
}
