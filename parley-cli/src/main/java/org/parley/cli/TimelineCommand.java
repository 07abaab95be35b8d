package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.evidence.article.Article;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.timeline.StanceTimeline;
import org.parley.evidence.timeline.TimelineChart;
import org.parley.evidence.timeline.TimelineRenderer;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley timeline ARTICLE… --scenario FILE [--chart out.png]}: reported stances per actor × issue over time. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Print the dated stances per actor and issue across reports; --chart also draws them (PNG).")
final class TimelineCommand extends ArticlesCommand {

    @Option(names = "--chart", paramLabel = "OUT.png", description = "Write a line chart of the values (new file).")
    Path chart;

    @Override
    void checkOptions() {
        if (chart != null && Files.exists(chart)) {
            throw usage("--chart: " + chart + " exists; name a new file");
        }
    }

    @Override
    int run(Scenario scenario, List<Article> articles, List<Claim> claims) {
        StanceTimeline t = StanceTimeline.of(claims);
        out().print(TimelineRenderer.text(t, scenario));
        if (chart != null) {
            try {
                boolean written = TimelineChart.writePng(t, scenario, chart);
                out().println(written ? "chart: " + chart : "chart: no value to plot, nothing written");
            } catch (IOException e) {
                err().println(chart + ": error UNREADABLE: expected a writable path, found "
                        + e.getClass().getSimpleName());
                return ParleyCommand.INVALID_INPUT;
            }
        }
        return ParleyCommand.OK;
    }
}
