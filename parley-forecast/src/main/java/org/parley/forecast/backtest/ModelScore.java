package org.parley.forecast.backtest;

import java.util.List;
import java.util.Objects;

/**
 * How well one model predicted a data set.
 *
 * @param model the model's short name
 * @param issues number of issues the model gave a forecast for
 * @param meanAbsoluteError mean of |prediction − outcome| on 0–100
 * @param ciLow lower end of the bootstrap 95 % percentile interval of the mean absolute error
 * @param ciHigh upper end of that interval
 * @param medianAbsoluteError median of |prediction − outcome|
 * @param foldMeanAbsoluteErrors the mean absolute error within each fold, if folds were asked for (else empty)
 */
public record ModelScore(
        String model,
        int issues,
        double meanAbsoluteError,
        double ciLow,
        double ciHigh,
        double medianAbsoluteError,
        List<Double> foldMeanAbsoluteErrors) {
    public ModelScore {
        Objects.requireNonNull(model, "model");
        foldMeanAbsoluteErrors = List.copyOf(foldMeanAbsoluteErrors);
    }

    /** Largest minus smallest fold MAE (0 without folds): how much the score depends on which issues. */
    public double foldSpread() {
        return foldMeanAbsoluteErrors.isEmpty()
                ? 0
                : foldMeanAbsoluteErrors.stream()
                                .mapToDouble(Double::doubleValue)
                                .max()
                                .orElse(0)
                        - foldMeanAbsoluteErrors.stream()
                                .mapToDouble(Double::doubleValue)
                                .min()
                                .orElse(0);
    }
}
