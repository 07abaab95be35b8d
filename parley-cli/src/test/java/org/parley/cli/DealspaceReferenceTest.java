package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference scenario: 10 actors (6 with positions), 26 issues, about 4.2·10¹² deals. */
class DealspaceReferenceTest {
    static final String REFERENCE = "../examples/ukraine-2025/scenario.yaml";

    @Test
    void analyzeHasADealSpaceSection() {
        CliTest.Run r = CliTest.run("analyze", REFERENCE);
        assertThat(r.exit()).isZero();
        String section = r.out().substring(r.out().indexOf("== Deal space =="));
        assertThat(r.out().indexOf("== Deal space ==")).isGreaterThan(r.out().indexOf("== Where the parties stand =="));
        assertThat(section)
                .contains("4196908007424 possible deals over 26 issues")
                .contains("6 negotiating parties (actors with positions): russia, ukraine, united_states,")
                .contains("Pareto frontier of russia and united_states: ")
                .contains("the 6-party frontier was not enumerated")
                .contains("Zone of agreement: 404041442476 deals acceptable to all (exact count)")
                .contains("Minimal-concession deal (largest concession ")
                .contains("Concessions: russia ");
        for (String concept :
                new String[] {"Nash", "asymmetric Nash", "Kalai–Smorodinsky", "utilitarian", "egalitarian"}) {
            assertThat(section).contains("\n" + concept + " ");
        }
    }

    @Test
    void dealspaceReportsThePairFrontierTheSolutionsAndTheExplanation(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("pair.csv");
        CliTest.Run r = CliTest.run("dealspace", REFERENCE, "--pair", "russia,ukraine", "--frontier", csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Pareto frontier of the pair russia, ukraine: ")
                .contains("note: the 6-party frontier was not enumerated")
                .contains("ZOPA: 404041442476 deals acceptable to all (exact count)\n")
                .contains("[pair] (")
                .contains("Minimal-concession deal (largest concession): ")
                .contains("  russia: utility ")
                .contains("    territory_share: ")
                .doesNotContain("  away")
                .doesNotContain("TOO_LARGE");
        String points = r.out().replaceAll("(?s).*Pareto frontier of the pair russia, ukraine: (\\d+) points.*", "$1");
        assertThat(Files.readAllLines(csv))
                .hasSize(1 + Integer.parseInt(points))
                .first()
                .asString()
                .startsWith("u_russia,u_ukraine,count,alliance_status,");
    }

    @Test
    void anUnknownPairIsInvalidInputWithAMessage() {
        CliTest.Run r = CliTest.run("dealspace", REFERENCE, "--pair", "russia,atlantis");
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err())
                .contains("error UNKNOWN_PARTY --pair: no party 'atlantis' (parties with positions: russia, ukraine")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
