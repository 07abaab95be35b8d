package org.parley.dealspace.pareto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.dealspace.outcome.Outcome;

/**
 * A mutable set of mutually undominated utility vectors with counts and example outcomes (an archive in
 * the sense of multi-objective search). Adding a vector costs O(k·n) for k archived points; a dominating
 * point found is swapped to the front (move-to-front), so the few points that dominate most outcomes are
 * tried first. Not thread-safe: each enumeration worker owns one.
 */
final class ParetoArchive {
    private final int n;
    private long[] data;
    private long[] counts;
    private int[][] reps;
    private int size;

    ParetoArchive(int dimension) {
        this.n = dimension;
        this.data = new long[16 * dimension];
        this.counts = new long[16];
        this.reps = new int[16][];
    }

    /**
     * Adds {@code count} outcomes with utility vector {@code v}; {@code rep} is their smallest outcome. When
     * the vector is already archived the counts add up and the smaller example is kept. {@code rep} is
     * copied only if stored.
     */
    void add(long[] v, long count, int[] rep) {
        int p = 0;
        while (p < size) {
            int base = p * n;
            boolean ge = true;
            boolean le = true;
            for (int i = 0; i < n && (ge || le); i++) {
                long x = data[base + i];
                ge &= x >= v[i];
                le &= x <= v[i];
            }
            if (ge && le) {
                counts[p] = Math.addExact(counts[p], count);
                if (Arrays.compare(rep, reps[p]) < 0) {
                    reps[p] = rep.clone();
                }
                return;
            }
            if (ge) {
                if (p > 0) {
                    swap(p, 0);
                }
                return;
            }
            if (le) {
                swap(p, size - 1);
                size--;
                continue;
            }
            p++;
        }
        if (size == counts.length) {
            data = Arrays.copyOf(data, data.length * 2);
            counts = Arrays.copyOf(counts, counts.length * 2);
            reps = Arrays.copyOf(reps, reps.length * 2);
        }
        System.arraycopy(v, 0, data, size * n, n);
        counts[size] = count;
        reps[size] = rep.clone();
        size++;
    }

    /** Adds every point of another archive. */
    void addAll(ParetoArchive other) {
        long[] v = new long[n];
        for (int p = 0; p < other.size; p++) {
            System.arraycopy(other.data, p * n, v, 0, n);
            add(v, other.counts[p], other.reps[p]);
        }
    }

    int size() {
        return size;
    }

    List<FrontierPoint> points() {
        List<FrontierPoint> points = new ArrayList<>(size);
        for (int p = 0; p < size; p++) {
            points.add(new FrontierPoint(
                    Arrays.copyOfRange(data, p * n, p * n + n), Outcome.of(reps[p]), BigInteger.valueOf(counts[p])));
        }
        return points;
    }

    private void swap(int a, int b) {
        for (int i = 0; i < n; i++) {
            long t = data[a * n + i];
            data[a * n + i] = data[b * n + i];
            data[b * n + i] = t;
        }
        long c = counts[a];
        counts[a] = counts[b];
        counts[b] = c;
        int[] r = reps[a];
        reps[a] = reps[b];
        reps[b] = r;
    }
}
