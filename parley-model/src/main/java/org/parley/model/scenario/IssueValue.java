package org.parley.model.scenario;

/**
 * A value an issue can take: a number (continuous scales), a level or option id (ordinal and categorical
 * scales) or a truth value (boolean scales). Which kind fits is decided by the issue's {@link IssueScale}.
 */
public sealed interface IssueValue {

    /** A number in the issue's own unit. */
    record Number(double value) implements IssueValue {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("issue value must be finite, was " + value);
            }
        }

        @Override
        public String toString() {
            return IssueScale.formatNumber(value);
        }
    }

    /** The id of a level (ordinal scale) or option (categorical scale). */
    record Label(String id) implements IssueValue {
        public Label {
            java.util.Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** A yes/no value. */
    record Bool(boolean value) implements IssueValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number value. */
    static IssueValue of(double value) {
        return new Number(value);
    }

    /** A level or option value. */
    static IssueValue of(String id) {
        return new Label(id);
    }

    /** A boolean value. */
    static IssueValue of(boolean value) {
        return new Bool(value);
    }
}
