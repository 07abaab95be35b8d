package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The frontier of the Minkowski sum of two staircases, without forming all {@code |A|·|B|} sums.
 *
 * <p>Row i holds the sums {@code a_i + b_j}, j = 0, 1, …: since B is in decreasing {@code u1} and increasing
 * {@code u2}, so is every row, and the packed keys decrease along it. A max-heap merges the rows in decreasing
 * key order (u1 first, then u2), and a sum is on the frontier exactly when its {@code u2} beats the largest
 * {@code u2} seen so far (equal keys are ties: one point, counts added). When the head of row i is dominated,
 * the row jumps by binary search straight to its first sum with {@code u2 ≥} that largest value, so dominated
 * stretches cost one search rather than one step each; the work is about (frontier points + rows) × log.
 * This is a sweep in the spirit of the Pareto-sum algorithms of Hespe, Sanders, Storandt and Truschel ("Pareto
 * sums of Pareto sets", ESA 2023). Counts and the lexicographically smallest example are exact, as before.
 */
final class ParetoSum {
    private ParetoSum() {}

    static Staircase merge(Staircase left, Staircase right) {
        int nl = left.size();
        long[] rightU2 = new long[right.size()];
        for (int j = 0; j < rightU2.length; j++) {
            rightU2[j] = Staircase.u2(right.keys[j]);
        }
        // heap of rows by their head key (max first)
        int[] heap = new int[nl];
        int[] pos = new int[nl];
        int size = 0;
        for (int i = 0; i < nl; i++) {
            heap[size++] = i;
        }
        for (int k = size / 2 - 1; k >= 0; k--) {
            down(heap, size, k, left, right, pos);
        }
        List<Long> keys = new ArrayList<>();
        List<BigInteger> counts = new ArrayList<>();
        List<int[]> best = new ArrayList<>();
        long last = -1;
        long max2 = -1;
        while (size > 0) {
            int i = heap[0];
            int j = pos[i];
            long s = left.keys[i] + right.keys[j];
            if (s == last) {
                int t = keys.size() - 1;
                counts.set(t, counts.get(t).add(left.counts[i].multiply(right.counts[j])));
                int[] b = best.get(t);
                if (left.rank[i] < left.rank[b[0]] || (i == b[0] && right.rank[j] < right.rank[b[1]])) {
                    best.set(t, new int[] {i, j});
                }
                pos[i] = j + 1;
            } else if (Staircase.u2(s) > max2) {
                keys.add(s);
                counts.add(left.counts[i].multiply(right.counts[j]));
                best.add(new int[] {i, j});
                last = s;
                max2 = Staircase.u2(s);
                pos[i] = j + 1;
            } else {
                // dominated: skip to the first j' > j with u2(a_i) + u2(b_j') ≥ max2 (≥ keeps ties with last)
                pos[i] = firstAtLeast(rightU2, j + 1, max2 - Staircase.u2(left.keys[i]));
            }
            if (pos[i] >= rightU2.length) {
                heap[0] = heap[--size];
            }
            down(heap, size, 0, left, right, pos);
        }
        int n = keys.size();
        long[] sky = new long[n];
        BigInteger[] c = new BigInteger[n];
        int[][] reps = new int[n][];
        for (int t = 0; t < n; t++) {
            sky[t] = keys.get(t);
            c[t] = counts.get(t);
            int[] a = left.reps[best.get(t)[0]];
            int[] b = right.reps[best.get(t)[1]];
            int[] rep = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, rep, a.length, b.length);
            reps[t] = rep;
        }
        return new Staircase(sky, c, reps);
    }

    /** The first index ≥ from whose value is ≥ target in an increasing array (length when none). */
    private static int firstAtLeast(long[] increasing, int from, long target) {
        int lo = from;
        int hi = increasing.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (increasing[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long head(int row, Staircase left, Staircase right, int[] pos) {
        return left.keys[row] + right.keys[pos[row]];
    }

    private static void down(int[] heap, int size, int k, Staircase left, Staircase right, int[] pos) {
        while (true) {
            int l = 2 * k + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && head(heap[l + 1], left, right, pos) > head(heap[l], left, right, pos) ? l + 1 : l;
            if (head(heap[c], left, right, pos) <= head(heap[k], left, right, pos)) {
                return;
            }
            int tmp = heap[c];
            heap[c] = heap[k];
            heap[k] = tmp;
            k = c;
        }
    }
}
