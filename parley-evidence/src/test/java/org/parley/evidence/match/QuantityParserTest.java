package org.parley.evidence.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.evidence.Fixtures;

class QuantityParserTest {

    private static List<String> parse(String text) {
        return QuantityParser.parse(Fixtures.sentence(text)).stream()
                .map(q -> q.kind() + " " + q.quantity())
                .toList();
    }

    @Test
    void countsTakeTheNounAfterThemAsUnitAndSynonymsAreMerged() {
        assertThat(parse("They asked for a cap of 85,000 troops and 342 tanks."))
                .containsExactly("COUNT 85000 soldiers", "COUNT 342 tanks");
    }

    @Test
    void areasDistancesAndComparators() {
        assertThat(parse("The army holds more than 110,000 square kilometers and missiles may fly 40 km."))
                .containsExactly("AREA > 110000 sq km", "DISTANCE 40 km");
        assertThat(parse("It occupies less than 3% of the region and about 650 sq km elsewhere."))
                .containsExactly("SHARE < 3 percent", "AREA ≈ 650 sq km");
    }

    @Test
    void rangesOddsAndDurations() {
        assertThat(parse("Forces hold 70-80% of the area.")).containsExactly("SHARE 70–80 percent");
        assertThat(parse("He sees a \"50-50\" chance of a deal.")).containsExactly("ODDS 50 percent");
        assertThat(parse("The envoy must settle it within 100 days.")).containsExactly("DURATION ≤ 100 days");
    }

    @Test
    void vaguePluralsAreLowerBoundsAndMultipliersScale() {
        assertThat(parse("The war has killed hundreds of thousands of soldiers."))
                .containsExactly("COUNT ≥ 200000 soldiers");
        assertThat(parse("Kyiv got 1.5 billion dollars in aid.")).containsExactly("MONEY 1500000000 US dollars");
    }

    @Test
    void yearsAndDaysOfTheMonthAreNotQuantities() {
        assertThat(parse("On June 14, 2024 the leader spoke about 2022.")).isEmpty();
    }
}
