package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * The reference frontier: evaluate every outcome, group equal utility vectors, keep the undominated ones by
 * pairwise comparison. Generally applicable and obviously right, but slow: O(N·n) to evaluate N outcomes for
 * n parties plus O(k²·n) for the k distinct vectors; intended for tests and spaces up to about 10⁵ outcomes.
 */
public final class BruteForcePareto implements ParetoAlgorithm {

    /** Spaces above this size are refused. */
    public static final long MAX_OUTCOMES = 5_000_000L;

    @Override
    public boolean supports(OutcomeSpace space, List<? extends UtilityFunction> utilities) {
        return space.size().compareTo(BigInteger.valueOf(MAX_OUTCOMES)) <= 0;
    }

    @Override
    public ParetoFrontier compute(
            OutcomeSpace space, List<? extends UtilityFunction> utilities, ProgressListener progress) {
        if (!supports(space, utilities)) {
            throw new IllegalArgumentException("brute force handles at most " + MAX_OUTCOMES + " outcomes");
        }
        long total = space.size().longValueExact();
        int[] radices = space.radices();
        int[] digits = new int[radices.length];
        Map<List<Long>, long[]> counts = new LinkedHashMap<>();
        Map<List<Long>, Outcome> examples = new LinkedHashMap<>();
        for (long index = 0; index < total; index++) {
            OutcomeSpace.decode(index, radices, digits);
            List<Long> key = new ArrayList<>(utilities.size());
            for (UtilityFunction u : utilities) {
                key.add(u.units(digits));
            }
            long[] c = counts.computeIfAbsent(key, k -> new long[1]);
            if (c[0]++ == 0) {
                examples.put(key, Outcome.of(digits));
            }
        }
        progress.progress(total, total);
        List<long[]> vectors = new ArrayList<>();
        counts.keySet()
                .forEach(k -> vectors.add(k.stream().mapToLong(Long::longValue).toArray()));
        List<FrontierPoint> points = new ArrayList<>();
        for (long[] v : vectors) {
            boolean dominated = vectors.stream().anyMatch(w -> FrontierPoint.dominates(w, v));
            if (!dominated) {
                List<Long> key = java.util.Arrays.stream(v).boxed().toList();
                points.add(new FrontierPoint(v, examples.get(key), BigInteger.valueOf(counts.get(key)[0])));
            }
        }
        return new ParetoFrontier(points);
    }
}
