package org.parley.forecast;

import java.util.Arrays;

/**
 * Sorts indices by a {@code double} key, ties by index, with primitive sorts only: each key is replaced by its rank
 * among the distinct keys, and {@code rank·2³² + index} is sorted as a {@code long}. (A boxed sort with a comparator
 * costs several times more and its type checks keep the JIT recompiling the callers.) Keys are ordered as by {@link
 * Double#compare}. Package-private.
 */
final class IndexSort {
    /** Below this many indices, insertion sort. */
    private static final int SMALL = 32;

    private IndexSort() {}

    /** Sorts {@code a[from, to)} by {@code key[a[m]]}, then by index. */
    static void byKey(int[] a, int from, int to, double[] key) {
        int m = to - from;
        if (m <= SMALL) {
            insertion(a, from, to, key);
            return;
        }
        double[] distinct = new double[m];
        for (int u = 0; u < m; u++) {
            distinct[u] = key[a[from + u]];
        }
        Arrays.sort(distinct);
        int size = 0;
        for (int u = 0; u < m; u++) {
            if (size == 0 || Double.compare(distinct[u], distinct[size - 1]) != 0) {
                distinct[size++] = distinct[u];
            }
        }
        long[] packed = new long[m];
        for (int u = 0; u < m; u++) {
            int i = a[from + u];
            long rank = Arrays.binarySearch(distinct, 0, size, key[i]);
            packed[u] = rank << 32 | i;
        }
        Arrays.sort(packed);
        for (int u = 0; u < m; u++) {
            a[from + u] = (int) packed[u];
        }
    }

    private static void insertion(int[] a, int from, int to, double[] key) {
        for (int m = from + 1; m < to; m++) {
            int v = a[m];
            int w = m - 1;
            while (w >= from && before(v, a[w], key)) {
                a[w + 1] = a[w];
                w--;
            }
            a[w + 1] = v;
        }
    }

    /** Whether index {@code u} comes before index {@code v}. */
    static boolean before(int u, int v, double[] key) {
        int c = Double.compare(key[u], key[v]);
        return c < 0 || (c == 0 && u < v);
    }
}
