package org.parley.forecast;

/**
 * Sorts indices by a {@code double} key, ties by index, with no boxing: a merge sort of the indices, runs of {@link
 * #SMALL} by insertion, compared by {@link #before} (a total order, so stability does not matter). A boxed sort with
 * a comparator costs several times more and its type checks keep the JIT recompiling the callers; sorting packed
 * ranks with {@code Arrays.sort} was fast but made the JIT compile the library's large dual-pivot sorts for two
 * element types. Keys are ordered as by {@link Double#compare}. Package-private.
 */
final class IndexSort {
    /** Runs of this many indices are sorted by insertion before merging. */
    private static final int SMALL = 32;

    private IndexSort() {}

    /** Sorts {@code a[from, to)} by {@code key[a[m]]}, then by index. */
    static void byKey(int[] a, int from, int to, double[] key) {
        int m = to - from;
        for (int lo = from; lo < to; lo += SMALL) {
            insertion(a, lo, Math.min(lo + SMALL, to), key);
        }
        if (m <= SMALL) {
            return;
        }
        int[] src = a;
        int srcAt = from;
        int[] dst = new int[m];
        int dstAt = 0;
        for (int width = SMALL; width < m; width <<= 1) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                merge(src, srcAt, dst, dstAt, lo, Math.min(lo + width, m), Math.min(lo + 2 * width, m), key);
            }
            int[] swap = src;
            src = dst;
            dst = swap;
            int at = srcAt;
            srcAt = dstAt;
            dstAt = at;
        }
        if (src != a) {
            System.arraycopy(src, srcAt, a, from, m);
        }
    }

    /** Merges the sorted runs {@code [lo, mid)} and {@code [mid, hi)} of {@code src} (from {@code srcAt}) into {@code dst}. */
    private static void merge(int[] src, int srcAt, int[] dst, int dstAt, int lo, int mid, int hi, double[] key) {
        int i = srcAt + lo;
        int iEnd = srcAt + mid;
        int j = iEnd;
        int jEnd = srcAt + hi;
        for (int k = dstAt + lo; k < dstAt + hi; k++) {
            dst[k] = j == jEnd || (i < iEnd && before(src[i], src[j], key)) ? src[i++] : src[j++];
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
