package org.parley.forecast.backtest;

import java.util.Objects;

/**
 * One model's prediction for one decided issue.
 *
 * @param issueId the issue
 * @param model the model's short name
 * @param prediction the forecast on 0–100
 * @param outcome the decided outcome on 0–100
 */
public record IssuePrediction(String issueId, String model, double prediction, double outcome) {
    public IssuePrediction {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(model, "model");
    }

    /** |prediction − outcome|. */
    public double absoluteError() {
        return Math.abs(prediction - outcome);
    }
}
