package org.parley.cli;

import java.io.PrintWriter;
import org.parley.model.scenario.Scenario;

/** One section of {@code parley analyze}: the scenario summary, the deal space, the forecasts. */
interface AnalysisSection {

    /** The section's heading. */
    String title();

    /** Prints the section for a scenario. */
    void print(Scenario scenario, PrintWriter out);
}
