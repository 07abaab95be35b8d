package org.parley.forecast;

/**
 * A direct, O(n³) transcription of one round of the expected-utility model, written independently of
 * {@link ExpectedUtilityModel} (no prefix sums, no shared helpers) to check the fast implementation.
 */
final class NaiveExpectedUtility {
    private NaiveExpectedUtility() {}

    static double[] oneRound(double[] x, double[] s, double[] c) {
        int n = x.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || x[i] == x[j]) {
                    continue;
                }
                double top = 0;
                double bottom = 0;
                for (int k = 0; k < n; k++) {
                    double diff = Math.abs(x[k] - x[j]) - Math.abs(x[k] - x[i]);
                    top += c[k] * s[k] * diff;
                    bottom += c[k] * s[k] * Math.abs(diff);
                }
                p[i][j] = bottom > 0 ? Math.max(0, top) / bottom : 0;
            }
        }
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1);
        double[][] eu = eu(x, s, p, r, range);
        double[] exposure = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    exposure[i] += eu[j][i];
                }
            }
        }
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (double e : exposure) {
            hi = Math.max(hi, e);
            lo = Math.min(lo, e);
        }
        for (int i = 0; i < n; i++) {
            double big = hi > lo ? (2 * exposure[i] - hi - lo) / (hi - lo) : 0;
            r[i] = (1 - big / 3) / (1 + big / 3);
        }
        eu = eu(x, s, p, r, range);
        double[] next = x.clone();
        for (int j = 0; j < n; j++) {
            int from = -1;
            for (int i = 0; i < n; i++) {
                if (i == j || !(eu[i][j] > ExpectedUtilityModel.MIN_OFFER)) { // the model's smallest offer
                    continue;
                }
                if (from < 0
                        || eu[i][j] > eu[from][j]
                        || (eu[i][j] == eu[from][j] && Math.abs(x[i] - x[j]) < Math.abs(x[from] - x[j]))) {
                    from = i;
                }
            }
            if (from < 0) {
                continue;
            }
            double mine = eu[j][from];
            double theirs = eu[from][j];
            if (mine > 0 && mine < theirs) {
                next[j] = x[from];
            } else if (mine < 0 && Math.abs(mine) < theirs) {
                next[j] = x[j] + (x[from] - x[j]) * Math.abs(mine / theirs);
            } else if (mine < 0) {
                next[j] = x[from];
            }
        }
        return next;
    }

    private static double[][] eu(double[] x, double[] s, double[][] p, double[] r, double range) {
        int n = x.length;
        double[][] eu = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double d = Math.abs(x[i] - x[j]) / range;
                double us = 2 - 4 * Math.pow(0.5 - 0.5 * d, r[i]);
                double uf = 2 - 4 * Math.pow(0.5 + 0.5 * d, r[i]);
                double usq = 2 - 4 * Math.pow(0.5, r[i]);
                eu[i][j] = s[j] * (p[i][j] * us + (1 - p[i][j]) * uf) + (1 - s[j]) * us - usq;
            }
        }
        return eu;
    }
}
