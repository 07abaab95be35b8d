package org.parley.dealspace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestScenarios;
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
