package org.parley.dealspace.genius;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GeniusWebJsonTest {
    /** A two-issue GeniusWeb profile written for this test, in the shape of GeniusWeb's own files. */
    static final String LUNCH = """
            {"LinearAdditiveUtilitySpace": {
              "issueUtilities": {
                "dish": {"discreteutils": {"valueUtilities": {"soup": 0.2, "salad": 1.0, "pasta": 0.6}}},
                "minutes": {"numberutils": {"lowValue": 10, "lowUtility": 1.0, "highValue": 50, "highUtility": 0.0}}
              },
              "issueWeights": {"dish": 0.25, "minutes": 0.75},
              "domain": {"name": "lunch", "issuesValues": {
                "dish": {"values": ["soup", "salad", "pasta"]},
                "minutes": {"range": {"low": 10, "high": 50, "step": 20}}
              }},
              "name": "eater",
              "reservationBid": {"issuevalues": {"dish": "soup", "minutes": 30}}
            }}
            """;

    @Test
    void reads_a_linear_additive_profile_with_its_reservation_bid() {
        GeniusProfile p = GeniusWebJson.read("lunch.json", LUNCH).orElseThrow();
        assertThat(p.name()).isEqualTo("eater");
        assertThat(p.utility().space().issue(1).size()).isEqualTo(3); // 10, 30, 50
        // salad, 10 minutes: .25·1 + .75·1
        assertThat(p.utility().utility(new int[] {1, 0})).isCloseTo(1.0, Offset.offset(1e-9));
        // reservation: soup, 30 minutes = .25·.2 + .75·.5 = .425
        assertThat(p.reservation()).isCloseTo(0.425, Offset.offset(1e-9));
    }

    @Test
    void writes_a_profile_that_reads_back_to_the_same_utilities() {
        GeniusProfile p = GeniusWebJson.read("lunch.json", LUNCH).orElseThrow();
        String json = GeniusWebJson.write("lunch", p);
        assertThat(json).contains("\"LinearAdditiveUtilitySpace\"").contains("\"discreteutils\"");
        GeniusProfile back = GeniusWebJson.read("again.json", json).orElseThrow();
        for (int d = 0; d < 3; d++) {
            for (int m = 0; m < 3; m++) {
                assertThat(back.utility().units(new int[] {d, m}))
                        .isEqualTo(p.utility().units(new int[] {d, m}));
            }
        }
    }

    @Test
    void syntax_errors_carry_line_and_column() {
        var result = GeniusWebJson.read("broken.json", "{\n  \"LinearAdditiveUtilitySpace\": {,\n}");
        ImportDiagnostic d =
                ((ImportResult.Rejected<GeniusProfile>) result).errors().get(0);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isPositive();
        assertThat(d.code()).isEqualTo(ImportDiagnostic.Code.MALFORMED);
    }

    @Test
    void a_missing_utility_names_the_json_path() {
        String json = LUNCH.replace("\"pasta\": 0.6", "\"pizza\": 0.6");
        var result = GeniusWebJson.read("l.json", json);
        assertThat(((ImportResult.Rejected<GeniusProfile>) result).errors())
                .extracting(ImportDiagnostic::message)
                .contains("LinearAdditiveUtilitySpace.issueUtilities.dish has no utility for value 'pasta'");
    }
}
