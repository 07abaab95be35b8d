package org.parley.forecast.backtest;

import java.util.List;
import java.util.Objects;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.Stance;

/**
 * An issue whose outcome is known: the actors' stances before the decision and the decision itself.
 *
 * @param issueId identifier; {@code case/issue} groups issues of one case (the exchange model trades only
 *     within a case)
 * @param stances the actors' stances, at least one
 * @param outcome the decided outcome on 0–100
 */
public record DecidedIssue(String issueId, List<Stance> stances, double outcome) {
    public DecidedIssue {
        Objects.requireNonNull(issueId, "issueId");
        stances = List.copyOf(stances);
        if (!(outcome >= 0 && outcome <= 100)) {
            throw new IllegalArgumentException("outcome must be in [0, 100], was " + outcome);
        }
    }

    /** The forecasting input (stances only; the outcome stays hidden). */
    public ForecastInput input() {
        return ForecastInput.of(issueId, stances);
    }

    /** The case this issue belongs to: the part of the id before the first {@code /}, or the id itself. */
    public String caseId() {
        int slash = issueId.indexOf('/');
        return slash < 0 ? issueId : issueId.substring(0, slash);
    }
}
