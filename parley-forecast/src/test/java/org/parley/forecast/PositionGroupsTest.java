package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Grouping by distinct position, and the probabilities read from it, against their definitions. */
class PositionGroupsTest {

    @Property(tries = 300)
    void rows_of_p_equal_the_definition_for_every_pair_of_positions(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 20) Integer> grid,
            @ForAll @Size(min = 30, max = 30) List<@DoubleRange(min = 0, max = 5) Double> weights) {
        int n = grid.size();
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = grid.get(i) * 5.0; // coarse grid: many ties and midpoints that coincide with positions
            w[i] = weights.get(i);
        }
        PositionGroups groups = PositionGroups.of(x, w, null);
        int k = groups.size;
        int[] start = new int[k];
        double[] row = new double[k];
        double[] support = new double[k];
        long written = PositionGroups.span(0, 0);
        for (int t = 0; t < k; t++) { // one buffer for every row: each clears only what the one before wrote
            written = groups.prevailRow(t, row, start, support, written);
            double expectedSupport = 0;
            for (int q = 0; q < k; q++) {
                double expected = definedPrevail(groups.xs[q], groups.xs[t], x, w);
                assertThat(row[q]).as("P(%d over %d)", q, t).isCloseTo(expected, within(1e-12));
                assertThat(groups.prevail(q, t)).isCloseTo(expected, within(1e-12));
                expectedSupport += groups.count[q] * Math.abs(groups.xs[q] - groups.xs[t]) * expected;
            }
            assertThat(support[t]).as("support of %d", t).isCloseTo(expectedSupport, within(1e-9));
        }
    }

    @Property(tries = 300)
    void groups_hold_every_actor_once_in_order_of_position(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 9) Integer> grid,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = -1, max = 9) Integer> before) {
        int n = grid.size();
        double[] x = new double[n];
        double[] earlier = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = grid.get(i);
            earlier[i] = before.get(i) < 0 ? x[i] : before.get(i); // -1: the actor did not move
            w[i] = 1;
        }
        PositionGroups groups = PositionGroups.of(x, w, null);
        PositionGroups again = PositionGroups.of(x, w, PositionGroups.of(earlier, w, null));
        assertThat(again.order).containsExactly(groups.order);
        assertThat(again.xs).containsExactly(groups.xs);
        assertThat(groups.first[groups.size]).isEqualTo(n);
        for (int g = 0; g < groups.size; g++) {
            assertThat(groups.count[g]).isEqualTo(groups.first[g + 1] - groups.first[g]);
            if (g > 0) {
                assertThat(groups.xs[g]).isGreaterThan(groups.xs[g - 1]);
            }
            for (int m = groups.first[g]; m < groups.first[g + 1]; m++) {
                int a = groups.order[m];
                assertThat(x[a]).isEqualTo(groups.xs[g]);
                assertThat(groups.groupOf[a]).isEqualTo(g);
                if (m > groups.first[g]) {
                    assertThat(a).isGreaterThan(groups.order[m - 1]);
                }
            }
        }
    }

    /** {@code max(0, Σ w (|x_k − b| − |x_k − a|)) / Σ w | |x_k − b| − |x_k − a| |}, 0 when {@code a = b}. */
    private static double definedPrevail(double a, double b, double[] x, double[] w) {
        if (a == b) {
            return 0;
        }
        double net = 0;
        double engaged = 0;
        for (int k = 0; k < x.length; k++) {
            double d = Math.abs(x[k] - b) - Math.abs(x[k] - a);
            net += w[k] * d;
            engaged += w[k] * Math.abs(d);
        }
        return engaged > 0 ? Math.max(0, net) / engaged : 0;
    }
}
