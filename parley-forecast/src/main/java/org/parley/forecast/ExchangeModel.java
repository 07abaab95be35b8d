package org.parley.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stokman's exchange model: actors who care unequally about two issues trade voting positions, each giving
 * way where it cares less to gain where it cares more; the outcome is the compromise of the shifted positions.
 *
 * <p>Per issue {@code d}: weights {@code w_id = c_i s_id}, {@code W_d = Σ_i w_id}, outcome {@code O_d = Σ_i
 * w_id x_id / W_d}; an actor's loss is {@code s_id |x̂_id − O_d|} for its preferred position {@code x̂}.
 * Actors {@code i, j} can exchange on issues {@code (p, q)} when they lie on opposite sides of the outcome on
 * both and {@code s_ip s_jq > s_iq s_jp} ({@code i} cares relatively more about {@code p}, {@code j} about
 * {@code q}). Then {@code j} shifts its voting position on {@code p} toward {@code i}, moving {@code O_p} by
 * {@code δ_p}, and {@code i} shifts on {@code q} toward {@code j}, moving {@code O_q} by {@code δ_q}. The
 * exchange rate gives both the same gain: {@code δ_q = δ_p (s_ip + s_jp)/(s_iq + s_jq)}, and the gain is
 * {@code G = δ_p (s_ip s_jq − s_iq s_jp)/(s_iq + s_jq)}. The shifts are as large as possible such that no
 * actor moves past its partner's position and no outcome passes the beneficiary's position.
 *
 * <p>Each round all feasible exchanges are computed on the current positions and realised in order of
 * decreasing gain; an actor's position on an issue takes part in at most one exchange per round (later
 * exchanges that need it are skipped). Rounds repeat until no exchange gains more than 10⁻⁹ or {@link
 * ForecastOptions#maxRounds()}.
 *
 * <p>References: F. N. Stokman and R. Van Oosten, "The exchange of voting positions: an object-oriented model
 * of policy networks", in <i>European Community Decision Making</i>, Yale University Press, 1994, pp.
 * 105–127; F. N. Stokman, M. A. L. M. van Assen, J. van der Knoop and R. C. H. van Oosten, "Strategic
 * decision making", Advances in Group Processes 17:131–153, 2000.
 *
 * <p>Departures and choices: gains are computed once per round rather than after every single exchange;
 * ties go to the lower actor and issue indices. Needs at least two ordered issues sharing actors; with fewer
 * it returns the plain compromise and says so. Categorical issues: not applicable. Cost O(a²·d²) per round
 * for a actors and d issues. Deterministic. See {@code docs/models/exchange.md}.
 */
public final class ExchangeModel implements ForecastModel {

    private static final double MIN_GAIN = 1e-9;

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public List<IssueForecast> forecast(List<ForecastInput> issues, ForecastOptions options) {
        List<ForecastInput> usable = new ArrayList<>();
        for (ForecastInput in : issues) {
            if (in.isOrdered() && in.totalWeight() > 0) {
                usable.add(in);
            }
        }
        Map<String, Integer> actorIndex = new LinkedHashMap<>();
        for (ForecastInput in : usable) {
            for (Stance s : in.stances()) {
                actorIndex.putIfAbsent(s.actorId(), actorIndex.size());
            }
        }
        int a = actorIndex.size();
        int d = usable.size();
        double[][] x = new double[d][a];
        double[][] sal = new double[d][a];
        double[][] w = new double[d][a];
        boolean[][] present = new boolean[d][a];
        for (int k = 0; k < d; k++) {
            for (Stance s : usable.get(k).stances()) {
                int i = actorIndex.get(s.actorId());
                x[k][i] = s.position();
                sal[k][i] = s.salience() / 100.0;
                w[k][i] = s.weight() / 100.0;
                present[k][i] = true;
            }
        }
        List<List<double[]>> history = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            history.add(new ArrayList<>(List.of(x[k].clone())));
        }
        int rounds = 0;
        int exchanges = 0;
        boolean settled = d < 2;
        while (!settled && rounds < options.maxRounds()) {
            int done = round(x, sal, w, present);
            exchanges += done;
            settled = done == 0;
            if (!settled) {
                rounds++;
                for (int k = 0; k < d; k++) {
                    history.get(k).add(x[k].clone());
                }
            }
        }
        List<IssueForecast> out = new ArrayList<>();
        for (ForecastInput in : issues) {
            int k = usable.indexOf(in);
            if (!in.isOrdered()) {
                out.add(IssueForecast.notApplicable(name(), in, SingleIssueModel.CATEGORICAL));
            } else if (k < 0) {
                out.add(IssueForecast.notApplicable(name(), in, "no actor has both capability and salience"));
            } else {
                out.add(result(in, k, history.get(k), w[k], actorIndex, settled, rounds, exchanges, d));
            }
        }
        return List.copyOf(out);
    }

    private IssueForecast result(
            ForecastInput in,
            int k,
            List<double[]> history,
            double[] w,
            Map<String, Integer> actorIndex,
            boolean settled,
            int rounds,
            int exchanges,
            int d) {
        List<String> ids = in.stances().stream().map(Stance::actorId).toList();
        List<Round> trajectory = new ArrayList<>();
        for (int r = 0; r < history.size(); r++) {
            double[] all = history.get(r);
            double[] mine = new double[ids.size()];
            double[] mw = new double[ids.size()];
            for (int m = 0; m < ids.size(); m++) {
                int i = actorIndex.get(ids.get(m));
                mine[m] = all[i];
                mw[m] = w[i];
            }
            trajectory.add(Round.of(r, mine, WeightedPositions.mean(mine, mw)));
        }
        double point = trajectory.get(trajectory.size() - 1).forecast();
        String note = d < 2
                ? "needs at least two ordered issues to exchange: compromise of unshifted positions"
                : String.format(Locale.ROOT, "%d exchange(s) in %d round(s) across %d issues", exchanges, rounds, d);
        return IssueForecast.at(name(), in, point, new Trajectory(ids, trajectory, settled), note);
    }

    /** One round of exchanges; returns how many were realised. */
    private static int round(double[][] x, double[][] s, double[][] w, boolean[][] present) {
        int d = x.length;
        int a = d == 0 ? 0 : x[0].length;
        double[] total = new double[d];
        double[] outcome = new double[d];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < a; i++) {
                total[k] += w[k][i];
                outcome[k] += w[k][i] * x[k][i];
            }
            outcome[k] /= total[k];
        }
        List<double[]> candidates = new ArrayList<>(); // {gain, i, j, p, q, deltaP, deltaQ}
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                if (i == j) {
                    continue;
                }
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        if (p != q) {
                            double[] c = candidate(i, j, p, q, x, s, w, present, total, outcome);
                            if (c != null) {
                                candidates.add(c);
                            }
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        Set<Long> used = new HashSet<>();
        int realised = 0;
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            int p = (int) c[3];
            int q = (int) c[4];
            long[] keys = {key(i, p, a), key(i, q, a), key(j, p, a), key(j, q, a)};
            boolean free = true;
            for (long k : keys) {
                free &= !used.contains(k);
            }
            if (!free) {
                continue;
            }
            for (long k : keys) {
                used.add(k);
            }
            x[p][j] += Math.signum(x[p][i] - x[p][j]) * c[5] * total[p] / w[p][j];
            x[q][i] += Math.signum(x[q][j] - x[q][i]) * c[6] * total[q] / w[q][i];
            realised++;
        }
        return realised;
    }

    private static long key(int actor, int issue, int actors) {
        return (long) issue * actors + actor;
    }

    private static double[] candidate(
            int i,
            int j,
            int p,
            int q,
            double[][] x,
            double[][] s,
            double[][] w,
            boolean[][] present,
            double[] total,
            double[] outcome) {
        if (!(present[p][i] && present[p][j] && present[q][i] && present[q][j])) {
            return null;
        }
        if (w[p][j] <= 0 || w[q][i] <= 0) {
            return null;
        }
        boolean opposite = (x[p][i] - outcome[p]) * (x[p][j] - outcome[p]) < 0
                && (x[q][i] - outcome[q]) * (x[q][j] - outcome[q]) < 0;
        double advantage = s[p][i] * s[q][j] - s[q][i] * s[p][j];
        if (!opposite || !(advantage > 0)) {
            return null;
        }
        double maxP = Math.min(w[p][j] / total[p] * Math.abs(x[p][j] - x[p][i]), Math.abs(outcome[p] - x[p][i]));
        double maxQ = Math.min(w[q][i] / total[q] * Math.abs(x[q][i] - x[q][j]), Math.abs(outcome[q] - x[q][j]));
        double rate = (s[p][i] + s[p][j]) / (s[q][i] + s[q][j]);
        double deltaP = maxP;
        double deltaQ = deltaP * rate;
        if (deltaQ > maxQ) {
            deltaQ = maxQ;
            deltaP = deltaQ / rate;
        }
        double gain = deltaP * advantage / (s[q][i] + s[q][j]);
        return gain > MIN_GAIN ? new double[] {gain, i, j, p, q, deltaP, deltaQ} : null;
    }
}
