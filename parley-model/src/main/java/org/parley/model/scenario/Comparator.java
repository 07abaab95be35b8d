package org.parley.model.scenario;

import java.util.Locale;

/** How a reported number relates to the true quantity ("more than 110,000", "less than 3%", "about 650"). */
public enum Comparator {
    EQ("="),
    APPROX("≈"),
    LT("<"),
    LE("≤"),
    GT(">"),
    GE("≥");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical symbol. */
    public String symbol() {
        return symbol;
    }

    /** The spelling used in scenario files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
