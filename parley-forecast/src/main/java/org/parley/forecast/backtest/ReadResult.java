package org.parley.forecast.backtest;

import java.util.List;

/** What reading a backtest file gives: the data, or every error found. */
public sealed interface ReadResult {

    /** The file was valid. */
    record Loaded(BacktestData data) implements ReadResult {}

    /** The file had errors, in line order (at most {@link BacktestDataReader#MAX_ERRORS}). */
    record Rejected(List<DataError> errors) implements ReadResult {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
