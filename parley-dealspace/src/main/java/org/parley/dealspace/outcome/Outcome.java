package org.parley.dealspace.outcome;

import java.util.Arrays;

/**
 * One complete deal: for every issue of an {@link OutcomeSpace}, the index of the chosen value. Immutable;
 * ordered lexicographically by indices (the enumeration order of the space).
 */
public final class Outcome implements Comparable<Outcome> {
    private final int[] indices;

    private Outcome(int[] indices) {
        this.indices = indices;
    }

    /** An outcome from value indices, one per issue (copied). */
    public static Outcome of(int... indices) {
        for (int i : indices) {
            if (i < 0) {
                throw new IllegalArgumentException("value index must be >= 0, was " + i);
            }
        }
        return new Outcome(indices.clone());
    }

    /** The number of issues. */
    public int issues() {
        return indices.length;
    }

    /** The value index chosen on an issue. */
    public int index(int issue) {
        return indices[issue];
    }

    /** A copy of the value indices. */
    public int[] indices() {
        return indices.clone();
    }

    /** Lexicographic comparison of two index vectors of equal length. */
    public static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    @Override
    public int compareTo(Outcome other) {
        return Arrays.compare(indices, other.indices);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && Arrays.equals(indices, other.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return Arrays.toString(indices);
    }
}
