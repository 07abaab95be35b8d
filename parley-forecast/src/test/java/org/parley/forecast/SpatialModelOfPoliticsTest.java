package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialModelOfPoliticsTest {

    private final SpatialModelOfPolitics smp = new SpatialModelOfPolitics();

    @Test
    void utility_is_one_at_the_ideal_point_and_zero_at_the_far_end() {
        assertThat(SpatialModelOfPolitics.utility(0, 0.7)).isEqualTo(1.0);
        assertThat(SpatialModelOfPolitics.utility(1, -0.7)).isEqualTo(0.0);
        // (1 − d)(1 + R d): risk-averse actors (R > 0) value a half-way compromise more
        assertThat(SpatialModelOfPolitics.utility(0.5, 1)).isEqualTo(0.75);
        assertThat(SpatialModelOfPolitics.utility(0.5, -1)).isEqualTo(0.25);
    }

    @Test
    void the_likeliest_winner_is_the_most_risk_averse() {
        double[] p = SpatialModelOfPolitics.prevailing(new double[] {0.1, 0.2, 0.6}, new double[] {50, 80, 60});
        double[] r = SpatialModelOfPolitics.riskFromProbability(p);
        assertThat(p[1]).isGreaterThan(p[0]).isGreaterThan(p[2]);
        assertThat(r[1]).isEqualTo(1.0);
        assertThat(r[2]).isEqualTo(-1.0);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void car_emissions_moves_toward_the_big_late_adopters_and_stops_by_rule() {
        IssueForecast f = smp.forecast(Fixtures.carEmissions(), ForecastOptions.defaults());
        Trajectory t = f.trajectory();
        assertThat(t.rounds().size()).isBetween(2, 101);
        double start = t.rounds().get(0).forecast();
        assertThat(f.point().getAsDouble()).isBetween(40.0, 100.0);
        assertThat(f.note()).containsAnyOf("moves below 2% of the scale", "turn limit reached");
        assertThat(start).isBetween(40.0, 100.0);
        if (t.converged()) {
            List<Double> last = t.rounds().get(t.rounds().size() - 1).positions();
            List<Double> before = t.rounds().get(t.rounds().size() - 2).positions();
            for (int i = 0; i < last.size(); i++) {
                assertThat(Math.abs(last.get(i) - before.get(i))).isLessThan(2.0);
            }
        }
    }

    @Test
    void agreed_actors_stay_put() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 30, 50, 1), new Stance("b", 30, 80, 2)));
        IssueForecast f = smp.forecast(in, ForecastOptions.defaults());
        assertThat(f.point().getAsDouble()).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void positions_never_leave_the_span_of_the_initial_positions() {
        ForecastInput in = Fixtures.carEmissions();
        IssueForecast f = smp.forecast(in, ForecastOptions.defaults());
        for (Round r : f.trajectory().rounds()) {
            assertThat(r.positions()).allSatisfy(p -> assertThat(p).isBetween(40.0 - 1e-9, 100.0 + 1e-9));
        }
    }

    @Test
    void a_turn_limit_of_one_gives_exactly_one_turn() {
        IssueForecast f = smp.forecast(Fixtures.carEmissions(), new ForecastOptions(1, 1));
        assertThat(f.trajectory().rounds()).hasSizeLessThanOrEqualTo(2);
    }
}
