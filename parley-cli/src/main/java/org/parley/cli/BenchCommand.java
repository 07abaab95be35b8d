package org.parley.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.generate.ScenarioGenerator;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.io.ScenarioWriter;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench load}: generates a scenario of the given size, writes it as YAML and JSON, and times
 * loading it (parse, schema check, binding) over several runs, reporting the median time and peak heap.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks (not tests): time loading a generated scenario.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--actors", defaultValue = "2000", description = "Actors (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--issues", defaultValue = "200", description = "Issues (default: ${DEFAULT-VALUE}).")
    int issues;

    @Option(
            names = "--runs",
            defaultValue = "3",
            description = "Timed runs per syntax after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (actors < 1 || issues < 1 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--actors, --issues and --runs must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = ScenarioGenerator.generate(actors, issues, 42);
        out.printf(
                Locale.ROOT,
                "scenario: %d actors x %d issues = %d positions%n",
                actors,
                issues,
                scenario.positions().size());
        for (String syntax : new String[] {"yaml", "json"}) {
            byte[] bytes = (syntax.equals("yaml") ? ScenarioWriter.toYaml(scenario) : ScenarioWriter.toJson(scenario))
                    .getBytes(StandardCharsets.UTF_8);
            ScenarioLoader loader = new ScenarioLoader();
            double[] seconds = new double[runs];
            long peak = 0;
            for (int r = -1; r < runs; r++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                LoadResult<Scenario> result = loader.parse("generated." + syntax, bytes, Optional.empty());
                long elapsed = System.nanoTime() - start;
                if (!result.isLoaded()) {
                    spec.commandLine()
                            .getErr()
                            .println("generated scenario did not load: "
                                    + result.errors().get(0));
                    return ParleyCommand.INVALID_INPUT;
                }
                if (r >= 0) {
                    seconds[r] = elapsed / 1e9;
                    peak = Math.max(peak, peakHeap());
                }
            }
            java.util.Arrays.sort(seconds);
            out.printf(
                    Locale.ROOT,
                    "%-4s %7.1f MB  load median %.2f s (min %.2f, max %.2f, %d runs)  peak heap %d MB%n",
                    syntax,
                    bytes.length / 1e6,
                    seconds[runs / 2],
                    seconds[0],
                    seconds[runs - 1],
                    runs,
                    peak >> 20);
        }
        out.flush();
        return ParleyCommand.OK;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
