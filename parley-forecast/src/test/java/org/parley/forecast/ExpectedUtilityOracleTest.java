package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link ExpectedUtilityModel} against the original implementation kept as {@link
 * ReferenceExpectedUtilityModel}, which evaluates every expected utility of every pair.
 *
 * <p>The two are not bit-identical: the optimised model sums the risk-neutral exposures over distinct positions in
 * closed form instead of term by term, takes {@code F} once per distinct position, and finds the best sender of a
 * large group at one position by bisection, so figures differ by rounding (about 10⁻¹⁶). Hence single rounds are
 * compared from the same state, to 10⁻⁹: from random states (uniform, and on a coarse grid, where many actors
 * share a position and the bisection is exercised), and from the states the reference itself reaches in later
 * rounds. Whole trajectories are compared over a few rounds only, and on the small EC case over all of them: one
 * round amplifies a difference in the last bits, and once it flips a discrete choice (which offer a target answers)
 * the paths part, as the reference's path would under any reordering of its own sums.
 */
class ExpectedUtilityOracleTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void car_emissions_path_agrees_with_the_reference() {
        ForecastOptions options = new ForecastOptions(100, 1);
        assertClose(
                new ExpectedUtilityModel().forecast(Fixtures.carEmissions(), options),
                new ReferenceExpectedUtilityModel().forecast(Fixtures.carEmissions(), options));
    }

    @Test
    void one_round_from_random_states_agrees_with_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261204L);
        for (int k = 0; k < 120; k++) {
            int n = 2 + rng.nextInt(k < 80 ? 40 : 300);
            State st = State.random(n, rng, k % 3 == 0, k % 5 == 0);
            assertRoundAgrees("state " + k, st, new ExpectedUtilityModel(), new ReferenceExpectedUtilityModel());
        }
    }

    @Test
    void one_round_from_the_states_of_later_rounds_agrees_with_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(41L);
        for (int k = 0; k < 12; k++) {
            ForecastInput in = randomIssue("late" + k, 20 + rng.nextInt(k < 8 ? 60 : 250), rng, k % 2 == 0);
            IssueForecast path = new ReferenceExpectedUtilityModel().forecast(in, new ForecastOptions(40, 1));
            State start = State.of(in);
            for (Round round : path.trajectory().rounds()) {
                if (round.round() % 7 != 3) {
                    continue;
                }
                State st = start.at(round.positions());
                assertRoundAgrees(
                        "issue " + k + ", round " + round.round(),
                        st,
                        new ExpectedUtilityModel(),
                        new ReferenceExpectedUtilityModel());
            }
        }
    }

    @Test
    void other_q_and_t_agree_with_the_reference_round_by_round() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int k = 0; k < 30; k++) {
            State st = State.random(2 + rng.nextInt(30), rng, k % 2 == 0, false);
            double q = k % 4 == 0 ? 1 : rng.nextDouble();
            double t = rng.nextDouble();
            assertRoundAgrees(
                    "q " + q + ", t " + t,
                    st,
                    new ExpectedUtilityModel(q, t, ExpectedUtilityModel.Outcome.MEAN),
                    new ReferenceExpectedUtilityModel(q, t, ReferenceExpectedUtilityModel.Outcome.MEAN));
        }
    }

    @Test
    void the_first_rounds_of_random_issues_agree_with_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261125L);
        for (int k = 0; k < 40; k++) {
            int n = 2 + rng.nextInt(k < 30 ? 30 : 150);
            ForecastInput in = randomIssue("r" + k, n, rng, k % 3 == 0);
            ForecastOptions options = new ForecastOptions(1 + rng.nextInt(3), 1);
            assertClose(
                    new ExpectedUtilityModel().forecast(in, options),
                    new ReferenceExpectedUtilityModel().forecast(in, options));
        }
    }

    @Test
    void the_same_input_gives_the_same_path_bit_for_bit() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        ForecastInput in = randomIssue("again", 400, rng, false);
        ForecastOptions options = new ForecastOptions(30, 1);
        IssueForecast first = new ExpectedUtilityModel().forecast(in, options);
        IssueForecast second = new ExpectedUtilityModel().forecast(in, options);
        assertThat(second.trajectory()).isEqualTo(first.trajectory());
        assertThat(second.point()).isEqualTo(first.point());
    }

    /** Positions on a coarse grid (many ties) when {@code grid}, else uniform. */
    static ForecastInput randomIssue(String id, int n, UniformRandomProvider rng, boolean grid) {
        List<Stance> stances = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = grid ? 10 * rng.nextInt(11) : 100 * rng.nextDouble();
            stances.add(new Stance("a" + i, x, 1 + 99 * rng.nextDouble(), 1 + 9 * rng.nextDouble()));
        }
        return ForecastInput.of(id, stances);
    }

    private static void assertRoundAgrees(
            String what, State st, ExpectedUtilityModel fast, ReferenceExpectedUtilityModel reference) {
        double[] a = fast.round(st.x, st.s, st.w, st.range);
        double[] b = reference.round(st.x, st.s, st.w, st.range);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("%s, actor %d", what, i).isCloseTo(b[i], within(TOLERANCE));
        }
    }

    private static void assertClose(IssueForecast fast, IssueForecast reference) {
        assertThat(fast.note()).isEqualTo(reference.note());
        assertThat(fast.point().getAsDouble()).isCloseTo(reference.point().getAsDouble(), within(TOLERANCE));
        List<Round> a = fast.trajectory().rounds();
        List<Round> b = reference.trajectory().rounds();
        assertThat(a).hasSameSizeAs(b);
        for (int r = 0; r < a.size(); r++) {
            for (int i = 0; i < a.get(r).positions().size(); i++) {
                assertThat(a.get(r).positions().get(i))
                        .as("round %d, actor %d", r, i)
                        .isCloseTo(b.get(r).positions().get(i), within(TOLERANCE));
            }
        }
    }

    /** One round's inputs: positions on 0–100, saliences on [0, 1], weights and the spread of round 0. */
    static final class State {
        final double[] x;
        final double[] s;
        final double[] w;
        final double range;

        State(double[] x, double[] s, double[] w, double range) {
            this.x = x;
            this.s = s;
            this.w = w;
            this.range = range;
        }

        static State of(ForecastInput in) {
            int n = in.size();
            double[] x = new double[n];
            double[] s = new double[n];
            double[] w = new double[n];
            double min = 100;
            double max = 0;
            for (int i = 0; i < n; i++) {
                Stance st = in.stances().get(i);
                x[i] = st.position();
                s[i] = st.salience() / 100;
                w[i] = st.capability() * s[i];
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
            return new State(x, s, w, max > min ? max - min : 1);
        }

        /** The same actors at other positions (same spread, as in a later round). */
        State at(List<Double> positions) {
            double[] y = new double[positions.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = positions.get(i);
            }
            return new State(y, s, w, range);
        }

        /**
         * Random actors; on a coarse grid when {@code grid} (many share a position); when {@code clustered}, half of
         * them at one position (a large group, searched by bisection).
         */
        static State random(int n, UniformRandomProvider rng, boolean grid, boolean clustered) {
            double[] x = new double[n];
            double[] s = new double[n];
            double[] w = new double[n];
            double spot = 100 * rng.nextDouble();
            for (int i = 0; i < n; i++) {
                x[i] = clustered && i % 2 == 0 ? spot : grid ? 10 * rng.nextInt(11) : 100 * rng.nextDouble();
                s[i] = (1 + 99 * rng.nextDouble()) / 100;
                w[i] = (1 + 9 * rng.nextDouble()) * s[i];
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double range = max > min ? (max - min) * (1 + rng.nextDouble()) : 1;
            return new State(x, s, w, range);
        }
    }
}
