package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Pairwise majority over the positions actors take, with votes weighted by capability × salience.
 *
 * <p>Candidates are the distinct positions. In the contest {@code a} vs {@code b} actor {@code k} puts its
 * weight {@code w_k = c_k·s_k} behind the candidate nearer its own position (ordered issues) or behind its
 * own option (categorical issues: an actor prefers its option and is indifferent between the others);
 * indifferent actors abstain. {@code V(a,b) = Σ_k w_k·[k prefers a to b]}; {@code a} beats {@code b} when
 * {@code V(a,b) > V(b,a)}. The <b>Condorcet winner</b> beats every other candidate.
 *
 * <p><b>Cycle fallback</b> (no Condorcet winner): Copeland's rule (most pairwise wins minus losses), ties
 * broken by the largest sum of vote margins {@code Σ_b V(a,b) − V(b,a)}, then by the lower position.
 *
 * <p><b>Probabilistic variant</b>: {@code P(a ≻ b) = V(a,b) / (V(a,b) + V(b,a))} (½ when nobody cares);
 * the probability that {@code a} beats all others is {@code Π_{b≠a} P(a ≻ b)}, normalised over the
 * candidates (the conditional rule of KTAB's {@code Model::condPCE}). With {@link #probabilistic()} the
 * forecast on an ordered issue is the probability-weighted mean of the candidates; on a categorical issue,
 * the most probable candidate.
 *
 * <p>References: Condorcet, <i>Essai sur l'application de l'analyse à la probabilité des décisions rendues
 * à la pluralité des voix</i>, 1785; A. H. Copeland, "A reasonable social welfare function", 1951; B. L.
 * Wise et al., KTAB documentation (KAPSARC, 2015) for the probabilistic form.
 *
 * <p>Cost O(n·m²) for n actors and m distinct positions. Handles categorical issues. See {@code
 * docs/models/condorcet.md}.
 */
public final class CondorcetModel extends SingleIssueModel {

    private final boolean probabilistic;

    private CondorcetModel(boolean probabilistic) {
        this.probabilistic = probabilistic;
    }

    /** The deterministic model: Condorcet winner, else the Copeland fallback. */
    public CondorcetModel() {
        this(false);
    }

    /** The probabilistic variant. */
    public static CondorcetModel probabilistic() {
        return new CondorcetModel(true);
    }

    @Override
    public String name() {
        return probabilistic ? "condorcet-p" : "condorcet";
    }

    @Override
    protected boolean handlesCategorical() {
        return true;
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        PairwiseOutcome outcome = contest(input);
        List<Double> c = outcome.candidates();
        String kind = input.isOrdered() ? "" : "categorical issue: pairwise treatment only; ";
        if (!probabilistic) {
            double p = outcome.beatsAll().get(outcome.chosen());
            String how =
                    outcome.hasCycle() ? "no Condorcet winner (tie or cycle): Copeland fallback" : "Condorcet winner";
            return IssueForecast.at(
                    name(),
                    input,
                    c.get(outcome.chosen()),
                    Trajectory.none(),
                    kind + how + String.format(java.util.Locale.ROOT, ", P(beats all) = %.3f", p));
        }
        double point;
        if (input.isOrdered()) {
            point = 0;
            for (int i = 0; i < c.size(); i++) {
                point += c.get(i) * outcome.beatsAll().get(i);
            }
        } else {
            int best = 0;
            for (int i = 1; i < c.size(); i++) {
                if (outcome.beatsAll().get(i) > outcome.beatsAll().get(best)) {
                    best = i;
                }
            }
            point = c.get(best);
        }
        return IssueForecast.at(name(), input, point, Trajectory.none(), kind + "probability-weighted");
    }

    /** The full pairwise contest over an issue's candidate positions. */
    public static PairwiseOutcome contest(ForecastInput input) {
        double[] x = WeightedPositions.positions(input);
        double[] w = WeightedPositions.weights(input);
        List<Double> candidates = new ArrayList<>(new TreeSet<>(toList(x)));
        int m = candidates.size();
        double[][] v = votes(x, w, candidates, input.isOrdered());
        int winner = -1;
        for (int a = 0; a < m && winner < 0; a++) {
            boolean beatsAll = true;
            for (int b = 0; b < m && beatsAll; b++) {
                beatsAll = a == b || v[a][b] > v[b][a];
            }
            if (beatsAll) {
                winner = a;
            }
        }
        double[] logP = new double[m];
        double maxLog = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (a != b) {
                    double tot = v[a][b] + v[b][a];
                    logP[a] += Math.log(tot > 0 ? v[a][b] / tot : 0.5);
                }
            }
            maxLog = Math.max(maxLog, logP[a]);
        }
        List<Double> probs = new ArrayList<>(m);
        double sum = 0;
        for (int a = 0; a < m; a++) {
            sum += maxLog == Double.NEGATIVE_INFINITY ? 1 : Math.exp(logP[a] - maxLog);
        }
        for (int a = 0; a < m; a++) {
            probs.add((maxLog == Double.NEGATIVE_INFINITY ? 1 : Math.exp(logP[a] - maxLog)) / sum);
        }
        int chosen = winner >= 0 ? winner : copeland(v);
        return new PairwiseOutcome(
                candidates, probs, winner >= 0 ? OptionalInt.of(winner) : OptionalInt.empty(), chosen);
    }

    private static double[][] votes(double[] x, double[] w, List<Double> c, boolean ordered) {
        int m = c.size();
        double[][] v = new double[m][m];
        for (int k = 0; k < x.length; k++) {
            if (w[k] <= 0) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                double da = Math.abs(x[k] - c.get(a));
                for (int b = 0; b < m; b++) {
                    if (a == b) {
                        continue;
                    }
                    double db = Math.abs(x[k] - c.get(b));
                    boolean prefersA = ordered ? da < db : da == 0 && db != 0;
                    if (prefersA) {
                        v[a][b] += w[k];
                    }
                }
            }
        }
        return v;
    }

    private static int copeland(double[][] v) {
        int m = v.length;
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        double bestMargin = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < m; a++) {
            int score = 0;
            double margin = 0;
            for (int b = 0; b < m; b++) {
                if (a != b) {
                    score += Integer.signum(Double.compare(v[a][b], v[b][a]));
                    margin += v[a][b] - v[b][a];
                }
            }
            if (score > bestScore || (score == bestScore && margin > bestMargin)) {
                best = a;
                bestScore = score;
                bestMargin = margin;
            }
        }
        return best;
    }

    private static List<Double> toList(double[] x) {
        List<Double> list = new ArrayList<>(x.length);
        for (double d : x) {
            list.add(d);
        }
        return list;
    }
}
