package org.parley.dealspace.cpsat;

import java.util.Optional;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.utility.DealSpace;

/**
 * The zone of possible agreement of a space too large to enumerate: for every issue, exactly which values
 * occur in some deal acceptable to all ({@code u_i ≥ d_i} for every party), by CP-SAT feasibility checks on
 * one model. Each solution found marks all its values as seen, so only values not yet seen need a check of
 * their own ({@code x_jk} as an assumption); a value with no acceptable deal costs one infeasibility proof.
 * The first and last values found give the bounds on ordered issues. The number of acceptable deals is not
 * counted here ({@code ZopaAnalysis} counts it); the result carries no count.
 */
public final class CpSatZopa {
    private final double timeLimitSeconds;

    /** @param timeLimitSeconds CP-SAT's limit per check */
    public CpSatZopa(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** The zone's values per issue, without a count; {@code why} says why it is not counted. */
    public Zopa compute(DealSpace deal, String why) {
        int issues = deal.space().issueCount();
        boolean[][] seen = new boolean[issues][];
        for (int j = 0; j < issues; j++) {
            seen[j] = new boolean[deal.space().issue(j).size()];
        }
        return compute(deal, seen, why);
    }

    /**
     * As {@link #compute(DealSpace, String)}, starting from values already known to occur in the zone
     * ({@code known[j][k]}, e.g. from a count that stopped at its budget): only the others are checked.
     * Cost: one solve, plus at most one per value not yet known.
     */
    public Zopa compute(DealSpace deal, boolean[][] known, String why) {
        DealModel m = new DealModel(deal, true);
        int issues = deal.space().issueCount();
        boolean[][] seen = new boolean[issues][];
        for (int j = 0; j < issues; j++) {
            seen[j] = known[j].clone();
        }
        boolean any = mark(m, seen);
        boolean complete = true;
        for (int j = 0; any && j < issues; j++) {
            for (int k = 0; k < seen[j].length; k++) {
                if (seen[j][k]) {
                    continue;
                }
                m.model().clearAssumptions();
                m.model().addAssumption(m.value(j, k));
                Optional<DealModel.Solved> s = m.solve(timeLimitSeconds);
                s.ifPresent(r -> mark(seen, r.outcome()));
                complete &= s.isPresent() || !timedOut(m);
            }
        }
        String reason = why + (complete ? "" : "; some values could not be checked in time and may be missing");
        return new Zopa(Optional.empty(), Zopa.boundsOf(deal.space(), seen), reason);
    }

    private boolean mark(DealModel m, boolean[][] seen) {
        Optional<DealModel.Solved> s = m.solve(timeLimitSeconds);
        s.ifPresent(r -> mark(seen, r.outcome()));
        return s.isPresent();
    }

    private static void mark(boolean[][] seen, int[] outcome) {
        for (int j = 0; j < outcome.length; j++) {
            seen[j][outcome[j]] = true;
        }
    }

    private static boolean timedOut(DealModel m) {
        return m.lastTimedOut();
    }
}
