package org.parley.forecast.backtest;

import java.util.List;
import java.util.Objects;

/**
 * A data set of decided issues.
 *
 * @param source where it was read from (file name), for reports
 * @param issues the issues in file order
 */
public record BacktestData(String source, List<DecidedIssue> issues) {
    public BacktestData {
        Objects.requireNonNull(source, "source");
        issues = List.copyOf(issues);
    }
}
