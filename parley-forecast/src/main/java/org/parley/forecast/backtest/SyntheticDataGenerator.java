package org.parley.forecast.backtest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.parley.forecast.Stance;

/**
 * Generates synthetic decided issues for tests and examples. It is not a model of real negotiations and no
 * forecasting model was tuned to it.
 *
 * <p>Each case has {@code issuesPerCase} issues and the same {@code actors} actors (so the exchange model has
 * something to trade). Per actor: capability uniform on [1, 10). Per actor and issue: position uniform integer
 * 0–100, salience uniform integer 10–100. The outcome follows a process none of the models assumes: one actor
 * is drawn as "decisive" with probability proportional to capability × salience, and the outcome is its
 * position plus Gaussian noise (standard deviation 10), clamped to 0–100 and rounded to 2 decimals. Issue ids
 * are {@code c<case>/i<issue>}. Deterministic for a seed (commons-rng {@code XO_RO_SHI_RO_128_PP}).
 */
public final class SyntheticDataGenerator {
    private final long seed;

    public SyntheticDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Generates {@code cases × issuesPerCase} issues. */
    public BacktestData generate(int cases, int issuesPerCase, int actors) {
        if (cases < 1 || issuesPerCase < 1 || actors < 1) {
            throw new IllegalArgumentException("cases, issues per case and actors must be >= 1");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ContinuousSampler noise = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, 10);
        List<DecidedIssue> issues = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            double[] capability = new double[actors];
            for (int a = 0; a < actors; a++) {
                capability[a] = round2(1 + 9 * rng.nextDouble());
            }
            for (int k = 0; k < issuesPerCase; k++) {
                List<Stance> stances = new ArrayList<>();
                double total = 0;
                for (int a = 0; a < actors; a++) {
                    Stance s = new Stance("a" + a, rng.nextInt(101), 10 + rng.nextInt(91), capability[a]);
                    stances.add(s);
                    total += s.weight();
                }
                double draw = rng.nextDouble() * total;
                Stance decisive = stances.get(stances.size() - 1);
                for (Stance s : stances) {
                    draw -= s.weight();
                    if (draw < 0) {
                        decisive = s;
                        break;
                    }
                }
                double outcome = round2(Math.max(0, Math.min(100, decisive.position() + noise.sample())));
                issues.add(new DecidedIssue("c" + c + "/i" + k, stances, outcome));
            }
        }
        return new BacktestData("synthetic(seed=" + seed + ")", issues);
    }

    /** Writes data in the backtest CSV format, with a comment saying how it was made. */
    public static void write(BacktestData data, String comment, Writer out) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write(BacktestDataReader.HEADER + "\n");
        for (DecidedIssue issue : data.issues()) {
            for (Stance s : issue.stances()) {
                out.write(String.format(
                        Locale.ROOT,
                        "%s,%s,%s,%s,%s,%s%n",
                        issue.issueId(),
                        s.actorId(),
                        plain(s.position()),
                        plain(s.salience()),
                        plain(s.capability()),
                        plain(issue.outcome())));
            }
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
