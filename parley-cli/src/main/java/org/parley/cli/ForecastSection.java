package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Trajectory;
import org.parley.forecast.report.ForecastReport;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Scenario;

/**
 * The forecasts: per issue one line with every model's forecast (0–100 and a shortened value in the issue's
 * terms), then, from the iterative models' trajectories, who gives way and who holds. Default options (100
 * rounds, seed 1), so the section is deterministic.
 */
final class ForecastSection implements AnalysisSection {

    /** Longest value label shown in a cell before it is cut with an ellipsis. */
    static final int LABEL_WIDTH = 14;
    /** Movement on 0–100 below which an actor counts as holding its position. */
    static final double HOLDS = 0.5;

    private static final int LISTED = 4;
    private static final List<String> ITERATIVE = List.of("eu", "smp");

    @Override
    public String title() {
        return "Forecasts";
    }

    @Override
    public void print(Scenario scenario, PrintWriter out) {
        List<ForecastInput> issues = ForecastInput.allFrom(scenario);
        if (issues.isEmpty()) {
            out.println("No issue has positions to forecast from.");
            return;
        }
        List<IssueForecast> all = ForecastReport.run(issues, ForecastModels.all(), ForecastOptions.defaults())
                .forecasts();
        List<String> header = new ArrayList<>();
        header.add("issue");
        header.addAll(ForecastModels.NAMES);
        Table table = new Table(header.toArray(new String[0]));
        int models = ForecastModels.NAMES.size();
        for (int k = 0; k < issues.size(); k++) {
            Object[] row = new Object[models + 1];
            row[0] = issues.get(k).issueId();
            for (int m = 0; m < models; m++) {
                row[m + 1] = cell(all.get(k * models + m));
            }
            table.row(row);
        }
        out.println("Forecast on 0-100, then the value in the issue's terms (level labels cut at " + LABEL_WIDTH
                + " characters); n/a: the model does not apply (categorical issue).");
        table.print(out);
        for (String model : ITERATIVE) {
            out.println();
            printMovers(model, all, out);
        }
    }

    /** {@code "41.5 Neutral and n…"} (level labels cut, numbers with units kept whole), or {@code n/a}. */
    static String cell(IssueForecast f) {
        if (f.point().isEmpty()) {
            return "n/a";
        }
        boolean number = f.value().filter(v -> v instanceof IssueValue.Number).isPresent();
        return (Numbers.format1(f.point().getAsDouble()) + " " + (number ? f.label() : shorten(f.label()))).strip();
    }

    static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_WIDTH) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_WIDTH - 1)).stripTrailing() + "…";
    }

    /** Total movement per actor over the model's issues, and on how many issues each actor moved. */
    private static void printMovers(String model, List<IssueForecast> all, PrintWriter out) {
        Map<String, double[]> moved = new LinkedHashMap<>(); // actor -> {total movement, issues moved, issues}
        for (IssueForecast f : all) {
            Trajectory t = f.trajectory();
            if (!f.model().equals(model) || t.isEmpty()) {
                continue;
            }
            for (int a = 0; a < t.actorIds().size(); a++) {
                double[] m = moved.computeIfAbsent(t.actorIds().get(a), id -> new double[3]);
                double d = t.movement(a);
                m[0] += d;
                m[1] += d >= HOLDS ? 1 : 0;
                m[2] += 1;
            }
        }
        out.println(model + " (round 0 to last round; movement on 0-100 summed over issues):");
        List<Map.Entry<String, double[]>> givers = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        for (Map.Entry<String, double[]> e : moved.entrySet()) {
            if (e.getValue()[1] > 0) {
                givers.add(e);
            } else {
                holders.add(e.getKey());
            }
        }
        givers.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]));
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, double[]> e : givers.subList(0, Math.min(LISTED, givers.size()))) {
            double[] m = e.getValue();
            shown.add(e.getKey() + " " + Numbers.format1(m[0]) + " on " + (int) m[1] + "/" + (int) m[2] + " issues");
        }
        out.println("  gives way most: "
                + (shown.isEmpty() ? "nobody" : String.join("; ", shown))
                + (givers.size() > LISTED ? "; " + (givers.size() - LISTED) + " more" : ""));
        out.println("  holds on every issue: "
                + (holders.isEmpty()
                        ? "nobody"
                        : String.join(", ", holders.subList(0, Math.min(LISTED * 2, holders.size()))))
                + (holders.size() > LISTED * 2 ? " and " + (holders.size() - LISTED * 2) + " more" : ""));
    }
}
