package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The O(n²) prefix-sum computation agrees with the O(n³) definition. */
class PairwiseSumsTest {

    @Property(tries = 200)
    void fast_sums_equal_the_definition(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 20) Integer> grid,
            @ForAll @Size(min = 25, max = 25) List<@DoubleRange(min = 0, max = 5) Double> weights) {
        int n = grid.size();
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = grid.get(i) * 5.0; // coarse grid: many ties and midpoints that coincide with positions
            w[i] = weights.get(i);
        }
        PairwiseSums fast = PairwiseSums.of(x, w);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double net = 0;
                double engaged = 0;
                for (int k = 0; k < n; k++) {
                    double d = Math.abs(x[k] - x[j]) - Math.abs(x[k] - x[i]);
                    net += w[k] * d;
                    engaged += w[k] * Math.abs(d);
                }
                assertThat(fast.net[i][j]).isCloseTo(net, within(1e-9));
                assertThat(fast.engaged[i][j]).isCloseTo(engaged, within(1e-9));
            }
        }
    }
}
