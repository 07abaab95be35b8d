package org.parley.forecast.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.parley.forecast.ExpectedUtilityModel;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ScholzCodeExpectedUtilityModel;
import org.parley.forecast.SpatialModelOfPolitics;
import org.parley.forecast.Stance;
import org.parley.forecast.backtest.Backtest;
import org.parley.forecast.backtest.BacktestData;
import org.parley.forecast.backtest.BacktestDataReader;
import org.parley.forecast.backtest.ReadResult;

/**
 * Wall-clock benchmarks of the forecasting engine (not a test; nothing is asserted). Run from the repository
 * root after {@code ./mvnw -B -o -pl parley-forecast -am verify}:
 *
 * <pre>
 * java -cp "$(cat parley-forecast/target/bench.classpath)" org.parley.forecast.bench.ForecastBench
 * java -cp "$(cat parley-forecast/target/bench.classpath)" org.parley.forecast.bench.ForecastBench smp1000
 * java -cp "$(cat parley-forecast/target/bench.classpath)" org.parley.forecast.bench.ForecastBench smp300
 * java -cp "$(cat parley-forecast/target/bench.classpath)" org.parley.forecast.bench.ForecastBench eu100
 * </pre>
 *
 * Each case is run once to warm up, then timed over a few repetitions; the minimum and the median are
 * printed. Inputs are random but seeded (positions uniform 0–100, saliences 1–100, capabilities 1–10).
 */
public final class ForecastBench {
    private ForecastBench() {}

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "";
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (mode.equals("eu100")) { // one cold run at the default round limit: minutes
            List<ForecastInput> eu = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                eu.add(random("eu" + k, 1000, 100 + k));
            }
            long t0 = System.nanoTime();
            List<IssueForecast> f = new ExpectedUtilityModel().forecast(eu, ForecastOptions.defaults());
            int rounds =
                    f.stream().mapToInt(x -> x.trajectory().rounds().size() - 1).sum();
            long settled = f.stream().filter(x -> x.trajectory().converged()).count();
            System.out.printf(
                    Locale.ROOT,
                    "EU model 1000 actors x 100 issues, <= 100 rounds  %8.3f s  (1 cold run; %d issue-rounds, %d/100 settled)%n",
                    (System.nanoTime() - t0) / 1e9,
                    rounds,
                    settled);
            return;
        }
        if (mode.equals("smp1000")) { // one cold run only: it takes minutes
            ForecastInput smp1000 = random("smp1000", 1000, 2);
            long t0 = System.nanoTime();
            String info = describe(new SpatialModelOfPolitics().forecast(smp1000, ForecastOptions.defaults()));
            System.out.printf(
                    Locale.ROOT,
                    "SMP 1000 actors x 1 issue  %8.3f s  (1 cold run; %s)%n",
                    (System.nanoTime() - t0) / 1e9,
                    info);
            return;
        }
        if (mode.equals("smp300")) { // for iterating on the SMP: seconds, not minutes
            ForecastInput smp300 = random("smp300", 300, 3);
            time(
                    "SMP 300 actors x 1 issue",
                    3,
                    () -> describe(new SpatialModelOfPolitics().forecast(smp300, ForecastOptions.defaults())));
            return;
        }
        ForecastOptions options = ForecastOptions.defaults();
        ForecastInput smp160 = random("smp160", 160, 1);
        time("SMP 160 actors x 1 issue", 3, () -> describe(new SpatialModelOfPolitics().forecast(smp160, options)));
        List<ForecastInput> eu = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            eu.add(random("eu" + k, 1000, 100 + k));
        }
        ForecastOptions tenRounds = new ForecastOptions(10, 1);
        time("EU model 1000 actors x 100 issues, <= 10 rounds", 2, () -> {
            List<IssueForecast> f = new ExpectedUtilityModel().forecast(eu, tenRounds);
            int rounds =
                    f.stream().mapToInt(x -> x.trajectory().rounds().size() - 1).sum();
            long settled = f.stream().filter(x -> x.trajectory().converged()).count();
            return rounds + " issue-rounds in all, " + settled + "/100 issues settled";
        });
        ForecastInput scholz100 = random("scholz100", 100, 4);
        time(
                "EU Scholz code reading, 100 actors",
                3,
                () -> describe(new ScholzCodeExpectedUtilityModel().forecast(scholz100, options)));
        ReadResult read = BacktestDataReader.read(Path.of("examples/backtest/synthetic-400.csv"));
        BacktestData data = ((ReadResult.Loaded) read).data();
        time("backtest 400 issues x 6 models", 3, () -> {
            var r = new Backtest(ForecastModels.all(), options, 2000, 5).run(data);
            return r.scores().size() + " models scored";
        });
    }

    private static String describe(IssueForecast f) {
        return (f.trajectory().rounds().size() - 1) + " turns, " + f.note();
    }

    public static ForecastInput random(String id, int actors, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Stance> stances = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            stances.add(
                    new Stance("a" + i, 100 * rng.nextDouble(), 1 + 99 * rng.nextDouble(), 1 + 9 * rng.nextDouble()));
        }
        return ForecastInput.of(id, stances);
    }

    private interface Case {
        String run();
    }

    private static void time(String name, int repetitions, Case c) {
        String info = c.run(); // warm-up
        long[] ns = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            info = c.run();
            ns[r] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(ns);
        System.out.printf(
                Locale.ROOT,
                "%-36s min %8.3f s  median %8.3f s  (%d runs; %s)%n",
                name,
                ns[0] / 1e9,
                ns[repetitions / 2] / 1e9,
                repetitions,
                info);
    }
}
