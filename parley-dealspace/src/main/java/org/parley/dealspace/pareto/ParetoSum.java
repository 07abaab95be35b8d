package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The frontier of the Minkowski sum of two staircases, without forming all {@code |A|·|B|} sums.
 *
 * <p>Let A be the smaller operand. Row i holds the sums {@code a_i + b_j}, j = 0, 1, …: since B is in
 * decreasing {@code u1} and increasing {@code u2}, so is every row, and the packed keys decrease along it. A
 * max-heap of the |A| rows merges them in decreasing key order (u1 first, then u2), and a sum is on the
 * frontier exactly when its {@code u2} beats the largest {@code u2} seen so far (equal keys are ties: one
 * point, counts added). When the head of row i is dominated, the row jumps by galloping search straight to its
 * first sum with {@code u2 >} that largest value (a later sum of the row is smaller than the last frontier
 * point, so it cannot tie with it), and a row with no such sum leaves the heap for good; dominated stretches
 * cost one search rather than one step each. The heap holds the head keys themselves next to the row numbers,
 * so sifting reads one small array. Counts are multiplied and added in {@code long} while they fit
 * ({@link Math#multiplyHigh}, {@link Math#addExact}) and in {@link BigInteger} otherwise. Counts and the
 * lexicographically smallest example (left operand's issues first, whichever operand gives the rows) are
 * exact.
 *
 * <p>Cost: O(|A| + h·log |A|) for h heap pops (each a frontier sum, a tie or a jump), plus O(log |B|) per
 * jump. h ≤ |A|·|B|; when A is one issue's few values and B a long staircase, h is about |A ⊕ B| plus one
 * jump per dominated stretch of a row. Putting the smaller operand in the heap keeps the heap small and lets
 * the jumps run along the long rows. This is a sweep in the spirit of the Pareto-sum algorithms of Hespe,
 * Sanders, Storandt and Truschel ("Pareto sums of Pareto sets", ESA 2023; extended with D. Funke as "Pareto
 * sums of Pareto sets: lower bounds and algorithms", arXiv:2409.10232, which also shows that for large
 * outputs no algorithm beats |A|·|B| by a polynomial factor unless (min,+)-convolution can be); so
 * {@link BilateralAdditivePareto} calls it with one operand of a single issue.
 */
final class ParetoSum {
    private ParetoSum() {}

    static Staircase merge(Staircase left, Staircase right) {
        // the heap holds the rows of the smaller operand, so it stays small and the rows are long
        boolean rowsLeft = left.size() <= right.size();
        Staircase rows = rowsLeft ? left : right;
        Staircase cols = rowsLeft ? right : left;
        int nRows = rows.size();
        int nCols = cols.size();
        long[] rowKeys = rows.keys;
        long[] colKeys = cols.keys;
        long[] colU2 = new long[nCols];
        for (int j = 0; j < nCols; j++) {
            colU2[j] = Staircase.u2(colKeys[j]);
        }
        long[] rowCount = smallCounts(rows.counts);
        long[] colCount = smallCounts(cols.counts);
        // heap of rows by their head key (max first); the keys are kept next to the rows
        long[] heapKey = new long[nRows];
        int[] heapRow = new int[nRows];
        int[] pos = new int[nRows];
        int size = nRows;
        for (int i = 0; i < nRows; i++) {
            heapRow[i] = i;
            heapKey[i] = rowKeys[i] + colKeys[0];
        }
        for (int k = size / 2 - 1; k >= 0; k--) {
            down(heapKey, heapRow, size, k, heapKey[k], heapRow[k]);
        }
        int cap = Math.max(16, Math.min(nRows + nCols, 1 << 20));
        long[] keys = new long[cap];
        long[] counts = new long[cap];
        BigInteger[] bigCounts = null; // bigCounts[t] != null overrides counts[t]
        int[] bestI = new int[cap];
        int[] bestJ = new int[cap];
        int n = 0;
        long last = -1;
        long max2 = -1;
        while (size > 0) {
            int i = heapRow[0];
            int j = pos[i];
            long s = heapKey[0];
            if (s == last) {
                int t = n - 1;
                long product = product(rowCount[i], colCount[j]);
                long sum = product < 0 || counts[t] < 0 ? -1 : counts[t] + product;
                if (sum < 0 || (bigCounts != null && bigCounts[t] != null)) {
                    if (bigCounts == null) {
                        bigCounts = new BigInteger[keys.length];
                    }
                    BigInteger old = bigCounts[t] != null ? bigCounts[t] : BigInteger.valueOf(counts[t]);
                    bigCounts[t] = old.add(rows.counts[i].multiply(cols.counts[j]));
                    counts[t] = -1;
                } else {
                    counts[t] = sum;
                }
                if (rowsLeft
                        ? precedes(left, right, i, j, bestI[t], bestJ[t])
                        : precedes(left, right, j, i, bestJ[t], bestI[t])) {
                    bestI[t] = i;
                    bestJ[t] = j;
                }
                j++;
            } else if (Staircase.u2(s) > max2) {
                if (n == keys.length) {
                    int grown = keys.length * 2;
                    keys = Arrays.copyOf(keys, grown);
                    counts = Arrays.copyOf(counts, grown);
                    bestI = Arrays.copyOf(bestI, grown);
                    bestJ = Arrays.copyOf(bestJ, grown);
                    if (bigCounts != null) {
                        bigCounts = Arrays.copyOf(bigCounts, grown);
                    }
                }
                long product = product(rowCount[i], colCount[j]);
                if (product < 0) {
                    if (bigCounts == null) {
                        bigCounts = new BigInteger[keys.length];
                    }
                    bigCounts[n] = rows.counts[i].multiply(cols.counts[j]);
                }
                keys[n] = s;
                counts[n] = product;
                bestI[n] = i;
                bestJ[n] = j;
                n++;
                last = s;
                max2 = Staircase.u2(s);
                j++;
            } else {
                // dominated: skip to the first j' > j with u2(a_i) + u2(b_j') > max2
                j = firstAbove(colU2, j + 1, max2 - Staircase.u2(rowKeys[i]));
            }
            pos[i] = j;
            if (j >= nCols) {
                size--;
                if (size > 0) {
                    down(heapKey, heapRow, size, 0, heapKey[size], heapRow[size]);
                }
            } else {
                down(heapKey, heapRow, size, 0, rowKeys[i] + colKeys[j], i);
            }
        }
        long[] sky = Arrays.copyOf(keys, n);
        BigInteger[] c = new BigInteger[n];
        int[][] reps = new int[n][];
        for (int t = 0; t < n; t++) {
            c[t] = bigCounts != null && bigCounts[t] != null ? bigCounts[t] : BigInteger.valueOf(counts[t]);
            int[] a = left.reps[rowsLeft ? bestI[t] : bestJ[t]];
            int[] b = right.reps[rowsLeft ? bestJ[t] : bestI[t]];
            int[] rep = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, rep, a.length, b.length);
            reps[t] = rep;
        }
        return new Staircase(sky, c, reps);
    }

    /**
     * Whether the example of left[i] + right[j] precedes that of left[bi] + right[bj] lexicographically: the
     * examples of one staircase are distinct and of one length, so the left parts decide unless i = bi.
     */
    private static boolean precedes(Staircase left, Staircase right, int i, int j, int bi, int bj) {
        return i != bi
                ? Arrays.compare(left.reps[i], left.reps[bi]) < 0
                : Arrays.compare(right.reps[j], right.reps[bj]) < 0;
    }

    /** The counts as longs, −1 for those that do not fit. */
    private static long[] smallCounts(BigInteger[] counts) {
        long[] out = new long[counts.length];
        for (int k = 0; k < counts.length; k++) {
            out[k] = counts[k].bitLength() < 63 ? counts[k].longValue() : -1;
        }
        return out;
    }

    /** x·y for non-negative longs, −1 when either is −1 or the product does not fit. */
    private static long product(long x, long y) {
        if (x < 0 || y < 0) {
            return -1;
        }
        long low = x * y;
        return Math.multiplyHigh(x, y) != 0 || low < 0 ? -1 : low;
    }

    /**
     * The first index ≥ from whose value is {@code >} target in an increasing array (length when none), by
     * galloping from {@code from}: the jumps are usually short.
     */
    private static int firstAbove(long[] increasing, int from, long target) {
        int n = increasing.length;
        if (from >= n || increasing[n - 1] <= target) {
            return n;
        }
        int lo = from;
        int step = 1;
        int hi = from;
        while (increasing[hi] <= target) {
            lo = hi + 1;
            hi = Math.min(n - 1, hi + step);
            step <<= 1;
        }
        // increasing[lo - 1] <= target (or lo == from), increasing[hi] > target
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (increasing[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Places (key, row) at k and sifts it down (a hole moves down instead of swapping). */
    private static void down(long[] heapKey, int[] heapRow, int size, int k, long key, int row) {
        while (true) {
            int l = 2 * k + 1;
            if (l >= size) {
                break;
            }
            int c = l;
            long ck = heapKey[l];
            if (l + 1 < size && heapKey[l + 1] > ck) {
                c = l + 1;
                ck = heapKey[c];
            }
            if (ck <= key) {
                break;
            }
            heapKey[k] = ck;
            heapRow[k] = heapRow[c];
            k = c;
        }
        heapKey[k] = key;
        heapRow[k] = row;
    }
}
