package org.parley.dealspace.bargaining;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;

/**
 * Computes the {@link Zopa} of a deal space by streaming enumeration (one pass, O(N·n) time, O(Σ values)
 * memory; branches whose best completion cannot reach some party's reservation are skipped, so spaces where
 * few deals are acceptable go much faster than N). Spaces above the limit are not counted.
 */
public final class ZopaAnalysis {
    private final long maxOutcomes;

    /** @param maxOutcomes largest space to enumerate */
    public ZopaAnalysis(long maxOutcomes) {
        this.maxOutcomes = maxOutcomes;
    }

    /** The zone of possible agreement. */
    public Zopa compute(DealSpace deal, ProgressListener progress) {
        OutcomeSpace space = deal.space();
        if (space.size().compareTo(BigInteger.valueOf(maxOutcomes)) > 0) {
            return new Zopa(
                    Optional.empty(),
                    List.of(),
                    "not counted: " + space.size() + " outcomes exceed the enumeration limit of " + maxOutcomes);
        }
        int m = space.issueCount();
        int n = deal.parties().size();
        List<AdditiveUtility> u = deal.utilities();
        long[] d = deal.disagreementUnits();
        // best[j][i] = the most party i can still gain from issues j … m−1
        long[][] best = new long[m + 1][n];
        for (int j = m - 1; j >= 0; j--) {
            for (int i = 0; i < n; i++) {
                best[j][i] = best[j + 1][i] + u.get(i).maxContribution(j);
            }
        }
        boolean[][] seen = new boolean[m][];
        for (int j = 0; j < m; j++) {
            seen[j] = new boolean[space.issue(j).size()];
        }
        long[] count = {0};
        int[] digits = new int[m];
        search(u, d, best, 0, new long[n], digits, seen, count);
        progress.progress(1, 1);
        return new Zopa(Optional.of(BigInteger.valueOf(count[0])), Zopa.boundsOf(space, seen), "");
    }

    private static boolean search(
            List<AdditiveUtility> u,
            long[] d,
            long[][] best,
            int j,
            long[] sum,
            int[] digits,
            boolean[][] seen,
            long[] count) {
        int n = sum.length;
        for (int i = 0; i < n; i++) {
            if (sum[i] + best[j][i] < d[i]) {
                return false;
            }
        }
        if (j == digits.length) {
            count[0]++;
            return true;
        }
        boolean any = false;
        for (int k = 0; k < seen[j].length; k++) {
            for (int i = 0; i < n; i++) {
                sum[i] += u.get(i).contribution(j, k);
            }
            digits[j] = k;
            if (search(u, d, best, j + 1, sum, digits, seen, count)) {
                seen[j][k] = true;
                any = true;
            }
            for (int i = 0; i < n; i++) {
                sum[i] -= u.get(i).contribution(j, k);
            }
        }
        return any;
    }
}
