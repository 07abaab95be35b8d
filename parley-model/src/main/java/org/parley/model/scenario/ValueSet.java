package org.parley.model.scenario;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A set of issue values: an interval of numbers (continuous scales) or a list of levels, options or truth
 * values. Used for the values an actor can accept and for its red lines.
 */
public sealed interface ValueSet {

    /** Whether the set contains a value. */
    boolean contains(IssueValue value);

    /**
     * A closed interval {@code [min, max]} in the issue's unit; a missing bound means unbounded on that side.
     */
    record Interval(OptionalDouble min, OptionalDouble max) implements ValueSet {
        public Interval {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isEmpty() && max.isEmpty()) {
                throw new IllegalArgumentException("an interval needs at least one bound");
            }
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                throw new IllegalArgumentException("interval min > max");
            }
        }

        @Override
        public boolean contains(IssueValue value) {
            if (!(value instanceof IssueValue.Number n)) {
                return false;
            }
            return (min.isEmpty() || n.value() >= min.getAsDouble())
                    && (max.isEmpty() || n.value() <= max.getAsDouble());
        }

        @Override
        public String toString() {
            return "[" + (min.isPresent() ? IssueScale.formatNumber(min.getAsDouble()) : "-∞") + ", "
                    + (max.isPresent() ? IssueScale.formatNumber(max.getAsDouble()) : "∞") + "]";
        }
    }

    /** An explicit list of values. */
    record Values(List<IssueValue> values) implements ValueSet {
        public Values {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a value list needs at least one value");
            }
        }

        @Override
        public boolean contains(IssueValue value) {
            return values.contains(value);
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }
}
