package org.parley.forecast;

import java.util.Arrays;

/**
 * One round's positions, sorted by (position, input index) and grouped by distinct value, with the prefix sums
 * from which the pairwise quantities of {@link PairwiseSums} are read for any two groups:
 *
 * <pre>
 *   N(a,b) = F(X_b) − F(X_a),   F(y) = Σ_k w_k |x_k − y|
 *   D(a,b) = (X_b − X_a)·(W − W_in) + 2·Σ_{k: X_a < x_k < X_b} w_k |x_k − (X_a + X_b)/2|,   X_a < X_b
 * </pre>
 *
 * <p>Both depend only on the two positions, so they are computed once per pair of distinct positions: in the
 * late rounds of the expected-utility model many actors share a position (an actor that gives way moves onto
 * its challenger's), and k distinct positions cost k² instead of n². For {@code a} fixed and {@code b} moving
 * right, the midpoint only moves right, so the split of the open interval at the midpoint is found by a short
 * walk. Sorting starts from the previous round's groups: only the actors that moved are sorted and merged in. Package-private.
 */
final class PositionGroups {
    /** Sorted index → actor (by position, then input index). */
    final int[] order;
    /** Actor → its group. */
    final int[] groupOf;
    /** Group → its first sorted index; {@code first[size] = n}. */
    final int[] first;
    /** The distinct positions, ascending. */
    final double[] xs;
    /** Members per group. */
    final double[] count;
    /** {@code F} at each group's position. */
    final double[] f;
    /** Number of groups. */
    final int size;
    /** {@link #xs} followed by +∞, so that walks need no bounds test. */
    private final double[] sentinel;
    /** Prefix sums over groups of {@code Σ w} and {@code Σ w·x}. */
    private final double[] cw;

    private final double[] cwx;
    /** Prefix sums over groups of the member counts and of count·position. */
    private final double[] cn;

    private final double[] cnx;
    private final double total;

    private PositionGroups(int[] order, double[] x, double[] w) {
        int n = x.length;
        this.order = order;
        this.groupOf = new int[n];
        int[] starts = new int[n + 1];
        double[] pos = new double[n];
        double[] weight = new double[n];
        double[] weightX = new double[n];
        int k = -1;
        for (int m = 0; m < n; m++) {
            int a = order[m];
            if (k < 0 || x[a] != pos[k]) {
                k++;
                starts[k] = m;
                pos[k] = x[a];
            }
            groupOf[a] = k;
            weight[k] += w[a];
            weightX[k] += w[a] * x[a];
        }
        size = k + 1;
        starts[size] = n;
        first = Arrays.copyOf(starts, size + 1);
        xs = Arrays.copyOf(pos, size);
        count = new double[size];
        for (int g = 0; g < size; g++) {
            count[g] = first[g + 1] - first[g];
        }
        sentinel = Arrays.copyOf(xs, size + 1);
        sentinel[size] = Double.POSITIVE_INFINITY;
        cw = new double[size + 1];
        cwx = new double[size + 1];
        for (int g = 0; g < size; g++) {
            cw[g + 1] = cw[g] + weight[g];
            cwx[g + 1] = cwx[g] + weightX[g];
        }
        cn = new double[size + 1];
        cnx = new double[size + 1];
        for (int g = 0; g < size; g++) {
            cn[g + 1] = cn[g] + count[g];
            cnx[g + 1] = cnx[g] + count[g] * xs[g];
        }
        total = cw[size];
        f = new double[size];
        for (int g = 0; g < size; g++) {
            f[g] = distanceSum(g, cw, cwx);
        }
    }

    /**
     * {@code Σ_g c_g·|X_g − X_h|} over all groups, from prefix sums {@code c} of the groups' weights and {@code cx}
     * of weight·position.
     */
    private double distanceSum(int h, double[] c, double[] cx) {
        double a = xs[h];
        return a * c[h] - cx[h] + (cx[size] - cx[h + 1]) - a * (c[size] - c[h + 1]);
    }

    /**
     * Sorts and groups the positions.
     *
     * @param previous the previous round's groups of the same actors, or {@code null} for the first round: the
     *     actors that kept their position are already in order, so only those that moved are sorted (O(n + m log m)
     *     for m moves) and merged in
     */
    static PositionGroups of(double[] x, double[] w, PositionGroups previous) {
        int n = x.length;
        int[] order = new int[n];
        if (previous == null) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            IndexSort.byKey(order, 0, n, x);
        } else {
            if (previous.order.length != n) {
                throw new IllegalArgumentException(
                        "previous groups are of " + previous.order.length + " actors, not " + n);
            }
            int[] kept = new int[n];
            int[] moved = new int[n];
            int keptCount = 0;
            int movedCount = 0;
            for (int a : previous.order) {
                if (Double.compare(x[a], previous.xs[previous.groupOf[a]]) == 0) {
                    kept[keptCount++] = a;
                } else {
                    moved[movedCount++] = a;
                }
            }
            IndexSort.byKey(moved, 0, movedCount, x);
            int u = 0;
            int v = 0;
            for (int m = 0; m < n; m++) {
                order[m] = v == movedCount || (u < keptCount && IndexSort.before(kept[u], moved[v], x))
                        ? kept[u++]
                        : moved[v++];
            }
        }
        return new PositionGroups(order, x, w);
    }

    /**
     * {@code D} between two different groups, given {@code g}, the first group whose position is not below
     * their midpoint.
     */
    double engaged(int a, int b, int g) {
        if (a > b) {
            int c = a;
            a = b;
            b = c;
        }
        double mid = 0.5 * (xs[a] + xs[b]);
        int lo = a + 1;
        int hi = b;
        int split = Math.min(hi, Math.max(lo, g));
        return engaged(xs[b] - xs[a], mid, cw[lo], cwx[lo], cw[hi], cwx[hi], cw[split], cwx[split]);
    }

    /**
     * {@code D = (X_b − X_a)·(W − W_in) + 2·Σ_in w_k|x_k − mid|} from the prefix sums at the ends {@code lo = a + 1},
     * {@code hi = b} of the inside interval and at the {@code split} of it at the midpoint.
     */
    private double engaged(
            double gap,
            double mid,
            double cwLo,
            double cwxLo,
            double cwHi,
            double cwxHi,
            double cwSplit,
            double cwxSplit) {
        double inside = cwHi - cwLo;
        double below = mid * (cwSplit - cwLo) - (cwxSplit - cwxLo);
        double above = (cwxHi - cwxSplit) - mid * (cwHi - cwSplit);
        return gap * (total - inside) + 2 * (below + above);
    }

    /** {@code D} between two different groups, by binary search for the midpoint. */
    double engaged(int a, int b) {
        double mid = 0.5 * (xs[Math.min(a, b)] + xs[Math.max(a, b)]);
        int lo = 0;
        int hi = size;
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
     * {@code P} that the position of group {@code q} prevails over that of group {@code t}, {@code max(0, N(q,t))
     * / D(q,t)} (0 when {@code D = 0}), for every {@code q}, written into {@code out}.
     *
     * <p>{@code F} is convex, so the {@code q} with {@code N > 0} form one stretch around the minimum of {@code F},
     * on one side of {@code t}: it is found first (its ends are tested with the same {@code N > 0} as each entry, so
     * rounding cannot change a value), and each side of {@code t} has its own loop, in which one end of the inside
     * interval is fixed. {@code start[q]} is at most the first group not below the midpoint of {@code q} and {@code
     * t}, and is moved up to it: that group never decreases with {@code t}, so rows taken in increasing order
     * (starting from zeros) mostly search a step or two, and the searches of different {@code q} do not wait for one
     * another (one pointer walking along the row would chain every load to the one before); a search far behind
     * gallops ({@link #firstNotBelow}).
     *
     * <p>On the way, {@code support[t]} is set to {@code Σ_q count_q·|X_q − X_t|·P(q over t)}, summed in the order
     * of {@code q} (the risk-neutral exposures need it; inside the row loops its additions overlap the divisions
     * instead of forming a chain of their own).
     *
     * @param written the stretch of {@code out} outside which it is already zero (as {@link #span}; {@code span(0,
     *     size)} when not known): only that part outside the new stretch is cleared, so a buffer kept for the same
     *     row from round to round is not rewritten in full
     * @return the stretch outside which the row is zero, as {@link #span}
     */
    long prevailRow(int t, double[] out, int[] start, double[] support, long written) {
        double ft = f[t];
        int from = 0;
        while (from < size && !(ft - f[from] > 0)) {
            from++;
        }
        int to = size;
        while (to > from && !(ft - f[to - 1] > 0)) {
            to--;
        }
        int dirtyFrom = spanFrom(written);
        int dirtyTo = spanTo(written);
        Arrays.fill(out, dirtyFrom, Math.max(dirtyFrom, Math.min(dirtyTo, from)), 0);
        Arrays.fill(out, Math.min(dirtyTo, Math.max(dirtyFrom, to)), dirtyTo, 0);
        double xt = xs[t];
        double cwT = cw[t];
        double cwxT = cwx[t];
        double sum = 0;
        int hint = 0; // the split of the previous q of the loop: the midpoints grow with q
        for (int q = from; q < Math.min(to, t); q++) { // q below t: D(q, t) with q + 1 … t − 1 inside
            double num = ft - f[q];
            if (num > 0) {
                double mid = 0.5 * (xs[q] + xt);
                int g = split(start, q, mid, hint);
                hint = g;
                int lo = q + 1;
                int split = Math.min(t, Math.max(lo, g));
                double gap = xt - xs[q];
                double d = engaged(gap, mid, cw[lo], cwx[lo], cwT, cwxT, cw[split], cwx[split]);
                double p = d > 0 ? num / d : 0;
                out[q] = p;
                sum += count[q] * gap * p;
            } else {
                out[q] = 0;
            }
        }
        if (t >= from && t < to) {
            out[t] = 0;
        }
        double cwL = cw[t + 1];
        double cwxL = cwx[t + 1];
        hint = 0;
        for (int q = Math.max(from, t + 1); q < to; q++) { // q above t: D(t, q) with t + 1 … q − 1 inside
            double num = ft - f[q];
            if (num > 0) {
                double mid = 0.5 * (xt + xs[q]);
                int g = split(start, q, mid, hint);
                hint = g;
                int split = Math.min(q, Math.max(t + 1, g));
                double gap = xs[q] - xt;
                double d = engaged(gap, mid, cwL, cwxL, cw[q], cwx[q], cw[split], cwx[split]);
                double p = d > 0 ? num / d : 0;
                out[q] = p;
                sum += count[q] * gap * p;
            } else {
                out[q] = 0;
            }
        }
        support[t] = sum;
        return span(from, to);
    }

    /**
     * Moves {@code start[q]} up to the first group not below {@code mid} and returns it. {@code hint − 1} is below
     * {@code mid} too (or −1): a search that is more than a step behind starts from the larger of the two, so a
     * {@code q} that comes back into the rows after a stretch without them starts next to its neighbour's split,
     * not a long way back.
     */
    private int split(int[] start, int q, double mid, int hint) {
        double[] walk = sentinel;
        int g = start[q];
        g += (int) (Double.doubleToRawLongBits(walk[g] - mid) >>> 63); // sign bit: no branch for a step
        if (walk[g] < mid) {
            g = firstNotBelow(mid, Math.max(g, hint - 1));
        }
        start[q] = g;
        return g;
    }

    /** A stretch {@code [from, to)} of groups packed in one value: {@code from} in the high half. */
    static long span(int from, int to) {
        return (long) from << 32 | to;
    }

    static int spanFrom(long span) {
        return (int) (span >>> 32);
    }

    static int spanTo(long span) {
        return (int) span;
    }

    /** {@code Σ_g count_g·|X_g − X_h|}, the number-weighted distance from group {@code h} to every actor. */
    double distanceToAll(int h) {
        return distanceSum(h, cn, cnx);
    }

    /**
     * The first group not below {@code mid}, given a group {@code below} that is: by galloping from it, so that a long
     * way costs O(log) steps (a group's first row after a stretch of rows where it was not needed starts far behind).
     */
    private int firstNotBelow(double mid, int below) {
        double[] walk = sentinel;
        int lo = below; // walk[lo] < mid
        int step = 1;
        int hi = Math.min(size, lo + step);
        while (walk[hi] < mid) {
            lo = hi;
            step <<= 1;
            hi = Math.min(size, lo + step);
        }
        while (hi - lo > 1) { // walk[lo] < mid ≤ walk[hi]
            int m = (lo + hi) >>> 1;
            if (walk[m] < mid) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return hi;
    }

    /** {@code P} that the position of group {@code q} prevails over that of group {@code t}. */
    double prevail(int q, int t) {
        double num = f[t] - f[q];
        if (!(num > 0)) {
            return 0;
        }
        double d = engaged(q, t);
        return d > 0 ? num / d : 0;
    }

    /** The lower weighted median of the positions, {@link WeightedPositions#lowerMedian} in this order. */
    double lowerMedian(double[] x, double[] w) {
        return WeightedPositions.lowerMedian(x, w, order);
    }
}
