package org.parley.forecast;

import java.util.Arrays;

/**
 * Bueno de Mesquita's expected-utility model as the program of Scholz, Calbert and Smith (2011) computes it
 * (the "Scholz code reading", short name {@code eu-scholz}), which differs in several places from the paper's
 * equations that {@link ExpectedUtilityModel} reads.
 *
 * <p>Each round, with positions {@code x}, saliences {@code s ∈ [0,1]}, capabilities {@code c}, {@code Δ = max
 * − min} of the initial positions and each actor's current risk exponent {@code r}:
 *
 * <ol>
 *   <li>Vote of {@code k} between positions {@code a} and {@code b} (positive when {@code k} prefers {@code a}):
 *       {@code v_k(a, b) = c_k s_k ((|x_k − b|/Δ)^{r_k} − (|x_k − a|/Δ)^{r_k})}.
 *   <li>Probability that position {@code x_i} prevails over {@code x_j}: {@code P(x_i, x_j) = Σ_k max(0,
 *       v_k(x_i, x_j)) / Z} with the global normaliser {@code Z = Σ_k Σ_a Σ_b |v_k(x_a, x_b)|} over all
 *       ordered pairs of actors; 0 when {@code x_i = x_j} or {@code Z = 0}.
 *   <li>Utilities as perceived by {@code p} (its exponent {@code r_p}), with {@code d = |x_i − x_j|/Δ}:
 *       {@code U^s = 2 − 4(½ − ½d)^{r_p}}, {@code U^f = 2 − 4(½ + ½d)^{r_p}}, {@code U^sq = 2 − 4·½^{r_p}};
 *       {@code EU^p(i, j) = s_j(P(x_i, x_j) U^s + (1 − P) U^f) + (1 − s_j) U^s − U^sq} ({@code Q = 1}).
 *   <li>Risk: with every {@code r = 1}, {@code danger_i = Σ_{o≠i} EU^i(o, i)}; {@code R_i = (2 danger_i −
 *       max − min)/(max − min)} (0 when all dangers are equal), {@code r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [½,
 *       2]}; all exponents are replaced at once.
 *   <li>Offers, with the new exponents: every actor {@code i} looks at each {@code o} at another position,
 *       with {@code e_io = EU^i(i, o)} and {@code e_oi = EU^i(o, i)} (both in {@code i}'s own view). If {@code
 *       e_oi > e_io > 0}, {@code i} would lose a confrontation and move to {@code x_o}; else if {@code e_oi > 0
 *       > e_io} and {@code e_oi > |e_io|}, it would compromise at {@code x_i + (x_o − x_i)|e_io/e_oi|}. It takes
 *       the confrontation with the smallest {@code |x_i − x_o|} if it has any, else the compromise with the
 *       smallest {@code (|e_io| x_i + |e_oi| x_o)/(|e_io| + |e_oi|)}, else it holds (ties: first in input
 *       order). All moves of a round are simultaneous. There is no capitulation: the program's test for it can
 *       never hold (see {@code docs/models/expected-utility.md}).
 * </ol>
 *
 * Each round reports the median position: the lower weighted median of the current positions (weights
 * {@code c·s}), which on a line is the position that wins every pairwise vote when one does. Rounds repeat
 * until no actor moves by more than 10⁻⁹ of the scale or {@link ForecastOptions#maxRounds()}; the forecast is
 * the median of the final positions.
 *
 * <p>Sources: J. B. Scholz, G. J. Calbert and G. A. Smith, "Unravelling Bueno De Mesquita's group decision
 * model", Journal of Theoretical Politics 23(4):510–531, 2011, doi:10.1177/0951629811418142; the reading of
 * their program follows J. McKibben-Sanders' Python re-implementation ({@code
 * github.com/jmckib/bdm-scholz-expected-utility-model}, {@code bdm_scholz_model.py}), whose comments say which
 * steps follow Scholz's code rather than the paper; D. Masad's blog post "BDM model sensitivity analysis"
 * (davidmasad.com) reports that this re-implementation replicates the model and that he received Scholz's
 * original code. The compromise key above is the program's, not the paper's "smallest move" rule.
 *
 * <p>Cost per round O(n³) time and O(n²) memory: two passes (risk-neutral, then risk-adjusted), each filling
 * the n × n matrix {@code (|x_k − x_a|/Δ)^{r_k}} (n² {@code pow} calls), {@code Z} from each voter's sorted
 * utilities (O(n² log n)), and every {@code P} in O(n) (both directions of a pair in one loop); the offers
 * then cost 2n² {@code pow} calls. Positions only enter through differences and {@code Δ}, so the path is
 * scale-invariant (up to rounding). Deterministic: no random step. See {@code docs/models/expected-utility.md}.
 */
public final class ScholzCodeExpectedUtilityModel extends SingleIssueModel {

    /** How an actor answered the offers of one round. */
    enum Response {
        /** No acceptable offer: it keeps its position. */
        HOLD,
        /** It expects to lose a confrontation and moves to the other actor's position. */
        CONFRONTATION,
        /** It moves part of the way toward the other actor. */
        COMPROMISE
    }

    /**
     * What one round does (package-private, for tests).
     *
     * @param risk the risk exponents used for the offers
     * @param next every actor's position after the round
     * @param response how each actor answered
     * @param partner the actor whose offer each actor took, or −1 if it held
     */
    record Step(double[] risk, double[] next, Response[] response, int[] partner) {}

    @Override
    public String name() {
        return "eu-scholz";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        SettlingRounds in = SettlingRounds.of(input);
        SettlingRounds.Run run = in.run(options.maxRounds(), new SettlingRounds.Rule() {
            @Override
            public double[] next(double[] x) {
                return step(x, in.s(), in.w(), in.range()).next();
            }

            @Override
            public double forecast(double[] x) {
                return WeightedPositions.lowerMedian(x, in.w());
            }
        });
        return IssueForecast.at(
                name(),
                input,
                run.forecast(),
                run.trajectory(),
                run.note("weighted median of final positions (Scholz code reading)"));
    }

    /**
     * One round from positions {@code x} (saliences {@code s ∈ [0,1]}, weights {@code w = c·s}, fixed {@code
     * range = Δ > 0}).
     */
    static Step step(double[] x, double[] s, double[] w, double range) {
        int n = x.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[][] neutral = prevail(x, w, ones, range);
        double[] danger = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int o = 0; o < n; o++) {
                if (o == i) {
                    continue;
                }
                // EU^i(o, i) with r_i = 1: pow(b, 1) = b
                double d = 0.5 * Math.abs(x[o] - x[i]) / range;
                double us = 2 - 4 * (0.5 - d);
                double uf = 2 - 4 * (0.5 + d);
                double p = neutral[o][i];
                sum += s[i] * (p * us + (1 - p) * uf) + (1 - s[i]) * us - 1.0 * (2 - 4 * 0.5);
            }
            danger[i] = sum;
        }
        double[] r = ExpectedUtilityModel.riskExponents(danger);
        double[][] p = prevail(x, w, r, range);
        double[] next = x.clone();
        Response[] response = new Response[n];
        int[] partner = new int[n];
        for (int i = 0; i < n; i++) {
            double ri = r[i];
            double usq = 2 - 4 * Math.pow(0.5, ri);
            int confrontation = -1;
            double confrontationKey = 0;
            int compromise = -1;
            double compromiseKey = 0;
            double compromiseAt = 0;
            for (int o = 0; o < n; o++) {
                if (x[i] == x[o]) {
                    continue;
                }
                double d = 0.5 * Math.abs(x[i] - x[o]) / range;
                double us = 2 - 4 * Math.pow(0.5 - d, ri);
                double uf = 2 - 4 * Math.pow(0.5 + d, ri);
                double pio = p[i][o];
                double poi = p[o][i];
                double eio = s[o] * (pio * us + (1 - pio) * uf) + (1 - s[o]) * us - 1.0 * usq;
                double eoi = s[i] * (poi * us + (1 - poi) * uf) + (1 - s[i]) * us - 1.0 * usq;
                if (eoi > eio && eio > 0) {
                    double key = Math.abs(x[i] - x[o]);
                    if (confrontation < 0 || key < confrontationKey) {
                        confrontation = o;
                        confrontationKey = key;
                    }
                } else if (eoi > 0 && 0 > eio && eoi > Math.abs(eio)) {
                    double key = (Math.abs(eio) * x[i] + Math.abs(eoi) * x[o]) / (Math.abs(eio) + Math.abs(eoi));
                    if (compromise < 0 || key < compromiseKey) {
                        compromise = o;
                        compromiseKey = key;
                        compromiseAt = x[i] + (x[o] - x[i]) * Math.abs(eio / eoi);
                    }
                }
            }
            if (confrontation >= 0) {
                response[i] = Response.CONFRONTATION;
                partner[i] = confrontation;
                next[i] = x[confrontation];
            } else if (compromise >= 0) {
                response[i] = Response.COMPROMISE;
                partner[i] = compromise;
                next[i] = compromiseAt;
            } else {
                response[i] = Response.HOLD;
                partner[i] = -1;
            }
        }
        return new Step(r, next, response, partner);
    }

    /**
     * {@code P[i][j] = P(x_i, x_j)} for risk exponents {@code r}: the matrix {@code u[a][k] = (|x_k −
     * x_a|/Δ)^{r_k}} once, {@code Z} from each voter's sorted utilities, then both directions of each pair of
     * positions in one loop over the voters ({@code v_k(x_j, x_i) = −v_k(x_i, x_j)}).
     */
    private static double[][] prevail(double[] x, double[] w, double[] r, double range) {
        int n = x.length;
        double[][] u = new double[n][n];
        for (int a = 0; a < n; a++) {
            double[] row = u[a];
            for (int k = 0; k < n; k++) {
                double d = Math.abs(x[k] - x[a]) / range;
                row[k] = r[k] == 1.0 ? d : Math.pow(d, r[k]);
            }
        }
        double z = normaliser(u, w);
        double[][] p = new double[n][n];
        if (!(z > 0)) {
            return p;
        }
        for (int i = 0; i < n; i++) {
            double[] ui = u[i];
            for (int j = i + 1; j < n; j++) {
                if (x[i] == x[j]) {
                    continue;
                }
                double[] uj = u[j];
                double forI = 0;
                double forJ = 0;
                for (int k = 0; k < n; k++) {
                    double v = w[k] * (uj[k] - ui[k]); // v_k(x_i, x_j)
                    if (v > 0) {
                        forI += v;
                    } else {
                        forJ -= v;
                    }
                }
                p[i][j] = forI / z;
                p[j][i] = forJ / z;
            }
        }
        return p;
    }

    /**
     * {@code Z = Σ_k w_k Σ_a Σ_b |u[b][k] − u[a][k]|}: with voter {@code k}'s utilities sorted, {@code u_(0) ≤ …
     * ≤ u_(n−1)}, the sum over ordered pairs is {@code 2 Σ_m (u_(m) − u_(m−1))·m·(n − m)} (each gap is crossed
     * by {@code m(n − m)} unordered pairs; all terms are non-negative, so equal utilities give exactly 0).
     */
    private static double normaliser(double[][] u, double[] w) {
        int n = w.length;
        double[] column = new double[n];
        double z = 0;
        for (int k = 0; k < n; k++) {
            if (w[k] == 0) {
                continue;
            }
            for (int a = 0; a < n; a++) {
                column[a] = u[a][k];
            }
            Arrays.sort(column);
            double pairs = 0;
            for (int m = 1; m < n; m++) {
                pairs += (column[m] - column[m - 1]) * ((double) m * (n - m));
            }
            z += w[k] * 2 * pairs;
        }
        return z;
    }
}
