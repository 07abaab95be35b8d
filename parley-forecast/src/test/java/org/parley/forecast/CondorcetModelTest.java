package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

class CondorcetModelTest {

    @Test
    void on_a_line_the_condorcet_winner_is_the_weighted_median() {
        IssueForecast f = new CondorcetModel().forecast(Fixtures.toy(), ForecastOptions.defaults());
        assertThat(f.point()).hasValue(20.0);
        assertThat(f.note()).startsWith("Condorcet winner");
    }

    /**
     * Toy case by hand: weights A 2000 at 10, B 8000 at 20, C 3000 at 60. 20 vs 10: A votes 10, B and C vote
     * 20, so P = 11000/13000; 20 vs 60: A and B vote 20, C votes 60, so P = 10000/13000. Likewise 10 vs 60:
     * 10000/13000. Products: P(20) ∝ 11/13·10/13, P(10) ∝ 2/13·10/13, P(60) ∝ 3/13·2/13... normalised.
     */
    @Test
    void toy_probability_of_beating_all_matches_the_hand_computation() {
        PairwiseOutcome o = CondorcetModel.contest(Fixtures.toy());
        assertThat(o.candidates()).containsExactly(10.0, 20.0, 60.0);
        double p10 = (2.0 / 13) * (10.0 / 13);
        double p20 = (11.0 / 13) * (10.0 / 13);
        double p60 = (3.0 / 13) * (3.0 / 13);
        double sum = p10 + p20 + p60;
        assertThat(o.beatsAll().get(0)).isCloseTo(p10 / sum, within(1e-12));
        assertThat(o.beatsAll().get(1)).isCloseTo(p20 / sum, within(1e-12));
        assertThat(o.beatsAll().get(2)).isCloseTo(p60 / sum, within(1e-12));
        assertThat(o.condorcetWinner()).hasValue(1);
    }

    @Test
    void a_tie_has_no_condorcet_winner_and_copeland_falls_back_to_the_lower_position() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 10, 50, 2), new Stance("b", 90, 100, 1)));
        PairwiseOutcome o = CondorcetModel.contest(in);
        assertThat(o.hasCycle()).isTrue();
        IssueForecast f = new CondorcetModel().forecast(in, ForecastOptions.defaults());
        assertThat(f.point()).hasValue(10.0);
        assertThat(f.note()).contains("Copeland");
    }

    @Test
    void categorical_issues_get_the_pairwise_treatment_and_say_so() {
        IssueScale scale = new IssueScale.Categorical(
                List.of(new Level("red", "Red"), new Level("green", "Green"), new Level("blue", "Blue")));
        ForecastInput in = new ForecastInput(
                "colour",
                List.of(
                        new Stance("a", 0, 100, 3),
                        new Stance("b", 50, 100, 2),
                        new Stance("c", 100, 100, 2),
                        new Stance("d", 100, 50, 1)),
                OptionalDouble.empty(),
                Optional.of(scale));
        IssueForecast f = new CondorcetModel().forecast(in, ForecastOptions.defaults());
        // options are not ordered: b's vote does not drift to the "middle"; blue (2+1 = 3 × 100 … ) vs red
        assertThat(f.value()).contains(new IssueValue.Label("red"));
        assertThat(f.label()).isEqualTo("Red");
        assertThat(f.note()).contains("categorical");
        IssueForecast compromise = new CompromiseModel().forecast(in, ForecastOptions.defaults());
        assertThat(compromise.point()).isEmpty();
        assertThat(compromise.note()).contains("only the pairwise (Condorcet) model applies");
    }

    @Test
    void probabilistic_variant_averages_the_candidates_by_their_chance() {
        PairwiseOutcome o = CondorcetModel.contest(Fixtures.toy());
        double expected = 10 * o.beatsAll().get(0)
                + 20 * o.beatsAll().get(1)
                + 60 * o.beatsAll().get(2);
        IssueForecast f = CondorcetModel.probabilistic().forecast(Fixtures.toy(), ForecastOptions.defaults());
        assertThat(f.point().getAsDouble()).isCloseTo(expected, within(1e-12));
        assertThat(f.model()).isEqualTo("condorcet-p");
    }
}
