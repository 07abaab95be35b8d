package org.parley.forecast;

import java.util.Arrays;

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
 * replication); {@code μ} is the lower weighted median; {@code Δ} is fixed from round 0. Cost per round and issue:
 * O(k²) for the probabilities and exposures over the k distinct positions ({@link PositionGroups}, prefix sums,
 * not O(n³)), and O(n·k) cheap bounds plus a few exact evaluations per target for the offers; memory O(k²) up to
 * 2,048 actors, O(n) above. Deterministic: no random step, and the choice of offer does not depend on the order in
 * which senders are examined. See {@code docs/models/expected-utility.md}.
 */
public final class ExpectedUtilityModel extends SingleIssueModel {

    /** Which summary of the final positions is reported as the forecast. */
    public enum Outcome {
        /** Weighted median (median voter) of the final positions: the model's own forecast. */
        MEDIAN,
        /** Weighted mean of the final positions. */
        MEAN
    }

    /**
     * Up to this many actors, the risk-neutral pass keeps every row of {@code P} (n² doubles, 8 MB at 1,000
     * actors) for the risk-adjusted pass to read; above it the second pass recomputes each row (O(n) memory).
     */
    private static final int CACHED_ROWS = 2048;

    private final double q;
    private final double t;
    private final Outcome outcome;
    /** Every sender evaluated for every target, with the same arithmetic: for the tests of the search. */
    private final boolean exhaustive;

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
        this(q, t, outcome, false);
    }

    /** With {@code exhaustive}, no sender is ruled out by a bound or a shared search (package-private, for tests). */
    ExpectedUtilityModel(double q, double t, Outcome outcome, boolean exhaustive) {
        if (!(q >= 0 && q <= 1 && t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("Q and T must be in [0, 1]");
        }
        this.q = q;
        this.t = t;
        this.outcome = java.util.Objects.requireNonNull(outcome, "outcome");
        this.exhaustive = exhaustive;
    }

    @Override
    public String name() {
        return "eu";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        SettlingRounds in = SettlingRounds.of(input);
        Workspace work = new Workspace(in.s());
        SettlingRounds.Run run = in.run(options.maxRounds(), new SettlingRounds.Rule() {
            /** The latest positions, grouped: each round regroups starting from the previous order. */
            private PositionGroups groups;

            @Override
            public double[] next(double[] x) {
                return round(x, in.s(), in.w(), groups, in.range(), work);
            }

            @Override
            public double forecast(double[] x) {
                groups = PositionGroups.of(x, in.w(), groups);
                return summary(x, in.w(), groups);
            }
        });
        String what = (outcome == Outcome.MEDIAN ? "weighted median" : "weighted mean") + " of final positions";
        return IssueForecast.at(name(), input, run.forecast(), run.trajectory(), run.note(what));
    }

    /**
     * One round from positions {@code x} (saliences {@code s} on [0, 1], weights {@code w = c·s}, spread {@code
     * range} of the initial positions): the positions after every target has answered its best offer. For the
     * tests, which compare single rounds from the same state with the reference implementation.
     */
    double[] round(double[] x, double[] s, double[] w, double range) {
        return round(x, s, w, PositionGroups.of(x, w, null), range, new Workspace(s));
    }

    private double[] round(double[] x, double[] s, double[] w, PositionGroups groups, double range, Workspace work) {
        Pass pass = new Pass(x, s, groups, groups.lowerMedian(x, w), range, work);
        double[] r = riskExponents(pass.riskNeutralExposure());
        return pass.resolveOffers(r);
    }

    private double summary(double[] x, double[] w, PositionGroups groups) {
        return outcome == Outcome.MEDIAN ? groups.lowerMedian(x, w) : WeightedPositions.mean(x, w);
    }

    /** Buffers kept across the rounds of one issue. */
    private static final class Workspace {
        /** Each target's best sender in the previous round, or −1: tried first, as its value is a good bar. */
        final int[] previous;
        /** Rows of {@code P} by target group, or {@code null} above {@link #CACHED_ROWS} actors. */
        final double[][] rows;
        /** Per cached row, the stretch outside which it is zero ({@link PositionGroups#span}). */
        final long[] written;
        /** The actors by salience, then input index: each round's groups take their targets in this order. */
        final int[] bySalience;

        Workspace(double[] s) {
            int n = s.length;
            bySalience = new int[n];
            for (int i = 0; i < n; i++) {
                bySalience[i] = i;
            }
            IndexSort.byKey(bySalience, 0, n, s);
            previous = new int[n];
            Arrays.fill(previous, -1);
            rows = n <= CACHED_ROWS ? new double[n][] : null;
            written = new long[rows == null ? 0 : n]; // span(0, 0): new rows are zero
        }
    }

    /**
     * One round's expected utilities by distinct position. {@code P} and the distances depend only on the two
     * positions, so each is computed once per pair of groups; the risk-neutral exposures are sums over groups in
     * closed form; the risk-adjusted offers are searched group by group, a whole group of senders being ruled out
     * by one upper bound on their {@code EU} (see {@link Senders}), and only the senders that may still make a
     * target's best offer are evaluated with the definition.
     */
    private final class Pass {
        private final double[] x;
        private final double[] s;
        private final PositionGroups groups;
        private final double mu;
        private final double range;
        private final Workspace work;
        /** Per target group, the stretch of sender groups outside which its row of {@code P} is zero. */
        private long[] spans;

        Pass(double[] x, double[] s, PositionGroups groups, double mu, double range, Workspace work) {
            this.x = x;
            this.s = s;
            this.groups = groups;
            this.mu = mu;
            this.range = range;
            this.work = work;
        }

        /** {@code EU_i(ij)} with risk exponent {@code ri}, {@code usq = 2 − 4·½^ri}, {@code d} and {@code p = P_ij}. */
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

        /** {@code EU_i(ij)}, looking up {@code d} and {@code P_ij} (from the cached row of {@code j}, when kept). */
        double eu(int i, int j, double ri, double usq) {
            int gi = groups.groupOf[i];
            int gj = groups.groupOf[j];
            if (gi == gj) {
                return eu(i, j, 0, 0, ri, usq);
            }
            double p = work.rows != null ? work.rows[gj][gi] : groups.prevail(gi, gj); // the same value either way
            return eu(i, j, Math.abs(x[i] - x[j]) / range, p, ri, usq);
        }

        /**
         * The row {@code P(· over h)} of target group {@code h}, from the cache or computed into {@code buffer} (with
         * its support sum written into {@code unused}).
         */
        private double[] row(int h, double[] buffer, int[] start, double[] unused) {
            if (work.rows != null) {
                return work.rows[h]; // filled by riskNeutralExposure in this round
            }
            groups.prevailRow(h, buffer, start, unused, PositionGroups.span(0, groups.size));
            return buffer;
        }

        /**
         * {@code S_i = Σ_{j≠i} EU_j(ji)} with every {@code r = 1}. Then {@code U^s = 2d}, {@code U^f = −2d}, {@code
         * U^sq = 0} and, for {@code Q < 1}, {@code U^b = −U^w = 4e}, so
         *
         * <pre>
         *   Δ·S_i = 2(1 − 2s_i)·Σ_j |x_i − x_j| + 4 s_i·Σ_j |x_i − x_j|·P_ji
         *           − (1 − Q)(2T − 1)·(Σ_{j≠i} |x_j − μ| + Σ_j |x_i − x_j|),
         * </pre>
         *
         * where both sums over {@code j} depend on {@code i} only through its position: they are taken once per
         * group, over groups. Filling the row cache on the way.
         */
        double[] riskNeutralExposure() {
            int n = x.length;
            int k = groups.size;
            double[] distance = new double[k];
            double[] support = new double[k];
            spans = new long[k];
            int[] start = new int[k];
            double[][] rows = work.rows;
            double[] buffer = rows == null ? new double[k] : null;
            for (int h = 0; h < k; h++) {
                if (rows != null) {
                    if (rows[h] == null) {
                        rows[h] = new double[rows.length];
                    }
                    spans[h] = groups.prevailRow(h, rows[h], start, support, work.written[h]);
                    work.written[h] = spans[h];
                } else {
                    spans[h] = groups.prevailRow(h, buffer, start, support, PositionGroups.span(0, k));
                }
                distance[h] = groups.distanceToAll(h);
            }
            double toMedian = 0;
            if (q < 1) {
                for (double xi : x) {
                    toMedian += Math.abs(xi - mu);
                }
            }
            double[] exposure = new double[n];
            for (int i = 0; i < n; i++) {
                int h = groups.groupOf[i];
                double si = s[i];
                double e = 2 * (1 - 2 * si) * distance[h] + 4 * si * support[h];
                if (q < 1) {
                    e -= (1 - q) * (2 * t - 1) * (toMedian - Math.abs(x[i] - mu) + distance[h]);
                }
                exposure[i] = e / range;
            }
            return exposure;
        }

        /**
         * Each target answers the offer with the largest {@code EU_i(ij) > 0} (then the nearest sender, then the
         * first in input order); that order is total, so the order in which senders are examined does not change
         * the choice. With {@code Q = 1} the targets of one group share their searches ({@link GroupOffers}), and
         * each search is {@link #searchOffers}: whole groups of senders are ruled out by bounds on their members'
         * {@code EU}, and within the groups left each sender gets its own bounds ({@link Senders#mayReach}) before
         * its two powers are evaluated. With {@code Q < 1} every sender is evaluated.
         */
        double[] resolveOffers(double[] r) {
            int n = x.length;
            int k = groups.size;
            Senders senders = new Senders(r, groups);
            double[] buffer = new double[k];
            int[] start = new int[k];
            double[] unused = work.rows == null ? new double[k] : null;
            double[] next = x.clone();
            int[] first = groups.first;
            Screen screen = q == 1 && !exhaustive ? new Screen(k) : null;
            GroupOffers offers = new GroupOffers(n);
            int[] members = offers.members;
            int[] at = Arrays.copyOf(first, k); // every group's targets by salience, in one pass in that order
            for (int a : work.bySalience) {
                members[at[groups.groupOf[a]]++] = a;
            }
            for (int h = 0; h < k; h++) {
                double[] row = row(h, buffer, start, unused);
                double xh = groups.xs[h];
                if (screen != null) {
                    screen.fill(groups.xs, xh, 1 / range, row, spans[h], senders);
                    offers.solve(h, xh, row, r, senders, screen);
                } else {
                    for (int m = first[h]; m < first[h + 1]; m++) {
                        Offer best = new Offer(members[m]);
                        for (int i = 0; i < n; i++) {
                            if (i != best.target) {
                                best.consider(i, offer(i, best.target, xh, row, r, senders));
                            }
                        }
                        offers.sender[m - first[h]] = best.sender;
                        offers.value[m - first[h]] = best.value;
                    }
                }
                for (int m = 0; m < first[h + 1] - first[h]; m++) {
                    int j = members[first[h] + m];
                    work.previous[j] = offers.sender[m];
                    respond(j, offers.sender[m], offers.value[m], r, senders.usq, next);
                }
            }
            return next;
        }

        /**
         * {@code EU_i(ij)} for target {@code j} at {@code xh} whose row of {@code P} is {@code row}. With {@code Q = 1}
         * a sender at the target's own position offers exactly 0 (its utilities cancel; evaluated, they would leave a
         * rounding error of either sign).
         */
        private double offer(int i, int j, double xh, double[] row, double[] r, Senders senders) {
            int g = groups.groupOf[i];
            if (g == groups.groupOf[j]) {
                return q == 1 ? 0 : eu(i, j, 0, 0, r[i], senders.usq[i]);
            }
            return eu(i, j, Math.abs(groups.xs[g] - xh) / range, row[g], r[i], senders.usq[i]);
        }

        /**
         * Target {@code j}'s answer to its best offer {@code EU_i(ij) = ui} from {@code sender} (−1: none): lose,
         * compromise, capitulate or hold, written into {@code next}.
         */
        private void respond(int j, int sender, double ui, double[] r, double[] usq, double[] next) {
            if (sender < 0) {
                return;
            }
            double uj = eu(j, sender, r[j], usq[j]);
            if (uj > 0 && uj < ui) {
                next[j] = x[sender];
            } else if (uj < 0 && -uj < ui) {
                next[j] = x[j] + (x[sender] - x[j]) * (-uj / ui);
            } else if (uj < 0) {
                next[j] = x[sender];
            }
        }

        /**
         * With {@code Q = 1}, the best offers to the targets of one group, found with few searches. Every target
         * {@code j} of group {@code h} sees each sender at the same {@code d} and {@code P}, so {@code EU_i(ij) = (U^s
         * − U^sq) − s_j·(1 − P)(U^s − U^f)} is a line in the target's salience {@code s_j}. With the targets sorted by
         * salience: if one sender makes the best positive offer (or none is positive) at two saliences, every other
         * sender's line lies below its line at both, hence at every salience between them, so it makes the best
         * offer to every target between them too. The sorted targets are bisected until the two ends of each stretch
         * agree: a group of m targets answered by one sender costs two searches instead of m. The argument is exact
         * for the lines; for the computed values a stretch is filled only when both ends' choices are clear of
         * rounding ({@link Offer#clear}): then the exact gap to every other sender exceeds {@code 2·}{@link
         * #EU_ROUNDING} at both ends, hence between them, and no rounding can reorder the values.
         */
        private final class GroupOffers {
            /** Each group's targets (at {@code groups.first[h] …}) by salience, then input index. */
            final int[] members;
            /** Per target of the current group, in that order: its best sender (−1: none) and that sender's value. */
            final int[] sender;

            final double[] value;
            /** Per searched target: whether its choice is clear of rounding ({@link Offer#clear}). */
            final boolean[] clear;

            private int h;
            private double xh;
            private double[] row;
            private double[] r;
            private Senders senders;
            private Screen screen;
            /**
             * The last distinct best senders to the targets of the previous groups (the next positions below), latest
             * first, or −1: their offers to this group are usually close to the best one, high first bars for the
             * searches (the latest for every target, all four for one without a choice in the previous round).
             */
            private final int[] recent = {-1, -1, -1, -1};

            /** Where the current group's targets start in {@link #members}. */
            private int base;

            GroupOffers(int n) {
                members = new int[n];
                sender = new int[n];
                value = new double[n];
                clear = new boolean[n];
            }

            void solve(int h, double xh, double[] row, double[] r, Senders senders, Screen screen) {
                this.h = h;
                this.xh = xh;
                this.row = row;
                this.r = r;
                this.senders = senders;
                this.screen = screen;
                base = groups.first[h];
                int m = groups.first[h + 1] - base;
                search(0, -1, -1);
                if (m > 1) {
                    search(m - 1, sender[0], -1);
                    between(0, m - 1);
                }
                remember(sender[0]);
                remember(sender[m - 1]);
            }

            /** Makes {@code i} (−1: none) the latest of the {@link #recent} best senders. */
            private void remember(int i) {
                if (i < 0) {
                    return;
                }
                int at = 0;
                while (at < recent.length - 1 && recent[at] != i) {
                    at++;
                }
                System.arraycopy(recent, 0, recent, 1, at);
                recent[0] = i;
            }

            /** Fills the targets strictly between positions {@code lo} and {@code hi} of the group, both known. */
            private void between(int lo, int hi) {
                if (hi - lo < 2) {
                    return;
                }
                int i = sender[lo];
                if (i >= 0 && i == sender[hi] && clear[lo] && clear[hi]) {
                    for (int m = lo + 1; m < hi; m++) {
                        sender[m] = i;
                        value[m] = offer(i, members[base + m], xh, row, r, senders);
                    }
                    return;
                }
                int mid = (lo + hi) >>> 1;
                search(mid, i, sender[hi]);
                between(lo, mid);
                between(mid, hi);
            }

            /** Considers sender {@code i} (−1: none) for {@code best}'s target. */
            private void seed(Offer best, int i) {
                if (i >= 0) {
                    best.consider(i, offer(i, best.target, xh, row, r, senders));
                }
            }

            /** A full search for the target at position {@code m} of the group, with senders known to be good as the first bar. */
            private void search(int m, int seed, int otherSeed) {
                int j = members[base + m];
                Offer best = new Offer(j);
                seed(best, seed);
                seed(best, otherSeed);
                seed(best, recent[0]);
                if (work.previous[j] < 0) { // no choice of its own from the previous round: more first bars
                    for (int c = 1; c < recent.length; c++) {
                        seed(best, recent[c]);
                    }
                }
                searchOffers(h, j, xh, row, r, senders, screen, best);
                sender[m] = best.sender;
                clear[m] = best.clear();
                value[m] = best.value;
            }
        }

        /**
         * With {@code Q = 1}: the best offer to target {@code j} (group {@code h} at {@code xh}, row {@code P(· over
         * h)}), with {@code best} holding the offers of a few senders known to be good. The group of the previous
         * round's choice is searched next, for a high bar. Then the sign, linear and Taylor bounds are applied per
         * block of groups from the block's extremes ({@link Screen#bound}), and in each block that can still beat
         * the bar, per group (a loop without calls); the groups that pass are searched at once, each after its table
         * and Taylor bounds ({@link Senders#tableBound}), so the bar rises from block to block. The block with the
         * highest bound comes first, which usually sets the final bar; the others follow in order of position.
         */
        private void searchOffers(
                int h, int j, double xh, double[] row, double[] r, Senders senders, Screen screen, Offer best) {
            int k = groups.size;
            double[] xs = groups.xs;
            double sj = s[j];
            double inverseRange = 1 / range;
            int last = work.previous[j];
            int tried = -1;
            if (last >= 0 && last != j && groups.groupOf[last] != h) {
                tried = groups.groupOf[last];
                offersOf(tried, j, xh, row, r, senders, best);
            }
            double bar = best.threshold();
            double[] gain = senders.groupGain;
            double[] lossSlope = senders.groupLoss;
            double[] rho = senders.groupRho;
            double[] linearMax = senders.groupLinearMax;
            double[] linearMin = senders.groupLinearMin;
            double[] quadratic = senders.groupQuadraticMax;
            double[] cubic = senders.groupCubicMax;
            double[] key = screen.key;
            double[] blockBound = screen.blockBound;
            int lead = 0;
            for (int block = 0; block < screen.blocks; block++) {
                blockBound[block] = screen.bound(block, sj);
                lead = blockBound[block] > blockBound[lead] ? block : lead;
            }
            // the block with the highest bound first, for a high bar early; then the others in order of position,
            // each searched as soon as it is screened
            for (int pass = 0; pass <= screen.blocks; pass++) {
                int block = pass == 0 ? lead : pass - 1;
                if ((pass > 0 && block == lead) || Senders.below(blockBound[block], bar)) {
                    continue;
                }
                int from = block * Screen.BLOCK;
                int to = Math.min(k, from + Screen.BLOCK);
                for (int g = from; g < to; g++) {
                    double d = Math.abs(xs[g] - xh) * inverseRange;
                    double kept = 1 - row[g];
                    double lin = d * (gain[g] - sj * kept * lossSlope[g]);
                    double sign = (0.5 + 1e-9 + rho[g] * d - sj * kept) * 1e300;
                    double slope = 1 - 2 * sj * kept;
                    double taylor = d
                            * (Math.max(slope * linearMax[g], slope * linearMin[g])
                                    + quadratic[g] * d
                                    + cubic[g] * (1 + 4.22 * d) * d * d);
                    taylor = Math.max(taylor, (d - 0.25) * 1e300); // the Taylor bound holds for d ≤ ¼ only
                    double bound = Math.min(lin, taylor);
                    key[g] = Math.min(bound + 1e-9 * Math.abs(bound) + 1e-12 - bar, sign);
                }
                for (int g = from; g < to; g++) {
                    if (key[g] >= 0 && g != h && g != tried) {
                        visit(g, j, xh, row, r, senders, best);
                    }
                }
                bar = best.threshold();
            }
        }

        /** Searches group {@code g} for target {@code j} unless its linear, table or Taylor bound rules it out. */
        private void visit(int g, int j, double xh, double[] row, double[] r, Senders senders, Offer best) {
            double threshold = best.threshold();
            double d = Math.abs(groups.xs[g] - xh) * (1 / range);
            double loss = s[j] * (1 - row[g]);
            if (!Senders.below(d * (senders.groupGain[g] - loss * senders.groupLoss[g]), threshold)
                    && !Senders.below(senders.tableBound(g, d, loss, threshold), threshold)) {
                offersOf(g, j, xh, row, r, senders, best);
            }
        }

        /**
         * Considers, for target {@code j} at {@code xh}, the senders of group {@code g} that may beat the best
         * offer. In a small group each sender is bounded ({@link Senders#mayReach}) and, if it may, evaluated. In a
         * larger one, where every sender has the same {@code d} and {@code λ} and only {@code r} differs, the best
         * sender is found by bisection over the senders sorted by {@code r} ({@link #pastPeak}): the senders next to
         * the peak are evaluated, and further ones outwards until the edge is clearly past the peak ({@link
         * #peakSlope} beyond {@link #PEAK_MARGIN}) and more than {@code 4·}{@link #EU_ROUNDING} below the best offer,
         * so that no sender left out could tie or beat it after rounding.
         */
        private void offersOf(int g, int j, double xh, double[] row, double[] r, Senders senders, Offer best) {
            double gap = Math.abs(groups.xs[g] - xh);
            double d = gap / range;
            double dBound = gap * (1 / range);
            double p = row[g];
            double loss = s[j] * (1 - p);
            int lo = groups.first[g];
            int hi = groups.first[g + 1];
            int[] byRisk = senders.byRisk;
            if (hi - lo <= SMALL_GROUP) {
                for (int m = lo; m < hi; m++) {
                    int i = byRisk[m];
                    if (senders.mayReach(i, dBound, loss, best.threshold())) {
                        best.consider(i, eu(i, j, d, p, r[i], senders.usq[i]));
                    }
                }
                return;
            }
            largeGroup(lo, hi, j, d, p, loss, r, senders, best);
        }

        /**
         * The senders {@code lo … hi − 1} of one large group (in {@code senders.byRisk}) for target {@code j}, all at
         * distance {@code d} with {@code P = p} and {@code λ = loss}: bisection for the peak, then outwards (see
         * {@link #offersOf}). A method of its own, so the JIT compiles it apart from the small-group loop.
         */
        private void largeGroup(
                int lo, int hi, int j, double d, double p, double loss, double[] r, Senders senders, Offer best) {
            int[] byRisk = senders.byRisk;
            double a = d < 1 ? Math.log1p(-d) : Double.NEGATIVE_INFINITY;
            double b = Math.log1p(d);
            int left = lo;
            int right = hi;
            double rising = Double.NaN; // peakSlope at left − 1 once the bisection has tested it
            double falling = Double.NaN; // and at left
            while (left < right) {
                int mid = (left + right) >>> 1;
                double slope = peakSlope(r[byRisk[mid]], a, b, loss);
                if (slope <= 0) { // past the peak (pastPeak)
                    right = mid;
                    falling = slope;
                } else {
                    left = mid + 1;
                    rising = slope;
                }
            }
            int from = Math.max(lo, left - 1);
            int to = Math.min(hi, left + 1);
            double first = Double.NaN;
            double last = Double.NaN;
            for (int m = from; m < to; m++) {
                int i = byRisk[m];
                double e = eu(i, j, d, p, r[i], senders.usq[i]);
                first = m == from ? e : first;
                last = e;
                best.consider(i, e);
            }
            // outwards until the edge is too low to tie the best offer and clearly on the falling side of the peak
            double margin = PEAK_MARGIN * (1 + (d < 1 ? -a : 0) + b);
            for (int m = from - 1; m >= lo; m--) {
                if (first + 4 * EU_ROUNDING < best.threshold()) {
                    rising = Double.isNaN(rising) ? peakSlope(r[byRisk[m + 1]], a, b, loss) : rising;
                    if (rising > margin) {
                        break;
                    }
                }
                int i = byRisk[m];
                first = eu(i, j, d, p, r[i], senders.usq[i]);
                best.consider(i, first);
                rising = Double.NaN;
            }
            for (int m = to; m < hi; m++) {
                if (last + 4 * EU_ROUNDING < best.threshold()) {
                    falling = Double.isNaN(falling) ? peakSlope(r[byRisk[m - 1]], a, b, loss) : falling;
                    if (falling < -margin) {
                        break;
                    }
                }
                int i = byRisk[m];
                last = eu(i, j, d, p, r[i], senders.usq[i]);
                best.consider(i, last);
                falling = Double.NaN;
            }
        }

        /** The best offer (above {@link #MIN_OFFER}) to one target so far: largest EU, then nearest sender, then lowest index. */
        private final class Offer {
            final int target;
            int sender = -1;
            double value;
            /** The largest value above {@link #MIN_OFFER} of the other senders considered, or −∞. */
            double second = Double.NEGATIVE_INFINITY;

            Offer(int target) {
                this.target = target;
            }

            /** The smallest value that can still change the choice: the best value so far, or {@link #MIN_OFFER}. */
            double threshold() {
                return sender >= 0 ? value : MIN_OFFER;
            }

            void consider(int i, double e) {
                if (!(e > MIN_OFFER) || i == sender) { // a seed may be met again in the search
                    return;
                }
                if (sender < 0 || e > value || (e == value && closer(i))) {
                    second = sender < 0 ? second : value;
                    sender = i;
                    value = e;
                } else {
                    second = Math.max(second, e);
                }
            }

            /**
             * Whether the choice is clear of rounding: the best value is more than {@code 4·}{@link #EU_ROUNDING}
             * above {@link #MIN_OFFER} and above every other value considered (the senders ruled out by a bound are
             * at least 10⁻¹² below).
             */
            boolean clear() {
                return sender >= 0 && value > MIN_OFFER + 4 * EU_ROUNDING && value - second > 4 * EU_ROUNDING;
            }

            private boolean closer(int i) {
                double di = Math.abs(x[i] - x[target]);
                double ds = Math.abs(x[sender] - x[target]);
                return di < ds || (di == ds && i < sender);
            }
        }
    }

    /**
     * A bound on the rounding error of one evaluated {@code EU} (its utilities are at most 2 in size and each is a
     * power within one unit in the last place, about 6·10⁻¹⁵ in all): two values closer than twice this may be
     * ordered either way by rounding, so the shortcuts that skip senders keep them this far from the best.
     */
    static final double EU_ROUNDING = 1e-14;

    /** Relative margin on the slope of {@code EU(r)} ({@link #peakSlope}) for its sign to be beyond rounding. */
    private static final double PEAK_MARGIN = 1e-13;

    /**
     * An offer must be worth more than this to its sender. Utilities are of order 1, so a smaller {@code EU} is the
     * rounding of a difference of nearly equal utilities (about 10⁻¹⁶), of no meaningful sign or order.
     */
    static final double MIN_OFFER = 1e-12;

    /** Groups of senders up to this size are searched sender by sender; larger ones by bisection. */
    private static final int SMALL_GROUP = 8;

    private static final double LN2 = Math.log(2);

    /**
     * Whether a sender with risk exponent {@code r} lies past the peak of {@code EU(r)} (or beyond the stretch
     * where it is positive), for one target and one group of senders at distance {@code d}, with {@code a =
     * ln(1 − d)}, {@code b = ln(1 + d)} and {@code λ = s_j(1 − P)}.
     *
     * <p>{@code EU(r) = 4·2^−r·G(r)} with {@code G(r) = 1 − (1 − λ)(1 − d)^r − λ(1 + d)^r}, which is strictly
     * concave in {@code r}. So {@code EU} is positive on one interval, where {@code ln EU = ln 4 − r ln 2 + ln G} is
     * concave: it rises to one peak and falls. Left of that interval {@code G} increases ({@code EU} rises, negative),
     * right of it {@code G} decreases. Hence "past the peak" is {@code G' − ln2·G ≤ 0} where {@code G > 0}, and
     * {@code G' < 0} elsewhere: false for every {@code r} below the peak and true above it, so it can be bisected
     * over senders sorted by {@code r}, and the best sender of the group is next to the first one past the peak.
     */
    static boolean pastPeak(double r, double a, double b, double lambda) {
        return peakSlope(r, a, b, lambda) <= 0;
    }

    /**
     * {@code G' − ln2·G} where {@code G > 0} (the slope of {@code EU(r)} over {@code 4·2^−r}), else {@code G'}; see
     * {@link #pastPeak}. Positive: {@code EU} is larger at {@code r} than at every smaller exponent where it is
     * positive; negative: likewise for every larger exponent.
     */
    static double peakSlope(double r, double a, double b, double lambda) {
        double ea = a == Double.NEGATIVE_INFINITY ? 0 : Math.exp(r * a);
        double eb = Math.exp(r * b);
        double g = 1 - (1 - lambda) * ea - lambda * eb;
        double slope = -(1 - lambda) * (ea == 0 ? 0 : a * ea) - lambda * b * eb;
        return g > 0 ? slope - LN2 * g : slope;
    }

    /**
     * For one target group at {@code xh}, per block of {@link #BLOCK} consecutive sender groups, the parts of the
     * sign and linear bounds that do not depend on the target's salience {@code s_j}, from the block's extremes: with
     * {@code d} in {@code [dmin, dmax]} over the block, {@code keep = 1 − P ≥ keepMin}, the largest {@code gainSlope},
     * the smallest {@code lossSlope} and the largest slope of the line above {@code ρ} ({@link Senders}), every group
     * of the block has linear bound {@code d·(gain − s_j·keep·loss) ≤ blockGain − s_j·blockLoss}, and the sign bound
     * applies to all of them when {@code s_j·keepMin > blockLine}. Set up in O(k/16) per target group; the
     * buffers are reused.
     */
    private static final class Screen {
        static final int BLOCK = 16;

        final int blocks;
        final double[] blockGain;
        final double[] blockLoss;
        final double[] blockKeep;
        final double[] blockLine;
        /**
         * Per block, the Taylor bound's parts ({@code d ≤ ¼} only, else the rest is +∞): {@code d·slope·L} is at most
         * {@code slope·dMax·L⁺} for {@code slope ≥ 0} and {@code slope·dMin·L⁻} below, with {@code slope ≤ 1 −
         * 2 s_j·keepMin}; the quadratic and cubic terms at their extremes over the block.
         */
        final double[] taylorHigh;

        final double[] taylorLow;
        final double[] taylorRest;
        /** Per group: its screen key for the current target (≥ 0: it may beat the bar). */
        final double[] key;
        /** Per block: {@link #bound} for the current target. */
        final double[] blockBound;

        Screen(int k) {
            blocks = (k + BLOCK - 1) / BLOCK;
            blockGain = new double[blocks];
            blockLoss = new double[blocks];
            blockKeep = new double[blocks];
            blockLine = new double[blocks];
            taylorHigh = new double[blocks];
            taylorLow = new double[blocks];
            taylorRest = new double[blocks];
            key = new double[k];
            blockBound = new double[blocks];
        }

        void fill(double[] xs, double xh, double inverseRange, double[] row, long span, Senders senders) {
            int k = xs.length;
            int positiveFrom = PositionGroups.spanFrom(span);
            int positiveTo = PositionGroups.spanTo(span);
            for (int block = 0; block < blocks; block++) {
                int from = block * BLOCK;
                int to = Math.min(k, from + BLOCK);
                double maxP = 0;
                for (int g = Math.max(from, positiveFrom); g < Math.min(to, positiveTo); g++) {
                    maxP = row[g] > maxP ? row[g] : maxP;
                }
                double lo = xs[from];
                double hi = xs[to - 1];
                double dMin = (xh < lo ? lo - xh : xh > hi ? xh - hi : 0) * inverseRange;
                double dMax = Math.max(Math.abs(lo - xh), Math.abs(hi - xh)) * inverseRange;
                double keepMin = 1 - maxP;
                double rho = senders.blockRho[block];
                blockGain[block] = dMax * senders.blockGain[block];
                blockLoss[block] = dMin * keepMin * senders.blockLoss[block];
                blockKeep[block] = keepMin;
                blockLine[block] = 0.5 + 1e-9 + (rho >= 0 ? rho * dMax : rho * dMin);
                taylorHigh[block] = dMax * senders.blockLinearMax[block];
                taylorLow[block] = dMin * senders.blockLinearMin[block];
                double quadratic = senders.blockQuadraticMax[block];
                taylorRest[block] = dMax <= 0.25
                        ? quadratic * (quadratic >= 0 ? dMax * dMax : dMin * dMin)
                                + senders.blockCubicMax[block] * (1 + 4.22 * dMax) * dMax * dMax * dMax
                        : Double.POSITIVE_INFINITY;
            }
        }

        /**
         * An upper bound on the offers of every group of {@code block} to a target of salience {@code sj}: the least of
         * the linear and Taylor bounds, or {@code −Double.MAX_VALUE} when the sign bound rules them all out (finite,
         * so that {@link Senders#below} holds for it).
         */
        double bound(int block, double sj) {
            if (sj * blockKeep[block] > blockLine[block]) {
                return -Double.MAX_VALUE;
            }
            double linear = blockGain[block] - sj * blockLoss[block];
            double slope = 1 - 2 * sj * blockKeep[block];
            double taylor = (slope >= 0 ? slope * taylorHigh[block] : slope * taylorLow[block]) + taylorRest[block];
            return Math.min(linear, taylor);
        }
    }

    /**
     * Upper bounds on {@code EU_i(ij) = 4·½^r·(A − λB) = 4·½^r·B·(ρ − λ)} with {@code A = 1 − (1 − d)^r}, {@code
     * B = (1 + d)^r − (1 − d)^r}, {@code ρ = A/B} and {@code λ = s_j(1 − P_ij)}, so that most senders are ruled
     * out without evaluating their two powers:
     *
     * <ul>
     *   <li>Linear (every {@code d}): {@code A} is concave in {@code d} for {@code r ≥ 1} (below its tangent at 0)
     *       and convex below (below its chord), so {@code A ≤ max(1, r)·d}; {@code B} is concave for {@code 1 ≤ r ≤
     *       2} (above its chord, {@code 2^r·d}) and convex otherwise (above its tangent at 0, {@code 2r·d}), so
     *       {@code B ≥ c(r)·d}.
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
     * Per sender, for one round's risk exponents: {@code U^sq} and the constants of the bounds of {@link
     * BoundGrid}; per group of senders at one position, the extremes of those constants over its members, so that
     * one bound covers the whole group.
     */
    private static final class Senders {
        final double[] usq;
        /** The senders of each group (at {@code groups.first[g] …}), sorted by risk exponent, then input index. */
        final int[] byRisk;

        private final double[] r;
        private final double[] scale;
        private final double[] gainSlope;
        private final double[] lossSlope;
        private final double[] kappa;
        private final int[] cell;
        /** Per group: largest {@code gainSlope}, smallest {@code lossSlope}, largest slope of the line above ρ. */
        final double[] groupGain;
        /** Per block of {@link Screen#BLOCK} groups: largest gain slope, smallest loss slope, largest ρ-line slope. */
        final double[] blockGain;

        final double[] blockLoss;
        final double[] blockRho;
        /** Per block: extremes of the groups' Taylor coefficients ({@link #tableBound}). */
        final double[] blockLinearMax;

        final double[] blockLinearMin;
        final double[] blockQuadraticMax;
        final double[] blockCubicMax;

        final double[] groupLoss;
        final double[] groupRho;
        /** Per group: largest and smallest {@code 4·½^r}; table rows of the smallest and largest r (−1: none). */
        private final double[] groupScaleMax;

        private final double[] groupScaleMin;
        private final int[] groupCellMin;
        private final int[] groupCellMax;
        /** Per group, for the Taylor bound: extremes of {@code 4·½^r·r}, of {@code −2·½^r·r(r − 1)}, of {@code 4·½^r·κ}. */
        private final double[] groupLinearMax;

        private final double[] groupLinearMin;
        private final double[] groupQuadraticMax;
        private final double[] groupCubicMax;

        Senders(double[] r, PositionGroups groups) {
            int n = r.length;
            this.r = r;
            usq = new double[n];
            scale = new double[n];
            gainSlope = new double[n];
            lossSlope = new double[n];
            kappa = new double[n];
            cell = new int[n];
            int k = groups.size;
            byRisk = groups.order.clone();
            groupGain = new double[k];
            groupLoss = new double[k];
            groupRho = new double[k];
            groupScaleMax = new double[k];
            groupScaleMin = new double[k];
            groupCellMin = new int[k];
            groupCellMax = new int[k];
            groupLinearMax = new double[k];
            groupLinearMin = new double[k];
            groupQuadraticMax = new double[k];
            groupCubicMax = new double[k];
            int blocks = (k + Screen.BLOCK - 1) / Screen.BLOCK;
            blockGain = new double[blocks];
            blockLoss = new double[blocks];
            blockRho = new double[blocks];
            blockLinearMax = new double[blocks];
            blockLinearMin = new double[blocks];
            blockQuadraticMax = new double[blocks];
            blockCubicMax = new double[blocks];
            // one method per pass, so that the JIT compiles three small loops rather than one large constructor
            fillSenders();
            fillGroups(groups);
            fillBlocks(k);
        }

        /** Per sender: {@code U^sq}, {@code 4·½^r}, the linear bound's slopes, {@code |κ|} and the table row. */
        private void fillSenders() {
            for (int i = 0; i < r.length; i++) {
                double ri = r[i];
                double half = Math.pow(0.5, ri);
                usq[i] = 2 - 4 * half;
                scale[i] = 4 * half;
                gainSlope[i] = 4 * half * Math.max(1, ri);
                lossSlope[i] = ri >= 1 && ri <= 2 ? 4 : 4 * half * 2 * ri; // 4·½^r·2^r = 4 exactly
                kappa[i] = Math.abs(ri * (ri - 1) * (ri - 2)) / 6;
                cell[i] = BoundGrid.riskCell(ri);
            }
        }

        /** Per group: its senders sorted by risk exponent, and the extremes of their constants. */
        private void fillGroups(PositionGroups groups) {
            int k = groups.size;
            for (int g = 0; g < k; g++) {
                IndexSort.byKey(byRisk, groups.first[g], groups.first[g + 1], r);
            }
            for (int g = 0; g < k; g++) {
                double gain = Double.NEGATIVE_INFINITY;
                double loss = Double.POSITIVE_INFINITY;
                double rho = Double.NEGATIVE_INFINITY;
                double scaleMax = Double.NEGATIVE_INFINITY;
                double scaleMin = Double.POSITIVE_INFINITY;
                double linearMax = Double.NEGATIVE_INFINITY;
                double linearMin = Double.POSITIVE_INFINITY;
                double quadraticMax = Double.NEGATIVE_INFINITY;
                double cubicMax = Double.NEGATIVE_INFINITY;
                int cellMin = Integer.MAX_VALUE;
                int cellMax = Integer.MIN_VALUE;
                boolean tabulated = true;
                for (int m = groups.first[g]; m < groups.first[g + 1]; m++) {
                    int i = groups.order[m];
                    double ri = r[i];
                    gain = Math.max(gain, gainSlope[i]);
                    loss = Math.min(loss, lossSlope[i]);
                    rho = Math.max(rho, ri < 1 ? scale[i] / 4 - 0.5 : -(ri - 1) / 4); // scale / 4 = 2^−r
                    scaleMax = Math.max(scaleMax, scale[i]);
                    scaleMin = Math.min(scaleMin, scale[i]);
                    linearMax = Math.max(linearMax, scale[i] * ri);
                    linearMin = Math.min(linearMin, scale[i] * ri);
                    quadraticMax = Math.max(quadraticMax, -0.5 * scale[i] * ri * (ri - 1));
                    cubicMax = Math.max(cubicMax, scale[i] * kappa[i]);
                    tabulated &= cell[i] >= 0;
                    cellMin = Math.min(cellMin, cell[i]);
                    cellMax = Math.max(cellMax, cell[i]);
                }
                groupGain[g] = gain;
                groupLoss[g] = loss;
                groupRho[g] = rho;
                groupScaleMax[g] = scaleMax;
                groupScaleMin[g] = scaleMin;
                groupLinearMax[g] = linearMax;
                groupLinearMin[g] = linearMin;
                groupQuadraticMax[g] = quadraticMax;
                groupCubicMax[g] = cubicMax;
                groupCellMin[g] = tabulated ? cellMin : -1;
                groupCellMax[g] = tabulated ? cellMax : -1;
            }
        }

        /** Per block of {@link Screen#BLOCK} groups: the extremes of the groups' constants. */
        private void fillBlocks(int k) {
            for (int block = 0; block < blockGain.length; block++) {
                double gain = Double.NEGATIVE_INFINITY;
                double loss = Double.POSITIVE_INFINITY;
                double rho = Double.NEGATIVE_INFINITY;
                double linearMax = Double.NEGATIVE_INFINITY;
                double linearMin = Double.POSITIVE_INFINITY;
                double quadraticMax = Double.NEGATIVE_INFINITY;
                double cubicMax = Double.NEGATIVE_INFINITY;
                for (int g = block * Screen.BLOCK; g < Math.min(k, (block + 1) * Screen.BLOCK); g++) {
                    gain = Math.max(gain, groupGain[g]);
                    loss = Math.min(loss, groupLoss[g]);
                    rho = Math.max(rho, groupRho[g]);
                    linearMax = Math.max(linearMax, groupLinearMax[g]);
                    linearMin = Math.min(linearMin, groupLinearMin[g]);
                    quadraticMax = Math.max(quadraticMax, groupQuadraticMax[g]);
                    cubicMax = Math.max(cubicMax, groupCubicMax[g]);
                }
                blockGain[block] = gain;
                blockLoss[block] = loss;
                blockRho[block] = rho;
                blockLinearMax[block] = linearMax;
                blockLinearMin[block] = linearMin;
                blockQuadraticMax[block] = quadraticMax;
                blockCubicMax[block] = cubicMax;
            }
        }

        /**
         * An upper bound on {@code EU_i(ij)} for every sender {@code i} of group {@code g}, at distance {@code d}
         * from the target with {@code λ = s_j(1 − P) = loss}, once the sign and linear bounds ({@link Screen}) have
         * failed:
         *
         * <ul>
         *   <li>table: the members' risk exponents lie in table rows {@code m0 … m1}, where {@code A} is largest in
         *       row {@code m1}, {@code B} smallest and {@code ρ} largest in row {@code m0};
         *   <li>Taylor ({@code d ≤ ¼}): the members' expansions, term by term at their extremes.
         * </ul>
         *
         * Returns +∞ when no table row holds some member's exponent.
         */
        double tableBound(int g, double d, double loss, double bar) {
            int m0 = groupCellMin[g];
            if (m0 < 0 || !(d <= 1)) {
                return Double.POSITIVE_INFINITY;
            }
            double[] table = BoundGrid.TABLE;
            int low = BoundGrid.index(m0, d);
            int high = BoundGrid.index(groupCellMax[g], d);
            double scaleMax = groupScaleMax[g];
            double scaleMin = groupScaleMin[g];
            double spread = table[high] - loss * table[low + 1];
            double bound = (spread >= 0 ? scaleMax : scaleMin) * spread;
            double gap = table[low + 3] - loss;
            double lowerB = Math.max(scaleMin * table[low + 1], d * groupLoss[g]);
            bound = Math.min(bound, gap < 0 ? lowerB * gap : scaleMax * table[high + 2] * gap);
            if (d <= 0.25 && !below(bound, bar)) {
                double slope = 1 - 2 * loss;
                double linear = (slope >= 0 ? groupLinearMax[g] : groupLinearMin[g]) * slope;
                double taylor = d * (linear + groupQuadraticMax[g] * d + groupCubicMax[g] * (1 + 4.22 * d) * d * d);
                bound = Math.min(bound, taylor);
            }
            return bound;
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

    /**
     * Scholz et al. section 5: risk from how exposed each actor is to others' challenges, {@code R_i = (2 S_i −
     * S_max − S_min)/(S_max − S_min)} and {@code r_i = (1 − R_i/3)/(1 + R_i/3)}; 1 for everyone when all exposures
     * are equal. (Shared with the Scholz code reading, whose "dangers" are its exposures.)
     */
    static double[] riskExponents(double[] exposure) {
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
