package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * Exact frontier for any number of parties by streaming enumeration with dominance pruning.
 *
 * <p>The outcomes {@code 0 … N−1} (mixed radix, last issue fastest) are cut into contiguous chunks that
 * worker threads enumerate without materialising them: additive utilities are updated incrementally as the
 * odometer advances (prefix sums per issue depth, amortised O(n) per outcome for n parties). Each worker
 * keeps a {@link ParetoArchive}; the archives are merged in chunk order and the result sorted canonically,
 * so the output does not depend on the number of threads or their timing.
 *
 * <p>Cost: O(N·(n + k·n)) worst case for k frontier points, typically close to O(N·n) because move-to-front
 * finds a dominating point within a few comparisons; memory O(threads·k). Spaces above {@link #maxOutcomes}
 * are refused with a message instead of running for hours.
 */
public final class EnumerationPareto implements ParetoAlgorithm {
    private static final long CHUNK = 1L << 18;
    private final int threads;
    private final long maxOutcomes;

    /** Uses all available processors and allows up to 10¹⁰ outcomes. */
    public EnumerationPareto() {
        this(Runtime.getRuntime().availableProcessors(), 10_000_000_000L);
    }

    /**
     * @param threads worker threads, {@code >= 1}
     * @param maxOutcomes largest space this instance will enumerate
     */
    public EnumerationPareto(int threads, long maxOutcomes) {
        if (threads < 1 || maxOutcomes < 1) {
            throw new IllegalArgumentException("threads and maxOutcomes must be >= 1");
        }
        this.threads = threads;
        this.maxOutcomes = maxOutcomes;
    }

    @Override
    public boolean supports(OutcomeSpace space, List<? extends UtilityFunction> utilities) {
        return !utilities.isEmpty() && space.size().compareTo(BigInteger.valueOf(maxOutcomes)) <= 0;
    }

    @Override
    public ParetoFrontier compute(
            OutcomeSpace space, List<? extends UtilityFunction> utilities, ProgressListener progress) {
        if (!supports(space, utilities)) {
            throw new IllegalArgumentException("the space has " + space.size() + " outcomes; enumeration is limited to "
                    + maxOutcomes + " (use two additive parties for the issue-by-issue Pareto-sum frontier)");
        }
        long total = space.size().longValueExact();
        List<long[]> ranges = new ArrayList<>();
        for (long start = 0; start < total; start += CHUNK) {
            ranges.add(new long[] {start, Math.min(total, start + CHUNK)});
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, ranges.size()), r -> {
            Thread t = new Thread(r, "parley-pareto-enumeration");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParetoArchive>> futures = new ArrayList<>();
            for (long[] range : ranges) {
                futures.add(pool.submit(() -> enumerate(space, utilities, range[0], range[1], done)));
            }
            ParetoArchive result = new ParetoArchive(utilities.size());
            for (Future<ParetoArchive> f : futures) {
                result.addAll(await(f, done, total, progress));
            }
            progress.progress(total, total);
            return new ParetoFrontier(result.points());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ParetoArchive await(
            Future<ParetoArchive> f, AtomicLong done, long total, ProgressListener progress) {
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.progress(done.get(), total);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("enumeration failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static ParetoArchive enumerate(
            OutcomeSpace space, List<? extends UtilityFunction> utilities, long start, long end, AtomicLong done) {
        int n = utilities.size();
        int m = space.issueCount();
        int[] radices = space.radices();
        int[] digits = new int[m];
        OutcomeSpace.decode(start, radices, digits);
        ParetoArchive archive = new ParetoArchive(n);
        long[] v = new long[n];
        boolean additive = utilities.stream().allMatch(u -> u instanceof AdditiveUtility);
        if (!additive) {
            for (long index = start; index < end; index++) {
                for (int i = 0; i < n; i++) {
                    v[i] = utilities.get(i).units(digits);
                }
                archive.add(v, 1, digits);
                advance(digits, radices);
            }
            done.addAndGet(end - start);
            return archive;
        }
        long[][][] c = new long[m][n][];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                AdditiveUtility u = (AdditiveUtility) utilities.get(i);
                c[j][i] = new long[radices[j]];
                for (int k = 0; k < radices[j]; k++) {
                    c[j][i][k] = u.contribution(j, k);
                }
            }
        }
        long[] prefix = new long[m * n]; // prefix[d*n+i] = Σ_{j<d} c[j][i][digits[j]]
        refresh(prefix, c, digits, 1, m, n);
        int last = m - 1;
        for (long index = start; index < end; index++) {
            long[][] cl = c[last];
            int dl = digits[last];
            for (int i = 0; i < n; i++) {
                v[i] = prefix[last * n + i] + cl[i][dl];
            }
            archive.add(v, 1, digits);
            int changed = advance(digits, radices);
            if (changed < last) {
                refresh(prefix, c, digits, Math.max(1, changed + 1), m, n);
            }
        }
        done.addAndGet(end - start);
        return archive;
    }

    /** Recomputes prefix sums for depths {@code from … m−1}. */
    private static void refresh(long[] prefix, long[][][] c, int[] digits, int from, int m, int n) {
        for (int d = from; d < m; d++) {
            for (int i = 0; i < n; i++) {
                prefix[d * n + i] = prefix[(d - 1) * n + i] + c[d - 1][i][digits[d - 1]];
            }
        }
    }

    /** Advances the odometer; returns the highest issue position whose digit changed. */
    private static int advance(int[] digits, int[] radices) {
        int p = digits.length - 1;
        while (p >= 0) {
            if (++digits[p] < radices[p]) {
                return p;
            }
            digits[p] = 0;
            p--;
        }
        return 0;
    }
}
