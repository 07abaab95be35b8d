package org.parley.evidence.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.parley.evidence.claim.ClaimValue;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Scenario;

/**
 * A stance timeline as a PNG line chart (XChart): x is the date, y the reported value on the issue's common
 * 0–100 scale ({@link org.parley.model.scenario.IssueScale#toScale}), one line per actor × issue. Points whose
 * value is missing or does not fit the issue's scale are left out, and so are series with no point left.
 */
public final class TimelineChart {

    private TimelineChart() {}

    /** The chart, or empty when no point can be plotted. */
    public static Optional<XYChart> chart(StanceTimeline timeline, Scenario scenario) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder()
                .width(1000)
                .height(560)
                .title("Reported stances")
                .xAxisTitle("date")
                .yAxisTitle("value on the issue's 0–100 scale")
                .build();
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        int plotted = 0;
        for (StanceTimeline.Series s : timeline.series()) {
            Optional<Issue> issue = scenario.issue(s.issue());
            if (issue.isEmpty()) {
                continue;
            }
            List<Date> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (StanceTimeline.Point p : s.points()) {
                if (p.value().isEmpty()) {
                    continue;
                }
                IssueValue v = p.value().map(ClaimValue::toIssueValue).get();
                if (issue.get().scale().checkValue(v).isEmpty()) {
                    x.add(Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
                    y.add(issue.get().scale().toScale(v));
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(s.actor() + " × " + s.issue(), x, y);
                plotted++;
            }
        }
        return plotted == 0 ? Optional.empty() : Optional.of(chart);
    }

    /** Writes the chart as PNG; false when there was nothing to plot. */
    public static boolean writePng(StanceTimeline timeline, Scenario scenario, Path out) throws IOException {
        Optional<XYChart> chart = chart(timeline, scenario);
        if (chart.isEmpty()) {
            return false;
        }
        Files.write(out, BitmapEncoder.getBitmapBytes(chart.get(), BitmapEncoder.BitmapFormat.PNG));
        return true;
    }
}
