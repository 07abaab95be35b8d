package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The primitive index sort against a comparator sort. */
class IndexSortTest {

    @Property(tries = 500)
    void sorts_by_key_then_index_like_a_comparator_sort(
            @ForAll @Size(min = 0, max = 200) List<@IntRange(min = -3, max = 12) Integer> grid,
            @ForAll @IntRange(min = 0, max = 200) int cut) {
        int n = grid.size();
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            int v = grid.get(i);
            // many ties, both zeros, and an infinity and a NaN, in the order Double.compare gives them
            key[i] = v == -3 ? Double.NaN : v == -2 ? -0.0 : v == -1 ? Double.NEGATIVE_INFINITY : v * 0.5;
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // a fixed shuffle, so the input order is not the index order
            int j = (i * 7919) % (i + 1);
            int c = a[i];
            a[i] = a[j];
            a[j] = c;
        }
        int from = Math.min(cut % 7, n);
        int to = Math.max(from, n - cut % 5);
        Integer[] expected = new Integer[to - from];
        for (int m = from; m < to; m++) {
            expected[m - from] = a[m];
        }
        Arrays.sort(expected, Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingInt(i -> i));
        int[] untouched = a.clone();
        IndexSort.byKey(a, from, to, key);
        for (int m = from; m < to; m++) {
            assertThat(a[m]).as("position %d", m).isEqualTo(expected[m - from]);
        }
        for (int m = 0; m < n; m++) {
            if (m < from || m >= to) {
                assertThat(a[m]).isEqualTo(untouched[m]);
            }
        }
    }
}
