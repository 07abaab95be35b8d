package org.parley.model.scenario;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A reported number with its unit: a point ({@code value}, with a comparator) or a range
 * ({@code value}–{@code upTo}, as in "70–80%").
 *
 * @param value the number (the lower end of a range)
 * @param upTo the upper end of a range, if the report gives one
 * @param unit the unit (e.g. "percent", "sq km", "soldiers")
 * @param comparator how the number relates to the true quantity
 */
public record Quantity(double value, OptionalDouble upTo, String unit, Comparator comparator) {
    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity must be finite");
        }
        Objects.requireNonNull(upTo, "upTo");
        if (upTo.isPresent() && !(upTo.getAsDouble() >= value)) {
            throw new IllegalArgumentException("range end must be finite and >= value");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparator, "comparator");
    }

    @Override
    public String toString() {
        String number = IssueScale.formatNumber(value)
                + (upTo.isPresent() ? "–" + IssueScale.formatNumber(upTo.getAsDouble()) : "");
        return (comparator == Comparator.EQ ? "" : comparator.symbol() + " ")
                + number
                + (unit.isEmpty() ? "" : " " + unit);
    }
}
