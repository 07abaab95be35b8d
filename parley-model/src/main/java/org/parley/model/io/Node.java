package org.parley.model.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.diagnostic.SourceLocation;

/**
 * A YAML or JSON document as a tree that remembers where each node and each key stood in the file, so that
 * every later check can say file:line:column.
 */
public sealed interface Node {

    /** Where the node starts. */
    SourceLocation at();

    /** A short description of the node for "found …" messages. */
    String describe();

    /** A mapping; keys keep file order. */
    record MapNode(SourceLocation at, Map<String, Entry> entries) implements Node {
        public MapNode {
            Objects.requireNonNull(at, "at");
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value under a key, or null. */
        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A key with its own location, and its value. */
    record Entry(SourceLocation keyAt, Node value) {}

    /** A sequence. */
    record ListNode(SourceLocation at, List<Node> items) implements Node {
        public ListNode {
            Objects.requireNonNull(at, "at");
            items = List.copyOf(items);
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
    record Scalar(SourceLocation at, Object value) implements Node {
        public Scalar {
            Objects.requireNonNull(at, "at");
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
