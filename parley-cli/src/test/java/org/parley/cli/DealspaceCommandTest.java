package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealspaceCommandTest {
    static final String DIR = "src/test/resources/genius/";

    @Test
    void analysesAGeniusDomainWithTwoProfiles(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("frontier.csv");
        CliTest.Run r = CliTest.run(
                "dealspace",
                DIR + "holiday-domain.xml",
                "--profiles",
                DIR + "holiday-alice.xml",
                DIR + "holiday-bob.xml",
                "--frontier",
                csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Pareto frontier: 5 points covering 5 outcomes (BilateralAdditivePareto)")
                .contains("Nash               (0.7000, 0.5000)  destination = a city trip, nights = 5");
        assertThat(Files.readAllLines(csv))
                .hasSize(6)
                .first()
                .isEqualTo("u_holiday-alice,u_holiday-bob,count,destination,nights");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void analysesAScenarioAsJson() {
        CliTest.Run r = CliTest.run("dealspace", CliTest.SMALL, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"frontier\"").contains("\"minimalConcession\"");
    }

    @Test
    void aBadProfileIsInvalidInputWithItsLocation(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.xml");
        Files.writeString(bad, "<utility_space>\n<objective>\n</utility_space>");
        CliTest.Run r = CliTest.run(
                "dealspace", DIR + "holiday-domain.xml", "--profiles", DIR + "holiday-alice.xml", bad.toString());
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err()).startsWith("bad.xml:3:").contains("error MALFORMED").doesNotContain("Exception");
    }

    @Test
    void aGeniusDomainWithoutProfilesIsAUsageError() {
        assertThat(CliTest.run("dealspace", DIR + "holiday-domain.xml").exit()).isEqualTo(ParleyCommand.USAGE);
        assertThat(CliTest.run("dealspace", CliTest.SMALL, "--format", "xml").exit())
                .isEqualTo(ParleyCommand.USAGE);
    }
}
