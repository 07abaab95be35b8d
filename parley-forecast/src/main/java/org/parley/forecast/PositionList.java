package org.parley.forecast;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of positions kept as primitives: a trajectory holds one per round, and a thousand actors over a
 * hundred rounds would otherwise be a hundred thousand boxed values per issue. Equal to, and with the same hash as,
 * any list of the same {@link Double}s. Package-private.
 */
final class PositionList extends AbstractList<Double> implements RandomAccess {
    private final double[] values;

    private PositionList(double[] values) {
        this.values = values;
    }

    /** A list of a copy of {@code values}. */
    static PositionList of(double[] values) {
        return new PositionList(values.clone());
    }

    /** {@code list} itself if it is one, else a copy; a {@code null} element throws, as in {@link List#copyOf}. */
    static PositionList copyOf(List<Double> list) {
        if (list instanceof PositionList own) {
            return own;
        }
        double[] values = new double[list.size()];
        int i = 0;
        for (Double v : list) {
            values[i++] = v; // unboxing: NullPointerException for a null element
        }
        return new PositionList(values);
    }

    @Override
    public Double get(int index) {
        return values[index]; // bounds checked by the array
    }

    @Override
    public int size() {
        return values.length;
    }
}
