package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link ExpectedUtilityModel} (pruned risk-adjusted pass, no n × n utility matrices) against
 * the original implementation kept as {@link ReferenceExpectedUtilityModel}: same forecast, same note, same
 * positions in every round, bit for bit.
 */
class ExpectedUtilityOracleTest {

    @Test
    void car_emissions_path_is_bit_identical_to_the_reference() {
        ForecastOptions options = new ForecastOptions(100, 1);
        assertSame(
                new ExpectedUtilityModel().forecast(Fixtures.carEmissions(), options),
                new ReferenceExpectedUtilityModel().forecast(Fixtures.carEmissions(), options));
    }

    @Test
    void random_issues_are_bit_identical_to_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261125L);
        for (int k = 0; k < 40; k++) {
            int n = 2 + rng.nextInt(k < 30 ? 30 : 150);
            ForecastInput in = randomIssue("r" + k, n, rng, k % 3 == 0);
            ForecastOptions options = new ForecastOptions(1 + rng.nextInt(60), 1);
            assertSame(
                    new ExpectedUtilityModel().forecast(in, options),
                    new ReferenceExpectedUtilityModel().forecast(in, options));
        }
    }

    @Test
    void other_q_t_and_the_mean_outcome_are_bit_identical_to_the_reference() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int k = 0; k < 12; k++) {
            ForecastInput in = randomIssue("q" + k, 2 + rng.nextInt(25), rng, k % 2 == 0);
            double q = k % 4 == 0 ? 1 : rng.nextDouble();
            double t = rng.nextDouble();
            ForecastOptions options = new ForecastOptions(30, 1);
            assertSame(
                    new ExpectedUtilityModel(q, t, ExpectedUtilityModel.Outcome.MEAN).forecast(in, options),
                    new ReferenceExpectedUtilityModel(q, t, ReferenceExpectedUtilityModel.Outcome.MEAN)
                            .forecast(in, options));
        }
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

    private static void assertSame(IssueForecast fast, IssueForecast reference) {
        assertThat(fast.point()).isEqualTo(reference.point());
        assertThat(fast.note()).isEqualTo(reference.note());
        assertThat(fast.trajectory()).isEqualTo(reference.trajectory());
    }
}
