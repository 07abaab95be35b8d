package org.parley.evidence.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.article.ArticleReader;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.scenario.Scenario;

/**
 * Throughput of claim extraction: articles per second on {@code threads} threads, models and scenario loaded
 * once, over the five development reports in rotation (mean 5.9 KB). Arguments: SCENARIO SOURCES_DIR [threads]
 * [warm-up seconds] [measured seconds]. Prints one line per measured second and a summary.
 */
public final class ExtractionBench {

    private ExtractionBench() {}

    public static void main(String[] args) throws Exception {
        Path scenarioFile = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        long t0 = System.nanoTime();
        Scenario scenario =
                new ScenarioLoader().load(scenarioFile, Optional.of(sources)).orElseThrow();
        ClaimExtractor extractor = new ClaimExtractor(scenario, TextAnalyzer.english());
        List<Article> articles = new ArrayList<>();
        try (var files = java.nio.file.Files.list(sources)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new ArticleReader().read(p, ArticleMetadata.EMPTY).orElseThrow());
            }
        }
        double kb = articles.stream().mapToInt(a -> a.text().length()).average().orElse(0) / 1000.0;
        System.out.printf(
                Locale.ROOT,
                "setup (models, scenario, lexicons): %.1f s; %d articles, mean %.1f KB%n",
                (System.nanoTime() - t0) / 1e9,
                articles.size(),
                kb);
        run(extractor, articles, threads, warmup, "warm-up");
        double[] rate = run(extractor, articles, threads, seconds, "measured");
        System.out.printf(Locale.ROOT, "RESULT threads=%d articles/s=%.1f KB/s=%.0f%n", threads, rate[0], rate[0] * kb);
        System.out.printf(
                Locale.ROOT,
                "CPU %.2f ms per article; on %d dedicated cores that is %.0f articles/s (load average now %.1f)%n",
                rate[1] * 1000,
                threads,
                threads / rate[1],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /** Articles per second (wall clock) and CPU seconds per article. */
    private static double[] run(
            ClaimExtractor extractor, List<Article> articles, int threads, int seconds, String phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            results.add(pool.submit(() -> {
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long done = 0;
                long claims = 0;
                for (int i = offset; !stop.get(); i++) {
                    claims +=
                            extractor.extract(articles.get(i % articles.size())).size();
                    done++;
                }
                return new long[] {done, claims, mx.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long done = 0;
        long cpu = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            done += r[0];
            cpu += r[2];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rate = done / elapsed;
        System.out.printf(Locale.ROOT, "%s: %d articles in %.1f s = %.1f articles/s%n", phase, done, elapsed, rate);
        return new double[] {rate, cpu / 1e9 / Math.max(1, done)};
    }
}
