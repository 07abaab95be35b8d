package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link SpatialModelOfPolitics} against the original implementation kept as {@link
 * ReferenceSpatialModelOfPolitics}, and its challenge odds against their definition.
 *
 * <p>The two are not bit-identical. The optimised model takes the contest of {@code j} against {@code i} as the
 * mirror image of {@code i} against {@code j} ({@code π' = 1 − π}, every vote with its sign flipped) instead of
 * computing it afresh, and sums the positive and negative votes as {@code (Σ|x| ± Σx)/2} in four lanes instead of
 * one by one, so figures differ by rounding (about 10⁻¹⁶). Hence the comparisons are made per turn, from the same
 * state, to 10⁻⁹. Whole trajectories are compared over a few turns only: one turn amplifies a difference in the
 * last bits about tenfold (measured on 300 actors: 10⁻¹⁴ after one turn, 4·10⁻⁹ after eight), the original is just
 * as sensitive to its own rounding, and once a difference flips a discrete choice (which rival to challenge,
 * which bargain to adopt) the paths part. Inputs are continuous (no grid), so no two candidates tie exactly; a
 * near-tie within rounding would show up here as a difference of order one, not as a failure at the 10⁻⁹ level,
 * and these seeds have none.
 */
class SpatialModelOfPoliticsOracleTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void challenge_odds_match_their_definition_for_every_ordered_pair() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        for (int k = 0; k < 30; k++) {
            State st = State.random(2 + rng.nextInt(k < 20 ? 20 : 120), rng);
            double[][] ut = st.utilities();
            double[] sc = st.salienceTimesCapability();
            double[][] odds = SpatialModelOfPolitics.challengeOdds(sc, ut);
            int n = st.y.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        assertThat(odds[i][j]).isCloseTo(definedOdds(i, j, sc, ut), within(1e-12));
                        assertThat(odds[i][j] + odds[j][i]).isCloseTo(1.0, within(1e-15));
                    }
                }
            }
        }
    }

    @Test
    void one_turn_from_random_states_agrees_with_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261126L);
        for (int k = 0; k < 60; k++) {
            State st = State.random(2 + rng.nextInt(k < 40 ? 30 : 200), rng);
            double[] fast = SpatialModelOfPolitics.turn(st.y, st.s, st.c, st.risk);
            double[] reference = ReferenceSpatialModelOfPolitics.turn(st.y, st.s, st.c, st.risk);
            for (int i = 0; i < fast.length; i++) {
                assertThat(fast[i]).as("state %d, actor %d", k, i).isCloseTo(reference[i], within(TOLERANCE));
            }
        }
    }

    @Test
    void the_first_turns_of_random_issues_agree_with_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (int k = 0; k < 30; k++) {
            int n = 2 + rng.nextInt(k < 20 ? 30 : 150);
            ForecastInput in = ExpectedUtilityOracleTest.randomIssue("s" + k, n, rng, false);
            ForecastOptions threeTurns = new ForecastOptions(3, 1);
            assertClose(
                    new SpatialModelOfPolitics().forecast(in, threeTurns),
                    new ReferenceSpatialModelOfPolitics().forecast(in, threeTurns));
        }
    }

    @Test
    void car_emissions_agrees_with_the_reference() {
        ForecastOptions options = ForecastOptions.defaults();
        assertClose(
                new SpatialModelOfPolitics().forecast(Fixtures.carEmissions(), options),
                new ReferenceSpatialModelOfPolitics().forecast(Fixtures.carEmissions(), options));
    }

    private static void assertClose(IssueForecast fast, IssueForecast reference) {
        assertThat(fast.note()).isEqualTo(reference.note());
        assertThat(fast.point().getAsDouble())
                .isCloseTo(reference.point().getAsDouble(), within(100 * TOLERANCE)); // on the 0–100 scale
        List<Round> a = fast.trajectory().rounds();
        List<Round> b = reference.trajectory().rounds();
        assertThat(a).hasSameSizeAs(b);
        for (int t = 0; t < a.size(); t++) {
            for (int i = 0; i < a.get(t).positions().size(); i++) {
                assertThat(a.get(t).positions().get(i))
                        .as("round %d, actor %d", t, i)
                        .isCloseTo(b.get(t).positions().get(i), within(100 * TOLERANCE));
            }
        }
    }

    /** {@code P_ij} straight from the definition (the class Javadoc): one pass over third parties per ordered pair. */
    private static double definedOdds(int i, int j, double[] sc, double[][] ut) {
        double ci = SpatialModelOfPolitics.MIN_COALITION + sc[i] * (1 - ut[j][i]);
        double cj = SpatialModelOfPolitics.MIN_COALITION + sc[j] * (1 - ut[i][j]);
        double chi = ci;
        double chj = cj;
        for (int m = 0; m < sc.length; m++) {
            if (m != i && m != j) {
                double v = sc[m] * (ut[i][m] - ut[j][m]);
                double pin = (ci + Math.max(v, 0)) / (ci + Math.max(v, 0) + cj + Math.max(-v, 0));
                double vote = sc[m] * (pin * (1 - ut[i][m]) - (1 - pin) * (1 - ut[j][m]));
                chi += Math.max(vote, 0);
                chj += Math.max(-vote, 0);
            }
        }
        return chi / (chi + chj);
    }

    /** A state at the start of a turn, on the model's internal scales: y and s in [0, 1], c summing to 1. */
    private record State(double[] y, double[] s, double[] c, double[] risk) {
        static State random(int n, UniformRandomProvider rng) {
            double[] y = new double[n];
            double[] s = new double[n];
            double[] c = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                y[i] = rng.nextDouble();
                s[i] = 0.01 + 0.99 * rng.nextDouble();
                c[i] = 1 + 9 * rng.nextDouble();
                total += c[i];
            }
            for (int i = 0; i < n; i++) {
                c[i] /= total;
            }
            // risk as the model derives it, so that the extremes −1 and +1 occur
            double[] risk = SpatialModelOfPolitics.riskFromProbability(SpatialModelOfPolitics.prevailing(y, c));
            return new State(y, s, c, risk);
        }

        /** {@code ut[a][k]}: utility to actor k of actor a's position, as the model lays it out. */
        double[][] utilities() {
            int n = y.length;
            double[][] ut = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int k = 0; k < n; k++) {
                    ut[a][k] = SpatialModelOfPolitics.utility(Math.abs(y[k] - y[a]), risk[k]);
                }
            }
            return ut;
        }

        double[] salienceTimesCapability() {
            double[] sc = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                sc[i] = s[i] * c[i];
            }
            return sc;
        }
    }
}
