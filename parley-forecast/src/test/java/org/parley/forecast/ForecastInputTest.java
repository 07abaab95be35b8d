package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.ActorKind;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.StatusQuo;

class ForecastInputTest {

    static Scenario scenario() {
        LocalDate d = LocalDate.of(2024, 12, 3);
        Provenance assumed = Provenance.assumed("illustration");
        List<Actor> actors = List.of(
                new Actor("ru", "Russia", ActorKind.values()[0], 60, List.of(), List.of(), List.of(), Map.of()),
                new Actor("ua", "Ukraine", ActorKind.values()[0], 40, List.of(), List.of(), List.of(), Map.of()));
        Issue territory =
                new Issue("territory", "Territory ceded", "", new IssueScale.Continuous("%", 0, 20), List.of());
        Issue nato = new Issue(
                "nato",
                "NATO membership",
                "",
                new IssueScale.Ordinal(
                        List.of(new Level("never", "Never"), new Level("later", "Later"), new Level("now", "Now"))),
                List.of());
        List<Position> positions = List.of(
                position("ru", "territory", IssueValue.of(20), 90, d, assumed),
                position("ua", "territory", IssueValue.of(0), 100, d, assumed),
                position("ru", "nato", IssueValue.of("never"), 100, d, assumed),
                position("ua", "nato", IssueValue.of("now"), 80, d, assumed));
        return new Scenario(
                1,
                "s",
                "S",
                "",
                d,
                List.of(),
                actors,
                List.of(territory, nato),
                List.of(new StatusQuo("territory", IssueValue.of(18), assumed)),
                positions,
                List.of(),
                List.of());
    }

    static Position position(String actor, String issue, IssueValue v, double salience, LocalDate d, Provenance p) {
        return new Position(
                actor, issue, v, salience, Optional.empty(), Optional.empty(), OptionalDouble.empty(), d, 1, p);
    }

    @Test
    void maps_positions_and_status_quo_onto_0_to_100() {
        ForecastInput in = ForecastInput.from(scenario(), "territory");
        assertThat(in.stances()).containsExactly(new Stance("ru", 100, 90, 60), new Stance("ua", 0, 100, 40));
        assertThat(in.statusQuo()).hasValue(90.0);
        assertThat(in.isOrdered()).isTrue();
    }

    @Test
    void forecasts_map_back_to_units_and_level_labels() {
        List<ForecastInput> all = ForecastInput.allFrom(scenario());
        assertThat(all).extracting(ForecastInput::issueId).containsExactly("territory", "nato");
        IssueForecast t = new CompromiseModel().forecast(all.get(0), ForecastOptions.defaults());
        // (100·60·90 + 0·40·100) / (5400 + 4000) = 57.4468… % of 0–20 → 11.4893… %
        assertThat(t.label()).isEqualTo("11.489 %"); // rounded to 1e-4 of the scale's order of magnitude
        IssueForecast n = new WeightedMedianModel().forecast(all.get(1), ForecastOptions.defaults());
        assertThat(n.label()).isEqualTo("Never");
    }

    @Test
    void an_unknown_issue_is_an_error_that_names_it() {
        assertThatThrownBy(() -> ForecastInput.from(scenario(), "gas"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gas'");
    }
}
