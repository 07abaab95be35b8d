package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastSectionTest {

    static final String REFERENCE = "../examples/ukraine-2025/scenario.yaml";

    @Test
    void analyzeOnTheReferenceScenarioHasAForecastLinePerIssueAndWhoGivesWay() {
        CliTest.Run r = CliTest.run("analyze", REFERENCE);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out.indexOf("== Where the parties stand ==")).isLessThan(out.indexOf("== Forecasts =="));
        String section = out.substring(out.indexOf("== Forecasts =="));
        assertThat(section)
                .contains("issue", "compromise", "median", "condorcet", "eu", "smp", "exchange")
                // weighted median 8.5 on 0-100 of the 0-1,000,000 troop scale, in the issue's units
                .containsPattern("(?m)^troop_cap +14\\.2 142400 soldiers +8\\.5 85000 soldiers ")
                // long level labels are cut with an ellipsis
                .containsPattern("(?m)^alliance_status +41\\.5 Neutral and n… ")
                .contains("eu (round 0 to last round", "smp (round 0 to last round")
                .containsPattern("  gives way most: [a-z_]+ [0-9.]+ on [0-9]+/[0-9]+ issues")
                .contains("  holds on every issue: ");
        // one table row per issue with positions: 26 on the reference scenario
        long rows =
                section.lines().filter(l -> l.matches("^[a-z_]+ +[0-9.]+ .*")).count();
        assertThat(rows).isEqualTo(26);
        assertThat(CliTest.run("analyze", REFERENCE).out()).isEqualTo(out); // deterministic
    }

    @Test
    void labelsAreShortenedOnlyWhenLong() {
        assertThat(ForecastSection.shorten("85000 soldiers")).isEqualTo("85000 soldiers");
        assertThat(ForecastSection.shorten("Outside NATO but keeping the aim"))
                .isEqualTo("Outside NATO…")
                .hasSize(ForecastSection.LABEL_WIDTH - 1);
    }

    @Test
    void forecastTextColumnsAlignEvenWithLongLabels() {
        CliTest.Run r = CliTest.run("forecast", REFERENCE);
        assertThat(r.exit()).isZero();
        List<String> block = r.out()
                .lines()
                .dropWhile(l -> !l.startsWith("issue alliance_status"))
                .skip(1)
                .takeWhile(l -> !l.startsWith("issue "))
                .toList();
        int valueColumn = block.get(0).indexOf("value");
        assertThat(valueColumn).isPositive();
        for (String line : block) {
            if (line.strip().startsWith("note: ")) {
                assertThat(line.indexOf("note: ")).isEqualTo(valueColumn);
            } else if (!line.startsWith("  model")) {
                assertThat(line.charAt(valueColumn - 1)).as(line).isEqualTo(' ');
                assertThat(line.charAt(valueColumn)).as(line).isNotEqualTo(' ');
                assertThat(line.charAt(valueColumn - 2))
                        .as(line)
                        .isIn(' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            }
        }
        assertThat(block).anyMatch(l -> l.contains("note: 2 round(s), positions settled"));
    }
}
