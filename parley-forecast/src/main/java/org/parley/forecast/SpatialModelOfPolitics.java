package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * KTAB's Spatial Model of Politics (SMP) on one issue: challenges, bargains and probabilistic voting, turn
 * by turn.
 *
 * <p>Positions {@code y ∈ [0,1]} (the 0–100 scale divided by 100), saliences {@code s ∈ [0,1]},
 * capabilities {@code c}; normalised distance {@code d_ij = |y_i − y_j|}. Each turn:
 *
 * <ol>
 *   <li><b>Risk.</b> Risk-neutral utilities {@code 1 − d}; coalition strengths {@code C(i:j) = Σ_k max(0,
 *       c_k(d_kj − d_ki))}; victory odds {@code P(i ≻ j) = C(i:j)/(C(i:j) + C(j:i))}; probability that
 *       {@code i}'s position prevails {@code p_i ∝ Π_j P(i ≻ j)} (conditional rule); risk attitude {@code
 *       R_i = (2p_i − p_max − p_min)/(p_max − p_min) ∈ [−1, 1]} (the likeliest winner is the most risk
 *       averse).
 *   <li><b>Utility.</b> {@code u_i(y) = (1 − d)(1 + R_i·d)} with {@code d = |y_i − y|}. Every actor uses the
 *       true {@code R} of the others (KTAB's "full" risk adjustment).
 *   <li><b>Challenges.</b> For each ordered pair, {@code i}'s estimate that it beats {@code j}: the
 *       principals contribute {@code s_i c_i (1 − u_i(y_j))} for {@code i} and {@code s_j c_j (1 − u_j(y_i))}
 *       for {@code j}; each third party {@code n} first judges the little contest with only the principals
 *       and itself, {@code π = (C_i + v⁺)/(C_i + v⁺ + C_j + v⁻)} with {@code v = s_n c_n (u_n(y_i) −
 *       u_n(y_j))}, then votes {@code s_n c_n [π(1 − u_n(y_i)) − (1 − π)(1 − u_n(y_j))]} (semi-committed third
 *       parties); {@code P_ij = C_i / (C_i + C_j)} over all votes. The gain of challenging is {@code ΔEU =
 *       (1 − s_j)·2 + s_j(2P_ij + 2(1 − P_ij)u_i(y_j)) − (1 + u_i(y_j))}; {@code i} targets the {@code j}
 *       with the largest gain above 10⁻⁵.
 *   <li><b>Bargains.</b> Target and initiator meet at {@code b = (ω_i y_i + ω_j y_j)/(ω_i + ω_j)} with
 *       {@code ω = s²P²} (KTAB's {@code S2P2} interpolation), both moving to it.
 *   <li><b>Choice.</b> Each actor weighs its own candidate bargains (status quo, those it initiated, those
 *       aimed at it) by the mean utility every actor gets from the resulting positions, runs the same
 *       proportional vote over them with capabilities as weights, and adopts the most probable one.
 * </ol>
 *
 * Turns repeat until no actor moves by 2 % of the scale or more, or {@link ForecastOptions#maxRounds()}
 * (at most 100). The forecast is the expected position under the final probability of prevailing, {@code Σ
 * p_i y_i}.
 *
 * <p>Reference: B. L. Wise, L. S. Yaseen, et al., KAPSARC Toolkit for Behavioral Analysis (KTAB), SMP
 * library ({@code examples/smp/libsrc/smp.cpp, smpbcn.cpp}, MIT licence), and B. L. Wise, "KTAB: SMP
 * technical description", KAPSARC, 2015–2017.
 *
 * <p>Departures: one issue at a time (KTAB also handles vectors of issues); KTAB rounds bargains to four
 * decimals, this model does not; capabilities are divided by their sum so that KTAB's small absolute floors
 * (10⁻¹⁰ on coalitions) do not depend on the unit; ties go to the first actor in input order.
 *
 * <p>Cost O(n³) per turn (KTAB's per-estimator loops are O(n⁴)), halved by a mirror identity: the contest of
 * {@code j} against {@code i} is that of {@code i} against {@code j} with the principals swapped, so {@code v}
 * changes sign, {@code π' = 1 − π}, every third-party vote changes sign, {@code C'_j = C_i}, {@code C'_i = C_j}
 * and {@code P_ji = 1 − P_ij}: one pass over third parties per unordered pair gives both (likewise for each pair of
 * bargains in the choice step). The inner loop is branch-free; the positive and negative votes are summed as
 * {@code (Σ|x| ± Σx)/2}. Pair rows run in parallel, each task writing only its own cells and summing in a fixed
 * order, so results do not depend on threading. Deterministic. See {@code docs/models/smp.md}.
 */
public final class SpatialModelOfPolitics extends SingleIssueModel {

    static final double MIN_COALITION = 1e-10;
    private static final double MIN_GAIN = 1e-5;
    private static final double MIN_WEIGHT = 1e-6;
    private static final double STOP_MOVE = 0.02;
    private static final int MAX_TURNS = 100;
    private static final double MIN_OPTION_SUPPORT = 1e-8;
    /** Below this many options, one actor's choice is computed on one thread. */
    private static final int PARALLEL_OPTIONS = 16;

    @Override
    public String name() {
        return "smp";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        int n = input.size();
        double[] y = new double[n];
        double[] s = new double[n];
        double[] c = new double[n];
        List<String> ids = new ArrayList<>(n);
        double totalCapability = 0;
        for (Stance st : input.stances()) {
            totalCapability += st.capability();
        }
        for (int i = 0; i < n; i++) {
            Stance st = input.stances().get(i);
            y[i] = st.position() / 100.0;
            s[i] = st.salience() / 100.0;
            // only ratios of capability matter; normalising keeps the small floors below scale-free
            c[i] = st.capability() / totalCapability;
            ids.add(st.actorId());
        }
        int maxTurns = Math.min(MAX_TURNS, options.maxRounds());
        List<Round> rounds = new ArrayList<>();
        double[] prob = prevailing(y, c);
        rounds.add(Round.of(0, scaled(y), 100 * expected(y, prob)));
        boolean settled = n < 2;
        for (int turn = 1; turn <= maxTurns && !settled; turn++) {
            double[] risk = riskFromProbability(prob);
            double[] next = turn(y, s, c, risk);
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next[i] - y[i]));
            }
            y = next;
            prob = prevailing(y, c);
            rounds.add(Round.of(turn, scaled(y), 100 * expected(y, prob)));
            settled = moved < STOP_MOVE;
        }
        double forecast = rounds.get(rounds.size() - 1).forecast();
        String note = String.format(
                Locale.ROOT,
                "%d turn(s), %s",
                rounds.size() - 1,
                settled ? "moves below 2% of the scale" : "turn limit reached");
        return IssueForecast.at(name(), input, forecast, new Trajectory(ids, rounds, settled), note);
    }

    /** Probability that each actor's position prevails, by risk-neutral proportional voting (conditional PCE). */
    static double[] prevailing(double[] y, double[] weight) {
        int n = y.length;
        PairwiseSums sums = PairwiseSums.of(y, weight);
        double[] logP = new double[n];
        double maxLog = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double cij = MIN_COALITION + 0.5 * (sums.engaged[i][j] + sums.net[i][j]);
                    double cji = MIN_COALITION + 0.5 * (sums.engaged[i][j] - sums.net[i][j]);
                    logP[i] += Math.log(Math.max(cij, MIN_COALITION)
                            / (Math.max(cij, MIN_COALITION) + Math.max(cji, MIN_COALITION)));
                }
            }
            maxLog = Math.max(maxLog, logP[i]);
        }
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(logP[i] - maxLog);
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }

    static double[] riskFromProbability(double[] p) {
        double pmin = Double.POSITIVE_INFINITY;
        double pmax = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            pmin = Math.min(pmin, v);
            pmax = Math.max(pmax, v);
        }
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = pmax > pmin ? (2 * p[i] - (pmax + pmin)) / (pmax - pmin) : 0;
        }
        return r;
    }

    static double utility(double d, double risk) {
        return (1 - d) * (1 + d * risk);
    }

    /** One turn from positions {@code y}: challenges, bargains and choices; returns the new positions. */
    static double[] turn(double[] y, double[] s, double[] c, double[] risk) {
        int n = y.length;
        // ut[a][k] = utility to actor k of actor a's position (column of the utility matrix, contiguous)
        double[][] ut = new double[n][n];
        double[] rowSum = new double[n];
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                double u = utility(Math.abs(y[k] - y[a]), risk[k]);
                ut[a][k] = u;
                rowSum[k] += u;
            }
        }
        double[] sc = new double[n];
        for (int i = 0; i < n; i++) {
            sc[i] = s[i] * c[i];
        }
        double[][] odds = challengeOdds(sc, ut);
        int[] target = new int[n];
        double[] pWin = new double[n];
        for (int i = 0; i < n; i++) {
            bestChallenge(i, s, ut, odds, target, pWin);
        }
        // bargains[k] lists, for actor k, bargains as {initiator, receiver, yInit, yRcvr}
        List<List<double[]>> bargains = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            bargains.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int j = target[i];
            if (j < 0) {
                continue;
            }
            double wi = Math.pow(s[i] * pWin[i], 2);
            double wj = Math.pow(s[j] * (1 - pWin[i]), 2);
            double bi = ((wi + MIN_WEIGHT) * y[i] + wj * y[j]) / (wi + MIN_WEIGHT + wj);
            double bj = (wi * y[i] + (MIN_WEIGHT + wj) * y[j]) / (wi + MIN_WEIGHT + wj);
            double[] b = {i, j, bi, bj};
            bargains.get(i).add(b);
            bargains.get(j).add(b);
        }
        double[] next = y.clone();
        IntStream.range(0, n).parallel().forEach(k -> next[k] = choose(k, y, c, risk, ut, rowSum, bargains.get(k)));
        return next;
    }

    /**
     * {@code odds[i][j] = P_ij}, i's estimate that it beats j, for every ordered pair. The contest of {@code j}
     * against {@code i} mirrors that of {@code i} against {@code j} (principals and utilities swap, {@code v}
     * changes sign, so {@code π' = 1 − π} and every vote changes sign): the positive votes of one are the
     * negative votes of the other, and one pass over third parties per unordered pair gives both {@code P_ij =
     * C_i/(C_i + C_j)} and {@code P_ji = C_j/(C_i + C_j)}. Rows {@code r} and {@code n − 1 − r} of the upper
     * triangle are one parallel task ({@code n − 1} pairs in all), so tasks are of equal size; each pair's two
     * cells are written by one task only, so the result does not depend on scheduling.
     */
    static double[][] challengeOdds(double[] sc, double[][] ut) {
        int n = sc.length;
        double[][] odds = new double[n][n];
        IntStream.range(0, n / 2 + n % 2).parallel().forEach(r -> {
            double[] votes = new double[n];
            challengeOddsRow(r, sc, ut, odds, votes);
            if (n - 1 - r != r) {
                challengeOddsRow(n - 1 - r, sc, ut, odds, votes);
            }
        });
        return odds;
    }

    /** Fills {@code odds[i][j]} and {@code odds[j][i]} for every {@code j > i}; {@code votes} is scratch. */
    private static void challengeOddsRow(int i, double[] sc, double[][] ut, double[][] odds, double[] votes) {
        int n = sc.length;
        double[] ui = ut[i];
        double[] sums = new double[2];
        for (int j = i + 1; j < n; j++) {
            double[] uj = ut[j];
            double ci = MIN_COALITION + sc[i] * (1 - uj[i]); // uj[i]: utility to i of j's position
            double cj = MIN_COALITION + sc[j] * (1 - ui[j]);
            thirdPartyVotes(ui, uj, sc, ci, cj, votes);
            votes[i] = 0; // the principals are not third parties
            votes[j] = 0;
            splitSum(votes, sums);
            double chi = ci + sums[0];
            double chj = cj + sums[1];
            double total = chi + chj;
            odds[i][j] = chi / total;
            odds[j][i] = chj / total;
        }
    }

    /**
     * {@code votes[m]}: third party m's vote in the contest of i against j, {@code s_m c_m [π(1 − u_m(y_i)) −
     * (1 − π)(1 − u_m(y_j))]} with {@code π = (C_i + v⁺)/(C_i + C_j + |v|)}, {@code v = s_m c_m (u_m(y_i) −
     * u_m(y_j))}, for every m (the caller discards the principals). Branch-free, so it compiles to vector
     * instructions.
     */
    private static void thirdPartyVotes(double[] ui, double[] uj, double[] sc, double ci, double cj, double[] votes) {
        double cij = ci + cj;
        for (int m = 0; m < votes.length; m++) {
            double a = ui[m];
            double b = uj[m];
            double v = sc[m] * (a - b);
            double absV = Math.abs(v);
            double pin = (ci + 0.5 * (v + absV)) / (cij + absV);
            votes[m] = sc[m] * (pin * (1 - a) - (1 - pin) * (1 - b));
        }
    }

    /** The {@code j} with the largest gain to {@code i} of challenging it, above {@code MIN_GAIN}; first on ties. */
    private static void bestChallenge(int i, double[] s, double[][] ut, double[][] odds, int[] target, double[] pWin) {
        int n = s.length;
        int best = -1;
        double bestGain = -1;
        double bestP = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double uij = ut[j][i]; // utility to i of j's position
            double p = odds[i][j];
            double gain = (1 - s[j]) * 2 + s[j] * (2 * p + 2 * (1 - p) * uij) - (1 + uij);
            if (gain > MIN_GAIN && gain > bestGain) {
                best = j;
                bestGain = gain;
                bestP = p;
            }
        }
        target[i] = best;
        pWin[i] = bestP;
    }

    private static double choose(
            int k, double[] y, double[] c, double[] risk, double[][] ut, double[] rowSum, List<double[]> mine) {
        if (mine.isEmpty()) {
            return y[k];
        }
        int n = y.length;
        int nb = mine.size() + 1; // option 0 is the status quo
        double[][] u = new double[nb][n]; // u[b][a] = mean utility to actor a of the state after bargain b
        for (int a = 0; a < n; a++) {
            u[0][a] = rowSum[a] / n;
            for (int b = 1; b < nb; b++) {
                double[] brg = mine.get(b - 1);
                int bi = (int) brg[0];
                int bj = (int) brg[1];
                double sum = rowSum[a]
                        - ut[bi][a]
                        - ut[bj][a]
                        + utility(Math.abs(y[a] - brg[2]), risk[a])
                        + utility(Math.abs(y[a] - brg[3]), risk[a]);
                u[b][a] = sum / n;
            }
        }
        // logOdds[b1][b2] = log P(b1 ≻ b2); one pass over actors per unordered pair gives both directions
        double[][] logOdds = new double[nb][nb];
        IntStream rows = IntStream.range(0, nb / 2 + nb % 2);
        (nb >= PARALLEL_OPTIONS ? rows.parallel() : rows).forEach(r -> {
            double[] diff = new double[n];
            double[] sums = new double[2];
            optionLogOddsRow(r, c, u, logOdds, diff, sums);
            if (nb - 1 - r != r) {
                optionLogOddsRow(nb - 1 - r, c, u, logOdds, diff, sums);
            }
        });
        int chosen = 0;
        double bestLogP = Double.NEGATIVE_INFINITY;
        for (int b1 = 0; b1 < nb; b1++) {
            double logP = 0;
            for (int b2 = 0; b2 < nb; b2++) {
                if (b2 != b1) {
                    logP += logOdds[b1][b2];
                }
            }
            if (logP > bestLogP) {
                chosen = b1;
                bestLogP = logP;
            }
        }
        if (chosen == 0) {
            return y[k];
        }
        double[] brg = mine.get(chosen - 1);
        return (int) brg[0] == k ? brg[2] : brg[3];
    }

    /**
     * Fills {@code logOdds[b1][b2]} and {@code logOdds[b2][b1]} for every {@code b2 > b1}: the proportional vote
     * {@code C(b1:b2) = 10⁻⁸ + Σ_a max(0, c_a (u_a(b1) − u_a(b2)))} and its mirror {@code C(b2:b1)}, the sum of the
     * negative parts.
     */
    private static void optionLogOddsRow(
            int b1, double[] c, double[][] u, double[][] logOdds, double[] diff, double[] sums) {
        int n = c.length;
        int nb = u.length;
        double[] u1 = u[b1];
        for (int b2 = b1 + 1; b2 < nb; b2++) {
            double[] u2 = u[b2];
            for (int a = 0; a < n; a++) {
                diff[a] = c[a] * (u1[a] - u2[a]);
            }
            splitSum(diff, sums);
            double c12 = MIN_OPTION_SUPPORT + sums[0];
            double c21 = MIN_OPTION_SUPPORT + sums[1];
            double total = c12 + c21;
            logOdds[b1][b2] = Math.log(c12 / total);
            logOdds[b2][b1] = Math.log(c21 / total);
        }
    }

    /**
     * {@code into[0] = Σ max(x_m, 0)} and {@code into[1] = Σ max(−x_m, 0)} over all {@code m}, as {@code (Σ|x| ±
     * Σx)/2} with both sums taken in four fixed lanes: branch-free, a short dependency chain, and always the same
     * order, so the result does not depend on anything but {@code x}.
     */
    private static void splitSum(double[] x, double[] into) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        int m = 0;
        for (; m + 3 < x.length; m += 4) {
            s0 += x[m];
            s1 += x[m + 1];
            s2 += x[m + 2];
            s3 += x[m + 3];
            a0 += Math.abs(x[m]);
            a1 += Math.abs(x[m + 1]);
            a2 += Math.abs(x[m + 2]);
            a3 += Math.abs(x[m + 3]);
        }
        for (; m < x.length; m++) {
            s0 += x[m];
            a0 += Math.abs(x[m]);
        }
        double sum = (s0 + s1) + (s2 + s3);
        double abs = (a0 + a1) + (a2 + a3);
        into[0] = 0.5 * (abs + sum);
        into[1] = 0.5 * (abs - sum);
    }

    private static double expected(double[] y, double[] p) {
        double e = 0;
        for (int i = 0; i < y.length; i++) {
            e += p[i] * y[i];
        }
        return Math.max(0, Math.min(1, e));
    }

    private static double[] scaled(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = 100 * y[i];
        }
        return out;
    }
}
