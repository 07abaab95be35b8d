package org.parley.dealspace.bargaining;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.OutcomeSpace;

/**
 * The zone of possible agreement: the deals every party prefers (weakly) to no deal, {@code u_i(x) ≥ d_i}
 * for all i, within the red-line-feasible space (Raiffa 1982, ch. 4, for the two-party, one-issue case).
 *
 * <p>The number of such deals is either exact ({@code count}) or, when the counting budget ran out,
 * bracketed by rigorous bounds with a Monte-Carlo estimate of the part in between ({@code bounds}); at most
 * one of the two is present, and neither when the zone was not counted at all.
 *
 * @param count the exact number of such deals, when it was counted to the end
 * @param bounds rigorous bounds on the number (and an estimate), when the count stopped at its budget
 * @param issues per issue, the values that occur in at least one such deal, when known
 * @param reason why the count or the per-issue values are missing or only bounded, empty otherwise
 */
public record Zopa(Optional<BigInteger> count, Optional<CountBounds> bounds, List<IssueBounds> issues, String reason) {

    public Zopa {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(bounds, "bounds");
        if (count.isPresent() && bounds.isPresent()) {
            throw new IllegalArgumentException("a zone has an exact count or bounds, not both");
        }
        issues = List.copyOf(issues);
        Objects.requireNonNull(reason, "reason");
    }

    /** A zone with an exact count or none, and no bounds. */
    public Zopa(Optional<BigInteger> count, List<IssueBounds> issues, String reason) {
        this(count, Optional.empty(), issues, reason);
    }

    /** The same zone with other per-issue values and reason (the count or bounds are kept). */
    public Zopa withIssues(List<IssueBounds> otherIssues, String otherReason) {
        return new Zopa(count, bounds, otherIssues, otherReason);
    }

    /**
     * Bounds on the number of deals in the zone, from a branch and bound that stopped at its node budget:
     * {@code lower} deals were proven to be in the zone, {@code total − upper} proven out; the rest was not
     * decided.
     *
     * @param lower deals proven acceptable to all
     * @param upper all deals minus those proven unacceptable to some party
     * @param nodes the search nodes spent (the budget)
     * @param estimate an unbiased Monte-Carlo estimate of the count, when sampled
     */
    public record CountBounds(BigInteger lower, BigInteger upper, long nodes, Optional<Estimate> estimate) {
        public CountBounds {
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(estimate, "estimate");
            if (lower.signum() < 0 || lower.compareTo(upper) > 0) {
                throw new IllegalArgumentException("bounds out of order: " + lower + " > " + upper);
            }
        }
    }

    /**
     * A Monte-Carlo estimate of the count: {@code lower + U·p̂}, where U is the number of undecided deals and
     * p̂ the share of acceptable deals among {@code samples} drawn uniformly from them with a fixed seed; the
     * 95 % interval is Wilson's score interval for p̂, scaled the same way. All three are rounded to whole
     * deals and lie within the bounds.
     *
     * @param value the estimate
     * @param low lower end of the 95 % interval
     * @param high upper end of the 95 % interval
     * @param samples the number of deals drawn
     * @param hits how many of them were acceptable to all
     * @param seed the seed of the generator
     */
    public record Estimate(BigInteger value, BigInteger low, BigInteger high, int samples, int hits, long seed) {
        public Estimate {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    /**
     * The per-issue values of a zone from the values seen in some acceptable deal.
     *
     * @param space the outcome space
     * @param seen {@code seen[j][k]}: whether value k of issue j occurs in some acceptable deal
     */
    public static List<IssueBounds> boundsOf(OutcomeSpace space, boolean[][] seen) {
        List<IssueBounds> bounds = new ArrayList<>();
        for (int j = 0; j < space.issueCount(); j++) {
            DiscreteIssue issue = space.issue(j);
            List<String> values = new ArrayList<>();
            for (int k = 0; k < issue.size(); k++) {
                if (seen[j][k]) {
                    values.add(issue.describe(k));
                }
            }
            bounds.add(new IssueBounds(
                    issue.id(),
                    values,
                    values.stream().findFirst(),
                    values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1))));
        }
        return bounds;
    }

    /**
     * Whether some deal is acceptable to all, when known: from the count or its bounds, or else from the
     * per-issue values (every deal has a value on every issue, so the zone is empty exactly when an issue has
     * none).
     */
    public Optional<Boolean> exists() {
        if (count.isPresent()) {
            return count.map(c -> c.signum() > 0);
        }
        if (bounds.isPresent() && bounds.get().lower().signum() > 0) {
            return Optional.of(true);
        }
        if (bounds.isPresent() && bounds.get().upper().signum() == 0) {
            return Optional.of(false);
        }
        return issues.isEmpty()
                ? Optional.empty()
                : Optional.of(issues.stream().noneMatch(b -> b.values().isEmpty()));
    }

    /**
     * The values of one issue found in the zone.
     *
     * @param issue issue id
     * @param values the values, in issue order, described in the issue's own terms
     * @param lowest the first such value in issue order (the lowest on ordered scales), if any
     * @param highest the last such value in issue order, if any
     */
    public record IssueBounds(String issue, List<String> values, Optional<String> lowest, Optional<String> highest) {
        public IssueBounds {
            Objects.requireNonNull(issue, "issue");
            values = List.copyOf(values);
            Objects.requireNonNull(lowest, "lowest");
            Objects.requireNonNull(highest, "highest");
        }
    }
}
