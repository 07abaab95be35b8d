package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;

/** {@code parley analyze FILE}: the whole analysis of a scenario, section by section. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse a scenario: where the parties stand, the deal space in brief, the forecasts in brief.")
final class AnalyzeCommand extends ScenarioCommand {

    /** The sections, in print order. */
    static final List<AnalysisSection> SECTIONS =
            List.of(new SummarySection(), new DealspaceSection(), new ForecastSection());

    @Override
    int run(Scenario s) {
        PrintWriter out = out();
        out.printf(
                "%s (%s, as of %s): %d actors, %d issues, %d positions, %d citations from %d sources%n",
                s.title(),
                s.id(),
                s.asOf(),
                s.actors().size(),
                s.issues().size(),
                s.positions().size(),
                s.citations().size(),
                s.sources().size());
        for (AnalysisSection section : SECTIONS) {
            out.println();
            out.println("== " + section.title() + " ==");
            out.println();
            section.print(s, out);
        }
        return ParleyCommand.OK;
    }
}
