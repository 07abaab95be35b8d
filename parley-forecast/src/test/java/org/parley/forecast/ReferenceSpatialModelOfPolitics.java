package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Test oracle: the Spatial Model of Politics exactly as first implemented (every ordered pair {@code (i, j)}
 * of the challenge step evaluated with its own pass over third parties, every ordered pair of bargains in the
 * choice step evaluated separately), kept verbatim so that the optimised {@link SpatialModelOfPolitics} can be
 * checked against it. The equations are documented on {@link SpatialModelOfPolitics}.
 */
final class ReferenceSpatialModelOfPolitics extends SingleIssueModel {

    static final double MIN_COALITION = 1e-10;
    private static final double MIN_GAIN = 1e-5;
    private static final double MIN_WEIGHT = 1e-6;
    private static final double STOP_MOVE = 0.02;
    private static final int MAX_TURNS = 100;

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
        int[] target = new int[n];
        double[] pWin = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> bestChallenge(i, s, sc, ut, target, pWin));
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

    private static void bestChallenge(int i, double[] s, double[] sc, double[][] ut, int[] target, double[] pWin) {
        int n = s.length;
        double[] ui = ut[i];
        int best = -1;
        double bestGain = -1;
        double bestP = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double[] uj = ut[j];
            double uij = uj[i]; // utility to i of j's position
            double uji = ui[j]; // utility to j of i's position
            double ci = MIN_COALITION + sc[i] * (1 - uij);
            double cj = MIN_COALITION + sc[j] * (1 - uji);
            double chi = ci;
            double chj = cj;
            for (int m = 0; m < n; m++) {
                if (m == i || m == j) {
                    continue;
                }
                double a = ui[m];
                double b = uj[m];
                double v = sc[m] * (a - b);
                double pin = v > 0 ? (ci + v) / (ci + v + cj) : (ci / (ci + cj - v));
                double vote = sc[m] * (pin * (1 - a) - (1 - pin) * (1 - b));
                if (vote > 0) {
                    chi += vote;
                } else {
                    chj -= vote;
                }
            }
            double p = chi / (chi + chj);
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
        double[] logP = new double[nb];
        for (int b1 = 0; b1 < nb; b1++) {
            for (int b2 = 0; b2 < nb; b2++) {
                if (b1 == b2) {
                    continue;
                }
                double c12 = 1e-8;
                double c21 = 1e-8;
                for (int a = 0; a < n; a++) {
                    double v = c[a] * (u[b1][a] - u[b2][a]);
                    if (v > 0) {
                        c12 += v;
                    } else {
                        c21 -= v;
                    }
                }
                logP[b1] += Math.log(c12 / (c12 + c21));
            }
        }
        int chosen = 0;
        for (int b = 1; b < nb; b++) {
            if (logP[b] > logP[chosen]) {
                chosen = b;
            }
        }
        if (chosen == 0) {
            return y[k];
        }
        double[] brg = mine.get(chosen - 1);
        return (int) brg[0] == k ? brg[2] : brg[3];
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
