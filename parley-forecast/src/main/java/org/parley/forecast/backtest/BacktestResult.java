package org.parley.forecast.backtest;

import java.util.List;
import java.util.Objects;

/**
 * Scores per model and every prediction behind them.
 *
 * @param source the data set's name
 * @param scores one per model, in the order the models were given
 * @param predictions per issue and model, in data order then model order
 * @param folds number of folds (0 when none were asked for)
 * @param seed seed of the bootstrap and fold assignment
 */
public record BacktestResult(
        String source, List<ModelScore> scores, List<IssuePrediction> predictions, int folds, long seed) {
    public BacktestResult {
        Objects.requireNonNull(source, "source");
        scores = List.copyOf(scores);
        predictions = List.copyOf(predictions);
    }
}
