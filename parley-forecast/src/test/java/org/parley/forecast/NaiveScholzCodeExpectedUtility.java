package org.parley.forecast;

/**
 * A literal transcription of the Scholz code reading of the expected-utility model, written independently
 * of {@link ScholzCodeExpectedUtilityModel} (no matrices, no sorting, no shared helpers) to check it. Every
 * probability recomputes the global normaliser over all voters and ordered pairs, so one round costs O(n⁵):
 * only for small issues.
 */
final class NaiveScholzCodeExpectedUtility {

    private final double[] c;
    private final double[] s;
    private final double range;
    private double[] x;
    private final double[] r;

    /** Kind and partner of each actor's move in the last round: 'h' holds, 'c' confrontation, 'm' compromise. */
    char[] kind;

    int[] partner;

    /** The risk exponents used for the last round's offers. */
    double[] lastRisk;

    /** Positions on any scale, saliences in [0, 1], capabilities ≥ 0; {@code Δ} from these positions. */
    NaiveScholzCodeExpectedUtility(double[] x, double[] s, double[] c) {
        this.x = x.clone();
        this.s = s.clone();
        this.c = c.clone();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.range = hi - lo;
        this.r = new double[x.length];
        java.util.Arrays.fill(r, 1.0);
    }

    double[] positions() {
        return x.clone();
    }

    /** k's vote for position a over position b, with k's current exponent. */
    private double vote(int k, double a, double b) {
        return c[k] * s[k] * (Math.pow(Math.abs(x[k] - b) / range, r[k]) - Math.pow(Math.abs(x[k] - a) / range, r[k]));
    }

    private double probability(double a, double b) {
        if (a == b) {
            return 0;
        }
        int n = x.length;
        double all = 0;
        for (int k = 0; k < n; k++) {
            for (int a1 = 0; a1 < n; a1++) {
                for (int a2 = 0; a2 < n; a2++) {
                    all += Math.abs(vote(k, x[a1], x[a2]));
                }
            }
        }
        if (all == 0) {
            return 0;
        }
        double top = 0;
        for (int k = 0; k < n; k++) {
            top += Math.max(0, vote(k, a, b));
        }
        return top / all;
    }

    /** Expected utility of i challenging j, as perceived by p. */
    private double eu(int p, int i, int j) {
        double prob = probability(x[i], x[j]);
        double dist = Math.abs(x[i] - x[j]) / range;
        double success = 2 - 4 * Math.pow(0.5 - 0.5 * dist, r[p]);
        double failure = 2 - 4 * Math.pow(0.5 + 0.5 * dist, r[p]);
        double statusQuo = 2 - 4 * Math.pow(0.5, r[p]);
        return s[j] * (prob * success + (1 - prob) * failure) + (1 - s[j]) * success - statusQuo;
    }

    /** One round: risk exponents, then every actor's best offer, then all moves together. */
    void round() {
        int n = x.length;
        java.util.Arrays.fill(r, 1.0);
        double[] danger = new double[n];
        for (int i = 0; i < n; i++) {
            for (int o = 0; o < n; o++) {
                if (o != i) {
                    danger[i] += eu(i, o, i);
                }
            }
        }
        double most = danger[0];
        double least = danger[0];
        for (double d : danger) {
            most = Math.max(most, d);
            least = Math.min(least, d);
        }
        double[] fresh = new double[n];
        for (int i = 0; i < n; i++) {
            double big = most == least ? 0 : (2 * danger[i] - most - least) / (most - least);
            fresh[i] = (1 - big / 3) / (1 + big / 3);
        }
        System.arraycopy(fresh, 0, r, 0, n);
        lastRisk = fresh.clone();
        double[] moved = x.clone();
        kind = new char[n];
        partner = new int[n];
        for (int i = 0; i < n; i++) {
            int bestConfrontation = -1;
            int bestCompromise = -1;
            double compromiseKey = 0;
            double compromiseTo = 0;
            for (int o = 0; o < n; o++) {
                if (x[i] == x[o]) {
                    continue;
                }
                double mine = eu(i, i, o);
                double theirs = eu(i, o, i);
                if (theirs > mine && mine > 0) {
                    if (bestConfrontation < 0 || Math.abs(x[i] - x[o]) < Math.abs(x[i] - x[bestConfrontation])) {
                        bestConfrontation = o;
                    }
                } else if (theirs > 0 && mine < 0 && theirs > Math.abs(mine)) {
                    double key =
                            (Math.abs(mine) * x[i] + Math.abs(theirs) * x[o]) / (Math.abs(mine) + Math.abs(theirs));
                    if (bestCompromise < 0 || key < compromiseKey) {
                        bestCompromise = o;
                        compromiseKey = key;
                        compromiseTo = x[i] + (x[o] - x[i]) * Math.abs(mine / theirs);
                    }
                }
            }
            if (bestConfrontation >= 0) {
                moved[i] = x[bestConfrontation];
                kind[i] = 'c';
                partner[i] = bestConfrontation;
            } else if (bestCompromise >= 0) {
                moved[i] = compromiseTo;
                kind[i] = 'm';
                partner[i] = bestCompromise;
            } else {
                kind[i] = 'h';
                partner[i] = -1;
            }
        }
        x = moved;
    }

    /**
     * The median as the program finds it: going through the distinct positions, keep the current one unless
     * the next wins the risk-neutral pairwise vote against it.
     */
    double median() {
        java.util.List<Double> distinct = new java.util.ArrayList<>();
        for (double v : x) {
            if (!distinct.contains(v)) {
                distinct.add(v);
            }
        }
        double m = distinct.get(0);
        for (double candidate : distinct.subList(1, distinct.size())) {
            double votes = 0;
            for (int k = 0; k < x.length; k++) {
                votes += c[k] * s[k] * (Math.abs(x[k] - m) - Math.abs(x[k] - candidate)) / range;
            }
            if (votes > 0) {
                m = candidate;
            }
        }
        return m;
    }

    double mean() {
        double top = 0;
        double bottom = 0;
        for (int k = 0; k < x.length; k++) {
            top += c[k] * s[k] * x[k];
            bottom += c[k] * s[k];
        }
        return top / bottom;
    }
}
