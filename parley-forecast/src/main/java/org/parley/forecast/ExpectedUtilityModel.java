package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bueno de Mesquita's expected-utility (group decision) model, as specified openly by Scholz, Calbert and
 * Smith (2011).
 *
 * <p>Each round, with positions {@code x}, saliences {@code s ∈ [0,1]}, capabilities {@code c}, weights
 * {@code w = c·s}, and {@code Δ = max − min} of the initial positions:
 *
 * <ol>
 *   <li>Probability that {@code i} prevails over {@code j}: {@code P_ij = max(0, Σ_k w_k(|x_k − x_j| − |x_k −
 *       x_i|)) / Σ_k w_k·| |x_k − x_j| − |x_k − x_i| |} (0 when {@code x_i = x_j}).
 *   <li>Utilities to {@code i}, with risk exponent {@code r_i} and median voter position {@code μ}: success
 *       {@code U^s = 2 − 4(½ − ½|x_i − x_j|/Δ)^r}, failure {@code U^f = 2 − 4(½ + ½|x_i − x_j|/Δ)^r}, status
 *       quo {@code U^sq = 2 − 4·½^r}, better {@code U^b = 2 − 4(½ − ¼(|x_i − μ| + |x_i − x_j|)/Δ)^r}, worse
 *       {@code U^w = 2 − 4(½ + ¼(|x_i − μ| + |x_i − x_j|)/Δ)^r}.
 *   <li>Expected utility of {@code i} challenging {@code j}: {@code EU_i(ij) = s_j(P_ij U^s + (1 − P_ij) U^f) +
 *       (1 − s_j) U^s − [Q U^sq + (1 − Q)(T U^b + (1 − T) U^w)]}.
 *   <li>Risk: computed first with {@code r = 1}; actor {@code i}'s exposure {@code S_i = Σ_{j≠i} EU_j(ji)};
 *       {@code R_i = (2 S_i − S_max − S_min)/(S_max − S_min)}, {@code r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [½, 2]};
 *       then every EU is computed again with {@code r_i}.
 *   <li>Offers: {@code i} challenges every {@code j} with {@code EU_i(ij) > 0}. Each target {@code j} attends
 *       to the offer with the largest {@code EU_i(ij)} (ties: the nearest sender, then the first in input
 *       order) and, with {@code U_j = EU_j(ji)} and {@code U_i = EU_i(ij)}: if {@code 0 < U_j < U_i} it loses
 *       the contest and moves to {@code x_i}; if {@code U_j < 0} and {@code |U_j| < U_i} it compromises,
 *       moving {@code |U_j/U_i|} of the way to {@code x_i}; if {@code U_j < 0} and {@code |U_j| ≥ U_i} it
 *       capitulates to {@code x_i}; otherwise it holds. All moves of a round are simultaneous.
 * </ol>
 *
 * Rounds repeat until no actor moves by more than 10⁻⁹ of the scale or {@link ForecastOptions#maxRounds()}.
 * The forecast is the weighted median {@code μ} of the final positions (or their weighted mean, see {@link
 * Outcome}).
 *
 * <p>Reference: J. B. Scholz, G. J. Calbert and G. A. Smith, "Unravelling Bueno De Mesquita's group decision
 * model", Journal of Theoretical Politics 23(4):510–531, 2011, doi:10.1177/0951629811418142; B. Bueno de
 * Mesquita, "Political forecasting: an expected utility method", in <i>European Community Decision Making</i>,
 * Yale University Press, 1994.
 *
 * <p>Departures and choices the paper leaves open: {@code Q = T = 1} by default (as in the paper's
 * replication); {@code μ} is the lower weighted median; {@code Δ} is fixed from round 0. Cost O(n²) per
 * round and issue (pairwise sums by prefix sums, not O(n³)). Deterministic: no random step. See {@code
 * docs/models/expected-utility.md}.
 */
public final class ExpectedUtilityModel extends SingleIssueModel {

    /** Which summary of the final positions is reported as the forecast. */
    public enum Outcome {
        /** Weighted median (median voter) of the final positions: the model's own forecast. */
        MEDIAN,
        /** Weighted mean of the final positions. */
        MEAN
    }

    private static final double SETTLED = 1e-9;

    private final double q;
    private final double t;
    private final Outcome outcome;

    /** {@code Q = T = 1}, median outcome. */
    public ExpectedUtilityModel() {
        this(1.0, 1.0, Outcome.MEDIAN);
    }

    /**
     * @param q probability, as seen by a challenger, that the target would not move without a challenge
     * @param t probability that such an unprompted move would be toward the challenger
     * @param outcome which summary of the final positions to report
     */
    public ExpectedUtilityModel(double q, double t, Outcome outcome) {
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
        int n = input.size();
        double[] x = WeightedPositions.positions(input);
        double[] s = new double[n];
        double[] w = new double[n];
        List<String> ids = new ArrayList<>(n);
        double min = 100;
        double max = 0;
        for (int i = 0; i < n; i++) {
            Stance st = input.stances().get(i);
            s[i] = st.salience() / 100.0;
            w[i] = st.capability() * s[i];
            ids.add(st.actorId());
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        double range = max - min;
        List<Round> rounds = new ArrayList<>();
        rounds.add(Round.of(0, x, summary(x, w)));
        boolean settled = range == 0;
        double[][] eu = new double[n][n];
        double[] r = new double[n];
        PairwiseSums sums = PairwiseSums.buffers(n);
        for (int round = 1; round <= options.maxRounds() && !settled; round++) {
            double mu = WeightedPositions.lowerMedian(x, w);
            PairwiseSums.of(x, w, sums);
            java.util.Arrays.fill(r, 1.0);
            expectedUtilities(x, s, sums, r, mu, range, eu);
            riskExponents(eu, r);
            expectedUtilities(x, s, sums, r, mu, range, eu);
            double[] next = resolveOffers(x, eu);
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next[i] - x[i]));
            }
            x = next;
            rounds.add(Round.of(round, x, summary(x, w)));
            settled = moved <= SETTLED * 100;
        }
        double forecast = rounds.get(rounds.size() - 1).forecast();
        String note = String.format(
                Locale.ROOT,
                "%d round(s), %s; %s of final positions",
                rounds.size() - 1,
                settled ? "positions settled" : "round limit reached",
                outcome == Outcome.MEDIAN ? "weighted median" : "weighted mean");
        return IssueForecast.at(name(), input, forecast, new Trajectory(ids, rounds, settled), note);
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
                if (i == j || !(e > 0)) {
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
