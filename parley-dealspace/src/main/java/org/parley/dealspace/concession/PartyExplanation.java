package org.parley.dealspace.concession;

import java.util.List;
import java.util.Objects;

/**
 * How a deal stands for one party.
 *
 * @param party party id
 * @param utility the party's utility of the deal
 * @param reservation its reservation value
 * @param best its best utility over the feasible deals
 * @param concession normalised concession {@code (best − utility)/(best − reservation)}, 0 without a range
 * @param issues per issue, in issue order
 */
public record PartyExplanation(
        String party,
        double utility,
        double reservation,
        double best,
        double concession,
        List<IssueExplanation> issues) {

    public PartyExplanation {
        Objects.requireNonNull(party, "party");
        issues = List.copyOf(issues);
    }

    /** Utility above the reservation value (negative: the party would rather walk away). */
    public double surplus() {
        return utility - reservation;
    }
}
