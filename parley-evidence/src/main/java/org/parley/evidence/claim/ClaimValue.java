package org.parley.evidence.claim;

import java.util.Objects;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Quantity;

/** The value a claim gives: a number with unit and comparator, or a level or option of the issue's scale. */
public sealed interface ClaimValue {

    /** The value as an issue value, for scenario positions. */
    IssueValue toIssueValue();

    /** A number with unit and comparator. */
    record Amount(Quantity quantity) implements ClaimValue {
        public Amount {
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public IssueValue toIssueValue() {
            return new IssueValue.Number(quantity.value());
        }

        @Override
        public String toString() {
            return quantity.toString();
        }
    }

    /** A level (ordinal scale) or option (categorical scale) id. */
    record Level(String id) implements ClaimValue {
        public Level {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public IssueValue toIssueValue() {
            return new IssueValue.Label(id);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
