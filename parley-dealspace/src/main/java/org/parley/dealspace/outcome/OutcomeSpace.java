package org.parley.dealspace.outcome;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Cartesian product of discrete issues: every combination of one value per issue is an outcome.
 *
 * @param issues the issues, at least one, with distinct ids
 */
public record OutcomeSpace(List<DiscreteIssue> issues) {

    public OutcomeSpace {
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an outcome space needs at least one issue");
        }
        Set<String> ids = new HashSet<>();
        for (DiscreteIssue issue : issues) {
            if (!ids.add(issue.id())) {
                throw new IllegalArgumentException("duplicate issue id '" + issue.id() + "'");
            }
        }
    }

    /** The number of issues. */
    public int issueCount() {
        return issues.size();
    }

    /** The issue at a position. */
    public DiscreteIssue issue(int index) {
        return issues.get(index);
    }

    /** The position of an issue id, or -1. */
    public int indexOf(String issueId) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(issueId)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of outcomes, exactly (may exceed {@code Long.MAX_VALUE}). */
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (DiscreteIssue issue : issues) {
            n = n.multiply(BigInteger.valueOf(issue.size()));
        }
        return n;
    }

    /** The number of values per issue. */
    public int[] radices() {
        int[] r = new int[issues.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = issues.get(i).size();
        }
        return r;
    }

    /** Whether an outcome has one valid index per issue of this space. */
    public boolean contains(Outcome outcome) {
        if (outcome.issues() != issues.size()) {
            return false;
        }
        for (int i = 0; i < issues.size(); i++) {
            if (outcome.index(i) >= issues.get(i).size()) {
                return false;
            }
        }
        return true;
    }

    /** The outcome in issue terms, one "issue = value" entry per issue. */
    public List<String> describe(Outcome outcome) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            parts.add(issues.get(i).id() + " = " + issues.get(i).describe(outcome.index(i)));
        }
        return parts;
    }

    /** Writes the mixed-radix digits of a linear index (last issue fastest) into {@code digits}. */
    public static void decode(long linear, int[] radices, int[] digits) {
        long rest = linear;
        for (int i = radices.length - 1; i >= 0; i--) {
            digits[i] = (int) (rest % radices[i]);
            rest /= radices[i];
        }
    }
}
