package org.parley.model.scenario;

import java.util.Objects;

/**
 * The current value of an issue: what holds if nothing is agreed.
 *
 * @param issue id of the issue
 * @param value the current value
 * @param provenance the citations or the assumption
 */
public record StatusQuo(String issue, IssueValue value, Provenance provenance) {
    public StatusQuo {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
