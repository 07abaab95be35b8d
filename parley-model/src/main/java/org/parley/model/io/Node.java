package org.parley.model.io;

import java.util.Collections;
import java.util.List;
import org.parley.model.diagnostic.SourceLocation;

/**
 * A YAML or JSON document as a tree that remembers where each node and each key stood in the file, so that
 * every later check can say file:line:column.
 *
 * <p>Scenario files run to millions of nodes, so the tree is compact: a location is one {@code long}
 * (line and column packed, see {@link #pos}) turned into a {@link SourceLocation} only when asked for, and a
 * mapping keeps its keys, key locations and values in three arrays (keys in file order) instead of a hash
 * map of entry objects. Nodes are immutable once built; the reader hands over its arrays without copying.
 */
public sealed interface Node {

    /** Where the node starts. */
    SourceLocation at();

    /** A short description of the node for "found …" messages. */
    String describe();

    /** Packs a 1-based line and column into one location word. */
    static long pos(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /** The location a packed word stands for. */
    static SourceLocation location(String file, long pos) {
        return new SourceLocation(file, (int) (pos >>> 32), (int) pos);
    }

    /** A mapping; keys keep file order. */
    final class MapNode implements Node {
        private static final int SCAN = 12;
        private final String file;
        private final long pos;
        private final String[] keys;
        private final long[] keyPos;
        private final Node[] values;
        private final java.util.Map<String, Integer> index;

        /** Takes ownership of the arrays (the first {@code size} slots are used); keys must be distinct. */
        MapNode(String file, long pos, String[] keys, long[] keyPos, Node[] values, int size) {
            this.file = file;
            this.pos = pos;
            this.keys = keys.length == size ? keys : java.util.Arrays.copyOf(keys, size);
            this.keyPos = keyPos.length == size ? keyPos : java.util.Arrays.copyOf(keyPos, size);
            this.values = values.length == size ? values : java.util.Arrays.copyOf(values, size);
            if (size > SCAN) {
                index = new java.util.HashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    index.put(keys[i], i);
                }
            } else {
                index = null;
            }
        }

        @Override
        public SourceLocation at() {
            return location(file, pos);
        }

        private int indexOf(String key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        /** The value under a key, or null. */
        public Node get(String key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        /** Whether the key is present. */
        public boolean has(String key) {
            return indexOf(key) >= 0;
        }

        /** Where a key stands, or null when it is absent. */
        public SourceLocation keyAt(String key) {
            int i = indexOf(key);
            return i < 0 ? null : location(file, keyPos[i]);
        }

        /** The keys in file order. */
        public List<String> keys() {
            return Collections.unmodifiableList(java.util.Arrays.asList(keys));
        }

        /** The value of the i-th key. */
        public Node value(int i) {
            return values[i];
        }

        /** The number of keys. */
        public int size() {
            return keys.length;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence. */
    final class ListNode implements Node {
        private final String file;
        private final long pos;
        private final List<Node> items;

        /** Takes ownership of the list. */
        ListNode(String file, long pos, List<Node> items) {
            this.file = file;
            this.pos = pos;
            this.items = Collections.unmodifiableList(items);
        }

        @Override
        public SourceLocation at() {
            return location(file, pos);
        }

        /** The items, in file order. */
        public List<Node> items() {
            return items;
        }

        @Override
        public String describe() {
            return "a list of " + items.size() + " item" + (items.size() == 1 ? "" : "s");
        }
    }

    /**
     * A scalar: {@code value} is a {@link String}, {@link Boolean}, {@link Long}, {@link java.math.BigInteger},
     * {@link Double}, or null for YAML/JSON null.
     */
    final class Scalar implements Node {
        private final String file;
        private final long pos;
        private final Object value;

        Scalar(String file, long pos, Object value) {
            this.file = file;
            this.pos = pos;
            this.value = value;
        }

        @Override
        public SourceLocation at() {
            return location(file, pos);
        }

        /** The value (see the class comment for its types). */
        public Object value() {
            return value;
        }

        /** Whether the scalar is a number. */
        public boolean isNumber() {
            return value instanceof Number;
        }

        /** The scalar as double (only for numbers). */
        public double asDouble() {
            return ((Number) value).doubleValue();
        }

        @Override
        public String describe() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
                return "the text '" + shown + "'";
            }
            if (value instanceof Boolean) {
                return "the boolean " + value;
            }
            return "the number " + value;
        }
    }
}
