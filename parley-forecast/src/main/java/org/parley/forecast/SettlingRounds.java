package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The round loop of the expected-utility readings: an issue's actors as those models read them, and rounds
 * repeated until no actor moves by more than 10⁻⁹ of the scale (positions settled) or the round limit.
 * Package-private.
 *
 * @param x positions on 0–100
 * @param s saliences on [0, 1]
 * @param w weights {@code c·s}
 * @param ids the actors, in input order
 * @param range spread of the initial positions ({@code Δ}, fixed for the whole run)
 */
record SettlingRounds(double[] x, double[] s, double[] w, List<String> ids, double range) {

    /** A largest move of at most this fraction of the 0–100 scale counts as settled. */
    static final double SETTLED = 1e-9;

    /** One model's rounds. */
    interface Rule {
        /** The positions after one round from {@code x}. */
        double[] next(double[] x);

        /** The forecast had the model stopped at positions {@code x} (called for round 0 and after each round). */
        double forecast(double[] x);
    }

    /** The finished run: the trajectory, and whether it ended because positions settled. */
    record Run(Trajectory trajectory, boolean settled) {
        /** The last round's forecast. */
        double forecast() {
            List<Round> rounds = trajectory.rounds();
            return rounds.get(rounds.size() - 1).forecast();
        }

        /** {@code "N round(s), positions settled; " + what} (or {@code round limit reached}). */
        String note(String what) {
            return String.format(
                    Locale.ROOT,
                    "%d round(s), %s; %s",
                    trajectory.rounds().size() - 1,
                    settled ? "positions settled" : "round limit reached",
                    what);
        }
    }

    static SettlingRounds of(ForecastInput input) {
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
        return new SettlingRounds(x, s, w, List.copyOf(ids), max - min);
    }

    /** Runs {@code rule} from the initial positions for at most {@code maxRounds} rounds. */
    Run run(int maxRounds, Rule rule) {
        double[] positions = x;
        List<Round> rounds = new ArrayList<>();
        rounds.add(Round.of(0, positions, rule.forecast(positions)));
        boolean settled = range == 0;
        for (int round = 1; round <= maxRounds && !settled; round++) {
            double[] next = rule.next(positions);
            double moved = 0;
            for (int i = 0; i < next.length; i++) {
                moved = Math.max(moved, Math.abs(next[i] - positions[i]));
            }
            positions = next;
            rounds.add(Round.of(round, positions, rule.forecast(positions)));
            settled = moved <= SETTLED * 100;
        }
        return new Run(new Trajectory(ids, rounds, settled), settled);
    }
}
