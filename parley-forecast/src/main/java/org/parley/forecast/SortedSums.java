package org.parley.forecast;

import java.util.Arrays;

/**
 * One round's positions sorted by (position, input index), with the prefix sums from which the pairwise
 * quantities of {@link PairwiseSums} are read one row at a time instead of being stored as n × n matrices:
 *
 * <pre>
 *   N(i,j) = F(x_j) − F(x_i),   F(a) = Σ_k w_k |x_k − a|
 *   D(i,j) = (x_b − x_a)·(W − W_in) + 2·Σ_{k in (x_a, x_b)} w_k |x_k − (x_a + x_b)/2|,   x_a < x_b
 * </pre>
 *
 * <p>Every value is computed with exactly the floating-point operations of {@link PairwiseSums} (same sort
 * order, same prefix sums, same split of the open interval at the midpoint), so the two agree bit for bit
 * ({@code SortedSumsTest}). For a fixed row {@code t}, the midpoint {@code (x_q + x_t)/2} grows with {@code q},
 * so one pointer walk over the sorted positions finds every split: a row costs O(n) and memory is O(n).
 * Sorting starts from the previous round's order, which positions that move little keep almost sorted
 * (insertion sort, O(n + inversions)). Package-private.
 */
final class SortedSums {
    /** Sorted index → actor. */
    final int[] order;
    /** Actor → sorted index. */
    final int[] rank;
    /** Positions in sorted order. */
    final double[] xs;
    /** {@code F} at each sorted position. */
    final double[] f;
    /** {@link #xs} followed by +∞, so that walks need no bounds test. */
    private final double[] sentinel;

    private final double[] cw;
    private final double[] cwx;
    private final double total;
    /** First sorted index of the block of positions equal to {@code xs[k]}. */
    private final int[] tieStart;
    /** One past the last sorted index of that block. */
    private final int[] tieEnd;

    private SortedSums(int[] order, double[] x, double[] w) {
        int n = x.length;
        this.order = order;
        this.rank = new int[n];
        this.xs = new double[n];
        double[] ws = new double[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
            xs[k] = x[order[k]];
            ws[k] = w[order[k]];
        }
        sentinel = Arrays.copyOf(xs, n + 1);
        sentinel[n] = Double.POSITIVE_INFINITY;
        cw = new double[n + 1];
        cwx = new double[n + 1];
        for (int k = 0; k < n; k++) {
            cw[k + 1] = cw[k] + ws[k];
            cwx[k + 1] = cwx[k] + ws[k] * xs[k];
        }
        total = cw[n];
        double totalX = cwx[n];
        f = new double[n];
        for (int k = 0; k < n; k++) {
            double a = xs[k];
            f[k] = a * cw[k] - cwx[k] + (totalX - cwx[k]) - a * (total - cw[k]);
        }
        tieStart = new int[n];
        tieEnd = new int[n];
        for (int k = 0; k < n; ) {
            int end = k + 1;
            while (end < n && xs[end] == xs[k]) {
                end++;
            }
            for (int m = k; m < end; m++) {
                tieStart[m] = k;
                tieEnd[m] = end;
            }
            k = end;
        }
    }

    /**
     * Sorts the positions by (position, input index).
     *
     * @param previous the previous round's order, or {@code null} for the first round
     */
    static SortedSums of(double[] x, double[] w, int[] previous) {
        int n = x.length;
        int[] order;
        if (previous == null) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
            order = new int[n];
            for (int k = 0; k < n; k++) {
                order[k] = boxed[k];
            }
        } else {
            order = previous.clone();
            for (int k = 1; k < n; k++) {
                int a = order[k];
                int m = k - 1;
                while (m >= 0 && before(x, a, order[m])) {
                    order[m + 1] = order[m];
                    m--;
                }
                order[m + 1] = a;
            }
        }
        return new SortedSums(order, x, w);
    }

    private static boolean before(double[] x, int a, int b) {
        int c = Double.compare(x[a], x[b]);
        return c < 0 || (c == 0 && a < b);
    }

    int size() {
        return xs.length;
    }

    /** Whether sorted indices {@code a} and {@code b} hold the same position. */
    boolean tied(int a, int b) {
        return tieStart[a] == tieStart[b];
    }

    /**
     * {@code D} between sorted indices {@code a} and {@code b} at different positions, given {@code g}, the
     * first sorted index whose position is not below their midpoint.
     */
    double engaged(int a, int b, int g) {
        if (a > b) {
            int c = a;
            a = b;
            b = c;
        }
        double mid = 0.5 * (xs[a] + xs[b]);
        int lo = tieEnd[a];
        int hi = tieStart[b];
        int split = Math.min(hi, Math.max(lo, g));
        double inside = cw[hi] - cw[lo];
        double below = mid * (cw[split] - cw[lo]) - (cwx[split] - cwx[lo]);
        double above = (cwx[hi] - cwx[split]) - mid * (cw[hi] - cw[split]);
        return (xs[b] - xs[a]) * (total - inside) + 2 * (below + above);
    }

    /** {@code D} between sorted indices {@code a} and {@code b} (0 when tied), by binary search. */
    double engaged(int a, int b) {
        if (tied(a, b)) {
            return 0;
        }
        double mid = 0.5 * (xs[Math.min(a, b)] + xs[Math.max(a, b)]);
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (xs[m] < mid) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return engaged(a, b, lo);
    }

    /**
     * {@code P} that the actor at sorted index {@code q} prevails over the one at {@code t}: {@code max(0,
     * N(q,t)) / D(q,t)}, 0 when {@code D = 0}, for every {@code q} (row {@code t}), written into {@code out}.
     *
     * <p>{@code start[q]} is at most the index of the first position not below the midpoint of {@code q} and
     * {@code t}, and is moved up to it: that index never decreases with {@code t}, so rows taken in increasing
     * order (starting from zeros) each search only a step or two, and, unlike a walk along the row, the searches
     * of different {@code q} do not wait for one another.
     */
    void prevailRow(int t, double[] out, int[] start) {
        int n = xs.length;
        double ft = f[t];
        double xt = xs[t];
        double[] walk = sentinel;
        for (int q = 0; q < n; q++) {
            double num = ft - f[q];
            if (num > 0 && tieStart[q] != tieStart[t]) { // F is unimodal: one stretch of q
                double mid = 0.5 * (xs[q] + xt);
                int g = start[q];
                g += walk[g] < mid ? 1 : 0;
                while (walk[g] < mid) {
                    g++;
                }
                start[q] = g;
                double d = engaged(q, t, g);
                out[q] = d > 0 ? num / d : 0;
            } else {
                out[q] = 0;
            }
        }
    }

    /** {@code P} that the actor at sorted index {@code q} prevails over the one at {@code t}. */
    double prevail(int q, int t) {
        double num = f[t] - f[q];
        if (!(num > 0)) {
            return 0;
        }
        double d = engaged(q, t);
        return d > 0 ? num / d : 0;
    }

    /**
     * The lower weighted median, as {@link WeightedPositions#lowerMedian}: the total weight is summed in input
     * order and the cumulative weight in sorted order, skipping zero weights.
     */
    double lowerMedian(double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += wi;
        }
        double half = sum / 2;
        double cumulative = 0;
        for (int k : order) {
            if (w[k] <= 0) {
                continue;
            }
            cumulative += w[k];
            if (cumulative >= half) {
                return xs[rank[k]];
            }
        }
        return xs[xs.length - 1];
    }
}
