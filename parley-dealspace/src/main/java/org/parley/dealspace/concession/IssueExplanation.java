package org.parley.dealspace.concession;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one issue of a deal stands for one party, in the issue's own units.
 *
 * @param issue issue id
 * @param deal the deal's value, described (with unit or level label)
 * @param ideal the party's ideal value, described, if known
 * @param distanceFromIdeal |deal − ideal| in {@code unit}, if an ideal is known
 * @param unit the unit of the distance: the issue's unit, "levels" (ordinal) or "mismatch" (0 or 1, for
 *     categorical and yes/no issues)
 * @param acceptable the values the party said it can accept, if reported
 * @param marginToReservation for an interval of acceptable values: distance from the deal to the nearest
 *     bound in {@code unit}, positive inside the interval and negative outside
 * @param withinAcceptable whether the deal's value is in the acceptable set, if one is reported
 * @param value the party's value of the deal on this issue, in [0, 1]
 * @param weight the issue's weight for the party
 */
public record IssueExplanation(
        String issue,
        String deal,
        Optional<String> ideal,
        OptionalDouble distanceFromIdeal,
        String unit,
        Optional<String> acceptable,
        OptionalDouble marginToReservation,
        Optional<Boolean> withinAcceptable,
        double value,
        double weight) {

    public IssueExplanation {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(ideal, "ideal");
        Objects.requireNonNull(distanceFromIdeal, "distanceFromIdeal");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(acceptable, "acceptable");
        Objects.requireNonNull(marginToReservation, "marginToReservation");
        Objects.requireNonNull(withinAcceptable, "withinAcceptable");
    }
}
