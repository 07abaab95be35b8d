package org.parley.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.forecast.CompromiseModel;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.Stance;
import org.parley.forecast.WeightedMedianModel;

class BacktestTest {

    private static final ForecastOptions OPTIONS = new ForecastOptions(20, 11);

    @Test
    void mean_and_median_absolute_errors_by_hand() {
        // compromise predicts 50 on each issue; errors 10, 20, 40 → MAE 70/3, median 20
        List<DecidedIssue> issues = List.of(issue("a", 60), issue("b", 30), issue("c", 90));
        Backtest bt = new Backtest(List.of(new CompromiseModel()), OPTIONS, 500, 0);
        ModelScore s = bt.run(new BacktestData("hand", issues)).scores().get(0);
        assertThat(s.issues()).isEqualTo(3);
        assertThat(s.meanAbsoluteError()).isCloseTo(70.0 / 3, within(1e-12));
        assertThat(s.medianAbsoluteError()).isEqualTo(20.0);
        assertThat(s.ciLow()).isBetween(10.0, 70.0 / 3);
        assertThat(s.ciHigh()).isBetween(70.0 / 3, 40.0);
    }

    private static DecidedIssue issue(String id, double outcome) {
        return new DecidedIssue(id, List.of(new Stance("x", 0, 50, 1), new Stance("y", 100, 50, 1)), outcome);
    }

    @Test
    void same_seed_same_result_and_folds_partition_the_issues() {
        BacktestData data = new SyntheticDataGenerator(5).generate(10, 3, 6);
        Backtest bt = new Backtest(ForecastModels.all(), OPTIONS, 300, 5);
        BacktestResult a = bt.run(data);
        BacktestResult b = bt.run(data);
        assertThat(b).isEqualTo(a);
        assertThat(a.scores()).extracting(ModelScore::model).containsExactlyElementsOf(ForecastModels.NAMES);
        for (ModelScore s : a.scores()) {
            assertThat(s.issues()).isEqualTo(30);
            assertThat(s.foldMeanAbsoluteErrors()).hasSize(5);
            // equal-sized folds: the fold MAEs average to the overall MAE
            double avg = s.foldMeanAbsoluteErrors().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            assertThat(avg).isCloseTo(s.meanAbsoluteError(), within(1e-9));
            assertThat(s.ciLow()).isLessThanOrEqualTo(s.meanAbsoluteError());
            assertThat(s.ciHigh()).isGreaterThanOrEqualTo(s.meanAbsoluteError());
        }
        assertThat(a.predictions()).hasSize(30 * 6);
    }

    @Test
    void predictions_are_written_as_csv() throws IOException {
        BacktestData data = new BacktestData("hand", List.of(issue("a", 60)));
        BacktestResult r = new Backtest(List.of(new WeightedMedianModel()), OPTIONS, 100, 0).run(data);
        StringWriter out = new StringWriter();
        PredictionsWriter.write(r, out);
        assertThat(out.toString())
                .isEqualTo("issue,model,prediction,outcome,abs_error\na,median,0.0000,60.0000,60.0000\n");
    }

    /** The committed example data set is exactly what the documented generator call produces. */
    @Test
    void committed_synthetic_data_set_is_reproducible() throws IOException {
        Path committed = Path.of("..", "examples", "backtest", "synthetic-400.csv");
        StringWriter out = new StringWriter();
        SyntheticDataGenerator.write(
                new SyntheticDataGenerator(20261125).generate(100, 4, 12), SyntheticExample.COMMENT, out);
        if (Boolean.getBoolean("parley.regenerate")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(out.toString());
        ReadResult r = BacktestDataReader.read(committed);
        assertThat(((ReadResult.Loaded) r).data().issues()).hasSize(400);
    }
}
