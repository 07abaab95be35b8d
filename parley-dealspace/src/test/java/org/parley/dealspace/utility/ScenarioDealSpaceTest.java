package org.parley.dealspace.utility;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.TestScenarios;
import org.parley.dealspace.outcome.Discretisation;

class ScenarioDealSpaceTest {

    @Test
    void derives_weights_from_salience_and_values_from_distance() {
        DealSpace deal = ScenarioDealSpace.from(TestScenarios.toy(), Discretisation.defaults());
        // troops 0..10 step 1 → 11 values; peacekeepers removed by South's red line → 2 levels
        assertThat(deal.space().issue(0).size()).isEqualTo(11);
        assertThat(deal.space().issue(1).size()).isEqualTo(2);
        assertThat(deal.notes()).contains("removed monitoring = peacekeepers (red line of south)");
        AdditiveUtility north = deal.parties().get(0).utility();
        assertThat(north.weight(0)).isEqualTo(0.6);
        // troops 4 (index 4), observers (index 1): .6·(1 − .4) + .4·(1 − .5) = .56
        assertThat(north.utility(new int[] {4, 1})).isCloseTo(0.56, Offset.offset(1e-9));
        assertThat(deal.parties()).extracting(Party::reservation).containsExactly(0.3, 0.25);
        assertThat(deal.parties()).extracting(Party::power).containsExactly(2.0, 1.0);
    }
}
