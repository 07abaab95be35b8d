package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompromiseAndMedianTest {

    @Test
    void toy_compromise_is_360000_over_13000() {
        double f = new CompromiseModel()
                .forecast(Fixtures.toy(), ForecastOptions.defaults())
                .point()
                .getAsDouble();
        assertThat(f).isCloseTo(360000.0 / 13000.0, within(1e-12));
        assertThat(f).isCloseTo(27.6923, within(5e-5));
    }

    @Test
    void toy_weighted_median_is_20() {
        assertThat(new WeightedMedianModel()
                        .forecast(Fixtures.toy(), ForecastOptions.defaults())
                        .point())
                .hasValue(20.0);
    }

    /** Round-0 values for the EC case as given by Bueno de Mesquita (1994) and Scholz et al. (2011). */
    @Test
    void car_emissions_round_zero_compromise_is_7_390_and_median_7() {
        ForecastInput in = Fixtures.carEmissions();
        double compromise = new CompromiseModel()
                .forecast(in, ForecastOptions.defaults())
                .point()
                .getAsDouble();
        double median = new WeightedMedianModel()
                .forecast(in, ForecastOptions.defaults())
                .point()
                .getAsDouble();
        assertThat(compromise / 10).isCloseTo(7.390, within(5e-4));
        assertThat(median / 10).isEqualTo(7.0);
    }

    @Test
    void an_exact_half_goes_to_the_lower_position() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 10, 50, 2), new Stance("b", 30, 100, 1)));
        assertThat(new WeightedMedianModel()
                        .forecast(in, ForecastOptions.defaults())
                        .point())
                .hasValue(10.0);
    }

    @Test
    void actors_without_weight_do_not_count() {
        ForecastInput in = ForecastInput.of(
                "x", List.of(new Stance("a", 10, 0, 5), new Stance("b", 30, 100, 1), new Stance("c", 90, 50, 0)));
        assertThat(new WeightedMedianModel()
                        .forecast(in, ForecastOptions.defaults())
                        .point())
                .hasValue(30.0);
        assertThat(new CompromiseModel()
                        .forecast(in, ForecastOptions.defaults())
                        .point())
                .hasValue(30.0);
    }

    @Test
    void nobody_with_weight_means_no_forecast() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 10, 0, 5)));
        IssueForecast f = new CompromiseModel().forecast(in, ForecastOptions.defaults());
        assertThat(f.point()).isEmpty();
        assertThat(f.note()).contains("no actor");
    }
}
