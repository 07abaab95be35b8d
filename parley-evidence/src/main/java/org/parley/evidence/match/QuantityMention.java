package org.parley.evidence.match;

import java.util.Objects;
import org.parley.model.scenario.Quantity;

/**
 * A number with its unit and comparator found in a sentence, tokens {@code [start, end)}.
 *
 * @param sentence index of the sentence
 * @param start first token (the comparator's, if any)
 * @param end one past the last token (the unit's, if any)
 * @param quantity the value, range end, unit and comparator
 * @param kind what the number measures
 */
public record QuantityMention(int sentence, int start, int end, Quantity quantity, Kind kind) {

    /** What a number measures. */
    public enum Kind {
        /** A count of things ("342 tanks", "85,000 soldiers"). */
        COUNT,
        /** A distance ("40 km"). */
        DISTANCE,
        /** An area ("110,000 sq km"). */
        AREA,
        /** A share ("18%", "70-80%"). */
        SHARE,
        /** Odds ("50-50"), as the first side's chance in percent. */
        ODDS,
        /** A duration ("within 100 days"). */
        DURATION,
        /** Money ("$2", "tens of billions of dollars"). */
        MONEY
    }

    public QuantityMention {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
    }
}
