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
 * replication); {@code μ} is the lower weighted median; {@code Δ} is fixed from round 0. Cost O(n²) time and O(n)
 * memory per round and issue (pairwise sums read row by row from prefix sums, {@link SortedSums}, not
 * O(n³)). Deterministic: no random step. See {@code
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

    /**
     * Up to this many actors, the risk-neutral pass keeps every row of {@code P} (n² doubles, 8 MB at 1,000
     * actors) for the risk-adjusted pass to read; above it the second pass recomputes each row (O(n) memory).
     */
    private static final int CACHED_ROWS = 2048;

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
        SortedSums sorted = SortedSums.of(x, w, null);
        rounds.add(Round.of(0, x, summary(x, w, sorted)));
        boolean settled = range == 0;
        int[] previous = new int[n];
        java.util.Arrays.fill(previous, -1);
        double[][] prevail = n <= CACHED_ROWS ? new double[n][n] : null;
        for (int round = 1; round <= options.maxRounds() && !settled; round++) {
            Pass pass = new Pass(x, s, sorted, sorted.lowerMedian(w), range, prevail);
            double[] r = riskExponents(pass.riskNeutralExposure());
            double[] next = pass.resolveOffers(r, previous);
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next[i] - x[i]));
            }
            x = next;
            sorted = SortedSums.of(x, w, sorted.order);
            rounds.add(Round.of(round, x, summary(x, w, sorted)));
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

    private double summary(double[] x, double[] w, SortedSums sorted) {
        return outcome == Outcome.MEDIAN ? sorted.lowerMedian(w) : WeightedPositions.mean(x, w);
    }

    /**
     * One round's expected utilities, read row by row from {@link SortedSums} (O(n) memory). Every value is
     * computed by {@link #eu} with exactly the operations of the definition, so results are bit-identical to
     * evaluating the full n × n matrices (checked against {@code ReferenceExpectedUtilityModel} in the tests);
     * what is saved is the matrices themselves and most {@code pow} calls of the risk-adjusted pass, which are
     * skipped when a cheap upper bound shows that a sender cannot make a target's best offer.
     */
    private final class Pass {
        private final double[] x;
        private final double[] s;
        private final SortedSums sorted;
        private final double mu;
        private final double range;
        /** Rows of {@code P} in sorted order, filled by the risk-neutral pass, or {@code null}. */
        private final double[][] cache;

        Pass(double[] x, double[] s, SortedSums sorted, double mu, double range, double[][] cache) {
            this.x = x;
            this.s = s;
            this.sorted = sorted;
            this.mu = mu;
            this.range = range;
            this.cache = cache;
        }

        /** {@code EU_i(ij)} with risk exponent {@code ri} and {@code usq = 2 − 4·½^ri}. */
        double eu(int i, int j, double ri, double usq) {
            double d = Math.abs(x[i] - x[j]) / range;
            double p = sorted.prevail(sorted.rank[i], sorted.rank[j]);
            return eu(i, j, d, p, ri, usq);
        }

        /** As above with {@code d = |x_i − x_j|/Δ} and {@code p = P_ij} already at hand. */
        double eu(int i, int j, double d, double p, double ri, double usq) {
            double us = 2 - 4 * pow(0.5 - 0.5 * d, ri);
            double uf = 2 - 4 * pow(0.5 + 0.5 * d, ri);
            double baseline = q * usq;
            if (q < 1) {
                double e = 0.25 * (Math.abs(x[i] - mu) + Math.abs(x[i] - x[j])) / range;
                double ub = 2 - 4 * pow(0.5 - e, ri);
                double uw = 2 - 4 * pow(0.5 + e, ri);
                baseline += (1 - q) * (t * ub + (1 - t) * uw);
            }
            return s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us - baseline;
        }

        /**
         * {@code S_i = Σ_j EU_j(ji)} with every {@code r = 1}, summed over {@code j} in input order: each target
         * row is computed in sorted order (with {@code Q = 1} and {@code r = 1} the utilities are linear in {@code
         * d}: a loop without calls), then put in input order and summed.
         */
        double[] riskNeutralExposure() {
            int n = x.length;
            double[] exposure = new double[n];
            double usq = 2 - 4 * Math.pow(0.5, 1.0);
            double[] prevail = new double[n];
            int[] start = new int[n];
            double[] value = new double[n];
            double[] term = new double[n];
            int[] order = sorted.order;
            double[] xs = sorted.xs;
            for (int ti = 0; ti < n; ti++) {
                int i = order[ti];
                if (cache != null) {
                    prevail = cache[ti];
                }
                sorted.prevailRow(ti, prevail, start);
                double xi = xs[ti];
                if (q == 1) {
                    double si = s[i];
                    for (int qj = 0; qj < n; qj++) { // eu(j, i, d, p, 1, 0) with pow(b, 1) = b and baseline 0
                        double d = Math.abs(xs[qj] - xi) / range;
                        double p = prevail[qj];
                        double us = 2 - 4 * (0.5 - 0.5 * d);
                        double uf = 2 - 4 * (0.5 + 0.5 * d);
                        value[qj] = si * (p * us + (1 - p) * uf) + (1 - si) * us;
                    }
                } else {
                    for (int qj = 0; qj < n; qj++) {
                        value[qj] = eu(order[qj], i, Math.abs(xs[qj] - xi) / range, prevail[qj], 1.0, usq);
                    }
                }
                value[ti] = 0;
                for (int qj = 0; qj < n; qj++) {
                    term[order[qj]] = value[qj];
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += term[j];
                }
                exposure[i] = sum;
            }
            return exposure;
        }

        /**
         * Each target answers the offer with the largest {@code EU_i(ij) > 0} (then the nearest sender, then the
         * first in input order). With {@code Q = 1}, a sender whose upper bound on {@code EU_i(ij)} ({@link
         * BoundGrid}: linear, sign, Taylor and table bounds, cheapest first, the first two for all senders of a
         * target in one loop) is below the best offer found so far (or below 0) is skipped without evaluating
         * its two powers; the previous round's choice is tried first. The order in which senders are tried does
         * not change the choice (largest value, then distance, then index is a total order), so senders are taken
         * in sorted order, row by row.
         */
        double[] resolveOffers(double[] r, int[] previous) {
            int n = x.length;
            Senders senders = new Senders(r, sorted.order);
            double[] usq = senders.usq;
            double[] buffer = cache == null ? new double[n] : null;
            int[] start = cache == null ? new int[n] : null;
            double[] first = new double[n];
            double inverseRange = 1 / range; // for bounds only (their margin covers the rounding)
            double[] next = x.clone();
            int[] order = sorted.order;
            double[] xs = sorted.xs;
            for (int tj = 0; tj < n; tj++) {
                int j = order[tj];
                double xj = xs[tj];
                double sj = s[j];
                Offer best = new Offer(j);
                int last = previous[j];
                if (last >= 0 && last != j) {
                    best.consider(last, eu(last, j, r[last], usq[last]));
                }
                double[] row = cache != null ? cache[tj] : buffer;
                if (cache == null) {
                    sorted.prevailRow(tj, row, start);
                }
                if (q == 1) { // a first bound for every sender at once, in sorted order (a loop without calls)
                    senders.firstBounds(xs, xj, inverseRange, sj, row, first);
                }
                for (int qi = 0; qi < n; qi++) {
                    if (qi == tj || (q == 1 && Senders.below(first[qi], best.threshold()))) {
                        continue;
                    }
                    int i = order[qi];
                    if (sorted.tied(qi, tj)) { // d = P = 0; with Q = 1 both powers equal ½^r, so U^s = U^f = U^sq
                        double u = usq[i];
                        best.consider(
                                i,
                                q == 1 ? sj * (0 * u + (1 - 0.0) * u) + (1 - sj) * u - q * u : eu(i, j, 0, 0, r[i], u));
                        continue;
                    }
                    double p = row[qi];
                    if (q == 1
                            && !senders.mayReach(
                                    i, Math.abs(xs[qi] - xj) * inverseRange, sj * (1 - p), best.threshold())) {
                        continue;
                    }
                    best.consider(i, eu(i, j, Math.abs(xs[qi] - xj) / range, p, r[i], usq[i]));
                }
                previous[j] = best.sender;
                if (best.sender < 0) {
                    continue;
                }
                int k = best.sender;
                double uj = eu(j, k, r[j], usq[j]);
                double ui = best.value;
                if (uj > 0 && uj < ui) {
                    next[j] = x[k];
                } else if (uj < 0 && -uj < ui) {
                    next[j] = x[j] + (x[k] - x[j]) * (-uj / ui);
                } else if (uj < 0) {
                    next[j] = x[k];
                }
            }
            return next;
        }

        /** The best positive offer to one target so far: largest EU, then nearest sender, then lowest index. */
        private final class Offer {
            final int target;
            int sender = -1;
            double value;

            Offer(int target) {
                this.target = target;
            }

            /** The smallest value that can still change the choice: the best value so far, or 0. */
            double threshold() {
                return sender >= 0 ? value : 0;
            }

            void consider(int i, double e) {
                if (!(e > 0)) {
                    return;
                }
                if (sender < 0 || e > value || (e == value && closer(i))) {
                    sender = i;
                    value = e;
                }
            }

            private boolean closer(int i) {
                double di = Math.abs(x[i] - x[target]);
                double ds = Math.abs(x[sender] - x[target]);
                return di < ds || (di == ds && i < sender);
            }
        }
    }

    /**
     * Upper bounds on {@code EU_i(ij) = 4·½^r·(A − λB) = 4·½^r·B·(ρ − λ)} with {@code A = 1 − (1 − d)^r}, {@code
     * B = (1 + d)^r − (1 − d)^r}, {@code ρ = A/B} and {@code λ = s_j(1 − P_ij)}, so that most senders are ruled
     * out without evaluating their two powers:
     *
     * <ul>
     *   <li>Linear (every {@code d}): Bernoulli's inequality and the chord of {@code (1 + d)^r} give {@code A ≤
     *       max(1, r)·d} and {@code B ≥ c(r)·d} with {@code c = 1 + r} for {@code r ≥ 1} and {@code 2^r − 1 + r}
     *       below.
     *   <li>Taylor ({@code d ≤ ¼}): with Lagrange remainders, {@code A − λB = rd(1 − 2λ) − r(r − 1)d²/2 + κd³·θ}
     *       with {@code κ = r(r − 1)(r − 2)/6} and {@code |θ| ≤ (1 − d)^{r−3} ≤ (1 − d)^{−5/2}} for {@code r ≥ ½}:
     *       nearly exact for the small distances of late rounds, where many senders' values differ in the fifth
     *       digit.
     *   <li>Table ({@code d ≤ 1}, {@code r ∈ [½, 2]}): {@code A} and {@code B} increase with {@code d} and with
     *       {@code r}; {@code ρ} decreases with {@code r}, increases with {@code d} for {@code r < 1} and decreases
     *       for {@code r > 1} — so on each cell {@code [d_k, d_{k+1}] × [r_m, r_{m+1}]} of a 64 × 64 grid the
     *       extremes sit at corners, and {@code EU ≤ 4·½^r·min(A⁺ − λB⁻, B^±(ρ⁺ − λ))}.
     * </ul>
     */
    private static final class BoundGrid {
        private static final int D_CELLS = 64;
        private static final int R_CELLS = 64;
        private static final double R_MIN = 0.5;
        private static final double R_STEP = 1.5 / R_CELLS;
        /** Per cell: upper A, lower B, upper B, upper ρ. */
        static final double[] TABLE = new double[4 * R_CELLS * D_CELLS];

        static {
            for (int m = 0; m < R_CELLS; m++) {
                double rm = r(m);
                for (int k = 0; k < D_CELLS; k++) {
                    double d0 = (double) k / D_CELLS;
                    double d1 = (double) (k + 1) / D_CELLS;
                    int at = 4 * (m * D_CELLS + k);
                    TABLE[at] = a(d1, r(m + 1));
                    TABLE[at + 1] = b(d0, rm);
                    TABLE[at + 2] = b(d1, r(m + 1));
                    TABLE[at + 3] = rm < 1 ? a(d1, rm) / b(d1, rm) : k == 0 ? 0.5 : a(d0, rm) / b(d0, rm);
                }
            }
        }

        private BoundGrid() {}

        private static double r(int m) {
            return R_MIN + m * R_STEP;
        }

        private static double a(double d, double r) {
            return 1 - Math.pow(1 - d, r);
        }

        private static double b(double d, double r) {
            return Math.pow(1 + d, r) - Math.pow(1 - d, r);
        }

        /** Where the cell of {@code d ∈ (0, 1]} and table row {@code risk} starts in {@link #TABLE}. */
        static int index(int risk, double d) {
            return 4 * (risk * D_CELLS + Math.min(D_CELLS - 1, (int) (d * D_CELLS)));
        }

        /** The table row whose risk interval holds {@code ri}, or −1 outside {@code [½, 2]}. */
        static int riskCell(double ri) {
            if (!(ri >= R_MIN && ri <= r(R_CELLS))) {
                return -1;
            }
            int m = Math.min(R_CELLS - 1, (int) ((ri - R_MIN) / R_STEP));
            while (m > 0 && r(m) > ri) {
                m--;
            }
            while (m < R_CELLS - 1 && r(m + 1) < ri) {
                m++;
            }
            return m;
        }
    }

    /**
     * Per sender, for one round's risk exponents: {@code U^sq}, and the constants of the bounds of {@link
     * BoundGrid}, tried from the cheapest to the tightest.
     */
    private static final class Senders {
        final double[] usq;
        private final double[] r;
        private final double[] scale;
        private final double[] gainSlope;
        private final double[] lossSlope;
        private final double[] kappa;
        private final int[] cell;
        /** {@code gainSlope}, {@code lossSlope} and the slope of the line above {@code ρ(·, r)}, in sorted order. */
        private final double[] sortedGain;

        private final double[] sortedLoss;
        private final double[] sortedRho;
        /** {@code r}, {@code 4·½^r} and {@code κ}, in sorted order (for the Taylor bound). */
        private final double[] sortedR;

        private final double[] sortedScale;
        private final double[] sortedKappa;

        Senders(double[] r, int[] order) {
            int n = r.length;
            this.r = r;
            usq = new double[n];
            scale = new double[n];
            gainSlope = new double[n];
            lossSlope = new double[n];
            kappa = new double[n];
            cell = new int[n];
            for (int i = 0; i < n; i++) {
                double ri = r[i];
                double half = Math.pow(0.5, ri);
                usq[i] = 2 - 4 * half;
                scale[i] = 4 * half;
                gainSlope[i] = 4 * half * Math.max(1, ri);
                lossSlope[i] = 4 * half * (ri >= 1 ? 1 + ri : Math.pow(2, ri) - 1 + ri);
                kappa[i] = Math.abs(ri * (ri - 1) * (ri - 2)) / 6;
                cell[i] = BoundGrid.riskCell(ri);
            }
            sortedGain = new double[n];
            sortedLoss = new double[n];
            sortedRho = new double[n];
            sortedR = new double[n];
            sortedScale = new double[n];
            sortedKappa = new double[n];
            for (int k = 0; k < n; k++) {
                int i = order[k];
                sortedR[k] = cell[i] < 0 ? Double.NaN : r[i]; // no Taylor bound outside [½, 2]
                sortedScale[k] = scale[i];
                sortedKappa[k] = kappa[i];
                sortedGain[k] = gainSlope[i];
                sortedLoss[k] = lossSlope[i];
                sortedRho[k] = r[i] < 1 ? Math.pow(2, -r[i]) - 0.5 : -(r[i] - 1) / 4;
            }
        }

        /**
         * A first bound for every sender (sorted index {@code k}, {@code d = |xs_k − target|·ι}, {@code λ = s_j(1
         * − P_k)}) into {@code out}: the linear bound {@code d·(gainSlope − λ·lossSlope)}, or, when {@code λ}
         * exceeds a line above {@code ρ(d, r)}, the sign bound {@code d·lossSlope·(line − λ) < 0}. The line is
         * the chord {@code ½ + (2^−r − ½)d} for {@code r < 1}, where {@code ρ} is convex in {@code d}, and the
         * tangent at 0, {@code ½ − (r − 1)d/4}, for {@code r ≥ 1}, where it is concave (checked on a fine grid
         * of {@code (d, r)} to 10⁻¹²; the line is raised by 10⁻⁹).
         */
        void firstBounds(double[] xs, double target, double inverseRange, double sj, double[] prevail, double[] out) {
            for (int k = 0; k < xs.length; k++) {
                double d = Math.abs(xs[k] - target) * inverseRange;
                double loss = sj * (1 - prevail[k]);
                double rho = 0.5 + 1e-9 + sortedRho[k] * d;
                double bound =
                        loss > rho ? d * sortedLoss[k] * (rho - loss) : d * (sortedGain[k] - loss * sortedLoss[k]);
                double rk = sortedR[k];
                double taylor = sortedScale[k]
                        * d
                        * (rk * (1 - 2 * loss) - 0.5 * rk * (rk - 1) * d + sortedKappa[k] * (1 + 4.22 * d) * d * d);
                out[k] = d <= 0.25 ? Math.min(bound, taylor) : bound;
            }
        }

        /**
         * Whether {@code EU_i(ij)} can reach {@code threshold} at distance {@code d > 0} with {@code λ = s_j(1 −
         * P_ij) = loss}: false only when some bound, plus a margin far above rounding, is below it.
         */
        boolean mayReach(int i, double d, double loss, double threshold) {
            if (below(d * (gainSlope[i] - loss * lossSlope[i]), threshold)) {
                return false;
            }
            if (cell[i] < 0 || !(d <= 1)) {
                return true;
            }
            double si = scale[i];
            double[] table = BoundGrid.TABLE;
            int at = BoundGrid.index(cell[i], d);
            if (below(si * (table[at] - loss * table[at + 1]), threshold)) {
                return false;
            }
            double gap = table[at + 3] - loss;
            double lowerB = Math.max(si * table[at + 1], d * lossSlope[i]);
            if (below(gap < 0 ? lowerB * gap : si * table[at + 2] * gap, threshold)) {
                return false;
            }
            if (d <= 0.25) { // (1 − d)^(−5/2) ≤ 1 + 4.22·d on [0, ¼] (convex, below its chord)
                double ri = r[i];
                double theta = 1 + 4.22 * d;
                return !below(
                        si * d * (ri * (1 - 2 * loss) - 0.5 * ri * (ri - 1) * d + kappa[i] * theta * d * d), threshold);
            }
            return true;
        }

        static boolean below(double bound, double threshold) {
            return bound + 1e-9 * Math.abs(bound) + 1e-12 < threshold;
        }
    }

    private static double pow(double base, double exponent) {
        return exponent == 1.0 ? base : Math.pow(Math.max(0, base), exponent);
    }

    /** Scholz et al. section 5: risk from how exposed each actor is to others' challenges. */
    private static double[] riskExponents(double[] exposure) {
        int n = exposure.length;
        double[] r = new double[n];
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
        return r;
    }
}
