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
 * @param count the number of such deals, when it was counted (empty for spaces too large to enumerate)
 * @param issues per issue, the values that occur in at least one such deal, when known
 * @param reason why the count or bounds are missing, empty otherwise
 */
public record Zopa(Optional<BigInteger> count, List<IssueBounds> issues, String reason) {

    public Zopa {
        Objects.requireNonNull(count, "count");
        issues = List.copyOf(issues);
        Objects.requireNonNull(reason, "reason");
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
     * Whether some deal is acceptable to all, when known: from the count, or else from the per-issue values
     * (every deal has a value on every issue, so the zone is empty exactly when an issue has none).
     */
    public Optional<Boolean> exists() {
        if (count.isPresent()) {
            return count.map(c -> c.signum() > 0);
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
