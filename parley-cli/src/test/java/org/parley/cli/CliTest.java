package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    /** The result of one run of the command line. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ParleyCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String SMALL = "../parley-model/src/test/resources/scenarios/small.yaml";
    static final String BAD = "../parley-model/src/test/resources/scenarios/bad.yaml";

    @Test
    void validateSaysWhatAValidFileHolds() {
        Run r = run("validate", SMALL);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(SMALL + ": valid — 2 actors, 3 issues, 3 positions, 1 facts, 3 citations\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateListsEveryErrorWithItsLocationAndExitsOne() {
        Run r = run("validate", BAD, SMALL);
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err().lines().toList())
                .hasSize(14)
                .first()
                .isEqualTo(BAD
                        + ":9:11: error INVALID_VALUE sources[0].date: expected a calendar date, found '2025-02-30'");
        assertThat(r.err()).endsWith("13 errors\n").doesNotContain("Exception");
        assertThat(r.out()).contains("small.yaml: valid");
    }

    @Test
    void aMissingFileIsInvalidInputNotACrash() {
        Run r = run("validate", "no/such/file.yaml");
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err())
                .isEqualTo(
                        "no/such/file.yaml: error UNREADABLE: expected an existing file, found no such file\n1 error\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").exit()).isEqualTo(ParleyCommand.USAGE);
        assertThat(run("frobnicate").exit()).isEqualTo(ParleyCommand.USAGE);
        assertThat(run("show", "--format", "xml", SMALL).exit()).isEqualTo(ParleyCommand.USAGE);
        assertThat(run().exit()).isEqualTo(ParleyCommand.USAGE);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version").out()).startsWith("parley ");
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate", "show", "cite", "analyze");
    }

    @Test
    void showPrintsAlignedTables() {
        Run r = run("show", SMALL);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains(
                        "id     name   kind   capability  representatives",
                        "north  North  state         60*  Ana Nord (president)",
                        "north  troops  85000 soldiers        17.0        70        0.80  2025-01-30  1 citation");
    }

    @Test
    void showAsJsonIsAScenarioThatLoadsAgain(@TempDir Path dir) throws Exception {
        Run r = run("show", "--format", "json", SMALL);
        assertThat(r.exit()).isZero();
        Path json = dir.resolve("small.json");
        Files.writeString(json, r.out());
        assertThat(run("validate", json.toString()).exit()).isZero();
    }

    @Test
    void citeQuotesTheSpanFromTheSourceText() {
        Run r = run("cite", SMALL);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains(
                        "position north / troops\n  memo [0, 10) direct — Ana Nord, Parley tests\n  ours:   North wants a low ceiling.\n  source: \u201cabcdefghij\u201d\n",
                        "3 citations, 3 quoted from");
    }

    @Test
    void analyzeSummarisesWhoStandsWhere() {
        Run r = run("analyze", SMALL);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith(
                        "A small two-party case (small, as of 2025-01-31): 2 actors, 3 issues, 3 positions, 3 citations from 1 sources\n");
        assertThat(r.out())
                .contains(
                        "== Where the parties stand ==",
                        "troops          2            33.0  north   south",
                        "north  south      33.0              1");
    }
}
