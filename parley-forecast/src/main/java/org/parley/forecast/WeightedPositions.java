package org.parley.forecast;

import java.util.Arrays;

/** Weighted mean and weighted median over positions, shared by several models. Package-private. */
final class WeightedPositions {
    private WeightedPositions() {}

    /** Σ w·x / Σ w; requires Σ w > 0. */
    static double mean(double[] x, double[] w) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += w[i] * x[i];
            den += w[i];
        }
        return num / den;
    }

    /**
     * The lower weighted median: the smallest position at which the cumulative weight, taken in order of
     * position, reaches half the total. Zero-weight actors are ignored; requires Σ w > 0.
     */
    static double lowerMedian(double[] x, double[] w) {
        Integer[] boxed = new Integer[x.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return lowerMedian(x, w, order);
    }

    /**
     * As {@link #lowerMedian(double[], double[])} with the actors already in {@code order} of position: the total
     * weight is summed in input order and the cumulative weight in that order, skipping zero weights.
     */
    static double lowerMedian(double[] x, double[] w, int[] order) {
        double total = 0;
        for (double wi : w) {
            total += wi;
        }
        double half = total / 2;
        double cumulative = 0;
        for (int k : order) {
            if (w[k] <= 0) {
                continue;
            }
            cumulative += w[k];
            if (cumulative >= half) {
                return x[k];
            }
        }
        return x[order[order.length - 1]];
    }

    static double[] positions(ForecastInput in) {
        double[] x = new double[in.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = in.stances().get(i).position();
        }
        return x;
    }

    static double[] weights(ForecastInput in) {
        double[] w = new double[in.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.stances().get(i).weight();
        }
        return w;
    }
}
