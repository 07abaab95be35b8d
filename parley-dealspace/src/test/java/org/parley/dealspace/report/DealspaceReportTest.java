package org.parley.dealspace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestScenarios;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.bargaining.ZopaAnalysis;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.ScenarioDealSpace;

class DealspaceReportTest {
    private static final DealSpace TOY = ScenarioDealSpace.from(TestScenarios.toy(), Discretisation.defaults());
    private static final DealspaceAnalysis ANALYSIS =
            DealspaceAnalyzer.defaults().analyse(TOY, ProgressListener.NONE);

    @Test
    void text_report_of_the_toy_scenario() {
        assertThat(DealspaceReport.text(ANALYSIS)).isEqualTo(ToyReport.TEXT);
    }

    @Test
    void json_report_names_every_section() {
        String json = DealspaceReport.json(ANALYSIS);
        assertThat(json).contains("\"frontier\"", "\"zopa\"", "\"solutions\"", "\"minimalConcession\"", "\"NASH\"");
    }

    /** The toy analysis with a ZOPA that is only bounded (as when the count runs out of budget). */
    private static DealspaceAnalysis bounded() {
        Zopa z = new Zopa(
                Optional.empty(),
                Optional.of(new Zopa.CountBounds(
                        BigInteger.valueOf(10),
                        BigInteger.valueOf(20),
                        5,
                        Optional.of(new Zopa.Estimate(
                                BigInteger.valueOf(15), BigInteger.valueOf(13), BigInteger.valueOf(17), 100, 50, 1)))),
                ANALYSIS.zopa().issues(),
                ZopaAnalysis.boundedReason(5));
        return new DealspaceAnalysis(
                ANALYSIS.deal(),
                ANALYSIS.frontier(),
                ANALYSIS.frontierParties(),
                ANALYSIS.algorithm(),
                ANALYSIS.frontierNote(),
                ANALYSIS.solutions(),
                z,
                ANALYSIS.concession(),
                ANALYSIS.explanation());
    }

    @Test
    void a_bounded_zopa_says_so_in_text_and_json() {
        DealspaceAnalysis a = bounded();
        assertThat(DealspaceReport.text(a))
                .contains(
                        "ZOPA: between 10 and 20 deals acceptable to all; Monte-Carlo estimate 15 (95 % interval 13 … "
                                + "17, 100 samples, seed 1) (the count stopped at its budget of 5 search nodes, so it is "
                                + "bounded)\n");
        assertThat(DealspaceReport.json(a))
                .contains("\"exact\" : false", "\"lower\" : 10", "\"upper\" : 20", "\"estimate\" : {")
                .doesNotContain("\"count\"");
        assertThat(DealspaceReport.json(ANALYSIS)).contains("\"exact\" : true", "\"count\" : 15");
    }

    @Test
    void csv_report_has_one_row_per_solution_plus_the_minimal_concession_deal() {
        String[] rows = DealspaceReport.csv(ANALYSIS).split("\r\n");
        assertThat(rows[0]).isEqualTo("solution,u_north,u_south,troops,monitoring");
        assertThat(rows).hasSize(1 + ANALYSIS.solutions().size() + 1);
    }

    @Test
    void frontier_csv_lists_every_point() throws Exception {
        StringWriter out = new StringWriter();
        FrontierCsvWriter.write(TOY, ANALYSIS.frontier(), out);
        String[] rows = out.toString().split("\r\n");
        assertThat(rows[0]).isEqualTo("u_north,u_south,count,troops,monitoring");
        assertThat(rows).hasSize(1 + ANALYSIS.frontier().size());
    }
}
