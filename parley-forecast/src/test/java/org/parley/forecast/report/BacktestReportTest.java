package org.parley.forecast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.forecast.backtest.BacktestResult;
import org.parley.forecast.backtest.ModelScore;

class BacktestReportTest {

    private final BacktestReport report = new BacktestReport(new BacktestResult(
            "d.csv", List.of(new ModelScore("median", 3, 12.5, 10, 15.25, 11, List.of(11.0, 14.0))), List.of(), 2, 7));

    @Test
    void text_table() {
        assertThat(report.text())
                .isEqualTo("backtest of d.csv (seed 7, 2 folds)\n"
                        + "  model        issues      MAE              95% CI    median  fold MAE min-max\n"
                        + "  median            3     12.5         [10, 15.25]        11  11-14\n"
                        + "  errors are absolute differences on the 0-100 scale\n");
    }

    @Test
    void json_and_csv() {
        assertThat(report.json())
                .isEqualTo(
                        "{\"source\":\"d.csv\",\"seed\":7,\"folds\":2,\"models\":[{\"model\":\"median\",\"issues\":3,"
                                + "\"mae\":12.5,\"ci95\":[10,15.25],\"medianAbsoluteError\":11,\"foldMae\":[11,14]}]}");
        assertThat(report.csv())
                .isEqualTo("model,issues,mae,ci_low,ci_high,median_ae,fold_mae_min,fold_mae_max\n"
                        + "median,3,12.5,10,15.25,11,11,14\n");
    }
}
