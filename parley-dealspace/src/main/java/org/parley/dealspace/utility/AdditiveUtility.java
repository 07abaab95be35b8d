package org.parley.dealspace.utility;

import java.util.List;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.model.scenario.IssueValue;

/**
 * A linear-additive utility function: {@code u(x) = Σ_j w_j · v_j(x_j)}.
 *
 * <p>Weights are non-negative and sum to 1 (within 10⁻⁶); every value function gives values in [0, 1] on
 * its issue's values (within 10⁻⁹). Hence utilities lie in [0, 1]. This is the utility model of GENIUS
 * ({@code AdditiveUtilitySpace}) and GeniusWeb ({@code LinearAdditiveUtilitySpace}); Raiffa (1982, ch. 10)
 * discusses when additivity is a fair assumption (preferential independence of issues).
 *
 * <p>Construction evaluates every value once and keeps the weighted contributions as a table of
 * {@link UtilityFunction#UNIT units}; afterwards {@link #units(int[])} costs one addition per issue.
 */
public final class AdditiveUtility implements UtilityFunction {
    private final OutcomeSpace space;
    private final double[] weights;
    private final List<ValueFunction> functions;
    private final long[][] contributions;

    /**
     * @param space the outcome space
     * @param weights one weight per issue, {@code >= 0}, summing to 1
     * @param functions one value function per issue
     * @throws IllegalArgumentException when the sizes differ, weights are out of range or a value is
     *     outside [0, 1] or undefined
     */
    public AdditiveUtility(OutcomeSpace space, List<Double> weights, List<ValueFunction> functions) {
        this.space = space;
        int n = space.issueCount();
        if (weights.size() != n || functions.size() != n) {
            throw new IllegalArgumentException("need one weight and one value function per issue (" + n + ")");
        }
        this.weights = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double w = weights.get(j);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(
                        "weight of issue " + space.issue(j).id() + " must be >= 0");
            }
            this.weights[j] = w;
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("weights must sum to 1, sum to " + sum);
        }
        this.functions = List.copyOf(functions);
        this.contributions = new long[n][];
        for (int j = 0; j < n; j++) {
            DiscreteIssue issue = space.issue(j);
            contributions[j] = new long[issue.size()];
            for (int k = 0; k < issue.size(); k++) {
                double v = this.functions.get(j).value(issue.value(k));
                if (!(v >= -1e-9 && v <= 1 + 1e-9)) {
                    throw new IllegalArgumentException(
                            "value of " + issue.id() + " = " + issue.value(k) + " must be in [0, 1], was " + v);
                }
                contributions[j][k] = UtilityFunction.toUnits(this.weights[j] * Math.max(0, Math.min(1, v)));
            }
        }
    }

    /** The outcome space. */
    public OutcomeSpace space() {
        return space;
    }

    /** The weight of an issue. */
    public double weight(int issue) {
        return weights[issue];
    }

    /** The value function of an issue. */
    public ValueFunction function(int issue) {
        return functions.get(issue);
    }

    /** The value {@code v_j} of one issue value, in [0, 1]. */
    public double value(int issue, int valueIndex) {
        return Math.max(
                0, Math.min(1, functions.get(issue).value(space.issue(issue).value(valueIndex))));
    }

    /** The value {@code v_j(x)} of any value of an issue (also one outside the discretised grid). */
    public double value(int issue, IssueValue value) {
        return Math.max(0, Math.min(1, functions.get(issue).value(value)));
    }

    /** The weighted contribution {@code w_j · v_j} of one issue value, in units. */
    public long contribution(int issue, int valueIndex) {
        return contributions[issue][valueIndex];
    }

    /** The largest contribution of an issue, in units. */
    public long maxContribution(int issue) {
        long max = Long.MIN_VALUE;
        for (long c : contributions[issue]) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** The smallest contribution of an issue, in units. */
    public long minContribution(int issue) {
        long min = Long.MAX_VALUE;
        for (long c : contributions[issue]) {
            min = Math.min(min, c);
        }
        return min;
    }

    /** The index of the best value of an issue (the lowest index among equals). */
    public int bestValue(int issue) {
        int best = 0;
        for (int k = 1; k < contributions[issue].length; k++) {
            if (contributions[issue][k] > contributions[issue][best]) {
                best = k;
            }
        }
        return best;
    }

    /** The highest utility over the space, in units. */
    public long maxUnits() {
        long s = 0;
        for (int j = 0; j < contributions.length; j++) {
            s += maxContribution(j);
        }
        return s;
    }

    @Override
    public long units(int[] outcome) {
        long s = 0;
        for (int j = 0; j < contributions.length; j++) {
            s += contributions[j][outcome[j]];
        }
        return s;
    }
}
