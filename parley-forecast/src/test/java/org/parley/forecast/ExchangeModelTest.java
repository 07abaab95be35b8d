package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeModelTest {

    private final ExchangeModel model = new ExchangeModel();

    /**
     * Hand example: two actors of capability 1. On issue p, i stands at 0 (salience 80), j at 100 (salience
     * 20); on q, i at 100 (20), j at 0 (80). Both outcomes start at 20. i cares about p, j about q, so j
     * gives way on p and i on q. Rate δ_q = δ_p (0.8 + 0.2)/(0.2 + 0.8) = δ_p. Caps: j may move O_p by at most
     * 20 (then O_p reaches i's position 0), i may move O_q by at most 20 (then O_q reaches j's position 0):
     * both outcomes end at 0, and each actor gets its way where it cares most.
     */
    @Test
    void two_actors_trade_the_issue_each_cares_less_about() {
        ForecastInput p = ForecastInput.of("p", List.of(new Stance("i", 0, 80, 1), new Stance("j", 100, 20, 1)));
        ForecastInput q = ForecastInput.of("q", List.of(new Stance("i", 100, 20, 1), new Stance("j", 0, 80, 1)));
        List<IssueForecast> f = model.forecast(List.of(p, q), ForecastOptions.defaults());
        assertThat(f.get(0).point().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(f.get(1).point().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(f.get(0).note()).contains("1 exchange(s)");
        Trajectory t = f.get(0).trajectory();
        assertThat(t.rounds().get(0).forecast()).isCloseTo(20.0, within(1e-9));
        assertThat(t.movement(t.actorIds().indexOf("j"))).isCloseTo(100.0, within(1e-9));
        assertThat(t.movement(t.actorIds().indexOf("i"))).isZero();
    }

    @Test
    void equal_relative_saliences_leave_nothing_to_trade() {
        ForecastInput p = ForecastInput.of("p", List.of(new Stance("i", 0, 50, 1), new Stance("j", 100, 50, 1)));
        ForecastInput q = ForecastInput.of("q", List.of(new Stance("i", 100, 50, 1), new Stance("j", 0, 50, 1)));
        List<IssueForecast> f = model.forecast(List.of(p, q), ForecastOptions.defaults());
        assertThat(f.get(0).point().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(f.get(0).note()).contains("0 exchange(s)");
    }

    @Test
    void a_single_issue_falls_back_to_the_compromise_and_says_why() {
        IssueForecast f = model.forecast(Fixtures.toy(), ForecastOptions.defaults());
        assertThat(f.point().getAsDouble()).isCloseTo(360000.0 / 13000, within(1e-9));
        assertThat(f.note()).contains("at least two ordered issues");
    }

    @Test
    void partial_shift_when_the_beneficiary_cap_binds_first() {
        // j heavy on p (capability 3): moving j fully would overshoot i's position, so O_p stops at i's 0
        ForecastInput p = ForecastInput.of("p", List.of(new Stance("i", 0, 90, 1), new Stance("j", 100, 10, 3)));
        ForecastInput q = ForecastInput.of("q", List.of(new Stance("i", 100, 10, 1), new Stance("j", 0, 90, 3)));
        List<IssueForecast> f = model.forecast(List.of(p, q), ForecastOptions.defaults());
        for (IssueForecast one : f) {
            assertThat(one.point().getAsDouble()).isBetween(0.0, 100.0);
        }
        // i gains on p, j gains on q: both outcomes move toward the actor who cares most
        assertThat(f.get(0).point().getAsDouble())
                .isLessThan(f.get(0).trajectory().rounds().get(0).forecast());
        assertThat(f.get(1).point().getAsDouble())
                .isLessThanOrEqualTo(f.get(1).trajectory().rounds().get(0).forecast());
    }
}
