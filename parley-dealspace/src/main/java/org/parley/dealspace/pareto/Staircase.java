package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A two-party frontier of a block of consecutive issues: points in decreasing {@code u1} (so increasing
 * {@code u2}), each with its count and the lexicographically smallest index vector over the block's issues.
 * Utilities are packed as {@code key = u1 << 32 | u2}; both are in [0, 2³¹) because the block's weights sum
 * to at most 1 (plus rounding), which {@link #key} checks.
 */
final class Staircase {
    final long[] keys;
    final BigInteger[] counts;
    final int[][] reps;

    Staircase(long[] keys, BigInteger[] counts, int[][] reps) {
        this.keys = keys;
        this.counts = counts;
        this.reps = reps;
    }

    int size() {
        return keys.length;
    }

    static long key(long u1, long u2) {
        if (u1 < 0 || u2 < 0 || u1 >= (1L << 31) || u2 >= (1L << 31)) {
            throw new IllegalArgumentException("utility units out of range for packing: " + u1 + ", " + u2);
        }
        return (u1 << 32) | u2;
    }

    static long u1(long key) {
        return key >>> 32;
    }

    static long u2(long key) {
        return key & 0xffffffffL;
    }

    /**
     * The skyline (undominated, distinct keys) of {@code n} candidate keys, sorted in place; returned in
     * decreasing {@code u1}. O(n log n).
     */
    static long[] skyline(long[] candidates, int n) {
        Arrays.sort(candidates, 0, n);
        long[] out = new long[Math.min(n, 1 << 16)];
        int size = 0;
        long maxU2 = -1;
        for (int p = n - 1; p >= 0; p--) {
            long u2 = u2(candidates[p]);
            if (u2 > maxU2) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, Math.min(n, out.length * 2));
                }
                out[size++] = candidates[p];
                maxU2 = u2;
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** The skyline of the union of two skylines. */
    static long[] union(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return skyline(all, all.length);
    }
}
