package org.parley.forecast.backtest;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes per-issue predictions as CSV: {@code issue,model,prediction,outcome,abs_error}. */
public final class PredictionsWriter {
    private PredictionsWriter() {}

    /** Writes the header and one row per prediction, numbers with 4 decimals. */
    public static void write(BacktestResult result, Writer out) throws IOException {
        out.write("issue,model,prediction,outcome,abs_error\n");
        for (IssuePrediction p : result.predictions()) {
            out.write(String.format(
                    Locale.ROOT,
                    "%s,%s,%.4f,%.4f,%.4f%n",
                    csv(p.issueId()),
                    p.model(),
                    p.prediction(),
                    p.outcome(),
                    p.absoluteError()));
        }
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
