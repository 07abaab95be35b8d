package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract, propose and timeline on the reference scenario; the new report is written for the test. */
class EvidenceCommandsTest {

    static final String SCENARIO = "../examples/ukraine-2025/scenario.yaml";
    static final Path SOURCES = Path.of("../../shared/sources");
    static final String REUTERS = SOURCES.resolve("001_11fcf35e0b12b999.txt").toString();
    static final String GOLD = "../examples/ukraine-2025/gold/claims.jsonl";

    @TempDir
    Path dir;

    private Path newReport() throws Exception {
        try (var files = Files.list(SOURCES)) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path f = dir.resolve("wire.txt");
        Files.writeString(
                f,
                "Cap talk\nThe Kremlin will demand a cap of 60,000 soldiers for Kyiv's army, "
                        + "three officials said.\n");
        Files.writeString(dir.resolve("wire.txt.meta"), "outlet: Test Wire\ndate: 2025-03-01\n");
        return f;
    }

    @Test
    void extractWritesOneJsonObjectPerClaim() {
        CliTest.Run r = CliTest.run("extract", REUTERS, "--scenario", SCENARIO);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).allMatch(l -> l.startsWith("{\"article\":\"001_11fcf35e0b12b999.txt\",\"span\":["));
        assertThat(r.out()).contains("\"actor\":\"russia\"").contains("\"outlet\":\"Reuters\"");
    }

    @Test
    void extractAsATableAndScoredAgainstGold() {
        CliTest.Run table = CliTest.run("extract", REUTERS, "--scenario", SCENARIO, "--format", "table");
        assertThat(table.out()).startsWith("article [span)").contains(" claims from 1 report(s)");
        CliTest.Run scored = CliTest.run("extract", REUTERS, "--scenario", SCENARIO, "--gold", GOLD);
        assertThat(scored.exit()).isZero();
        assertThat(scored.out().lines().toList()).hasSize(12).first().asString().startsWith("field");
        assertThat(scored.out()).contains("\ntuple ");
    }

    @Test
    void proposeShowsThePatchAndApplyWritesANewValidatedFile() throws Exception {
        Path report = newReport();
        Path out = dir.resolve("out.yaml");
        CliTest.Run shown =
                CliTest.run("propose", report.toString(), "--scenario", SCENARIO, "--sources", dir.toString());
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains("+ source test-wire-2025-03-01").contains("[c2] ~ position russia/troop_cap");
        assertThat(out).doesNotExist();
        CliTest.Run applied = CliTest.run(
                "propose",
                report.toString(),
                "--scenario",
                SCENARIO,
                "--sources",
                dir.toString(),
                "--apply",
                out.toString(),
                "--accept",
                "c2");
        assertThat(applied.exit()).isZero();
        assertThat(applied.out()).endsWith("wrote " + out + " (1 change(s) applied; re-validated)\n");
        assertThat(CliTest.run("validate", out.toString(), "--sources", dir.toString())
                        .exit())
                .isZero();
        CliTest.Run again = CliTest.run(
                "propose",
                report.toString(),
                "--scenario",
                SCENARIO,
                "--sources",
                dir.toString(),
                "--apply",
                out.toString());
        assertThat(again.exit()).isEqualTo(ParleyCommand.USAGE);
    }

    @Test
    void aBadSidecarIsALocatedErrorAndMissingOptionsAreUsageErrors() throws Exception {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, "Title\nKyiv wants security guarantees.\n");
        Files.writeString(dir.resolve("r.txt.meta"), "date: yesterday\n");
        CliTest.Run r = CliTest.run("extract", f.toString(), "--scenario", SCENARIO);
        assertThat(r.exit()).isEqualTo(ParleyCommand.INVALID_INPUT);
        assertThat(r.err())
                .isEqualTo(dir.resolve("r.txt.meta")
                        + ":1:7: error INVALID_VALUE date: expected a date YYYY-MM-DD, found 'yesterday'\n1 error\n");
        assertThat(CliTest.run("extract", f.toString()).exit()).isEqualTo(ParleyCommand.USAGE);
        assertThat(CliTest.run("extract", f.toString(), "--scenario", SCENARIO, "--date", "May")
                        .exit())
                .isEqualTo(ParleyCommand.USAGE);
    }

    @Test
    void timelinePrintsDatedStancesAndDrawsAChart() throws Exception {
        Path png = dir.resolve("t.png");
        CliTest.Run r = CliTest.run(
                "timeline",
                SOURCES.resolve("002_de5fcd0c532bc2fc.txt").toString(),
                REUTERS,
                "--scenario",
                SCENARIO,
                "--chart",
                png.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Russia × Cap on Ukraine's armed forces (personnel)")
                .contains("chart: " + png);
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
