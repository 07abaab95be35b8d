package org.parley.dealspace.outcome;

import java.util.List;
import java.util.Objects;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;

/**
 * An issue with finitely many values, in a fixed order. Continuous scenario issues become discrete
 * through {@link Discretisation}; GENIUS integer and real issues likewise.
 *
 * @param id identifier (issue id in a scenario, issue name in GENIUS files)
 * @param scale the scale the values belong to; used to describe values in the issue's own units
 * @param values the values, at least one, no duplicates, each fitting {@code scale}
 */
public record DiscreteIssue(String id, IssueScale scale, List<IssueValue> values) {

    public DiscreteIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scale, "scale");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("issue " + id + " needs at least one value");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("issue " + id + " has duplicate values");
        }
        for (IssueValue v : values) {
            scale.checkValue(v).ifPresent(msg -> {
                throw new IllegalArgumentException("issue " + id + ": " + msg);
            });
        }
    }

    /** The number of values. */
    public int size() {
        return values.size();
    }

    /** The value at an index. */
    public IssueValue value(int index) {
        return values.get(index);
    }

    /** The index of a value, or -1 when the issue does not offer it. */
    public int indexOf(IssueValue value) {
        return values.indexOf(value);
    }

    /** The value at an index in the issue's own terms (unit or level label). */
    public String describe(int index) {
        return scale.describe(values.get(index));
    }
}
