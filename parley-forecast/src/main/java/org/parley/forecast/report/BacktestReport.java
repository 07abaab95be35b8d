package org.parley.forecast.report;

import java.util.Locale;
import org.parley.forecast.backtest.BacktestResult;
import org.parley.forecast.backtest.ModelScore;

/** A backtest's scores as a plain-text table, JSON or CSV (one row per model). */
public final class BacktestReport {
    private final BacktestResult result;

    public BacktestReport(BacktestResult result) {
        this.result = result;
    }

    /** Plain-text table, best (lowest MAE) model first is left to the reader: models keep their given order. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("backtest of ").append(result.source()).append(" (seed ").append(result.seed());
        b.append(result.folds() > 0 ? ", " + result.folds() + " folds" : "").append(")\n");
        b.append(String.format(
                Locale.ROOT,
                "  %-12s %6s %8s %19s %9s%s%n",
                "model",
                "issues",
                "MAE",
                "95% CI",
                "median",
                result.folds() > 0 ? "  fold MAE min-max" : ""));
        for (ModelScore s : result.scores()) {
            String ci = "[" + Numbers.fixed(s.ciLow()) + ", " + Numbers.fixed(s.ciHigh()) + "]";
            b.append(String.format(
                    Locale.ROOT,
                    "  %-12s %6d %8s %19s %9s",
                    s.model(),
                    s.issues(),
                    Numbers.fixed(s.meanAbsoluteError()),
                    ci,
                    Numbers.fixed(s.medianAbsoluteError())));
            if (!s.foldMeanAbsoluteErrors().isEmpty()) {
                double min = s.foldMeanAbsoluteErrors().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(0);
                double max = s.foldMeanAbsoluteErrors().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0);
                b.append("  ").append(Numbers.fixed(min)).append('-').append(Numbers.fixed(max));
            }
            b.append('\n');
        }
        b.append("  errors are absolute differences on the 0-100 scale\n");
        return b.toString();
    }

    /** JSON object with source, seed, folds and one entry per model. */
    public String json() {
        StringBuilder b = new StringBuilder("{\"source\":").append(Json.string(result.source()));
        b.append(",\"seed\":").append(result.seed()).append(",\"folds\":").append(result.folds());
        b.append(",\"models\":[");
        for (int i = 0; i < result.scores().size(); i++) {
            ModelScore s = result.scores().get(i);
            b.append(i == 0 ? "" : ",").append("{\"model\":").append(Json.string(s.model()));
            b.append(",\"issues\":").append(s.issues());
            b.append(",\"mae\":").append(Json.number(s.meanAbsoluteError()));
            b.append(",\"ci95\":[").append(Json.number(s.ciLow())).append(',').append(Json.number(s.ciHigh()));
            b.append("],\"medianAbsoluteError\":").append(Json.number(s.medianAbsoluteError()));
            b.append(",\"foldMae\":[");
            for (int k = 0; k < s.foldMeanAbsoluteErrors().size(); k++) {
                b.append(k == 0 ? "" : ",")
                        .append(Json.number(s.foldMeanAbsoluteErrors().get(k)));
            }
            b.append("]}");
        }
        return b.append("]}").toString();
    }

    /** CSV: {@code model,issues,mae,ci_low,ci_high,median_ae,fold_mae_min,fold_mae_max}. */
    public String csv() {
        StringBuilder b = new StringBuilder("model,issues,mae,ci_low,ci_high,median_ae,fold_mae_min,fold_mae_max\n");
        for (ModelScore s : result.scores()) {
            double min = s.foldMeanAbsoluteErrors().stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(Double.NaN);
            double max = s.foldMeanAbsoluteErrors().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(Double.NaN);
            b.append(s.model()).append(',').append(s.issues()).append(',');
            b.append(Numbers.fixed(s.meanAbsoluteError()))
                    .append(',')
                    .append(Numbers.fixed(s.ciLow()))
                    .append(',');
            b.append(Numbers.fixed(s.ciHigh()))
                    .append(',')
                    .append(Numbers.fixed(s.medianAbsoluteError()))
                    .append(',');
            b.append(Double.isNaN(min) ? "" : Numbers.fixed(min)).append(',');
            b.append(Double.isNaN(max) ? "" : Numbers.fixed(max)).append('\n');
        }
        return b.toString();
    }
}
