package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    @Test
    void forecastsEveryIssueWithEveryModel() {
        CliTest.Run r = CliTest.run("forecast", CliTest.SMALL);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("issue troops (continuous)")
                .contains("compromise")
                .contains("soldiers");
        for (String m : new String[] {"median", "condorcet", "eu", "smp", "exchange"}) {
            assertThat(r.out()).contains("  " + m + " ");
        }
    }

    @Test
    void oneModelAsJsonWithTrajectory() {
        CliTest.Run r = CliTest.run("forecast", CliTest.SMALL, "--model", "eu", "--format", "json", "--trajectory");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("{\"issues\":[")
                .contains("\"model\":\"eu\"")
                .contains("\"rounds\":[");
    }

    @Test
    void theScholzCodeReadingRunsWhenNamedAndIsListedInTheHelp() {
        CliTest.Run r = CliTest.run("forecast", CliTest.SMALL, "--model", "eu-scholz", "--trajectory");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("  eu-scholz ").doesNotContain("  smp ");
        assertThat(CliTest.run("forecast", CliTest.SMALL).out()).doesNotContain("eu-scholz");
        assertThat(CliTest.run("forecast", "--help").out())
                .contains("eu-scholz")
                .contains("condorcet-p");
        CliTest.Run bad = CliTest.run("forecast", CliTest.SMALL, "--model", "oracle");
        assertThat(bad.err()).contains("eu-scholz");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliTest.run("forecast", CliTest.SMALL, "--model", "oracle").exit())
                .isEqualTo(ParleyCommand.USAGE);
        assertThat(CliTest.run("forecast", CliTest.SMALL, "--rounds", "0").exit())
                .isEqualTo(ParleyCommand.USAGE);
        assertThat(CliTest.run("forecast", CliTest.SMALL, "--format", "xml").exit())
                .isEqualTo(ParleyCommand.USAGE);
    }

    @Test
    void anInvalidScenarioIsInvalidInput() {
        assertThat(CliTest.run("forecast", CliTest.BAD).exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
    }

    @Test
    void backtestScoresModelsAndWritesPredictions(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("d.csv");
        Files.writeString(
                data,
                "issue,actor,position,salience,capability,outcome\n"
                        + "c/a,x,0,50,1,60\nc/a,y,100,50,1,60\nc/b,x,100,50,1,30\nc/b,y,0,50,1,30\n");
        Path out = tmp.resolve("pred.csv");
        CliTest.Run r =
                CliTest.run("backtest", data.toString(), "--models", "compromise,median", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("compromise        2       15").contains("median");
        assertThat(Files.readAllLines(out)).hasSize(5).first().isEqualTo("issue,model,prediction,outcome,abs_error");
    }

    @Test
    void backtestReportsBadRowsWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("d.csv");
        Files.writeString(
                data, "issue,actor,position,salience,capability,outcome\nc/a,x,0,500,1,60\nc/a,y,NaN,50,1,60\n");
        CliTest.Run r = CliTest.run("backtest", data.toString());
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err().lines())
                .containsExactly(
                        data + ":2: expected salience: a number in [0, 100], found 500",
                        data + ":3: expected position: a number in [0, 100], found 'NaN'");
        assertThat(CliTest.run("backtest", data.toString(), "--models", "oracle")
                        .exit())
                .isEqualTo(ParleyCommand.USAGE);
    }
}
