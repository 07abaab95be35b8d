package org.parley.forecast;

import java.util.Arrays;

/**
 * For every pair of actors {@code (i, j)} on one issue, the two weighted sums that both the expected-utility
 * model and the SMP's risk estimate are built from:
 *
 * <pre>
 *   N(i,j) = Σ_k w_k·(|x_k − x_j| − |x_k − x_i|)      (support for i over j, net)
 *   D(i,j) = Σ_k w_k·| |x_k − x_j| − |x_k − x_i| |     (total support engaged)
 * </pre>
 *
 * <p>Computed naively these cost O(n³). Here positions are sorted once; {@code N(i,j) = F(x_j) − F(x_i)}
 * with {@code F(a) = Σ w_k |x_k − a|} from prefix sums, and for {@code x_i < x_j} every actor outside
 * {@code (x_i, x_j)} contributes {@code w_k (x_j − x_i)} to D while an actor inside contributes
 * {@code 2 w_k |x_k − (x_i + x_j)/2|}, summed from prefix sums split at the midpoint. With {@code i} fixed
 * and {@code j} moving right, the midpoint only moves right, so one pointer walk per {@code i} suffices:
 * O(n²) in all. Package-private.
 */
final class PairwiseSums {
    final double[][] net;
    final double[][] engaged;

    private PairwiseSums(double[][] net, double[][] engaged) {
        this.net = net;
        this.engaged = engaged;
    }

    static PairwiseSums of(double[] x, double[] w) {
        return of(x, w, new PairwiseSums(new double[x.length][x.length], new double[x.length][x.length]));
    }

    /** Fills and returns {@code into} (n × n buffers reused across rounds); only off-diagonal cells are set. */
    static PairwiseSums of(double[] x, double[] w, PairwiseSums into) {
        int n = x.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
        int[] order = new int[n];
        double[] xs = new double[n];
        double[] ws = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            xs[k] = x[order[k]];
            ws[k] = w[order[k]];
        }
        double[] cw = new double[n + 1];
        double[] cwx = new double[n + 1];
        for (int k = 0; k < n; k++) {
            cw[k + 1] = cw[k] + ws[k];
            cwx[k + 1] = cwx[k] + ws[k] * xs[k];
        }
        double total = cw[n];
        double totalX = cwx[n];
        double[] f = new double[n]; // F at sorted position k
        for (int k = 0; k < n; k++) {
            double a = xs[k];
            f[k] = a * cw[k] - cwx[k] + (totalX - cwx[k]) - a * (total - cw[k]);
        }
        double[][] net = into.net;
        double[][] engaged = into.engaged;
        for (int p = 0; p < n; p++) {
            int lo = p;
            while (lo < n && xs[lo] == xs[p]) {
                lo++;
            }
            int hi = lo;
            int split = lo;
            int i = order[p];
            for (int q = p + 1; q < n; q++) {
                int j = order[q];
                double nij = f[q] - f[p];
                net[i][j] = nij;
                net[j][i] = -nij;
                if (xs[q] == xs[p]) {
                    engaged[i][j] = 0;
                    engaged[j][i] = 0;
                    continue;
                }
                while (hi < n && xs[hi] < xs[q]) {
                    hi++;
                }
                double mid = 0.5 * (xs[p] + xs[q]);
                if (split < lo) {
                    split = lo;
                }
                while (split < hi && xs[split] < mid) {
                    split++;
                }
                double inside = cw[hi] - cw[lo];
                double below = mid * (cw[split] - cw[lo]) - (cwx[split] - cwx[lo]);
                double above = (cwx[hi] - cwx[split]) - mid * (cw[hi] - cw[split]);
                double d = (xs[q] - xs[p]) * (total - inside) + 2 * (below + above);
                engaged[i][j] = d;
                engaged[j][i] = d;
            }
        }
        return into;
    }

    /** Empty n × n buffers for {@link #of(double[], double[], PairwiseSums)}. */
    static PairwiseSums buffers(int n) {
        return new PairwiseSums(new double[n][n], new double[n][n]);
    }
}
