package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * Exact two-party frontier for additive utilities without enumerating the outcome space.
 *
 * <p>With {@code u_p(x) = Σ_j c_pj(x_j)} the set of utility vectors of issues {@code A ∪ B} is the Minkowski
 * sum of the sets for {@code A} and for {@code B}. A vector {@code a + b} is undominated only if {@code a}
 * and {@code b} are (if {@code a'} dominates {@code a}, {@code a' + b} dominates {@code a + b}), so each block
 * can be pruned to its frontier before it is combined, and the counts stay exact: every outcome reaching a
 * final frontier point is a pair of outcomes reaching undominated points of the two halves. The issues are
 * split in halves recursively; each merge is a sweep over the sums in decreasing order that skips dominated
 * stretches ({@link ParetoSum}), adding up counts and picking the lexicographically smallest example outcome.
 *
 * <p>Cost: about Σ_merges (|A| + |A ⊕ B| frontier + skipped stretches) · log, and O(|A| + frontier) memory;
 * it grows with the sizes of the intermediate frontiers, not with the number of outcomes. Sources: the divide-and-conquer Pareto sum is the
 * standard technique for bi-objective knapsack-like problems (e.g. Klamroth &amp; Wiecek 2000); GeniusWeb's
 * {@code ParetoLinearAdditive} uses the same merge-of-partial-frontiers idea. Departure: exact integer
 * utilities (units of 10⁻⁹) instead of decimals.
 */
public final class BilateralAdditivePareto implements ParetoAlgorithm {

    @Override
    public boolean supports(OutcomeSpace space, List<? extends UtilityFunction> utilities) {
        return utilities.size() == 2 && utilities.stream().allMatch(u -> u instanceof AdditiveUtility);
    }

    @Override
    public ParetoFrontier compute(
            OutcomeSpace space, List<? extends UtilityFunction> utilities, ProgressListener progress) {
        if (!supports(space, utilities)) {
            throw new IllegalArgumentException("needs exactly two additive utilities");
        }
        AdditiveUtility first = (AdditiveUtility) utilities.get(0);
        AdditiveUtility second = (AdditiveUtility) utilities.get(1);
        int issues = space.issueCount();
        long[] done = {0};
        Staircase all = build(first, second, 0, issues, done, issues - 1L, progress);
        progress.progress(Math.max(0, issues - 1L), Math.max(0, issues - 1L));
        List<FrontierPoint> points = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            long[] units = {Staircase.u1(all.keys[i]), Staircase.u2(all.keys[i])};
            points.add(new FrontierPoint(units, Outcome.of(all.reps[i]), all.counts[i]));
        }
        return new ParetoFrontier(points);
    }

    private static Staircase build(
            AdditiveUtility a, AdditiveUtility b, int lo, int hi, long[] done, long total, ProgressListener progress) {
        if (hi - lo == 1) {
            return leaf(a, b, lo);
        }
        int mid = (lo + hi) >>> 1;
        Staircase left = build(a, b, lo, mid, done, total, progress);
        Staircase right = build(a, b, mid, hi, done, total, progress);
        Staircase merged = ParetoSum.merge(left, right);
        progress.progress(++done[0], total);
        return merged;
    }

    private static Staircase leaf(AdditiveUtility a, AdditiveUtility b, int issue) {
        int m = a.space().issue(issue).size();
        long[] candidates = new long[m];
        for (int k = 0; k < m; k++) {
            candidates[k] = Staircase.key(a.contribution(issue, k), b.contribution(issue, k));
        }
        long[] sky = Staircase.skyline(candidates.clone(), m);
        LongIntMap slot = index(sky);
        BigInteger[] counts = new BigInteger[sky.length];
        int[][] reps = new int[sky.length][];
        Arrays.fill(counts, BigInteger.ZERO);
        for (int k = 0; k < m; k++) {
            int s = slot.get(candidates[k]);
            if (s >= 0) {
                counts[s] = counts[s].add(BigInteger.ONE);
                if (reps[s] == null) {
                    reps[s] = new int[] {k};
                }
            }
        }
        return new Staircase(sky, counts, reps);
    }

    private static LongIntMap index(long[] keys) {
        LongIntMap map = new LongIntMap(keys.length);
        for (int s = 0; s < keys.length; s++) {
            map.put(keys[s], s);
        }
        return map;
    }
}
