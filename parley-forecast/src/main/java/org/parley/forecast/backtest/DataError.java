package org.parley.forecast.backtest;

import java.util.Objects;

/**
 * A problem with one line of a backtest data file; printed as {@code file:line: expected …, found …}.
 *
 * @param file the file name as given
 * @param line 1-based line number (0 for the file as a whole)
 * @param expected what the reader expected there
 * @param found what it found
 */
public record DataError(String file, int line, String expected, String found) {
    public DataError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": expected " + expected + ", found " + found;
    }
}
