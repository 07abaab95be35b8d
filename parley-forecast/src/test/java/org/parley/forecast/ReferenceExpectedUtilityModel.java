package org.parley.forecast;

/**
 * Test oracle: the expected-utility model as first implemented (n × n matrices of the pairwise sums and of every
 * expected utility, each evaluated with {@code Math.pow} in both passes, every sender of every target examined),
 * kept so that the optimised {@link ExpectedUtilityModel} can be checked against it round by round. The equations
 * are documented on {@link ExpectedUtilityModel}.
 */
final class ReferenceExpectedUtilityModel extends SingleIssueModel {

    /** Which summary of the final positions is reported as the forecast. */
    enum Outcome {
        /** Weighted median (median voter) of the final positions: the model's own forecast. */
        MEDIAN,
        /** Weighted mean of the final positions. */
        MEAN
    }

    private final double q;
    private final double t;
    private final Outcome outcome;

    /** {@code Q = T = 1}, median outcome. */
    ReferenceExpectedUtilityModel() {
        this(1.0, 1.0, Outcome.MEDIAN);
    }

    /**
     * @param q probability, as seen by a challenger, that the target would not move without a challenge
     * @param t probability that such an unprompted move would be toward the challenger
     * @param outcome which summary of the final positions to report
     */
    ReferenceExpectedUtilityModel(double q, double t, Outcome outcome) {
        if (!(q >= 0 && q <= 1 && t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("Q and T must be in [0, 1]");
        }
        this.q = q;
        this.t = t;
        this.outcome = java.util.Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String name() {
        return "eu";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        SettlingRounds in = SettlingRounds.of(input);
        SettlingRounds.Run run = in.run(options.maxRounds(), new SettlingRounds.Rule() {
            @Override
            public double[] next(double[] x) {
                return round(x, in.s(), in.w(), in.range());
            }

            @Override
            public double forecast(double[] x) {
                return summary(x, in.w());
            }
        });
        String what = (outcome == Outcome.MEDIAN ? "weighted median" : "weighted mean") + " of final positions";
        return IssueForecast.at(name(), input, run.forecast(), run.trajectory(), run.note(what));
    }

    /**
     * One round from positions {@code x} (saliences {@code s} on [0, 1], weights {@code w = c·s}, spread {@code
     * range} of the initial positions), as in {@link #forecastIssue}.
     */
    double[] round(double[] x, double[] s, double[] w, double range) {
        int n = x.length;
        double mu = WeightedPositions.lowerMedian(x, w);
        PairwiseSums sums = PairwiseSums.of(x, w);
        double[][] eu = new double[n][n];
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1.0);
        expectedUtilities(x, s, sums, r, mu, range, eu);
        riskExponents(eu, r);
        expectedUtilities(x, s, sums, r, mu, range, eu);
        return resolveOffers(x, eu);
    }

    private double summary(double[] x, double[] w) {
        return outcome == Outcome.MEDIAN ? WeightedPositions.lowerMedian(x, w) : WeightedPositions.mean(x, w);
    }

    private void expectedUtilities(
            double[] x, double[] s, PairwiseSums sums, double[] r, double mu, double range, double[][] eu) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double ri = r[i];
            double usq = 2 - 4 * Math.pow(0.5, ri);
            double toMu = Math.abs(x[i] - mu);
            double[] euRow = eu[i];
            double[] netRow = sums.net[i];
            double[] engRow = sums.engaged[i];
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    euRow[j] = 0;
                    continue;
                }
                double d = Math.abs(x[i] - x[j]) / range;
                double p = engRow[j] > 0 ? Math.max(0, netRow[j]) / engRow[j] : 0;
                double us = 2 - 4 * pow(0.5 - 0.5 * d, ri);
                double uf = 2 - 4 * pow(0.5 + 0.5 * d, ri);
                double baseline = q * usq;
                if (q < 1) {
                    double e = 0.25 * (toMu + Math.abs(x[i] - x[j])) / range;
                    double ub = 2 - 4 * pow(0.5 - e, ri);
                    double uw = 2 - 4 * pow(0.5 + e, ri);
                    baseline += (1 - q) * (t * ub + (1 - t) * uw);
                }
                euRow[j] = s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us - baseline;
            }
        }
    }

    private static double pow(double base, double exponent) {
        return exponent == 1.0 ? base : Math.pow(Math.max(0, base), exponent);
    }

    /** Scholz et al. section 5: risk from how exposed each actor is to others' challenges. */
    private static void riskExponents(double[][] eu, double[] r) {
        int n = r.length;
        double[] exposure = new double[n];
        for (int j = 0; j < n; j++) {
            double[] row = eu[j];
            for (int i = 0; i < n; i++) {
                exposure[i] += row[i];
            }
        }
        double smax = Double.NEGATIVE_INFINITY;
        double smin = Double.POSITIVE_INFINITY;
        for (double e : exposure) {
            smax = Math.max(smax, e);
            smin = Math.min(smin, e);
        }
        for (int i = 0; i < n; i++) {
            double big = smax > smin ? (2 * exposure[i] - smax - smin) / (smax - smin) : 0;
            r[i] = (1 - big / 3) / (1 + big / 3);
        }
    }

    private static double[] resolveOffers(double[] x, double[][] eu) {
        int n = x.length;
        int[] sender = new int[n];
        double[] best = new double[n];
        java.util.Arrays.fill(sender, -1);
        for (int i = 0; i < n; i++) { // row by row: i's expected utility of challenging each j
            double[] row = eu[i];
            for (int j = 0; j < n; j++) {
                double e = row[j];
                if (i == j || !(e > ExpectedUtilityModel.MIN_OFFER)) { // smaller values are rounding
                    continue;
                }
                int s = sender[j];
                if (s < 0 || e > best[j] || (e == best[j] && Math.abs(x[i] - x[j]) < Math.abs(x[s] - x[j]))) {
                    sender[j] = i;
                    best[j] = e;
                }
            }
        }
        double[] next = x.clone();
        for (int j = 0; j < n; j++) {
            int s = sender[j];
            if (s < 0) {
                continue;
            }
            double uj = eu[j][s];
            double ui = best[j];
            if (uj > 0 && uj < ui) {
                next[j] = x[s];
            } else if (uj < 0 && -uj < ui) {
                next[j] = x[j] + (x[s] - x[j]) * (-uj / ui);
            } else if (uj < 0) {
                next[j] = x[s];
            }
        }
        return next;
    }
}
