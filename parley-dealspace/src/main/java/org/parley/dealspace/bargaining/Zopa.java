package org.parley.dealspace.bargaining;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** Whether some deal is acceptable to all, when known. */
    public Optional<Boolean> exists() {
        return count.map(c -> c.signum() > 0);
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
