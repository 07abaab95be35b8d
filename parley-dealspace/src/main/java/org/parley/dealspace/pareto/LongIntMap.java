package org.parley.dealspace.pareto;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to int values; -1 means absent. Not thread-safe. */
final class LongIntMap {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, -1L);
        mask = capacity - 1;
    }

    void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != -1L && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    int get(long key) {
        int i = slot(key);
        while (keys[i] != -1L) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
