package org.parley.forecast.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModel;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Round;
import org.parley.forecast.Trajectory;

/**
 * The forecasts of several models for the issues of a scenario, rendered as a plain-text table, JSON or CSV:
 * per issue, each model's forecast on 0–100 and in the issue's units or level label, and optionally each
 * iterative model's per-round positions. A command-line front end only has to pick the models and the format.
 */
public final class ForecastReport {
    private final List<ForecastInput> issues;
    private final List<List<IssueForecast>> byIssue;

    private ForecastReport(List<ForecastInput> issues, List<List<IssueForecast>> byIssue) {
        this.issues = issues;
        this.byIssue = byIssue;
    }

    /** Runs each model over all issues (multi-issue models see them together). */
    public static ForecastReport run(List<ForecastInput> issues, List<ForecastModel> models, ForecastOptions options) {
        List<List<IssueForecast>> byIssue = new ArrayList<>();
        for (int k = 0; k < issues.size(); k++) {
            byIssue.add(new ArrayList<>());
        }
        for (ForecastModel m : models) {
            List<IssueForecast> f = m.forecast(issues, options);
            for (int k = 0; k < issues.size(); k++) {
                byIssue.get(k).add(f.get(k));
            }
        }
        List<List<IssueForecast>> frozen = new ArrayList<>();
        for (List<IssueForecast> l : byIssue) {
            frozen.add(List.copyOf(l));
        }
        return new ForecastReport(List.copyOf(issues), List.copyOf(frozen));
    }

    /** Every forecast, issue by issue, models in the order given. */
    public List<IssueForecast> forecasts() {
        return byIssue.stream().flatMap(List::stream).toList();
    }

    /**
     * Plain-text table per issue (columns sized to their content; a model's note, if any, on its own line under
     * the value); with {@code trajectory}, per-round positions of the iterative models.
     */
    public String text(boolean trajectory) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < issues.size(); k++) {
            ForecastInput in = issues.get(k);
            b.append("issue ").append(in.issueId());
            in.scale().ifPresent(s -> b.append(" (").append(s.kind()).append(')'));
            b.append('\n');
            List<IssueForecast> list = byIssue.get(k);
            int modelWidth = "model".length();
            int pointWidth = "0-100".length();
            for (IssueForecast f : list) {
                modelWidth = Math.max(modelWidth, f.model().length());
                pointWidth = Math.max(pointWidth, point(f).length());
            }
            String row = "  %-" + modelWidth + "s  %" + pointWidth + "s  %s";
            String noteIndent = " ".repeat(2 + modelWidth + 2 + pointWidth + 2);
            b.append(String.format(Locale.ROOT, row, "model", "0-100", "value").stripTrailing())
                    .append('\n');
            for (IssueForecast f : list) {
                b.append(String.format(Locale.ROOT, row, f.model(), point(f), f.label())
                                .stripTrailing())
                        .append('\n');
                if (!f.note().isEmpty()) {
                    b.append(noteIndent).append("note: ").append(f.note()).append('\n');
                }
            }
            if (trajectory) {
                for (IssueForecast f : list) {
                    appendTrajectory(b, f);
                }
            }
        }
        return b.toString();
    }

    private static String point(IssueForecast f) {
        return f.point().isPresent() ? Numbers.fixed(f.point().getAsDouble()) : "n/a";
    }

    private static void appendTrajectory(StringBuilder b, IssueForecast f) {
        Trajectory t = f.trajectory();
        if (t.isEmpty()) {
            return;
        }
        b.append("  ").append(f.model()).append(" by round").append(t.converged() ? "" : " (not settled)");
        b.append('\n').append(String.format(Locale.ROOT, "    %-8s", "round"));
        for (String id : t.actorIds()) {
            b.append(String.format(Locale.ROOT, " %9s", id.length() > 9 ? id.substring(0, 9) : id));
        }
        b.append(String.format(Locale.ROOT, " %9s%n", "forecast"));
        for (Round r : t.rounds()) {
            b.append(String.format(Locale.ROOT, "    %-8d", r.round()));
            for (double p : r.positions()) {
                b.append(String.format(Locale.ROOT, " %9s", Numbers.fixed(p)));
            }
            b.append(String.format(Locale.ROOT, " %9s%n", Numbers.fixed(r.forecast())));
        }
    }

    /** JSON: {@code {"issues":[{"issue":…,"forecasts":[{"model":…,"forecast":…,…}]}]}}. */
    public String json(boolean trajectory) {
        StringBuilder b = new StringBuilder("{\"issues\":[");
        for (int k = 0; k < issues.size(); k++) {
            b.append(k == 0 ? "" : ",")
                    .append("{\"issue\":")
                    .append(Json.string(issues.get(k).issueId()));
            b.append(",\"forecasts\":[");
            List<IssueForecast> list = byIssue.get(k);
            for (int m = 0; m < list.size(); m++) {
                IssueForecast f = list.get(m);
                b.append(m == 0 ? "" : ",").append("{\"model\":").append(Json.string(f.model()));
                b.append(",\"forecast\":")
                        .append(f.point().isPresent() ? Json.number(f.point().getAsDouble()) : "null");
                b.append(",\"value\":")
                        .append(f.value().map(v -> Json.string(v.toString())).orElse("null"));
                b.append(",\"label\":").append(Json.string(f.label()));
                b.append(",\"note\":").append(Json.string(f.note()));
                if (trajectory && !f.trajectory().isEmpty()) {
                    appendJsonTrajectory(b, f.trajectory());
                }
                b.append('}');
            }
            b.append("]}");
        }
        return b.append("]}").toString();
    }

    private static void appendJsonTrajectory(StringBuilder b, Trajectory t) {
        b.append(",\"converged\":").append(t.converged()).append(",\"rounds\":[");
        for (int r = 0; r < t.rounds().size(); r++) {
            Round round = t.rounds().get(r);
            b.append(r == 0 ? "" : ",").append("{\"round\":").append(round.round());
            b.append(",\"forecast\":").append(Json.number(round.forecast())).append(",\"positions\":{");
            for (int a = 0; a < t.actorIds().size(); a++) {
                b.append(a == 0 ? "" : ",")
                        .append(Json.string(t.actorIds().get(a)))
                        .append(':');
                b.append(Json.number(round.positions().get(a)));
            }
            b.append("}}");
        }
        b.append(']');
    }

    /**
     * CSV: {@code issue,model,forecast,value,label,note}; with {@code trajectory} instead one row per round and
     * actor: {@code issue,model,round,actor,position,forecast}.
     */
    public String csv(boolean trajectory) {
        StringBuilder b = new StringBuilder();
        if (!trajectory) {
            b.append("issue,model,forecast,value,label,note\n");
            for (IssueForecast f : forecasts()) {
                b.append(Numbers.csv(f.issueId())).append(',').append(f.model()).append(',');
                b.append(f.point().isPresent() ? Numbers.fixed(f.point().getAsDouble()) : "")
                        .append(',');
                b.append(Numbers.csv(f.value().map(Object::toString).orElse("")))
                        .append(',');
                b.append(Numbers.csv(f.label()))
                        .append(',')
                        .append(Numbers.csv(f.note()))
                        .append('\n');
            }
            return b.toString();
        }
        b.append("issue,model,round,actor,position,forecast\n");
        for (IssueForecast f : forecasts()) {
            Trajectory t = f.trajectory();
            for (Round r : t.rounds()) {
                for (int a = 0; a < t.actorIds().size(); a++) {
                    b.append(Numbers.csv(f.issueId()))
                            .append(',')
                            .append(f.model())
                            .append(',')
                            .append(r.round());
                    b.append(',').append(Numbers.csv(t.actorIds().get(a))).append(',');
                    b.append(Numbers.fixed(r.positions().get(a))).append(',').append(Numbers.fixed(r.forecast()));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
